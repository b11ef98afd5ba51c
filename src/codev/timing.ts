/** How a session's minutes are shared between its steps. Pure TypeScript: no Obsidian import here. */
import { CLASSIC_METHOD, stepsFor } from "./methods";
import { fail, ok, type Lang, type Result, type StepDef } from "./types";

export const MIN_SESSION_MINUTES = 45;
export const MAX_SESSION_MINUTES = 240;
/** Beyond a working day a length is surely a typo, even mid-session. */
export const ABSOLUTE_MAX_MINUTES = 480;

/** A designed split of the classic method for one session length (minutes per step id). */
export interface DefaultSplit {
	totalMinutes: number;
	withOpening: boolean;
	minutes: Readonly<Record<string, number>>;
}

/**
 * The plugin's own design (no source gives a full split, METHOD.md): 120 with opening is the
 * METHOD.md split; without the opening step, consultation and synthesis absorb its minutes.
 */
export const DEFAULT_SPLITS: readonly DefaultSplit[] = [
	split(90, true, [5, 5, 15, 10, 25, 15, 15]),
	split(90, false, [5, 15, 10, 30, 15, 15]),
	split(120, true, [10, 10, 15, 10, 35, 20, 20]),
	split(120, false, [10, 15, 10, 40, 25, 20]),
	split(180, true, [15, 15, 20, 15, 55, 30, 30]),
	split(180, false, [15, 20, 15, 65, 35, 30]),
];

function split(totalMinutes: number, withOpening: boolean, minutes: number[]): DefaultSplit {
	const ids = stepsFor(CLASSIC_METHOD, withOpening).map((step) => step.id);
	const entries = ids.map((id, index) => [id, minutes[index] ?? 0] as const);
	return Object.freeze({ totalMinutes, withOpening, minutes: Object.freeze(Object.fromEntries(entries)) });
}

// ---------------------------------------------------------------------------------------------
// Parsing lengths

const MINUTE_UNIT = "(?:m|mn|mins?|minutes?)";
const HOUR_UNIT = "(?:h|hrs?|hours?|heures?)";
const MINUTES_ONLY = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*${MINUTE_UNIT}?$`);
const CLOCK = /^(\d+):([0-5]\d)$/;
const HOURS_AND_MINUTES = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*${HOUR_UNIT}\\s*(?:(\\d{1,2})\\s*${MINUTE_UNIT}?)?$`);

const toNumber = (text: string): number => Number(text.replace(",", "."));

/** Raw minutes written in `text` ("90", "1h30", "1,5 h", "1:30", "120 min"), or undefined. */
function readMinutes(text: string): number | undefined {
	const minutesOnly = MINUTES_ONLY.exec(text);
	if (minutesOnly?.[1] !== undefined) return toNumber(minutesOnly[1]);
	const clock = CLOCK.exec(text);
	if (clock?.[1] !== undefined && clock[2] !== undefined) return toNumber(clock[1]) * 60 + toNumber(clock[2]);
	const hours = HOURS_AND_MINUTES.exec(text);
	if (hours?.[1] === undefined) return undefined;
	const extra = hours[2] === undefined ? 0 : toNumber(hours[2]);
	// "1,5h30" or "1h75" mean nothing sensible: refuse rather than guess.
	if (extra >= 60 || (extra > 0 && !Number.isInteger(toNumber(hours[1])))) return undefined;
	return toNumber(hours[1]) * 60 + extra;
}

function parseDurationText(input: string): Result<number> {
	const text = input.trim().toLowerCase();
	if (text.startsWith("-")) {
		return readMinutes(text.slice(1).trim()) === undefined ? fail("duration-not-a-number") : fail("duration-not-positive");
	}
	const minutes = readMinutes(text);
	return minutes === undefined ? fail("duration-not-a-number") : checkMinutes(minutes);
}

function checkMinutes(minutes: number): Result<number> {
	if (!Number.isFinite(minutes)) return fail("duration-not-a-number");
	const whole = Math.round(minutes);
	if (whole <= 0) return fail("duration-not-positive");
	if (whole > ABSOLUTE_MAX_MINUTES) return fail("duration-too-long", { max: ABSOLUTE_MAX_MINUTES });
	return ok(whole);
}

/** A length in whole minutes, from a number or a text such as "90", "1h30", "2h", "1:30", "120 min". */
export function parseDurationMinutes(input: unknown): Result<number> {
	if (typeof input === "number") return checkMinutes(input);
	if (typeof input === "string") return parseDurationText(input);
	return fail("duration-not-a-number");
}

