import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import type { MemoryStore } from "../../src/services/memoryStore";
import { exportClientSheet } from "../../src/services/sheet/clientSheet";
import { TYPES } from "../../src/notes/schema/kinds";
import { DEMO_MEMBERS } from "../../scripts/demoVault";
import { demoCopy } from "../tools/stores";


const person = (store: MemoryStore, name: string): string => store.findNote("person", name) ?? "";
const options = { includeNames: false, folder: "Fiches", today: "2026-10-30" };

describe("client sheet", () => {
	it("gathers every session where the person was client: contract, kept contributions, plan and retour", async () => {
		const store = await demoCopy();
		const result = await exportClientSheet(store, person(store, "Hélène Côté"), options, "fr");
		if (!result.ok) throw new Error(result.error.code);
		const text = store.files.get(result.value.path) ?? "";
		const parsed = parseNote(text, parseYamlStrict);
		expect(parsed.ok && parsed.value.data).toMatchObject({ type: TYPES.sheet, publish: false, names: false });
		expect(text).toContain("# Fiche client — Hélène Côté");
		expect(text).toContain("## 2026-01-13 · Un collègue conteste mes décisions en réunion d'équipe");
		expect(text).toContain("## 2026-07-07 · Gagner en visibilité auprès de la direction");
		expect(text).toContain("> Dans cette séance, j'aimerais que vous m'aidiez à trouver comment répondre à Paul");
		expect(text).toContain("Proposer un entretien individuel à Paul avant la réunion de février (2026-02-09) — Fait");
		expect(text).toContain("L'entretien avec Paul a détendu la relation");
	});

	it("names other members « Consultant N » unless asked, and uses pseudonyms", async () => {
		const store = await demoCopy();
		const client = person(store, "Marc Dubois");
		// The client keeps Julien's idea: it becomes an action of the plan.
		const plan = store.notesOfType("codev-action-plan").find((p) => p.includes("Marc Dubois")) ?? "";
		await store.process(plan, (text) => text.replace("%% codev-actions %%", "%% codev-actions %%\n- [ ] Lister les dix questions les plus dures et les répéter avec un collègue."));
		const hidden = await exportClientSheet(store, client, { ...options, pseudonyms: { [client]: "M." } }, "fr");
		if (!hidden.ok) throw new Error(hidden.error.code);
		const text = store.files.get(hidden.value.path) ?? "";
		expect(hidden.value.path).toBe("Fiches/Fiche client — M.md");
		expect(text).toContain("# Fiche client — M.");
		for (const name of DEMO_MEMBERS) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
		expect(text).toContain("- Consultant 1 · Idées\u00a0: Lister les dix questions");
		const shown = await exportClientSheet(store, client, { ...options, includeNames: true, sessionPath: store.notesOfType("codev-session").find((p) => p.includes("Marc Dubois")) }, "en");
		if (!shown.ok) throw new Error(shown.error.code);
		expect(store.files.get(shown.value.path)).toContain("Julien Lefèvre");
	});

	it("never contains the facilitator's private notes nor other members' names (any private text)", async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom(...DEMO_MEMBERS), async (secret, client) => {
				const store = await demoCopy();
				const token = `SECRET⟨${secret}⟩`;
				for (const path of store.notesOfType("codev-session")) {
					await store.process(path, (text) => text.replace("%% codev-private %%", `%% codev-private %%\n${token} ${DEMO_MEMBERS.join(", ")}`));
				}
				const result = await exportClientSheet(store, person(store, client), options, "fr");
				if (!result.ok) return;
				const text = store.files.get(result.value.path) ?? "";
				expect(text).not.toContain(token);
				for (const name of DEMO_MEMBERS.filter((n) => n !== client)) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
			}),
			{ numRuns: 15 },
		);
	});

	it("says so for a person who was never client, and writes nothing", async () => {
		const store = await demoCopy();
		const before = store.files.size;
		const result = await exportClientSheet(store, person(store, "Bruno Garnier"), options, "en");
		expect(result.ok ? "" : result.error.code).toBe("sheet-no-sessions");
		expect(store.files.size).toBe(before);
	});
});
