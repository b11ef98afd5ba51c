process.env.TZ = "Europe/Paris";

import { describe, expect, it } from "vitest";
import { dayBefore, defaultDueDate, nextSessionDate } from "../../src/services/linked/dueDate";
import { createActionPlan } from "../../src/services/linked";
import { storeFrontmatter as fm } from "../tools/frontmatter";
import { addSession } from "../tools/sessions";
import { newStore } from "../tools/stores";

describe("default due date (Europe/Paris)", () => {
	it("runs in the Paris zone", () => {
		expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120);
		expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
	});

	it("is four weeks minus one day without a known next session, across the March DST change", () => {
		expect(nextSessionDate("2026-03-10", null)).toEqual({ date: "2026-04-07", estimated: true });
		expect(defaultDueDate("2026-03-10", null)).toBe("2026-04-06");
		// The change happens on the due date's eve.
		expect(defaultDueDate("2026-03-03", null)).toBe("2026-03-30");
		expect(dayBefore("2026-03-30")).toBe("2026-03-29");
	});

	it("across the October DST change", () => {
		expect(defaultDueDate("2026-10-13", null)).toBe("2026-11-09");
		expect(defaultDueDate("2026-09-29", null)).toBe("2026-10-26");
		expect(dayBefore("2026-10-26")).toBe("2026-10-25");
	});

	it("uses the group's next_session or calendar, then known sessions", () => {
		expect(defaultDueDate("2026-03-10", { next_session: "2026-04-14" })).toBe("2026-04-13");
		expect(defaultDueDate("2026-03-10", { calendar: ["2026-02-10", "2026-03-10", "2026-04-01 18:00", "2026-05-05"] })).toBe("2026-03-31");
		// js-yaml gives Dates (UTC midnight): still the written day.
		expect(defaultDueDate("2026-03-10", { next_session: new Date(Date.UTC(2026, 2, 29)) })).toBe("2026-03-28");
		expect(defaultDueDate("2026-03-10", { calendar: "not a date" }, ["2026-03-31"])).toBe("2026-03-30");
		expect(nextSessionDate("2026-02-30", null)).toBeNull();
	});

	it("is written in the plan from the group note", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-03-10", client: "Alice Martin", topic: "Dire non" });
		const plan = await createActionPlan(store, s1, { actions: [{ text: "Essayer" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const props = fm(store, plan.value.path);
		expect((props.due as Date).toISOString().slice(0, 10)).toBe("2026-04-06");
		expect((props.next_session as Date).toISOString().slice(0, 10)).toBe("2026-04-07");
	});
});
