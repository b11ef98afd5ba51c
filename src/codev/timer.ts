/**
 * The session timer as a pure reducer over wall-clock timestamps (STYLE.md §3).
 * Time is never counted by ticks: elapsed = Σ closed periods + the open one up to `nowMs`,
 * so a sleeping laptop, a throttled tab or a reload cannot make it drift.
 * Pure TypeScript: every function takes `nowMs` as a parameter; the state is plain JSON.
 */
import { fail, ok, type Result } from "./types";

export const TIMER_STATE_VERSION = 1;
/** A stored state whose last activity is older than this is flagged on reload (the UI asks). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** Synced devices disagree by a few seconds: only a larger lead counts as "in the future". */
export const FUTURE_TOLERANCE_MS = 60 * 1000;
/** Bounds a step's budget so that all arithmetic stays exact (and no step outlasts a day). */
export const MAX_STEP_SECONDS = 24 * 60 * 60;
/** The time bank never leaves a later step with less than this. */
export const MIN_STEP_SECONDS_AFTER_BANK = 60;

export type TimerStatus = "idle" | "running" | "paused" | "finished";
const STATUSES: readonly TimerStatus[] = ["idle", "running", "paused", "finished"];

export interface TimerStep {
	id: string;
	plannedSeconds: number;
}

export interface ActivePeriod {
	start: number;
	end: number;
}

export interface StepRecord {
	id: string;
	plannedSeconds: number;
	/** Seconds added (+1/+5 min, time bank credit) or removed (time bank debit: negative). */
	adjustSeconds: number;
	/** Closed active periods in ms, chronological, never overlapping across all steps. */
	periods: ActivePeriod[];
}

export interface TimerState {
	version: 1;
	/** Which session this timer belongs to (note path or id). */
	sessionKey: string;
	steps: StepRecord[];
	current: number;
	status: TimerStatus;
	/** Start of the open period; set only while running. */
	runningSince: number | null;
	startedAt: number | null;
	finishedAt: number | null;
}

export type TimerEvent =
	| { type: "start" }
	| { type: "pause" }
	| { type: "resume" }
	| { type: "next" }
	| { type: "previous" }
	| { type: "addTime"; seconds: number }
	| { type: "resetStep" }
	| { type: "takeFromLater"; seconds?: number }
	| { type: "finish" }
	| { type: "goTo"; index: number };

export interface TimerSnapshot {
	status: TimerStatus;
	index: number;
	stepId: string;
	stepCount: number;
	isLastStep: boolean;
	/** planned + adjust of the current step. */
	budgetSeconds: number;
	elapsedSeconds: number;
	/** Negative in overtime. */
	remainingSeconds: number;
	overtime: boolean;
	overtimeSeconds: number;
	/** Elapsed / budget, clamped to 0..1. */
	progress: number;
	projectedEndMs: number;
	totalElapsedSeconds: number;
	totalBudgetSeconds: number;
	/** What takeFromLater could move at most right now. */
	bankableSeconds: number;
}

export type ResumeNote = "resumed" | "stale" | "future";

// ---------------------------------------------------------------- creation

/** Throws on programmer errors only (bad step list); everything after this never throws. */
export function createTimer(sessionKey: string, steps: TimerStep[]): TimerState {
	if (typeof sessionKey !== "string") throw new Error("createTimer: sessionKey must be a string");
	assertValidSteps(steps);
	return {
		version: TIMER_STATE_VERSION,
		sessionKey,
		steps: steps.map((s) => ({ id: s.id, plannedSeconds: toWholeSeconds(s.plannedSeconds), adjustSeconds: 0, periods: [] })),
		current: 0,
		status: "idle",
		runningSince: null,
		startedAt: null,
		finishedAt: null,
	};
}

