/**
 * Which steps and minutes a session runs with, read from the session note's properties or,
 * for a session on the sidebar alone, from the settings. Invalid properties never throw:
 * each becomes a problem to show, and a sensible default takes its place. Pure.
 */
import { listMethods, methodOrClassic, resolveMethod } from "../codev/customMethods";
import { CLOSING_ROUNDS, stepsFor } from "../codev/methods";
import { MAX_STEP_SECONDS, type TimerStep } from "../codev/timer";
import { planSessionMinutes } from "../codev/timing";
import type { MethodDef, StepDef } from "../codev/types";
import type { MessageKey, Vars } from "../i18n";
import type { CodevSettings } from "../settings/model";

/** Timer key of a session run without a note: the prefix, then the method id. */
export const SIDEBAR_KEY_PREFIX = "@sidebar:";
const STATUSES = ["planned", "in-progress", "done"];

export interface PlanProblem {
	key: MessageKey;
	vars?: Vars;
}

export interface SessionPlan {
	key: string;
	method: MethodDef;
	steps: StepDef[];
	/** Planned minutes per step id. */
	minutes: Record<string, number>;
	problems: PlanProblem[];
}

export function sidebarKey(methodId: string): string {
	return `${SIDEBAR_KEY_PREFIX}${methodId}`;
}

export function isSidebarKey(key: string): boolean {
	return key.startsWith(SIDEBAR_KEY_PREFIX);
}

/** A property value as short plain text for a message (never markup: shown with textContent). */
export function describeValue(value: unknown): string {
	const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function settingsMethod(settings: CodevSettings): MethodDef {
	return methodOrClassic(settings.methodId, settings.customMethods);
}

function findMethod(id: string, settings: CodevSettings): MethodDef | undefined {
	const found = resolveMethod(id, settings.customMethods);
	return found.ok ? found.value : undefined;
}

function methodOfNote(fm: Record<string, unknown>, settings: CodevSettings, problems: PlanProblem[]): MethodDef {
	const id = fm.method;
	if (id === undefined || id === null || id === "") return settingsMethod(settings);
	const method = typeof id === "string" ? findMethod(id, settings) : undefined;
	if (!method) problems.push({ key: "sidebar.problem.method", vars: { value: describeValue(id) } });
	return method ?? settingsMethod(settings);
}

function defaultMinutes(steps: StepDef[], duration: unknown, settings: CodevSettings): Record<string, number> {
	const planned = planSessionMinutes(steps, duration, settings.defaultDurationMinutes, settings.stepMinutes);
	if (planned.ok) return planned.value;
	const fallback = planSessionMinutes(steps, settings.defaultDurationMinutes, settings.defaultDurationMinutes, undefined);
	return fallback.ok ? fallback.value : Object.fromEntries(steps.map((s) => [s.id, s.weight]));
}

function isMinutes(value: unknown): value is number {
	return typeof value === "number" && Number.isFinite(value) && value >= 0 && value * 60 <= MAX_STEP_SECONDS;
}

/** Problems of a session note's properties that the sidebar can see (also re-checked on edit). */
export function checkSessionProperties(fm: Record<string, unknown>, steps: StepDef[]): PlanProblem[] {
	const problems: PlanProblem[] = [];
	for (const step of steps) {
		const key = `step_${step.id}_planned`;
		if (key in fm && !isMinutes(fm[key])) problems.push({ key: "sidebar.problem.planned", vars: { property: key, value: describeValue(fm[key]) } });
	}
	if ("status" in fm && !STATUSES.includes(fm.status as string)) problems.push({ key: "sidebar.problem.status", vars: { value: describeValue(fm.status) } });
	return problems;
}

export function planFromNote(path: string, fm: Record<string, unknown> | null, settings: CodevSettings): SessionPlan {
	const problems: PlanProblem[] = [];
	if (!fm) problems.push({ key: "sidebar.problem.no-properties" });
	const props = fm ?? {};
	const method = methodOfNote(props, settings, problems);
	// The note's own step list, in its order: closing rounds and later method edits included.
	const ids = Object.keys(props).flatMap((key) => /^step_(.+)_planned$/.exec(key)?.[1] ?? []);
	let steps = stepDefsFor(ids, method, settings);
	if (steps.length === 0) {
		steps = stepsFor(method, typeof props.opening === "boolean" ? props.opening : settings.defaultOpening);
		if (fm) problems.push({ key: "sidebar.problem.no-planned" });
	}
	problems.push(...checkSessionProperties(props, steps));
	const fallback = defaultMinutes(steps, props.duration ?? settings.defaultDurationMinutes, settings);
	const minutes: Record<string, number> = {};
	for (const step of steps) {
		const value = props[`step_${step.id}_planned`];
		minutes[step.id] = isMinutes(value) ? value : (fallback[step.id] ?? step.weight);
	}
	return { key: path, method, steps, minutes, problems };
}

export function planWithoutNote(settings: CodevSettings): SessionPlan {
	const method = settingsMethod(settings);
	const steps = stepsFor(method, settings.defaultOpening);
	return { key: sidebarKey(method.id), method, steps, minutes: defaultMinutes(steps, settings.defaultDurationMinutes, settings), problems: [] };
}

export function timerStepsOf(plan: SessionPlan): TimerStep[] {
	return plan.steps.map((step) => ({ id: step.id, plannedSeconds: Math.round((plan.minutes[step.id] ?? 0) * 60) }));
}

/** The method a stored timer belongs to: the note's, the key's, else the first that holds its steps. */
export function methodForTimer(key: string, stepIds: string[], noteMethod: unknown, settings: CodevSettings): MethodDef {
	const fromKey = isSidebarKey(key) ? findMethod(key.slice(SIDEBAR_KEY_PREFIX.length), settings) : undefined;
	const named = fromKey ?? (typeof noteMethod === "string" ? findMethod(noteMethod, settings) : undefined);
	if (named) return named;
	const holds = (m: MethodDef) => stepIds.every((id) => m.steps.some((s) => s.id === id));
	return [settingsMethod(settings), ...listMethods(settings.customMethods)].find(holds) ?? settingsMethod(settings);
}

/** Step definitions for a timer's step ids; an unknown id (a method edited since) keeps its id as name. */
export function stepDefsFor(ids: string[], method: MethodDef, settings: CodevSettings): StepDef[] {
	const others = () => [...CLOSING_ROUNDS, ...listMethods(settings.customMethods).flatMap((m) => m.steps)];
	return ids.map((id) => {
		const known = method.steps.find((s) => s.id === id) ?? others().find((s) => s.id === id);
		if (known) return known;
		const none = { fr: "", en: "" };
		return { id, name: { fr: id, en: id }, purpose: none, guidance: { client: none, consultants: none, facilitator: none }, prompts: [], weight: 1 };
	});
}
