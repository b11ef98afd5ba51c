/**
 * Text typed by people (topic, contributions, contract, plan, an imported method note, the
 * facilitator's name and a method purpose typed in settings) never becomes code that Templater
 * or Dataview would run, nor a heading or a marker line.
 */
import { describe, expect, it } from "vitest";
import { EXPRESS_METHOD } from "../../src/codev/methods";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";
import { createActionPlan, createContract, logContribution } from "../../src/services/linked";
import { exportMethodNote, importMethodNote } from "../../src/services/methodNotes";
import { startOk } from "../tools/sessions";

const TEMPLATER = "<%* await app.vault.delete(app.vault.getMarkdownFiles()[0]) %> et <% tp.date.now() %>";
const DATAVIEW = "`$= dv.pages().length` puis `= this.file.name`";
const RUNNABLE = [/<%/u, /`\$?=/u, /^\s*(?:```|~~~)\s*dataview/imu];

function expectInert(store: MemoryStore): void {
	for (const [path, text] of store.files) for (const code of RUNNABLE) expect(code.test(text), `${path} ${String(code)}`).toBe(false);
}

describe("typed text that plugins would run", () => {
	it("Templater and Dataview code typed in a topic, a contribution, a contract or a plan is written inert", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const { sessionPath } = await startOk(store, { topic: `${TEMPLATER} ${DATAVIEW}` });
		expect(store.files.get(sessionPath)).toContain("tp.date.now()");
		const contract = await createContract(store, sessionPath, { request: TEMPLATER, goal: DATAVIEW, help: ["ideas"], reformulation: `${TEMPLATER}\n\`\`\`dataviewjs\ndv.el("b", 1)\n\`\`\``, validated: true }, "fr");
		expect(contract.ok).toBe(true);
		expect((await logContribution(store, sessionPath, { who: "Marc Dubois", kind: "ideas", text: DATAVIEW }, "fr")).ok).toBe(true);
		expect((await createActionPlan(store, sessionPath, { actions: [{ text: TEMPLATER }, { text: DATAVIEW }] }, "fr")).ok).toBe(true);
		expectInert(store);
	});

	it("two half links typed in two fields (a name « [[ », a text « ]] ») never make a link on the line; a whole link typed stays one", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const { sessionPath } = await startOk(store, { topic: "Annoncer une réorganisation" });
		expect((await logContribution(store, sessionPath, { who: "[[", kind: "ideas", text: "]] puis [[Charte du groupe]]" }, "fr")).ok).toBe(true);
		expect((await logContribution(store, sessionPath, { who: "Ana ]]", kind: "advice", text: "[[ à voir" }, "fr")).ok).toBe(true);
		const note = store.files.get(sessionPath) ?? "";
		const links = [...note.matchAll(/\[\[([^[\]\n]+)\]\]/g)].map((m) => m[1]);
		expect(links).toContain("Charte du groupe");
		expect(links.filter((inner) => inner?.includes("Idées") || inner?.includes("Conseils"))).toEqual([]);
		expect(note).toContain("- **[\u200B[** · Idées\u00a0: ]\u200B] puis [[Charte du groupe]]");
	});

	it("an imported method note with Templater or Dataview code in its steps gives an inert session note", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const hostile = structuredClone(EXPRESS_METHOD);
		const first = hostile.steps[0];
		if (!first) throw new Error("no step");
		first.purpose = { fr: TEMPLATER, en: DATAVIEW };
		first.prompts = [{ fr: DATAVIEW, en: TEMPLATER }];
		const path = await exportMethodNote(store, { ...hostile, id: "hostile", name: { fr: "Hostile", en: "Hostile" } }, "Codev/Modèles", "fr");
		const imported = await importMethodNote(store, path, []);
		if (!imported.ok) throw new Error(imported.error.code);
		await startOk(store, { method: imported.value.method, duration: 45 });
		expectInert(store);
	});

	it("a facilitator name and a method purpose typed on several lines in settings plant no heading and no marker", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const method = structuredClone(EXPRESS_METHOD);
		const first = method.steps[0];
		if (!first) throw new Error("no step");
		first.purpose = { fr: "Premier temps\n## Titre planté\n%% codev-private %%", en: "First\n## Planted\n%% codev-private %%" };
		const { sessionPath } = await startOk(store, { facilitator: "Claire\n# Autre titre\n%% codev-step: planted %%", method: { ...method, id: "mine" }, duration: 45 });
		const lines = (store.files.get(sessionPath) ?? "").split("\n");
		expect(lines).not.toContain("## Titre planté");
		expect(lines).not.toContain("# Autre titre");
		expect(lines.filter((line) => line.trim() === "%% codev-step: planted %%")).toEqual([]);
		expect(lines.filter((line) => line.trim() === "%% codev-private %%")).toHaveLength(1);
		expect(store.frontmatter(sessionPath)?.facilitator).toBe("Claire # Autre titre %% codev-step: planted %%");
	});
});
