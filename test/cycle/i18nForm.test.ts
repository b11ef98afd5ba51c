import { describe, expect, it } from "vitest";
import { cycleEn, cycleFr } from "../../src/i18n/parts/cycle";
import { groupFormToRequest, initialGroupForm, previewCalendar } from "../../src/services/cycle/groupForm";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("cycle strings", () => {
	it("fr and en have the same keys and placeholders", () => {
		expect(Object.keys(cycleFr).sort()).toEqual(Object.keys(cycleEn).sort());
		for (const [key, en] of Object.entries(cycleEn)) expect(placeholders(cycleFr[key as keyof typeof cycleEn]), key).toEqual(placeholders(en));
	});
});

describe("create-group form", () => {
	it("defaults to one session per member, 2nd Tuesday; previews the dates", () => {
		const state = { ...initialGroupForm("2026-01-01", "Claire", 120, "charte"), name: "Horizon", members: "Ana\nBen, Cleo;Dan\n\nEve" };
		const request = groupFormToRequest(state);
		expect(request).toMatchObject({ members: ["Ana", "Ben", "Cleo", "Dan", "Eve"], cadence: { kind: "monthly", nth: 2, weekday: "tue" }, sessionsPlanned: undefined, durationMinutes: 120 });
		expect(previewCalendar(state)).toEqual({ ok: true, value: ["2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12"] });
		const weekly = { ...state, cadenceKind: "weekly" as const, everyWeeks: "3", count: "2", holidays: "2026-01-01" };
		expect(previewCalendar(weekly)).toEqual({ ok: true, value: ["2026-01-22", "2026-02-12"] });
		expect(previewCalendar({ ...state, holidays: "soon" }).ok).toBe(false);
	});
});
