import { beforeAll, describe, expect, it } from "vitest";
import { linkTarget } from "../../src/notes/links";
import { nextSessionOf, preparationOfSession, preparedTopic, writePreparation } from "../../src/services/around/preparation";
import { TYPES } from "../../src/notes/schema/kinds";
import { MemoryStore } from "../../src/services/memoryStore";
import { startSession } from "../../src/services/startSession";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import { buildDemoVault, DEMO_GROUP, DEMO_MEMBERS, DEMO_TODAY, type DemoVault } from "../../scripts/demoVault";
import { copyStore } from "../tools/stores";

let demo: DemoVault;
beforeAll(async () => {
	demo = await buildDemoVault();
}, 60_000);

const copy = (): MemoryStore => copyStore(demo.store);

describe("client preparation", () => {
	it("finds the next date of the group's calendar with no session held, and the suggested client", () => {
		const store = copy();
		const group = store.findNote("group", DEMO_GROUP) ?? "";
		const next = nextSessionOf(store, group, "2026-08-15");
		if (!next.ok) throw new Error(next.error.code);
		expect(next.value.date).toBe("2026-09-08");
		expect(DEMO_MEMBERS).toContain(next.value.client?.name);
		const none = nextSessionOf(store, group, DEMO_TODAY);
		expect(none.ok ? "" : none.error.code).toBe("preparation-no-date");
	});

	it("writes a note in the client's language holding only their prompts; the session links it and offers its topic", async () => {
		const store = copy();
		const group = store.findNote("group", DEMO_GROUP) ?? "";
		const client = store.findNote("person", "Camille Roux") ?? "";
		await store.updateProperties(client, (fm) => (fm.lang = "en"));
		const written = await writePreparation(store, { groupPath: group, clientPath: client, date: "2026-09-08", folder: "Codev/Séances", lang: "fr" });
		if (!written.ok) throw new Error(written.error.code);
		const text = store.files.get(written.value.path) ?? "";
		expect(store.frontmatter(written.value.path)).toMatchObject({ type: TYPES.preparation, lang: "en", publish: false, session_date: "2026-09-08" });
		for (const heading of ["My topic in one sentence", "The situation, in a few lines", "What is at stake for me", "What I have already tried", "What I hope for from the group"]) expect(text).toContain(`## ${heading}`);
		// The shareable version: no other member, no session note, no private text.
		for (const name of DEMO_MEMBERS.filter((n) => n !== "Camille Roux")) expect(text).not.toContain(name);
		expect(text).not.toContain("codev-private");
		const again = await writePreparation(store, { groupPath: group, clientPath: client, date: "2026-09-08", folder: "Codev/Séances", lang: "fr" });
		expect(again.ok && again.value).toEqual({ path: written.value.path, created: false });
		// The client writes their topic; the session starts on that date.
		await store.process(written.value.path, (note) => note.replace("## My topic in one sentence\n\n", "## My topic in one sentence\n\nTelling Lucas what went wrong\n"));
		const started = await startSession(
			store,
			{ group: { name: DEMO_GROUP, path: group }, date: "2026-09-08", client: { name: "Camille Roux", path: client }, topic: "Telling Lucas", duration: 120, opening: true, attendees: [], facilitator: "Claire Martin", method: CLASSIC_METHOD },
			demo.settings,
			"fr",
		);
		if (!started.ok) throw new Error(started.error.code);
		expect(await preparationOfSession(store, started.value.sessionPath)).toBe(written.value.path);
		expect(linkTarget(store.frontmatter(started.value.sessionPath)?.preparation)).toBe(written.value.path.replace(/^.*\//, "").replace(/\.md$/, ""));
		expect(await preparedTopic(store, written.value.path)).toBe("Telling Lucas what went wrong");
	});

	it("links a session note already there when the preparation is written", async () => {
		const store = copy();
		const session = store.notesOfType("codev-session").find((p) => p.includes("2026-06-09")) ?? "";
		const group = store.findNote("group", DEMO_GROUP) ?? "";
		const written = await writePreparation(store, { groupPath: group, clientPath: store.findNote("person", "Thomas Moreau") ?? "", date: "2026-06-09", folder: "P", lang: "fr" });
		if (!written.ok) throw new Error(written.error.code);
		expect(linkTarget(store.frontmatter(session)?.preparation)).toBe(written.value.path.replace(/^.*\//, "").replace(/\.md$/, ""));
	});
});