function assertValidSteps(steps: TimerStep[]): void {
	if (!Array.isArray(steps) || steps.length === 0) throw new Error("createTimer: at least one step is required");
	const seen = new Set<string>();
	for (const step of steps) {
		if (typeof step.id !== "string" || step.id === "" || seen.has(step.id)) {
			throw new Error(`createTimer: step ids must be unique non-empty strings (got ${JSON.stringify(step.id)})`);
		}
		if (typeof step.plannedSeconds !== "number" || !Number.isFinite(step.plannedSeconds) || step.plannedSeconds < 0 || step.plannedSeconds > MAX_STEP_SECONDS) {
			throw new Error(`createTimer: step "${step.id}" needs plannedSeconds in 0..${MAX_STEP_SECONDS} (got ${String(step.plannedSeconds)})`);
		}
		seen.add(step.id);
	}
}

/** Whole seconds keep the bank arithmetic exact; `|| 0` avoids a -0 that JSON would not keep. */
function toWholeSeconds(seconds: number): number {
	return Math.round(seconds) || 0;
}

// ---------------------------------------------------------------- reducer

/** Immutable; returns the same object when the event does not apply. Never throws. */
export function reduce(state: TimerState, event: TimerEvent, nowMs: number): TimerState {
	if (!Number.isFinite(nowMs) || typeof event !== "object" || event === null) return state;
	// A clock set backwards must not create negative or overlapping periods.
	const now = Math.max(nowMs, latestTimestampMs(state));
	switch (event.type) {
		case "start": return startSession(state, now);
		case "pause": return pauseSession(state, now);
		case "resume": return resumeSession(state, now);
		case "next": return nextStep(state, now);
		case "previous": return state.status === "finished" ? state : moveToStep(state, state.current - 1, now);
		case "goTo": return state.status === "finished" ? state : moveToStep(state, event.index, now);
		case "addTime": return addTime(state, event.seconds);
		case "resetStep": return resetStep(state, now);
		case "takeFromLater": return takeFromLater(state, event.seconds, now);
		case "finish": return finishSession(state, now);
		default: return state;
	}
}

function startSession(state: TimerState, now: number): TimerState {
	if (state.status !== "idle") return state;
	return { ...state, status: "running", startedAt: now, runningSince: now };
}

function pauseSession(state: TimerState, now: number): TimerState {
	if (state.status !== "running") return state;
	return { ...closeOpenPeriod(state, now), status: "paused" };
}

/** Also reopens a finished session, so an accidental "next" on the last step can be undone. */
function resumeSession(state: TimerState, now: number): TimerState {
	if (state.status !== "paused" && state.status !== "finished") return state;
	return { ...state, status: "running", runningSince: now, finishedAt: null };
}

function nextStep(state: TimerState, now: number): TimerState {
	const isLast = state.current === state.steps.length - 1;
	if (isLast && (state.status === "running" || state.status === "paused")) return finishSession(state, now);
	if (state.status === "finished") return state;
	return moveToStep(state, state.current + 1, now);
}

/** Keeps the status: running goes on timing the new step, paused and idle only move the cursor. */
function moveToStep(state: TimerState, requested: number, now: number): TimerState {
	if (!Number.isInteger(requested) || requested < 0 || requested >= state.steps.length || requested === state.current) return state;
	const index = requested + 0; // -0 would not survive JSON
	if (state.status !== "running") return { ...state, current: index };
	return { ...closeOpenPeriod(state, now), current: index, runningSince: now };
}

function finishSession(state: TimerState, now: number): TimerState {
	if (state.status !== "running" && state.status !== "paused") return state;
	return { ...closeOpenPeriod(state, now), status: "finished", finishedAt: now };
}

/** Positive extends the current step; negative shortens it; the budget stays in 0..MAX_STEP_SECONDS. */
function addTime(state: TimerState, seconds: number): TimerState {
	if (state.status === "finished" || typeof seconds !== "number" || !Number.isFinite(seconds)) return state;
	const step = currentStep(state);
	const budget = stepBudgetSeconds(step);
	const delta = Math.min(Math.max(toWholeSeconds(seconds), -budget), MAX_STEP_SECONDS - budget);
	if (delta === 0) return state;
	return replaceStep(state, state.current, { ...step, adjustSeconds: step.adjustSeconds + delta });
}

