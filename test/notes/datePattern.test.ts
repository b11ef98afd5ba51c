import { describe, expect, it, vi } from "vitest";
import { dateFnsToMoment, datePatternProblem, expandDatePlaceholder, formatDatePattern, migrateDatePlaceholders } from "../../src/notes/datePattern";
import { migrateData } from "../../src/settings/model";
import { startSession, type SessionRequest } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";
import { sessionRequest } from "../tools/sessions";
import { newStore } from "../tools/stores";

const tuesday = new Date(2026, 0, 13, 9, 30);

describe("date patterns in Moment letters, as core Templates", () => {
	it("{{date:dddd D MMMM YYYY}} in the note's language", () => {
		expect(formatDatePattern(tuesday, "dddd D MMMM YYYY", "fr").text).toBe("mardi 13 janvier 2026");
		expect(formatDatePattern(tuesday, "dddd D MMMM YYYY", "en").text).toBe("Tuesday 13 January 2026");
	});

	it("{{date}}, {{time}}, {{time:FORMAT}} and escaped text", () => {
		const refused = new Set<string>();
		const when = { date: tuesday, time: new Date(2026, 0, 10, 17, 5) };
		expect(expandDatePlaceholder("date", when, "fr", refused)).toBe("2026-01-13");
		expect(expandDatePlaceholder("time", when, "fr", refused)).toBe("17:05");
		expect(expandDatePlaceholder("time:h:mm A", when, "en", refused)).toBe("5:05 PM");
		expect(expandDatePlaceholder("date:[le] Do MMMM", when, "fr", refused)).toBe("le 13 janvier");
		expect(expandDatePlaceholder("date:Do MMMM", when, "en", refused)).toBe("13th January");
		expect(expandDatePlaceholder("group", when, "fr", refused)).toBeNull();
		expect([...refused]).toEqual([]);
	});

	it("a pattern in other letters is refused and named, the default date used, and the console stays silent", () => {
		const spies = (["log", "warn", "error", "info", "debug"] as const).map((level) => vi.spyOn(console, level));
		const refused = new Set<string>();
		const when = { date: tuesday, time: tuesday };
		expect(expandDatePlaceholder("date:yyyy-MM-dd'T'HH", when, "fr", refused)).toBe("2026-01-13");
		expect(expandDatePlaceholder("date:[unclosed", when, "fr", refused)).toBe("2026-01-13");
		expect(expandDatePlaceholder("time:HH:mm:ss.iii", when, "fr", refused)).toBe("09:30");
		expect([...refused]).toEqual(["yyyy-MM-dd'T'HH", "[unclosed", "HH:mm:ss.iii"]);
		expect(datePatternProblem("yyyy-MM-dd'T'HH")).toBe("T");
		for (const spy of spies) expect(spy).not.toHaveBeenCalled();
		vi.restoreAllMocks();
	});

	it("date-fns letters convert to Moment letters", () => {
		expect(dateFnsToMoment("yyyy-MM-dd")).toBe("YYYY-MM-DD");
		expect(dateFnsToMoment("EEEE d MMMM yyyy")).toBe("dddd D MMMM YYYY");
		expect(dateFnsToMoment("'le' do MMMM, HH:mm")).toBe("[le] Do MMMM, HH:mm");
		expect(dateFnsToMoment("dd/MM/yy")).toBe("DD/MM/YY");
		expect(migrateDatePlaceholders("{{date:yyyy-MM-dd}} {{group}} – {{client}}")).toBe("{{date:YYYY-MM-DD}} {{group}} – {{client}}");
		for (const pattern of ["yyyy-MM-dd", "EEEE d MMMM yyyy", "'le' do MMMM, HH:mm", "dd/MM/yy", "yyyy-'W'II"]) expect(datePatternProblem(dateFnsToMoment(pattern))).toBeNull();
	});

	it("settings saved with date-fns letters are migrated once; data of this version is left alone", () => {
		const old = migrateData({ data_version: 1, settings: { sessionNamePattern: "{{date:EEEE d MMMM}} {{group}}" }, timer: { t: 1 } }, "fr");
		expect(old.changed).toBe(true);
		expect(old.data.settings.sessionNamePattern).toBe("{{date:dddd D MMMM}} {{group}}");
		expect(old.data.timer).toEqual({ t: 1 });
		const again = migrateData(JSON.parse(JSON.stringify(old.data)), "fr");
		expect(again.changed).toBe(false);
		expect(again.data.settings.sessionNamePattern).toBe("{{date:dddd D MMMM}} {{group}}");
		expect(migrateData({ data_version: 1, settings: {} }, "fr").data.settings.sessionNamePattern).toBe("{{date:YYYY-MM-DD}} {{group}} – {{client}}");
	});
});

describe("a session started with Moment patterns", () => {
	const request = (patch: Partial<SessionRequest> = {}): SessionRequest =>
		sessionRequest({ group: { name: "Horizon" }, topic: "Dire non", attendees: [], facilitator: "Claire", createdAt: new Date(2026, 0, 13, 8, 55), ...patch });

	for (const [lang, expected] of [["fr", "# mardi 13 janvier 2026 · 08:55"], ["en", "# Tuesday 13 January 2026 · 08:55"]] as const) {
		it(`renders {{date:dddd D MMMM YYYY}} and {{time}} in the template and the note name (${lang})`, async () => {
			const store = newStore();
			const settings = { ...defaultSettings(lang), sessionNamePattern: "{{date:dddd D MMMM YYYY}} – {{client}}" };
			const result = await startSession(store, request(), settings, lang, { path: "T.md", text: "# {{date:dddd D MMMM YYYY}} · {{time}}\n" });
			if (!result.ok) throw new Error(result.error.code);
			expect(store.files.get(result.value.sessionPath)).toContain(expected);
			expect(result.value.sessionPath).toContain(`${expected.slice(2, -8)} – Hélène Côté.md`);
			expect(result.value.refusedDatePatterns).toEqual([]);
		});
	}

	it("names a refused pattern (for the Notice) and still makes the note", async () => {
		const store = newStore();
		const result = await startSession(store, request(), { ...defaultSettings("fr"), sessionNamePattern: "{{date:yyyy-MM-dd'T'}} {{client}}" }, "fr", { path: "T.md", text: "# {{date:EEEE ii}}\n" });
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.refusedDatePatterns).toEqual(["yyyy-MM-dd'T'", "EEEE ii"]);
		expect(result.value.sessionPath).toMatch(/2026-01-13 Hélène Côté\.md$/);
		expect(store.files.get(result.value.sessionPath)).toContain("# 2026-01-13");
	});
});
