// The zone must be set before any date is computed in this file.
process.env.TZ = "Europe/Paris";
import { describe, expect, it } from "vitest";
import { calendarCases } from "./calendarCases";

describe("cycle calendar (TZ=Europe/Paris)", () => {
	it("runs under Europe/Paris, with a DST change on 2026-03-29", () => {
		expect(new Date(2026, 2, 28).getTimezoneOffset()).toBe(-60);
		expect(new Date(2026, 2, 30).getTimezoneOffset()).toBe(-120);
	});
	calendarCases();
});
