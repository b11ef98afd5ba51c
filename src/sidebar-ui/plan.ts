/**
 * Which steps and minutes a session runs with, read from the session note's properties or,
 * for a session on the sidebar alone, from the settings. Invalid properties never throw:
 * each becomes a problem to show, and a sensible default takes its place. Pure.
 */
import { BREAK_STEP_ID, describePlanStep, planStepName, SECOND_PREFIX, splitTwoConsultations, type Consultation } from "../codev/consultations";
import { listMethods, methodOrClassic, resolveMethod } from "../codev/customMethods";
import { CLOSING_ROUNDS, stepsFor } from "../codev/methods";
import { MAX_STEP_SECONDS, type TimerStep } from "../codev/timer";
import { planSessionMinutes } from "../codev/timing";
import type { MethodDef, StepDef } from "../codev/types";
import type { MessageKey, Vars } from "../i18n";
import { basenameOf } from "../services/noteStore";
import { plannedKey, readSession, readWrittenPlan, SESSION_STATUSES, type WrittenPlan } from "../notes/schema/session";
import { noLinks } from "../notes/schema/values";
import type { CodevSettings } from "../settings/model";
import type { ShownStep } from "./model";

/** Timer key of a session run without a note: the prefix, then the method id. */
export const SIDEBAR_KEY_PREFIX = "@sidebar:";
const STATUSES: readonly unknown[] = SESSION_STATUSES;

export interface PlanProblem {
	key: MessageKey;
	vars?: Vars;
}

