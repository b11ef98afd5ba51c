import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLocalDate, toIsoDate } from "../../src/codev/dates";

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
});