function resetStep(state: TimerState, now: number): TimerState {
	if (state.status === "finished") return state;
	const step = currentStep(state);
	const isRunning = state.status === "running";
	const unchanged = step.periods.length === 0 && step.adjustSeconds === 0 && (!isRunning || state.runningSince === now);
	if (unchanged) return state;
	const cleared = replaceStep(state, state.current, { ...step, adjustSeconds: 0, periods: [] });
	return isRunning ? { ...cleared, runningSince: now } : cleared;
}

/**
 * Time bank: moves seconds from the later steps to the current one, so the sum of budgets,
 * hence the planned end, stays put. Later steps give in proportion to their remaining time
 * (a 20-min step gives twice what a 10-min one gives), none going below one minute or below
 * what it has already used; see `distributeCut`.
 */
function takeFromLater(state: TimerState, seconds: number | undefined, now: number): TimerState {
	if (state.status === "finished") return state;
	const requested = seconds === undefined ? overtimeSeconds(state, now) : seconds;
	if (typeof requested !== "number" || !Number.isFinite(requested)) return state;
	const room = MAX_STEP_SECONDS - stepBudgetSeconds(currentStep(state));
	const amount = Math.min(toWholeSeconds(requested), bankableSeconds(state), room);
	if (amount <= 0) return state;
	const later = laterStepIndexes(state);
	const cuts = distributeCut(amount, later.map((i) => bankWeightSeconds(state, i)), later.map((i) => bankSlackSeconds(state, i)));
	const steps = state.steps.map((step, i) => {
		if (i === state.current) return { ...step, adjustSeconds: step.adjustSeconds + amount };
		const cut = cuts[later.indexOf(i)] ?? 0;
		return cut > 0 ? { ...step, adjustSeconds: step.adjustSeconds - cut } : step;
	});
	return { ...state, steps };
}

function closeOpenPeriod(state: TimerState, now: number): TimerState {
	const since = state.runningSince;
	if (state.status !== "running" || since === null) return state;
	if (now <= since) return { ...state, runningSince: null };
	const step = currentStep(state);
	return { ...replaceStep(state, state.current, { ...step, periods: [...step.periods, { start: since, end: now }] }), runningSince: null };
}

function replaceStep(state: TimerState, index: number, step: StepRecord): TimerState {
	return { ...state, steps: state.steps.map((s, i) => (i === index ? step : s)) };
}

/** `current` is kept in range by every transition and by `deserialize`. */
function currentStep(state: TimerState): StepRecord {
	return state.steps[state.current] as StepRecord;
}

/** The latest moment the state knows of; -Infinity for an untouched timer. */
function latestTimestampMs(state: TimerState): number {
	let latest = Math.max(state.runningSince ?? -Infinity, state.startedAt ?? -Infinity, state.finishedAt ?? -Infinity);
	for (const step of state.steps) {
		const last = step.periods[step.periods.length - 1];
		if (last) latest = Math.max(latest, last.end);
	}
	return latest;
}

// ---------------------------------------------------------------- time bank arithmetic

function laterStepIndexes(state: TimerState): number[] {
	return state.steps.map((_, i) => i).filter((i) => i > state.current);
}

/** Whole seconds a later step has already used (a visited step keeps its periods). */
function usedWholeSeconds(state: TimerState, index: number): number {
	return Math.ceil(closedPeriodsMs(state.steps[index]) / 1000);
}

function bankWeightSeconds(state: TimerState, index: number): number {
	return Math.max(0, stepBudgetSeconds(state.steps[index]) - usedWholeSeconds(state, index));
}

function bankSlackSeconds(state: TimerState, index: number): number {
	const floor = Math.max(MIN_STEP_SECONDS_AFTER_BANK, usedWholeSeconds(state, index));
	return Math.max(0, stepBudgetSeconds(state.steps[index]) - floor);
}

