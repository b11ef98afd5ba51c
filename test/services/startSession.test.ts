import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/codev/types";
import { startSession } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";
import { strictFrontmatter as fm } from "../tools/frontmatter";
import { sessionRequest as request } from "../tools/sessions";
import { newStore } from "../tools/stores";

async function start(lang: Lang, req = request(), store = newStore()) {
	const result = await startSession(store, req, defaultSettings(lang), lang);
	if (!result.ok) throw new Error(result.error.code);
	return { store, result: result.value };
}

describe("startSession", () => {
	it("creates the session, group and person notes with typed properties and links (FR)", async () => {
		const { store, result } = await start("fr");
		expect(result.sessionPath).toBe("Codev/Séances/2026-01-13 Groupe Horizon – Hélène Côté.md");
		expect(result.created.sort()).toEqual(
			[
				"Codev/Groupes/Groupe Horizon.md",
				"Codev/Personnes/Hélène Côté.md",
				"Codev/Personnes/Marc Dubois.md",
				"Codev/Personnes/Sofia Benali.md",
				result.sessionPath,
			].sort(),
		);
		const session = fm(store, result.sessionPath);
		expect(session).toMatchObject({
			type: "codev-session",
			group: "[[Groupe Horizon]]",
			client: "[[Hélène Côté]]",
			topic: "Dire non sans culpabiliser",
			duration: 120,
			attendees: ["[[Hélène Côté]]", "[[Marc Dubois]]", "[[Sofia Benali]]"],
			facilitator: "Claire Martin",
			status: "planned",
			publish: false,
			step_retour_planned: 10,
			step_consultation_planned: 35,
		});
		// A strict YAML parser reads the date as a date: it is typed, not a string.
		expect(session.date).toBeInstanceOf(Date);
		const planned = Object.entries(session).filter(([k]) => /^step_.*_planned$/.test(k));
		expect(planned.reduce((sum, [, v]) => sum + Number(v), 0)).toBe(120);
		expect(fm(store, "Codev/Groupes/Groupe Horizon.md")).toMatchObject({ type: "codev-group", publish: false, members: ["[[Hélène Côté]]", "[[Marc Dubois]]", "[[Sofia Benali]]"] });
		expect(fm(store, "Codev/Personnes/Marc Dubois.md")).toMatchObject({ type: "codev-person", publish: false, groups: ["[[Groupe Horizon]]"] });
		const text = store.files.get(result.sessionPath) ?? "";
		expect(text).toContain("## 0. Retour et choix du sujet · 10 min");
		expect(text).toContain("## 3. Contrat de consultation · 10 min");
		expect(text).toContain("> **Client**\u00a0: [[Hélène Côté]]");
		expect(text).toContain("# Séance de codéveloppement du 13 janvier 2026 — Hélène Côté");
		expect(text).not.toMatch(/\{\{[^}]*\}\}/);
	});

	it("writes English headings and the same property keys in English", async () => {
		const fr = await start("fr");
		const en = await start("en");
		const text = en.store.files.get(en.result.sessionPath) ?? "";
		expect(text).toContain("## 1. Presentation · 10 min");
		expect(text).toContain("## Facilitator's private notes");
		expect(Object.keys(fm(en.store, en.result.sessionPath)).filter((k) => k !== "lang")).toEqual(
			Object.keys(fm(fr.store, fr.result.sessionPath)).filter((k) => k !== "lang"),
		);
	});

	it("names a group or person whose typed name has nothing usable in the notes' language", async () => {
		const nameless = request({ group: { name: "???" }, client: { name: "::" }, attendees: [] });
		expect((await start("en", nameless)).result.created).toEqual(expect.arrayContaining(["Codev/Groups/Group.md", "Codev/People/Person.md"]));
		expect((await start("fr", nameless)).result.created).toEqual(expect.arrayContaining(["Codev/Groupes/Groupe.md", "Codev/Personnes/Personne.md"]));
	});

	it("drops the opening step's section and minutes when there is no step 0", async () => {
		const { store, result } = await start("en", request({ opening: false, duration: "1h30" }));
		const text = store.files.get(result.sessionPath) ?? "";
		expect(text).not.toContain("codev-step: retour");
		expect(fm(store, result.sessionPath)).not.toHaveProperty("step_retour_planned");
		expect(Object.values(result.minutes).reduce((a, b) => a + b, 0)).toBe(90);
	});

	it("never overwrites: an existing untyped note with the session's name gets a free name, typed people are reused", async () => {
		const store = newStore();
		const first = await start("fr", request(), store);
		const personBefore = store.files.get("Codev/Personnes/Marc Dubois.md");
		store.files.set("Codev/Séances/2026-02-10 Groupe Horizon – Marc Dubois.md", "# my own note\n");
		const second = await start("fr", request({ date: "2026-02-10", group: { name: "groupe horizon" }, client: { name: "MARC DUBOIS" } }), store);
		expect(second.result.sessionPath).toBe("Codev/Séances/2026-02-10 Groupe Horizon – Marc Dubois 2.md");
		expect(store.files.get("Codev/Séances/2026-02-10 Groupe Horizon – Marc Dubois.md")).toBe("# my own note\n");
		expect(second.result.created).toEqual([second.result.sessionPath]);
		expect(store.files.get("Codev/Personnes/Marc Dubois.md")).toBe(personBefore);
		expect(first.result.sessionPath).not.toBe(second.result.sessionPath);
	});

	it("adds a new member to an existing group without touching the rest of the group note", async () => {
		const store = newStore();
		await start("fr", request(), store);
		const groupPath = "Codev/Groupes/Groupe Horizon.md";
		await store.process(groupPath, (text) => `${text}\nMes notes sur le groupe.\n`);
		await start("fr", request({ group: { name: "Groupe Horizon", path: groupPath }, client: { name: "Nadia Petit" }, date: "2026-02-10" }), store);
		expect(fm(store, groupPath).members).toContain("[[Nadia Petit]]");
		expect(store.files.get(groupPath)).toContain("Mes notes sur le groupe.");
	});

	it.each([
		[{ topic: "  " }, "topic-missing"],
		[{ client: { name: "" } }, "client-missing"],
		[{ group: { name: "" } }, "group-missing"],
		[{ date: "2026-02-30" }, "date-invalid"],
		[{ duration: -5 }, "duration-not-positive"],
		[{ duration: "abc" }, "duration-not-a-number"],
		[{ duration: 600 }, "duration-too-long"],
	] as const)("refuses bad input %o with %s and writes nothing", async (bad, code) => {
		const store = newStore();
		const result = await startSession(store, request(bad), defaultSettings("fr"), "fr");
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe(code);
		expect(store.files.size).toBe(0);
	});

	it("uses a user template with placeholders, keeping its extra properties", async () => {
		const template = "---\ntags: [codev, \"{{group}}\", {{bare}}]\nsource: modèle\n---\n# {{client}} — {{date:D MMMM YYYY}}\n\n{{topic}} ({{duration}} min)\n\n## Contrat\n%% codev-step: contrat %%\n{{minutes:contrat}} min\n\n## Ouverture\n%% codev-step: retour %%\nretour\n\n## Fin\n{{unknown_thing}}\n";
		const store = newStore();
		const result = await startSession(store, request({ opening: false }), defaultSettings("fr"), "fr", { path: "T.md", text: template });
		if (!result.ok) throw new Error(result.error.code);
		const text = store.files.get(result.value.sessionPath) ?? "";
		expect(text).toContain("# Hélène Côté — 13 janvier 2026");
		expect(text).toContain("Dire non sans culpabiliser (120 min)");
		expect(text).not.toContain("## Ouverture");
		expect(text).toContain("## Fin\n{{unknown_thing}}");
		expect(result.value.unknownPlaceholders).toEqual(["unknown_thing"]);
		expect(fm(store, result.value.sessionPath)).toMatchObject({ tags: ["codev", "Groupe Horizon"], source: "modèle", type: "codev-session" });
	});

	it.each([
		["---js\n{ a: (function(){ globalThis.pwned = 1; return 1 })() }\n---\nbody", "template-not-yaml"],
		["---\nkey: [unclosed\n---\nbody", "template-frontmatter"],
		["---\nkey: value\nno closing fence", "template-frontmatter"],
		["# {{client\n", "template-unclosed"],
	])("falls back to the built-in template when the user template is malformed (%#)", async (template, code) => {
		const store = newStore();
		const result = await startSession(store, request(), defaultSettings("fr"), "fr", { path: "Bad.md", text: template });
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.templateProblem?.path).toBe("Bad.md");
		expect(result.value.templateProblem?.error.code).toBe(code);
		expect(store.files.get(result.value.sessionPath)).toContain("## 5. Synthèse et plan d'action");
		expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
	});

	it("falls back when the template file is missing", async () => {
		const store = newStore();
		const result = await startSession(store, request(), defaultSettings("en"), "en", { path: "Gone.md", missing: true });
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.templateProblem?.error.code).toBe("template-missing");
	});
});

describe("startSession with hostile topics", () => {
	it("keeps a multi-line topic on one line, so it cannot plant a heading or a step marker", async () => {
		const { store, result } = await start("fr", request({ topic: "Sujet\n## 9. Faux\n%% codev-step: contrat %%" }));
		const text = store.files.get(result.sessionPath) ?? "";
		expect(text).not.toContain("\n## 9. Faux");
		// Only a line that is the marker alone counts as one (sessionTemplate STEP_MARKER).
		expect(text.split("\n").filter((line) => line.trim() === "%% codev-step: contrat %%")).toHaveLength(1);
		expect(fm(store, result.sessionPath).topic).toBe("Sujet ## 9. Faux %% codev-step: contrat %%");
	});

	it("keeps a topic that looks like a date a string, while the session date stays a date", async () => {
		const { store, result } = await start("fr", request({ topic: "2026-01-13" }));
		const data = fm(store, result.sessionPath);
		expect(data.topic).toBe("2026-01-13");
		expect(data.date).toBeInstanceOf(Date);
	});
});
