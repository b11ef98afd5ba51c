/**
 * The cycle calendar: planned session dates from a cadence, a start date, a number of sessions
 * and holidays. Pure (calendar arithmetic on local dates, never instants), so a date typed as
 * 2026-03-10 stays 2026-03-10 in any time zone and across daylight-saving changes.
 *
 * Cadence grammar, stored as is in the group's `cadence` property (identifiers, same in every
 * language):
 *   - `monthly-<n>-<weekday>`: the n-th weekday of each month, n in 1..5 or `last`
 *     ("monthly-2-tue" = 2nd Tuesday). Months without a 5th such weekday are skipped.
 *   - `weekly-<n>`: every n weeks (1..12) from the start date ("weekly-2" = every other week).
 * Holidays (`holidays` property): "yyyy-MM-dd" or an ISO interval "yyyy-MM-dd/yyyy-MM-dd"
 * (inclusive, e.g. a summer break). A planned date falling on one is skipped, not moved.
 */
import { fail, ok, type Result } from "../types";
import { addDays, addMonths, monthEdge, parseLocalDate, toIsoDate, utcDay } from "../dates";

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Cadence =
	| { kind: "monthly"; nth: 1 | 2 | 3 | 4 | 5 | "last"; weekday: Weekday }
	| { kind: "weekly"; everyWeeks: number };

export const MAX_SESSIONS = 60;

export function formatCadence(cadence: Cadence): string {
	return cadence.kind === "monthly" ? `monthly-${cadence.nth}-${cadence.weekday}` : `weekly-${cadence.everyWeeks}`;
}

export function parseCadence(text: unknown): Result<Cadence> {
	if (typeof text !== "string") return fail("cycle-cadence-invalid", { value: String(text) });
	const value = text.trim().toLowerCase();
	const monthly = /^monthly-([1-5]|last)-(sun|mon|tue|wed|thu|fri|sat)$/.exec(value);
	if (monthly) {
		const nth = monthly[1] === "last" ? "last" : (Number(monthly[1]) as 1 | 2 | 3 | 4 | 5);
		return ok({ kind: "monthly", nth, weekday: monthly[2] as Weekday });
	}
	const weekly = /^weekly-(\d{1,2})$/.exec(value);
	if (weekly) {
		const everyWeeks = Number(weekly[1]);
		if (everyWeeks >= 1 && everyWeeks <= 12) return ok({ kind: "weekly", everyWeeks });
	}
	return fail("cycle-cadence-invalid", { value: text });
}

/** A holiday as an inclusive range of ISO dates (string comparison is date order for yyyy-MM-dd). */
export interface HolidayRange {
	from: string;
	to: string;
}

/** Parses the `holidays` list; unreadable entries are returned apart so the UI can say which. */
export function parseHolidays(values: unknown): { ranges: HolidayRange[]; invalid: string[] } {
	const list = Array.isArray(values) ? (values as unknown[]) : values === undefined || values === null || values === "" ? [] : [values];
	const ranges: HolidayRange[] = [];
	const invalid: string[] = [];
	for (const raw of list) {
		const text = raw instanceof Date ? utcDay(raw) : String(raw).trim();
		const [a, b] = text.split("/").map((part) => part.trim());
		const from = a ? parseLocalDate(a) : null;
		const to = b === undefined ? from : parseLocalDate(b);
		if (from && to && to.getTime() >= from.getTime()) ranges.push({ from: toIsoDate(from), to: toIsoDate(to) });
		else invalid.push(text);
	}
	return { ranges, invalid };
}

export function isHoliday(isoDate: string, holidays: readonly HolidayRange[]): boolean {
	return holidays.some((range) => isoDate >= range.from && isoDate <= range.to);
}

/** The n-th (or last) weekday of the month containing `month`, or null when the month has no such day. */
export function nthWeekdayOfMonth(month: Date, nth: 1 | 2 | 3 | 4 | 5 | "last", weekday: Weekday): Date | null {
	const target = WEEKDAYS.indexOf(weekday);
	if (nth === "last") {
		const last = monthEdge(month, true);
		return addDays(last, -((last.getDay() - target + 7) % 7));
	}
	const first = monthEdge(month, false);
	const day = 1 + ((target - first.getDay() + 7) % 7) + (nth - 1) * 7;
	return day <= monthEdge(month, true).getDate() ? addDays(first, day - 1) : null;
}

export interface CalendarRequest {
	cadence: Cadence;
	/** yyyy-MM-dd: no session before it. */
	start: string;
	count: number;
	holidays?: readonly HolidayRange[];
}

/** Planned dates (yyyy-MM-dd), in order, exactly `count` of them unless the request is invalid. */
export function computeCalendar(request: CalendarRequest): Result<string[]> {
	const start = parseLocalDate(request.start);
	if (!start) return fail("date-invalid");
	const count = Math.floor(request.count);
	if (!Number.isFinite(count) || count < 1 || count > MAX_SESSIONS) return fail("cycle-count-invalid", { max: MAX_SESSIONS });
	const holidays = request.holidays ?? [];
	const dates: string[] = [];
	// Holidays could cover every candidate: a cycle never needs more than ten years.
	const horizon = addMonths(start, 120);
	for (let step = 0; dates.length < count; step++) {
		const candidate = candidateAt(request.cadence, start, step);
		if (candidate && candidate.getTime() > horizon.getTime()) break;
		if (!candidate || candidate.getTime() < start.getTime()) continue;
		const iso = toIsoDate(candidate);
		if (!isHoliday(iso, holidays)) dates.push(iso);
	}
	return dates.length === count ? ok(dates) : fail("cycle-calendar-holidays");
}

function candidateAt(cadence: Cadence, start: Date, step: number): Date | null {
	if (cadence.kind === "weekly") return addDays(start, 7 * step * cadence.everyWeeks);
	return nthWeekdayOfMonth(addMonths(monthEdge(start, false), step), cadence.nth, cadence.weekday);
}
