import { describe, expect, it } from "vitest";
import { checkCustomMethod } from "../../src/codev/customMethods";
import { LIBRARY_METHODS } from "../../src/codev/library";
import { BUILTIN_METHODS } from "../../src/codev/methods";
import { validateMethod } from "../../src/codev/methodValidation";
import { LANGS, ROLES, type MethodDef } from "../../src/codev/types";
import { parseMethodNote } from "../../src/notes/methodNote";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";
import { addLibraryMethod, renderLibraryMethod } from "../../src/services/methodLibrary";

const ids = LIBRARY_METHODS.map((entry) => entry.method.id);

describe("method library", () => {
	it("holds Balint, ten-step intervision, the roddelmethode and the five-step method", () => {
		expect(ids).toEqual(["balint", "dix-etapes", "roddel", "cinq-etapes"]);
		expect(LIBRARY_METHODS.find((e) => e.method.id === "dix-etapes")?.method.steps).toHaveLength(10);
		expect(LIBRARY_METHODS.find((e) => e.method.id === "cinq-etapes")?.method.steps).toHaveLength(5);
	});

	it.each(LIBRARY_METHODS.map((entry) => [entry.method.id, entry] as const))("%s is valid under the method validation, with every text in both languages", (_id, entry) => {
		const checked = validateMethod(JSON.parse(JSON.stringify(entry.method)));
		if (!checked.ok) throw new Error(JSON.stringify(checked.error));
		expect(checked.value).toEqual(entry.method);
		expect(checkCustomMethod(entry.method, []).ok).toBe(true);
		expect(BUILTIN_METHODS.map((m) => m.id)).not.toContain(entry.method.id);
		const { minMinutes = 0, maxMinutes = 0, defaultMinutes = 0 } = entry.method;
		expect(minMinutes).toBeLessThanOrEqual(defaultMinutes);
		expect(defaultMinutes).toBeLessThanOrEqual(maxMinutes);
		for (const lang of LANGS) {
			expect(entry.source[lang]).not.toBe("");
			for (const step of entry.method.steps) {
				expect(step.weight).toBeGreaterThan(0);
				expect(step.purpose[lang]).not.toBe("");
				for (const role of ROLES) expect(step.guidance[role][lang], `${step.id} ${role} ${lang}`).not.toBe("");
			}
		}
		// French and English really differ (not one language repeated).
		expect(entry.method.steps.every((step) => step.purpose.fr !== step.purpose.en)).toBe(true);
	});

	it.each(LANGS)("round-trips through its method note (%s headings), with the source line kept in the note", (lang) => {
		for (const entry of LIBRARY_METHODS) {
			const text = renderLibraryMethod(entry, lang);
			expect(text).toContain(entry.source[lang]);
			const parsed = parseMethodNote(text, parseYamlStrict);
			if (!parsed.ok) throw new Error(`${entry.method.id}: ${JSON.stringify(parsed.error)}`);
			expect(parsed.value).toEqual(entry.method);
		}
	});
});

describe("Add a method from the library", () => {
	it("writes the method note and adds the method, then keeps the note on a second call", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const first = await addLibraryMethod(store, "balint", "Codev/Modèles", "fr", []);
		if (!first.ok) throw new Error(first.error.code);
		expect(first.value).toMatchObject({ path: "Codev/Modèles/Groupe Balint.md", created: true });
		expect(first.value.customMethods?.map((m) => m.id)).toEqual(["balint"]);
		const text = store.files.get(first.value.path) ?? "";
		expect(text).toContain("## Récit du cas");
		expect(text).toContain("Source\u00a0: M. Balint");
		await store.process(first.value.path, (note) => note.replace("- weight: 30", "- weight: 35"));
		const again = await addLibraryMethod(store, "balint", "Codev/Modèles", "fr", []);
		if (!again.ok) throw new Error(again.error.code);
		expect(again.value.created).toBe(false);
		expect(store.notesOfType("codev-method")).toHaveLength(1);
		expect(store.files.get(first.value.path)).toContain("- weight: 35");
		expect(again.value.customMethods?.[0]?.steps.find((s) => s.id === "exploration")?.weight).toBe(35);
	});

	it("never overwrites a note of the same name, nor the facilitator's own method with that id", async () => {
		const store = new MemoryStore(parseYamlStrict);
		await store.create("M/Roddelmethode (gossip method).md", "my own notes\n");
		const mine: MethodDef = { ...structuredClone<MethodDef>(LIBRARY_METHODS[2]!.method), name: { fr: "Ma roddel", en: "My roddel" } };
		const result = await addLibraryMethod(store, "roddel", "M", "en", [mine]);
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.path).toBe("M/Roddelmethode (gossip method) 2.md");
		expect(store.files.get("M/Roddelmethode (gossip method).md")).toBe("my own notes\n");
		expect(result.value.customMethods).toBeUndefined();
		expect(store.files.get(result.value.path)).toContain("## Gossip round");
	});

	it("refuses an id that is not in the library, writing nothing", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const result = await addLibraryMethod(store, "classic", "M", "fr", []);
		expect(result.ok ? "" : result.error.code).toBe("method-unknown");
		expect(store.files.size).toBe(0);
	});
});

describe("library methods in the demo vault", () => {
	it("are four method notes, each importable as a custom method", { timeout: 60_000 }, async () => {
		const { buildDemoVault } = await import("../../scripts/demoVault");
		const { importMethodNote } = await import("../../src/services/methodNotes");
		const { store } = await buildDemoVault();
		const notes = store.notesOfType("codev-method");
		expect(notes.map((p) => store.frontmatter(p)?.id).sort()).toEqual([...ids].sort());
		for (const path of notes) {
			const imported = await importMethodNote(store, path, []);
			expect(imported.ok, path).toBe(true);
		}
	});
});
