/**
 * What the sidebar panel and the room display show, computed from the timer state at one
 * instant. Pure: the Obsidian view, the unit tests and the browser test all build it here.
 */
import { snapshot, stepBudgetSeconds, elapsedMs, type TimerSnapshot, type TimerState, type TimerStatus } from "../codev/timer";
import type { Consultation } from "../codev/consultations";
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
	| "clear"
	| "openNote";

export interface PanelMessage {
	text: string;
	kind: "info" | "warning";
	action?: { label: string; action: PanelAction };
}

/**
 * A step as the sidebar shows it. With two consultations (codev/consultations.ts) `id` is the plan
 * step id ("b_contrat"), `baseId` the method's step ("contrat", what step actions are registered
 * on), `consultation` the client in the hot seat, `number` the number shown (B repeats A's; null
 * for the break). A plain StepDef is a step of a one-consultation session.
 */
export interface ShownStep extends StepDef {
	baseId?: string;
	consultation?: Consultation | null;
	number?: number | null;
	isBreak?: boolean;
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
	/** The title is a link to the session note (false for a session on the sidebar alone). */
	titleIsLink: boolean;
	subtitle: string;
	status: TimerStatus;
	/** Said by screen readers when it changes: the step, not the seconds. */
	announcement: string;
	stepLabel: string;
	stepName: string;
	/** Who is in the hot seat ("Client B: Bruno"), in a two-consultation session; else "". */
	hotSeat: string;
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
	steps: ShownStep[];
	/** The clients' names of a two-consultation session (A, B). */
	clients?: Record<Consultation, string> | null;
	lang: Lang;
	t: Translate;
	nowMs: number;
	/** The timer at `nowMs`, when the caller computed it already (one snapshot per tick for every view). */
	snap?: TimerSnapshot;
	title: string;
	titleIsLink?: boolean;
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

function stepName(steps: ShownStep[], index: number, lang: Lang, fallback: string): string {
	return steps[index]?.name[lang] ?? fallback;
}

/** The number shown for a step: its own (two consultations), else counted as in the note; "" for the break. */
export function stepNumberText(steps: ShownStep[], index: number): string {
	const own = steps[index]?.number;
	if (own === null) return "";
	return String(own ?? stepNumber(steps, index));
}

function hotSeat(step: ShownStep | undefined, clients: Record<Consultation, string> | null | undefined, t: Translate): string {
	const consultation = step?.consultation;
	if (consultation) {
		const letter = consultation.toUpperCase();
		const client = clients?.[consultation] ?? "";
		return client ? t("sidebar.hot-seat", { letter, client }) : t("sidebar.hot-seat.unnamed", { letter });
	}
	if (step?.isBreak) return clients?.b ? t("sidebar.hot-seat.break", { client: clients.b }) : t("sidebar.hot-seat.break-unnamed");
	return "";
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

function metaLine(input: PanelInput, snap: TimerSnapshot): string {
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
			number: stepNumberText(steps, i) || "–",
			name: stepName(steps, i, lang, record.id),
			minutes: done ? t("sidebar.minutes.done", { actual, planned: budget }) : t("sidebar.minutes.planned", { planned: budget }),
			state: done ? "done" : i === state.current && state.status !== "idle" ? "current" : "todo",
		};
	});
}

function guidanceOf(step: ShownStep | undefined, lang: Lang): Record<Role, string> {
	return {
		client: step?.guidance.client[lang] ?? "",
		consultants: step?.guidance.consultants[lang] ?? "",
		facilitator: step?.guidance.facilitator[lang] ?? "",
	};
}

export function buildPanelModel(input: PanelInput): PanelModel {
	const { state, steps, lang, t, nowMs } = input;
	const snap = input.snap ?? snapshot(state, nowMs);
	const step = steps[snap.index];
	const active = state.status === "running" || state.status === "paused";
	const bankable = Math.min(snap.overtimeSeconds, snap.bankableSeconds);
	const name = stepName(steps, snap.index, lang, snap.stepId);
	return {
		title: input.title,
		titleIsLink: input.titleIsLink ?? false,
		subtitle: input.subtitle,
		status: state.status,
		announcement: state.status === "finished" ? input.subtitle : state.status === "idle" ? "" : `${stepNumberText(steps, snap.index)} ${name}`.trim(),
		stepLabel: step?.isBreak
			? t("sidebar.step-of.break", { index: snap.index + 1, count: snap.stepCount })
			: t("sidebar.step-of", { number: stepNumberText(steps, snap.index), index: snap.index + 1, count: snap.stepCount }),
		stepName: stepName(steps, snap.index, lang, snap.stepId),
		hotSeat: hotSeat(step, input.clients, t),
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
		// Registered on the method's step id: "contrat" also shows at consultation B's "b_contrat".
		stepActions: (input.stepActions ?? []).filter((a) => a.stepId === (step?.baseId ?? snap.stepId)).map(({ value, label }) => ({ value, label })),
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
export function buildRoomModel(input: Pick<PanelInput, "state" | "steps" | "lang" | "t" | "nowMs" | "snap" | "roomMode">): RoomModel {
	const { state, steps, lang, t, nowMs } = input;
	const snap = input.snap ?? snapshot(state, nowMs);
	const finished = state.status === "finished";
	const nextName = steps[snap.index + 1]?.name[lang];
	const number = stepNumberText(steps, snap.index);
	return {
		mode: input.roomMode,
		status: state.status,
		stepLabel: finished || number === "" ? "" : t("sidebar.room.step", { number }),
		stepName: finished ? t("sidebar.room.finished") : stepName(steps, snap.index, lang, snap.stepId),
		clock: finished ? "" : formatClock(snap.remainingSeconds),
		overtime: snap.overtime && !finished,
		progress: finished ? 1 : snap.progress,
		next: nextName && !finished ? t("sidebar.room.next", { name: nextName }) : "",
	};
}