/** The most takeFromLater can move from the later steps. */
export function bankableSeconds(state: TimerState): number {
	return laterStepIndexes(state).reduce((sum, i) => sum + bankSlackSeconds(state, i), 0);
}

/**
 * Splits `amount` (≤ Σ slack) in proportion to `weights`, capping each share at its slack and
 * spreading the excess over the others; integer shares by largest remainder.
 */
export function distributeCut(amount: number, weights: number[], slacks: number[]): number[] {
	const cuts = weights.map(() => 0);
	let open = weights.map((_, i) => i).filter((i) => (slacks[i] ?? 0) > 0);
	let left = amount;
	while (left > 0 && open.length > 0) {
		const total = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
		// Integer comparison: left·w/total ≥ slack without a division.
		const capped = open.filter((i) => total <= 0 || left * (weights[i] ?? 0) >= (slacks[i] ?? 0) * total);
		if (capped.length === 0) return spreadByLargestRemainder(left, open, weights, total, cuts);
		for (const i of capped) {
			const take = Math.min(slacks[i] ?? 0, left);
			cuts[i] = take;
			left -= take;
		}
		open = open.filter((i) => !capped.includes(i));
	}
	return cuts;
}

function spreadByLargestRemainder(amount: number, indexes: number[], weights: number[], total: number, cuts: number[]): number[] {
	const shares = indexes.map((i) => {
		const scaled = amount * (weights[i] ?? 0);
		const floor = Math.floor(scaled / total);
		return { i, floor, remainder: scaled - floor * total };
	});
	let left = amount - shares.reduce((sum, s) => sum + s.floor, 0);
	const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder);
	for (const share of shares) cuts[share.i] = share.floor;
	for (const share of byRemainder) {
		if (left <= 0) break;
		cuts[share.i] = (cuts[share.i] ?? 0) + 1;
		left -= 1;
	}
	return cuts;
}

// ---------------------------------------------------------------- reading the clock

export function stepBudgetSeconds(step: StepRecord | undefined): number {
	return step ? step.plannedSeconds + step.adjustSeconds : 0;
}

function closedPeriodsMs(step: StepRecord | undefined): number {
	return step ? step.periods.reduce((sum, p) => sum + (p.end - p.start), 0) : 0;
}

function openPeriodMs(state: TimerState, index: number, nowMs: number): number {
	if (state.status !== "running" || index !== state.current || state.runningSince === null || !Number.isFinite(nowMs)) return 0;
	return Math.max(0, nowMs - state.runningSince);
}

export function elapsedMs(state: TimerState, stepIndex: number, nowMs: number): number {
	return closedPeriodsMs(state.steps[stepIndex]) + openPeriodMs(state, stepIndex, nowMs);
}

/** Whole seconds actually spent on a step: Σ periods + the open one. */
export function elapsedSeconds(state: TimerState, stepIndex: number, nowMs: number): number {
	return Math.floor(elapsedMs(state, stepIndex, nowMs) / 1000);
}

/** Budget − elapsed of the current step; negative in overtime. */
export function remainingSeconds(state: TimerState, nowMs: number): number {
	return stepBudgetSeconds(currentStep(state)) - elapsedSeconds(state, state.current, nowMs);
}

export function overtimeSeconds(state: TimerState, nowMs: number): number {
	return Math.max(0, -remainingSeconds(state, nowMs));
}

export function isOvertime(state: TimerState, nowMs: number): boolean {
	return remainingSeconds(state, nowMs) < 0;
}

function remainingMsOfStep(state: TimerState, index: number, nowMs: number): number {
	return Math.max(0, stepBudgetSeconds(state.steps[index]) * 1000 - elapsedMs(state, index, nowMs));
}

/**
 * When the session would end if every step from now on took its budget: the current step's
 * remaining time (an overrun step ends at best now) plus what the later steps have left.
 * Same formula when idle or paused (as if restarted now); the real end once finished.
 */