export interface SessionPlan {
	key: string;
	method: MethodDef;
	/** Ids are plan step ids ("b_contrat" in consultation B), as in the timer and the note. */
	steps: ShownStep[];
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

function methodOfNote(written: WrittenPlan, settings: CodevSettings, problems: PlanProblem[]): MethodDef {
	const id = written.method;
	if (id === undefined || id === null || id === "") return settingsMethod(settings);
	const method = typeof id === "string" ? findMethod(id, settings) : undefined;
	if (!method) problems.push({ key: "sidebar.problem.method", vars: { value: describeValue(id) } });
	return method ?? settingsMethod(settings);
}

function defaultMinutes(steps: ShownStep[], duration: unknown, settings: CodevSettings, method?: MethodDef): Record<string, number> {
	if (method && steps.some((s) => s.consultation === "b")) {
		const closing = steps.filter((s) => s.closing).map((s) => s.id);
		const split = splitTwoConsultations(method, duration, steps.some((s) => s.opening), closing);
		if (split.ok) return split.value.minutes;
	}
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
	const written = readWrittenPlan(fm);
	for (const step of steps) {
		const value = written.planned.get(step.id);
		if (written.planned.has(step.id) && !isMinutes(value)) problems.push({ key: "sidebar.problem.planned", vars: { property: plannedKey(step.id), value: describeValue(value) } });
	}
	if (written.status && !STATUSES.includes(written.status.value)) problems.push({ key: "sidebar.problem.status", vars: { value: describeValue(written.status.value) } });
	return problems;
}

export function planFromNote(path: string, fm: Record<string, unknown> | null, settings: CodevSettings): SessionPlan {
	const problems: PlanProblem[] = [];
	if (!fm) problems.push({ key: "sidebar.problem.no-properties" });
	const props = fm ?? {};
	const written = readWrittenPlan(props);
	const method = methodOfNote(written, settings, problems);
	// The note's own step list, in its order: closing rounds and later method edits included.
	// A note written since two-consultation sessions lists them in `steps`; older ones only have the keys.
	const listed = written.steps;
	// A step listed twice (a hand edit) would make the timer refuse the whole plan: say so, keep the first.
	const repeated = listed?.filter((id, i) => listed.indexOf(id) !== i) ?? [];
	for (const id of new Set(repeated)) problems.push({ key: "sidebar.problem.steps-duplicate", vars: { value: describeValue(id) } });
	const ids = listed ? [...new Set(listed)] : [...written.planned.keys()];
	let steps = stepDefsFor(ids, method, settings, written.consultations);
	if (steps.length === 0) {
		const opening = written.opening ?? settings.defaultOpening;
		const two = written.consultations === 2 ? splitTwoConsultations(method, written.duration ?? settings.defaultDurationMinutes, opening) : null;
		steps = two?.ok ? stepDefsFor(two.value.steps.map((s) => s.id), method, settings, written.consultations) : stepsFor(method, opening).map(plainStep);
		if (fm) problems.push({ key: "sidebar.problem.no-planned" });
	}
	problems.push(...checkSessionProperties(props, steps));
	const fallback = defaultMinutes(steps, written.duration ?? settings.defaultDurationMinutes, settings, method);
	const minutes: Record<string, number> = {};
	for (const step of steps) {
		const value = written.planned.get(step.id);
		minutes[step.id] = isMinutes(value) ? value : (fallback[step.id] ?? step.weight);
	}
	return { key: path, method, steps, minutes, problems };
}

export function planWithoutNote(settings: CodevSettings): SessionPlan {
	const method = settingsMethod(settings);
	const steps = stepsFor(method, settings.defaultOpening).map(plainStep);
	return { key: sidebarKey(method.id), method, steps, minutes: defaultMinutes(steps, settings.defaultDurationMinutes, settings), problems: [] };
}

export function timerStepsOf(plan: SessionPlan): TimerStep[] {
	return plan.steps.map((step) => ({ id: step.id, plannedSeconds: Math.round((plan.minutes[step.id] ?? 0) * 60) }));
}

/** The method a stored timer belongs to: the note's, the key's, else the first that holds its steps. */
export function methodForTimer(key: string, stepIds: string[], fm: Readonly<Record<string, unknown>> | null | undefined, settings: CodevSettings): MethodDef {
	const noteMethod = fm ? readWrittenPlan(fm).method : undefined;
	const fromKey = isSidebarKey(key) ? findMethod(key.slice(SIDEBAR_KEY_PREFIX.length), settings) : undefined;
	const named = fromKey ?? (typeof noteMethod === "string" ? findMethod(noteMethod, settings) : undefined);
	if (named) return named;
	// Consultation B's ids and the break stand for the method's own steps (two-consultation sessions).
	const own = stepIds.filter((id) => id !== BREAK_STEP_ID).map((id) => (id.startsWith(SECOND_PREFIX) ? id.slice(SECOND_PREFIX.length) : id));
	const holds = (m: MethodDef) => own.every((id) => m.steps.some((s) => s.id === id));
	return [settingsMethod(settings), ...listMethods(settings.customMethods)].find(holds) ?? settingsMethod(settings);
}

const plainStep = (step: StepDef): ShownStep => ({ ...step, baseId: step.id, consultation: null });

/**
 * Whether a session holds two consultations: `consultations: 2` in its properties, or (a timer
 * whose note is gone) consultation B's ids or the break among its steps, when the method itself
 * has no such step.
 */
export function consultationsFor(ids: string[], method: MethodDef, declared?: 1 | 2 | null): 1 | 2 {
	if (declared === 2) return 2;
	const has = (id: string) => method.steps.some((s) => s.id === id);
	const second = ids.some((id) => (id === BREAK_STEP_ID && !has(id)) || (id.startsWith(SECOND_PREFIX) && !has(id) && has(id.slice(SECOND_PREFIX.length))));
	return second ? 2 : 1;
}

/** The clients' names (A's and B's: links or plain text), "" when absent. */
export function clientsOf(fm: Record<string, unknown> | null | undefined): Record<Consultation, string> {
	const session = fm ? readSession(fm, noLinks) : null;
	const name = (client: { text: string } | null | undefined) => (client ? basenameOf(client.text) : "");
	return { a: name(session?.client), b: name(session?.clientB) };
}

function unknownStep(id: string): ShownStep {
	const none = { fr: "", en: "" };
	return { id, baseId: id, consultation: null, name: { fr: id, en: id }, purpose: none, guidance: { client: none, consultants: none, facilitator: none }, prompts: [], weight: 1 };
}

/**
 * Step definitions for a timer's (or a note's) plan step ids; an unknown id (a method edited
 * since) keeps its id as name. In a two-consultation session, "b_contrat" is the method's
 * "contrat" named "Contrat de consultation (B)", "break" the break; consultation A and B share
 * their step's number (as in the note), the break has none.
 */
export function stepDefsFor(ids: string[], method: MethodDef, settings: CodevSettings, declared?: 1 | 2 | null): ShownStep[] {
	const others = () => [...CLOSING_ROUNDS, ...listMethods(settings.customMethods).flatMap((m) => m.steps)];
	const find = (id: string) => others().find((s) => s.id === id);
	if (consultationsFor(ids, method, declared) === 1) {
		return ids.map((id) => {
			const known = method.steps.find((s) => s.id === id) ?? find(id);
			return known ? plainStep(known) : unknownStep(id);
		});
	}
	const steps = ids.map((id): ShownStep => {
		const plan = describePlanStep(id, method, 2, find);
		if (!plan) return { ...unknownStep(id), number: null };
		const name = { fr: planStepName(plan, "fr"), en: planStepName(plan, "en") };
		return { ...plan.step, id, name, baseId: plan.step.id, consultation: plan.consultation, isBreak: plan.step.id === BREAK_STEP_ID && plan.consultation === null };
	});
	// Numbers as in the note: opening 0, then A's steps and the shared ones in order; B repeats A's.
	const numbers = new Map<string, number>();
	let count = 0;
	for (const step of steps) {
		if (step.isBreak || step.consultation === "b" || step.number === null) continue;
		numbers.set(step.baseId ?? step.id, step.opening ? 0 : ++count);
	}
	return steps.map((step) => (step.number === null ? step : { ...step, number: step.isBreak ? null : (numbers.get(step.baseId ?? step.id) ?? null) }));
}
