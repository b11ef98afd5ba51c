import { describe, expect, it } from "vitest";
import { EXPRESS_METHOD } from "../../src/codev/methods";
import { renderMethodNote } from "../../src/notes/methodNote";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { exportMethodNote, importMethodNote } from "../../src/services/methodNotes";
import { MemoryStore } from "../../src/services/memoryStore";

const flash = { ...structuredClone(EXPRESS_METHOD), id: "flash", name: { fr: "Codev flash", en: "Flash codev" } };

describe("method notes", () => {
	it("exports a method as a note, imports it back into the custom methods, and updates it on re-import", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const path = await exportMethodNote(store, flash, "Codev/Modèles", "fr");
		expect(path).toBe("Codev/Modèles/Codev flash.md");
		const first = await importMethodNote(store, path, []);
		if (!first.ok) throw new Error(first.error.code);
		expect(first.value.replaced).toBe(false);
		expect(first.value.customMethods.map((m) => m.id)).toEqual(["flash"]);
		expect(first.value.method.steps.map((s) => s.id)).toEqual(flash.steps.map((s) => s.id));
		await store.process(path, (text) => text.replace("- weight: 5", "- weight: 7"));
		const again = await importMethodNote(store, path, first.value.customMethods);
		if (!again.ok) throw new Error(again.error.code);
		expect(again.value.replaced).toBe(true);
		expect(again.value.customMethods).toHaveLength(1);
	});

	it("never writes over an existing note when exporting", async () => {
		const store = new MemoryStore(parseYamlStrict);
		await store.create("M/Codev flash.md", "mine");
		expect(await exportMethodNote(store, flash, "M", "fr")).toBe("M/Codev flash 2.md");
		expect(store.files.get("M/Codev flash.md")).toBe("mine");
	});

	it("refuses a note that would replace a built-in method, or is not a method", async () => {
		const store = new MemoryStore(parseYamlStrict);
		await store.create("classic.md", renderMethodNote(EXPRESS_METHOD, "en"));
		await store.create("plain.md", "# Just a note\n");
		const builtin = await importMethodNote(store, "classic.md", []);
		expect(builtin.ok ? "" : builtin.error.code).toBe("method-id-builtin");
		const plain = await importMethodNote(store, "plain.md", []);
		expect(plain.ok).toBe(false);
		const missing = await importMethodNote(store, "nope.md", []);
		expect(missing.ok ? "" : missing.error.code).toBe("method-note-missing");
	});
});