export function projectedEndMs(state: TimerState, nowMs: number): number {
	if (state.status === "finished") return state.finishedAt ?? nowMs;
	let end = nowMs;
	for (let i = state.current; i < state.steps.length; i++) end += remainingMsOfStep(state, i, nowMs);
	return end;
}

/** Rounded minutes actually spent per step id (for the session note). */
export function actualMinutes(state: TimerState, nowMs: number): Record<string, number> {
	const minutes: Record<string, number> = {};
	state.steps.forEach((step, i) => {
		minutes[step.id] = Math.round(elapsedMs(state, i, nowMs) / 60000);
	});
	return minutes;
}

export function totalElapsedSeconds(state: TimerState, nowMs: number): number {
	return Math.floor(state.steps.reduce((sum, _, i) => sum + elapsedMs(state, i, nowMs), 0) / 1000);
}

function progressOf(budgetSeconds: number, spentMs: number): number {
	if (budgetSeconds <= 0) return spentMs > 0 ? 1 : 0;
	return Math.min(1, Math.max(0, spentMs / (budgetSeconds * 1000)));
}

/** Everything a view needs for one redraw. */
export function snapshot(state: TimerState, nowMs: number): TimerSnapshot {
	const step = currentStep(state);
	const budget = stepBudgetSeconds(step);
	const remaining = remainingSeconds(state, nowMs);
	return {
		status: state.status,
		index: state.current,
		stepId: step.id,
		stepCount: state.steps.length,
		isLastStep: state.current === state.steps.length - 1,
		budgetSeconds: budget,
		elapsedSeconds: elapsedSeconds(state, state.current, nowMs),
		remainingSeconds: remaining,
		overtime: remaining < 0,
		overtimeSeconds: Math.max(0, -remaining),
		progress: progressOf(budget, elapsedMs(state, state.current, nowMs)),
		projectedEndMs: projectedEndMs(state, nowMs),
		totalElapsedSeconds: totalElapsedSeconds(state, nowMs),
		totalBudgetSeconds: state.steps.reduce((sum, s) => sum + stepBudgetSeconds(s), 0),
		bankableSeconds: bankableSeconds(state),
	};
}

// ---------------------------------------------------------------- persistence

export function serialize(state: TimerState): string {
	return JSON.stringify(state);
}

/**
 * Accepts the JSON text or the already parsed value (plugin data). Corrupted or foreign data
 * gives an error value, never an exception; the result is a fresh object without extra keys.
 */
export function deserialize(input: unknown): Result<TimerState> {
	let raw: unknown = input;
	if (typeof input === "string") {
		try {
			raw = JSON.parse(input);
		} catch {
			return fail("timer.invalidJson");
		}
	}
	if (!isRecord(raw)) return invalid("root");
	if (raw.version !== TIMER_STATE_VERSION) {
		return typeof raw.version === "number" ? fail("timer.unsupportedVersion", { version: raw.version }) : invalid("version");
	}
	return readState(raw);
}

function invalid<T>(field: string): Result<T> {
	return fail("timer.invalidState", { field });
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
	return typeof value === "number" && Number.isFinite(value);
}

function readTimestamp(value: unknown): number | null | undefined {
	if (value === null) return null;
	return isFiniteNumber(value) ? value : undefined;
}

function readState(raw: Record<string, unknown>): Result<TimerState> {
	if (typeof raw.sessionKey !== "string") return invalid("sessionKey");
	const steps = readSteps(raw.steps);
	if (!steps.ok) return steps;
	const runningSince = readTimestamp(raw.runningSince);
	const startedAt = readTimestamp(raw.startedAt);
	const finishedAt = readTimestamp(raw.finishedAt);
	if (runningSince === undefined) return invalid("runningSince");
	if (startedAt === undefined) return invalid("startedAt");
	if (finishedAt === undefined) return invalid("finishedAt");
	const status = STATUSES.find((s) => s === raw.status);
	if (status === undefined) return invalid("status");
	const current = raw.current;
	if (!Number.isInteger(current) || (current as number) < 0 || (current as number) >= steps.value.length) return invalid("current");
	const state: TimerState = {
		version: TIMER_STATE_VERSION, sessionKey: raw.sessionKey, steps: steps.value, current: current as number,
		status, runningSince, startedAt, finishedAt,
	};
	const problem = findStatusProblem(state) ?? findChronologyProblem(state);
	return problem === null ? ok(state) : invalid(problem);
}

