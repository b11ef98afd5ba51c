import { format } from "date-fns";
import { enUS, fr } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { parseLocalDate, toIsoDate } from "../../src/codev/dates";
import { formatLocalDate, formatLongDate, shortDate } from "../../src/notes/dates";

// The plugin's patterns, as its notes and views write dates.
const PATTERNS = ["yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy", "dd/MM", "MMM d"];

function everyDay(year: number): Date[] {
	const days: Date[] = [];
	for (let day = new Date(year, 0, 1); day.getFullYear() === year; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) days.push(day);
	return days;
}

describe("dates in the note's language", () => {
	it("print as date-fns with its fr and en-US locales did, every day of a leap year", () => {
		for (const day of everyDay(2028)) {
			for (const pattern of PATTERNS) {
				expect(formatLocalDate(day, pattern, "fr")).toBe(format(day, pattern, { locale: fr }));
				expect(formatLocalDate(day, pattern, "en")).toBe(format(day, pattern, { locale: enUS }));
			}
		}
	});

	it("long and short dates in French and English", () => {
		const day = new Date(2026, 1, 3);
		expect(formatLongDate(day, "fr")).toBe("3 février 2026");
		expect(formatLongDate(day, "en")).toBe("February 3, 2026");
		expect(shortDate("2026-07-14", "fr")).toBe("14 juil. 2026");
		expect(shortDate("2026-07-14", "en")).toBe("Jul 14, 2026");
		expect(shortDate("next week", "en")).toBe("next week");
	});

	it("a pattern it cannot print gives the ISO date; an invalid date throws as date-fns did", () => {
		expect(formatLocalDate(new Date(2026, 0, 5), "EEEE d", "fr")).toBe("2026-01-05");
		expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
		expect(toIsoDate(new Date(987, 2, 9))).toBe("0987-03-09");
	});

	it("reads back only real calendar dates", () => {
		expect(parseLocalDate("2026-02-30")).toBeNull();
		expect(parseLocalDate(" 2028-02-29 ")?.getDate()).toBe(29);
	});
});
