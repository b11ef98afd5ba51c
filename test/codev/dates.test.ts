import { addDays as fnsAddDays, addMonths as fnsAddMonths, format, lastDayOfMonth, startOfMonth } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, monthEdge, parseLocalDate, toIsoDate } from "../../src/codev/dates";

describe("calendar days", () => {
	it("reads a typed yyyy-MM-dd as that local day, and refuses a day the calendar does not have", () => {
		expect(parseLocalDate(" 2026-03-10 ")?.getDate()).toBe(10);
		expect(parseLocalDate("2026-02-30")).toBeNull();
		expect(parseLocalDate("2026-3-10")).toBeNull();
		expect(parseLocalDate("2026-03-10T09:00")).toBeNull();
	});

	it("writes a day as date-fns's yyyy-MM-dd did, and refuses an invalid date the same way", () => {
		fc.assert(
			fc.property(fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
				expect(toIsoDate(date)).toBe(format(date, "yyyy-MM-dd"));
			}),
		);
		expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
	});

	it("reads back what it writes", () => {
		expect(toIsoDate(parseLocalDate("2026-12-31") as Date)).toBe("2026-12-31");
		expect(toIsoDate(new Date(2026, 0, 5))).toBe("2026-01-05");
	});

	it("moves days and months as date-fns's addDays, addMonths, startOfMonth and lastDayOfMonth do", () => {
		const day = fc.date({ min: new Date(100, 0, 1), max: new Date(9000, 11, 31), noInvalidDate: true });
		fc.assert(
			fc.property(day, fc.integer({ min: -400, max: 400 }), (date, n) => {
				expect(addDays(date, n).getTime()).toBe(fnsAddDays(date, n).getTime());
				expect(addMonths(date, n).getTime()).toBe(fnsAddMonths(date, n).getTime());
				expect(monthEdge(date, false).getTime()).toBe(startOfMonth(date).getTime());
				expect(monthEdge(date, true).getTime()).toBe(lastDayOfMonth(date).getTime());
			}),
		);
		expect(toIsoDate(addMonths(new Date(2028, 0, 31), 1))).toBe("2028-02-29");
		expect(toIsoDate(addMonths(new Date(2028, 1, 29), 120))).toBe("2038-02-28");
	});
});
