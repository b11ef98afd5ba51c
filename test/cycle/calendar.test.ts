import { describe, expect, it } from "vitest";
import { calendarCases } from "./calendarCases";

describe("cycle calendar (TZ=UTC)", () => {
	it("runs under UTC", () => {
		expect(new Date(2026, 2, 29).getTimezoneOffset()).toBe(0);
	});
	calendarCases();
});