/** Per-method session bounds (a MethodDef fits): express codev runs from 30 minutes. */
export interface SessionBounds {
	minMinutes?: number;
	maxMinutes?: number;
}

/** The lengths a method allows, MIN_SESSION_MINUTES..MAX_SESSION_MINUTES unless it says otherwise. */
export function sessionBounds(bounds?: SessionBounds): { min: number; max: number } {
	return { min: bounds?.minMinutes ?? MIN_SESSION_MINUTES, max: bounds?.maxMinutes ?? MAX_SESSION_MINUTES };
}

/** A session length: parsed, then held between the bounds (by default MIN_SESSION_MINUTES and MAX_SESSION_MINUTES). */
export function parseSessionMinutes(input: unknown, bounds?: SessionBounds): Result<number> {
	const parsed = parseDurationMinutes(input);
	if (!parsed.ok) return parsed;
	const { min, max } = sessionBounds(bounds);
	if (parsed.value < min) return fail("duration-too-short", { min });
	if (parsed.value > max) return fail("duration-too-long", { max });
	return parsed;
}

// ---------------------------------------------------------------------------------------------
// Whole-minute allocation

const EPSILON = 1e-9;

/** Weights usable as proportions: non-finite or negative count as zero; all zero means equal. */
function cleanWeights(weights: number[]): number[] {
	const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
	return clean.some((weight) => weight > 0) ? clean : clean.map(() => 1);
}

/** Largest-remainder rounding of exact quotas that sum to `total`. */
function largestRemainder(quotas: number[], weights: number[], total: number): number[] {
	const shares = quotas.map((quota) => Math.floor(quota + EPSILON));
	const leftover = total - shares.reduce((sum, share) => sum + share, 0);
	const order = quotas
		// Rounded so that float noise does not break ties: equal remainders go to the heavier step.
		.map((quota, index) => ({ index, remainder: Math.round((quota - (shares[index] ?? 0)) / EPSILON), weight: weights[index] ?? 0 }))
		.sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.index - b.index);
	for (const { index } of order.slice(0, leftover)) shares[index] = (shares[index] ?? 0) + 1;
	return shares;
}

/**
 * Shares `total` whole minutes in proportion to `weights`, each share at least `floor`, summing
 * exactly to `total`. Steps whose exact quota falls under the floor are pinned to it and the rest
 * is shared again, so the floor never pushes the sum over. Requires total >= floor * weights.length.
 */
function allocate(weights: number[], total: number, floor: number): number[] {
	const clean = cleanWeights(weights);
	const shares: number[] = clean.map(() => floor);
	let open = clean.map((_, index) => index);
	let remaining = total;
	for (;;) {
		const openWeight = open.reduce((sum, index) => sum + (clean[index] ?? 0), 0);
		const quotas = open.map((index) => (openWeight > 0 ? ((clean[index] ?? 0) * remaining) / openWeight : remaining / open.length));
		const low = open.filter((_, position) => (quotas[position] ?? 0) < floor);
		if (low.length === 0) {
			const rounded = largestRemainder(quotas, open.map((index) => clean[index] ?? 0), remaining);
			open.forEach((index, position) => (shares[index] = rounded[position] ?? floor));
			return shares;
		}
		remaining -= floor * low.length;
		open = open.filter((index) => !low.includes(index));
	}
}

/** Two minutes per step when the length allows it: a one-minute step is hardly a step. */
const sensibleFloor = (total: number, count: number): number => (total >= 2 * count ? 2 : 1);

/**
 * Shares `total` whole minutes in proportion to `weights` (at least two minutes each when the total
 * allows it, else one), summing exactly to `total`. Requires total >= weights.length.
 */
export function allocateMinutes(weights: number[], total: number): number[] {
	return allocate(weights, total, sensibleFloor(total, weights.length));
}

function toRecord(steps: StepDef[], minutes: (step: StepDef, index: number) => number): Record<string, number> {
	return Object.fromEntries(steps.map((step, index) => [step.id, minutes(step, index)]));
}

// ---------------------------------------------------------------------------------------------
// Splitting a session

/**
 * Same ids and weights: other methods reuse the classic ids (express has "expose"… "apprentissages")
 * and a facilitator's copy of the classic method may change its weights; neither is the classic list.
 */
