/**
 * What the sidebar panel and the room display show, computed from the timer state at one
 * instant. Pure: the Obsidian view, the unit tests and the browser test all build it here.
 */
import { snapshot, stepBudgetSeconds, elapsedMs, type TimerState, type TimerStatus } from "../codev/timer";
import type { Lang, Role, StepDef } from "../codev/types";
import type { Translate } from "../i18n";
import { stepNumber } from "../notes/sessionTemplate";
import { formatClock, formatTimeOfDay, wholeMinutes } from "./format";

export type RoomMode = "time" | "ring" | "step";
export const ROOM_MODES: readonly RoomMode[] = ["time", "ring", "step"];

export type PanelAction =
	| "primary"
	| "previous"
	| "togglePause"
	| "addOne"
	| "addFive"
	| "reset"
	| "bank"
	| "projector"
	| "saveNote"
	| "clear";

export interface PanelMessage {
	text: string;
	kind: "info" | "warning";
	action?: { label: string; action: PanelAction };
}

export interface PanelStepRow {
	id: string;
	number: string;
	name: string;
	minutes: string;
	state: "done" | "current" | "todo";
}

export interface Choice {
	value: string;
	label: string;
}

export interface PanelModel {
	title: string;
	subtitle: string;
	status: TimerStatus;
	stepLabel: string;
	stepName: string;
	purpose: string;
	clock: string;
	clockHint: string;
	overtime: boolean;
	progress: number;
	meta: string;
	primaryLabel: string;
	pauseLabel: string;
	canPause: boolean;
	canPrevious: boolean;
	canAdjust: boolean;
	bankLabel: string | null;
	steps: PanelStepRow[];
	role: Role;
	guidance: Record<Role, string>;
	stepActions: Choice[];
	messages: PanelMessage[];
	canSaveNote: boolean;
	roomMode: RoomMode;
	choices: Choice[];
	chosen: string;
}

export interface PanelInput {
	state: TimerState;
	/** Definitions aligned with `state.steps` (same ids, same order). */
	steps: StepDef[];
	lang: Lang;
	t: Translate;
	nowMs: number;
	title: string;
	subtitle: string;
	role: Role;
	roomMode: RoomMode;
	messages?: PanelMessage[];
	/** Buttons other features registered for a step id. */
	stepActions?: Array<Choice & { stepId: string }>;
	canSaveNote?: boolean;
	choices?: Choice[];
	chosen?: string;
}

function stepName(steps: StepDef[], index: number, lang: Lang, fallback: string): string {
	return steps[index]?.name[lang] ?? fallback;
}

function primaryLabel(input: PanelInput, isLast: boolean): string {
	const { state, t } = input;
	if (state.status === "idle") return t("sidebar.action.start");
	if (state.status === "finished") return t("sidebar.action.new-session");
	return isLast ? t("sidebar.action.end") : t("sidebar.action.next");
}

function pauseLabel(status: TimerStatus, t: Translate): string {
	if (status === "running") return t("sidebar.action.pause");
	if (status === "finished") return t("sidebar.action.reopen");
	return t("sidebar.action.resume");
}

function metaLine(input: PanelInput, snap: ReturnType<typeof snapshot>): string {
	const { t, state } = input;
	const total = wholeMinutes(snap.totalBudgetSeconds);
	const spent = wholeMinutes(snap.totalElapsedSeconds);
	const end = formatTimeOfDay(snap.projectedEndMs);
	if (state.status === "idle") return t("sidebar.meta.idle", { total, end });
	if (state.status === "finished") return t("sidebar.meta.finished", { end, spent });
	return t("sidebar.meta.running", { end, spent, total });
}

