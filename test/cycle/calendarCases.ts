/** Calendar cases run under several time zones (calendar.test.ts, calendar.paris.test.ts). */
import { expect, it } from "vitest";
import { computeCalendar, formatCadence, isHoliday, nthWeekdayOfMonth, parseCadence, parseHolidays, type Cadence } from "../../src/codev/cycle/calendar";

export function calendarCases(): void {
	const monthly = (nth: 1 | 2 | 3 | 4 | 5 | "last", weekday: "tue" | "thu" | "mon" | "fri"): Cadence => ({ kind: "monthly", nth, weekday });

	it("2nd Tuesday of the month, across a year change", () => {
		const result = computeCalendar({ cadence: monthly(2, "tue"), start: "2025-11-01", count: 4 });
		expect(result).toEqual({ ok: true, value: ["2025-11-11", "2025-12-09", "2026-01-13", "2026-02-10"] });
	});

	it("skips a start-month date before the start", () => {
		const result = computeCalendar({ cadence: monthly(2, "tue"), start: "2026-01-14", count: 2 });
		expect(result).toEqual({ ok: true, value: ["2026-02-10", "2026-03-10"] });
	});

	it("5th weekday: months without one are skipped; 'last' always exists", () => {
		const fifth = computeCalendar({ cadence: monthly(5, "thu"), start: "2026-01-01", count: 3 });
		// Thursdays: Jan 2026 has 5 (29th), Feb none, Mar none, Apr 30, May none, Jun none, Jul 30.
		expect(fifth).toEqual({ ok: true, value: ["2026-01-29", "2026-04-30", "2026-07-30"] });
		const last = computeCalendar({ cadence: monthly("last", "fri"), start: "2026-02-01", count: 2 });
		expect(last).toEqual({ ok: true, value: ["2026-02-27", "2026-03-27"] });
		expect(nthWeekdayOfMonth(new Date(2026, 1, 1), 5, "mon")).toBeNull();
	});

	it("every N weeks, across the DST change at the end of March", () => {
		const result = computeCalendar({ cadence: { kind: "weekly", everyWeeks: 2 }, start: "2026-03-17", count: 4 });
		expect(result).toEqual({ ok: true, value: ["2026-03-17", "2026-03-31", "2026-04-14", "2026-04-28"] });
		const autumn = computeCalendar({ cadence: { kind: "weekly", everyWeeks: 1 }, start: "2026-10-20", count: 3 });
		expect(autumn).toEqual({ ok: true, value: ["2026-10-20", "2026-10-27", "2026-11-03"] });
	});

	it("monthly dates across the DST changes stay on the right day", () => {
		const result = computeCalendar({ cadence: monthly(4, "mon"), start: "2026-02-01", count: 10 });
		expect(result.ok && result.value).toEqual([
			"2026-02-23", "2026-03-23", "2026-04-27", "2026-05-25", "2026-06-22", "2026-07-27", "2026-08-24", "2026-09-28", "2026-10-26", "2026-11-23",
		]);
	});

	it("holidays are skipped (single dates and ranges), the count is kept", () => {
		const holidays = parseHolidays(["2026-04-14", "2026-07-01/2026-08-31", "not a date", "2026-02-30"]);
		expect(holidays.invalid).toEqual(["not a date", "2026-02-30"]);
		const weekly = computeCalendar({ cadence: { kind: "weekly", everyWeeks: 2 }, start: "2026-03-31", count: 3, holidays: holidays.ranges });
		expect(weekly).toEqual({ ok: true, value: ["2026-03-31", "2026-04-28", "2026-05-12"] });
		const summer = computeCalendar({ cadence: monthly(2, "tue"), start: "2026-06-01", count: 3, holidays: holidays.ranges });
		expect(summer).toEqual({ ok: true, value: ["2026-06-09", "2026-09-08", "2026-10-13"] });
		expect(isHoliday("2026-08-31", holidays.ranges)).toBe(true);
		expect(isHoliday("2026-09-01", holidays.ranges)).toBe(false);
	});

	it("refuses bad input as values", () => {
		expect(computeCalendar({ cadence: monthly(2, "tue"), start: "2026-13-01", count: 3 }).ok).toBe(false);
		expect(computeCalendar({ cadence: monthly(2, "tue"), start: "2026-01-01", count: 0 }).ok).toBe(false);
		const allHolidays = parseHolidays(["2026-01-01/2036-12-31"]).ranges;
		const blocked = computeCalendar({ cadence: monthly(2, "tue"), start: "2026-01-01", count: 2, holidays: allHolidays });
		expect(blocked).toEqual({ ok: false, error: { code: "cycle-calendar-holidays", vars: undefined } });
	});

	it("cadence text round-trips", () => {
		for (const text of ["monthly-2-tue", "monthly-last-fri", "weekly-3"]) {
			const parsed = parseCadence(text);
			expect(parsed.ok && formatCadence(parsed.value)).toBe(text);
		}
		expect(parseCadence("weekly-0").ok).toBe(false);
		expect(parseCadence("monthly-6-tue").ok).toBe(false);
		expect(parseCadence(42).ok).toBe(false);
	});
}