function sameSteps(steps: StepDef[], reference: StepDef[]): boolean {
	return steps.length === reference.length && steps.every((step, index) => step.id === reference[index]?.id && step.weight === reference[index]?.weight);
}

/** Whether `steps` is the classic list with (true) or without (false) its opening, else undefined. */
function classicVariant(steps: StepDef[]): boolean | undefined {
	if (sameSteps(steps, stepsFor(CLASSIC_METHOD, true))) return true;
	if (sameSteps(steps, stepsFor(CLASSIC_METHOD, false))) return false;
	return undefined;
}

/** The designed split for exactly these steps and this length, if there is one. */
export function defaultSplitFor(steps: StepDef[], totalMinutes: number): Record<string, number> | undefined {
	const withOpening = classicVariant(steps);
	const found = DEFAULT_SPLITS.find((d) => d.withOpening === withOpening && d.totalMinutes === totalMinutes);
	return found ? toRecord(steps, (step) => found.minutes[step.id] ?? 0) : undefined;
}

/**
 * Weights for a length: for the classic list, the designed splits interpolated between the two
 * nearest lengths (or the nearest one outside their range), so 150 minutes falls between 120 and
 * 180; for any other list, the steps' own weights.
 */
function weightsFor(steps: StepDef[], totalMinutes: number): number[] {
	const withOpening = classicVariant(steps);
	const defaults = DEFAULT_SPLITS.filter((d) => d.withOpening === withOpening).sort((a, b) => a.totalMinutes - b.totalMinutes);
	const first = defaults[0];
	const last = defaults[defaults.length - 1];
	if (withOpening === undefined || !first || !last) return steps.map((step) => step.weight);
	const upper = defaults.find((d) => d.totalMinutes >= totalMinutes) ?? last;
	const lower = [...defaults].reverse().find((d) => d.totalMinutes <= totalMinutes) ?? first;
	const span = upper.totalMinutes - lower.totalMinutes;
	const ratio = span === 0 ? 0 : (totalMinutes - lower.totalMinutes) / span;
	return steps.map((step) => {
		const low = lower.minutes[step.id] ?? 0;
		return low + ((upper.minutes[step.id] ?? 0) - low) * ratio;
	});
}

function checkSteps(steps: StepDef[]): Result<StepDef[]> {
	if (steps.length === 0) return fail("steps-empty");
	const seen = new Set<string>();
	for (const step of steps) {
		if (seen.has(step.id)) return fail("steps-duplicate-id", { step: step.id });
		seen.add(step.id);
	}
	return ok(steps);
}

/** Overrides as whole minutes (>= 1) keyed by known step ids; undefined entries mean "no override". */
function checkOverrides(steps: StepDef[], overrides: Record<string, number> | undefined): Result<Map<string, number>> {
	const fixed = new Map<string, number>();
	const known = new Set(steps.map((step) => step.id));
	for (const [id, value] of Object.entries(overrides ?? {})) {
		if (value === undefined) continue;
		if (!known.has(id)) return fail("override-unknown-step", { step: id });
		const minutes = typeof value === "number" && Number.isFinite(value) ? Math.round(value) : NaN;
		if (!(minutes >= 1)) return fail("override-invalid", { step: id });
		fixed.set(id, minutes);
	}
	return ok(fixed);
}

function splitAround(steps: StepDef[], total: number, fixed: Map<string, number>): Result<Record<string, number>> {
	const free = steps.filter((step) => !fixed.has(step.id));
	const fixedSum = [...fixed.values()].reduce((sum, minutes) => sum + minutes, 0);
	const remaining = total - fixedSum;
	if (remaining < free.length) return fail("overrides-exceed-total", { total, max: total - free.length });
	if (free.length === 0 && remaining > 0) return fail("overrides-below-total", { total, sum: fixedSum });
	const allWeights = weightsFor(steps, total);
	const freeWeights = free.map((step) => allWeights[steps.indexOf(step)] ?? 0);
	const shares = allocate(freeWeights, remaining, sensibleFloor(remaining, free.length));
	return ok(toRecord(steps, (step) => fixed.get(step.id) ?? shares[free.indexOf(step)] ?? 0));
}

/**
 * Minutes per step id for a session of `totalMinutes` (a number or a text like "1h30"), in whole
 * minutes that add up exactly to the total. `overrides` (minutes per step id) are kept exactly and
 * the other steps share what is left in proportion. `bounds` (the method) may allow other lengths.
 */