function readSteps(value: unknown): Result<StepRecord[]> {
	if (!Array.isArray(value) || value.length === 0) return invalid("steps");
	const steps: StepRecord[] = [];
	const ids = new Set<string>();
	for (const [i, item] of value.entries()) {
		const step = readStep(item);
		if (step === null || ids.has(step.id)) return invalid(`steps[${i}]`);
		ids.add(step.id);
		steps.push(step);
	}
	return ok(steps);
}

function readStep(value: unknown): StepRecord | null {
	if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return null;
	const { plannedSeconds, adjustSeconds } = value;
	if (!Number.isInteger(plannedSeconds) || !Number.isInteger(adjustSeconds)) return null;
	if (!isWithinStepBounds(plannedSeconds as number) || !isWithinStepBounds((plannedSeconds as number) + (adjustSeconds as number))) return null;
	const periods = readPeriods(value.periods);
	if (periods === null) return null;
	return { id: value.id, plannedSeconds: plannedSeconds as number, adjustSeconds: adjustSeconds as number, periods };
}

function isWithinStepBounds(seconds: number): boolean {
	return seconds >= 0 && seconds <= MAX_STEP_SECONDS;
}

function readPeriods(value: unknown): ActivePeriod[] | null {
	if (!Array.isArray(value)) return null;
	const periods: ActivePeriod[] = [];
	for (const item of value) {
		if (!isRecord(item) || !isFiniteNumber(item.start) || !isFiniteNumber(item.end) || item.end <= item.start) return null;
		periods.push({ start: item.start, end: item.end });
	}
	return periods;
}

/** Which timestamps each status requires; returns the offending field or null. */
function findStatusProblem(state: TimerState): string | null {
	const { status, runningSince, startedAt, finishedAt } = state;
	if ((status === "running") !== (runningSince !== null)) return "runningSince";
	if ((status === "finished") !== (finishedAt !== null)) return "finishedAt";
	if ((status === "idle") !== (startedAt === null)) return "startedAt";
	if (status === "idle" && state.steps.some((s) => s.periods.length > 0)) return "steps";
	return null;
}

/** Periods of all steps must not overlap and must sit between start, open period and finish. */
function findChronologyProblem(state: TimerState): string | null {
	const periods = state.steps.flatMap((s) => s.periods).sort((a, b) => a.start - b.start);
	let cursor = state.startedAt ?? -Infinity;
	for (const period of periods) {
		if (period.start < cursor) return "periods";
		cursor = period.end;
	}
	if (state.runningSince !== null && state.runningSince < cursor) return "runningSince";
	if (state.finishedAt !== null && state.finishedAt < cursor) return "finishedAt";
	return null;
}

// ---------------------------------------------------------------- reload

/**
 * After a reload nothing needs recomputing (time comes from timestamps), but a state whose
 * last activity is over 24 h old, or lies in the future (clock change), is flagged so the
 * UI can ask whether to keep it. The state is returned unchanged.
 */
export function resumeAfterReload(state: TimerState, nowMs: number): { state: TimerState; note: ResumeNote } {
	const latest = latestTimestampMs(state);
	if (latest === -Infinity || !Number.isFinite(nowMs)) return { state, note: "resumed" };
	if (latest > nowMs + FUTURE_TOLERANCE_MS) return { state, note: "future" };
	if (nowMs - latest > STALE_AFTER_MS) return { state, note: "stale" };
	return { state, note: "resumed" };
}