function stepRows(input: PanelInput): PanelStepRow[] {
	const { state, steps, lang, t, nowMs } = input;
	return state.steps.map((record, i) => {
		const done = state.status === "finished" || (state.status !== "idle" && i < state.current);
		const budget = wholeMinutes(stepBudgetSeconds(record));
		const actual = Math.round(elapsedMs(state, i, nowMs) / 60000);
		return {
			id: record.id,
			number: String(stepNumber(steps, i)),
			name: stepName(steps, i, lang, record.id),
			minutes: done ? t("sidebar.minutes.done", { actual, planned: budget }) : t("sidebar.minutes.planned", { planned: budget }),
			state: done ? "done" : i === state.current && state.status !== "idle" ? "current" : "todo",
		};
	});
}

function guidanceOf(step: StepDef | undefined, lang: Lang): Record<Role, string> {
	return {
		client: step?.guidance.client[lang] ?? "",
		consultants: step?.guidance.consultants[lang] ?? "",
		facilitator: step?.guidance.facilitator[lang] ?? "",
	};
}

export function buildPanelModel(input: PanelInput): PanelModel {
	const { state, steps, lang, t, nowMs } = input;
	const snap = snapshot(state, nowMs);
	const step = steps[snap.index];
	const active = state.status === "running" || state.status === "paused";
	const bankable = Math.min(snap.overtimeSeconds, snap.bankableSeconds);
	return {
		title: input.title,
		subtitle: input.subtitle,
		status: state.status,
		stepLabel: t("sidebar.step-of", { number: stepNumber(steps, snap.index), index: snap.index + 1, count: snap.stepCount }),
		stepName: stepName(steps, snap.index, lang, snap.stepId),
		purpose: step?.purpose[lang] ?? "",
		clock: state.status === "finished" ? formatClock(0) : formatClock(snap.remainingSeconds),
		clockHint: snap.overtime ? t("sidebar.clock.over") : t("sidebar.clock.left"),
		overtime: snap.overtime && state.status !== "finished",
		progress: state.status === "finished" ? 1 : snap.progress,
		meta: metaLine(input, snap),
		primaryLabel: primaryLabel(input, snap.isLastStep),
		pauseLabel: pauseLabel(state.status, t),
		canPause: state.status !== "idle",
		canPrevious: state.status !== "finished" && snap.index > 0,
		canAdjust: state.status !== "finished",
		bankLabel: active && snap.overtime && bankable > 0 ? t("sidebar.action.bank", { minutes: Math.max(1, Math.ceil(bankable / 60)) }) : null,
		steps: stepRows(input),
		role: input.role,
		guidance: guidanceOf(step, lang),
		stepActions: (input.stepActions ?? []).filter((a) => a.stepId === snap.stepId).map(({ value, label }) => ({ value, label })),
		messages: input.messages ?? [],
		canSaveNote: input.canSaveNote ?? false,
		roomMode: input.roomMode,
		choices: input.choices ?? [],
		chosen: input.chosen ?? "",
	};
}

export interface RoomModel {
	mode: RoomMode;
	status: TimerStatus;
	stepLabel: string;
	stepName: string;
	clock: string;
	overtime: boolean;
	progress: number;
	next: string;
}

/** The projector: large digits, or a soft ring, or the step alone (the room setting). */
export function buildRoomModel(input: Pick<PanelInput, "state" | "steps" | "lang" | "t" | "nowMs" | "roomMode">): RoomModel {
	const { state, steps, lang, t, nowMs } = input;
	const snap = snapshot(state, nowMs);
	const finished = state.status === "finished";
	const nextName = steps[snap.index + 1]?.name[lang];
	return {
		mode: input.roomMode,
		status: state.status,
		stepLabel: finished ? "" : t("sidebar.room.step", { number: stepNumber(steps, snap.index) }),
		stepName: finished ? t("sidebar.room.finished") : stepName(steps, snap.index, lang, snap.stepId),
		clock: finished ? "" : formatClock(snap.remainingSeconds),
		overtime: snap.overtime && !finished,
		progress: finished ? 1 : snap.progress,
		next: nextName && !finished ? t("sidebar.room.next", { name: nextName }) : "",
	};
}