export function splitMinutes(
	steps: StepDef[],
	totalMinutes: unknown,
	overrides?: Record<string, number>,
	bounds?: SessionBounds,
): Result<Record<string, number>> {
	const total = parseSessionMinutes(totalMinutes, bounds);
	if (!total.ok) return total;
	const checked = checkSteps(steps);
	if (!checked.ok) return checked;
	if (total.value < steps.length) return fail("duration-too-short", { min: steps.length });
	const fixed = checkOverrides(steps, overrides);
	if (!fixed.ok) return fixed;
	const designed = fixed.value.size === 0 ? defaultSplitFor(steps, total.value) : undefined;
	return designed ? ok(designed) : splitAround(steps, total.value, fixed.value);
}

/** The current minutes as weights; a missing or invalid entry falls back to the step's weight, on the same scale. */
function currentWeights(current: Record<string, number>, steps: StepDef[]): number[] {
	const isValid = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0;
	const known = steps.filter((step) => isValid(current[step.id]));
	const knownMinutes = known.reduce((sum, step) => sum + (current[step.id] ?? 0), 0);
	const knownWeight = known.reduce((sum, step) => sum + step.weight, 0);
	const scale = knownWeight > 0 ? knownMinutes / knownWeight : 1;
	return steps.map((step) => {
		const value = current[step.id];
		return isValid(value) ? value : step.weight * scale;
	});
}

/**
 * Re-splits `steps` over `newTotal` minutes keeping the proportions of `current` (for instance when
 * the facilitator lengthens or shortens a running session). Exact sum, each step at least 1 minute;
 * the only lower bound on the total is one minute per step.
 */
export function rescaleMinutes(current: Record<string, number>, steps: StepDef[], newTotal: unknown): Result<Record<string, number>> {
	const total = parseDurationMinutes(newTotal);
	if (!total.ok) return total;
	const checked = checkSteps(steps);
	if (!checked.ok) return checked;
	if (total.value < steps.length) return fail("duration-too-short", { min: steps.length });
	const shares = allocate(currentWeights(current, steps), total.value, 1);
	return ok(toRecord(steps, (_, index) => shares[index] ?? 1));
}

// ---------------------------------------------------------------------------------------------
// Display

/** "1 h 30", "2 h", "45 min" in French; "1h 30m", "2h", "45m" in English. Negative keeps its sign. */
export function formatDuration(minutes: number, lang: Lang): string {
	const whole = Number.isFinite(minutes) ? Math.round(minutes) : 0;
	const sign = whole < 0 ? "-" : "";
	const hours = Math.floor(Math.abs(whole) / 60);
	const rest = Math.abs(whole) % 60;
	if (lang === "fr") {
		if (hours === 0) return `${sign}${rest} min`;
		return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${String(rest).padStart(2, "0")}`;
	}
	if (hours === 0) return `${sign}${rest}m`;
	return rest === 0 ? `${sign}${hours}h` : `${sign}${hours}h ${rest}m`;
}

/** Keeps only the overrides that name one of these steps (settings may hold the opening step's minutes when it is not held). */
export function overridesForSteps(steps: StepDef[], overrides: Record<string, number> | undefined): Record<string, number> {
	const ids = new Set(steps.map((step) => step.id));
	return Object.fromEntries(Object.entries(overrides ?? {}).filter(([id]) => ids.has(id)));
}

/**
 * The split for a new session. Minutes fixed in the settings are for the default length: at that
 * length they are kept exactly; at another length the facilitator's split is rescaled, so their
 * proportions carry over instead of fixed minutes crowding a shorter session.
 */
export function planSessionMinutes(
	steps: StepDef[],
	duration: unknown,
	defaultDuration: number,
	settingsOverrides: Record<string, number> | undefined,
	bounds?: SessionBounds,
): Result<Record<string, number>> {
	const overrides = overridesForSteps(steps, settingsOverrides);
	const total = parseSessionMinutes(duration, bounds);
	if (!total.ok) return total;
	if (Object.keys(overrides).length === 0 || total.value === defaultDuration) return splitMinutes(steps, total.value, overrides, bounds);
	const base = splitMinutes(steps, defaultDuration, overrides, bounds);
	return base.ok ? rescaleMinutes(base.value, steps, total.value) : splitMinutes(steps, total.value, undefined, bounds);
}
