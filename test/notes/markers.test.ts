import { describe, expect, it } from "vitest";
import { parsePlanActions } from "../../src/notes/linked/actionPlanNote";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { findBlocks, findStepSection, replaceBlock, RETOUR_END, RETOUR_START, sectionEnd, sectionStart } from "../../src/notes/markers";
import { MemoryStore } from "../../src/services/memoryStore";
import { addTopicToBacklog, createGroup, generateBilan, recordEvaluation, refreshGroupCalendar } from "../../src/services/cycle";
import { applyRetour, createActionPlan, logContribution } from "../../src/services/linked";
import { defaultSettings } from "../../src/settings/model";
import { storeFrontmatter as fm } from "../tools/frontmatter";
import { addSession } from "../tools/sessions";
import { newStore, noteText as text } from "../tools/stores";

const EVAL_START = sectionStart("evaluation", "table");
const EVAL_END = sectionEnd("evaluation", "table");
const BRUNO = "Codev/Personnes/Bruno Petit.md";

describe("markers are whole lines", () => {
	it("text that merely contains a marker is not a marker", () => {
		const lines = [`topic: "x ${EVAL_START}"`, `> **Sujet** : ${EVAL_START}`, EVAL_START, "old", `  ${EVAL_END}\r`];
		expect(findBlocks(lines, EVAL_START, EVAL_END)).toEqual([{ start: 2, end: 4 }]);
		expect(findStepSection([`- %% codev-step: retour %%`], "retour")).toBeNull();
	});

	it("a block with one marker line missing or out of order is refused", () => {
		expect(replaceBlock(`${EVAL_START}\nmine`, EVAL_START, EVAL_END, ["new"])).toEqual({ ok: false, reason: "unpaired" });
		expect(replaceBlock(`mine\n${EVAL_END}`, EVAL_START, EVAL_END, ["new"])).toEqual({ ok: false, reason: "unpaired" });
		expect(replaceBlock(`${EVAL_END}\n${EVAL_START}`, EVAL_START, EVAL_END, ["new"])).toEqual({ ok: false, reason: "unpaired" });
		expect(replaceBlock(`${RETOUR_START}\na\n${RETOUR_START}\nb\n${RETOUR_END}`, RETOUR_START, RETOUR_END, ["new"])).toEqual({ ok: false, reason: "unpaired" });
	});
});

describe("a topic holding marker text never makes a re-run replace the note", () => {
	it("a topic holding the evaluation marker: recording attendance twice keeps the front matter, contributions and steps", async () => {
		const store = newStore();
		const session = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: `Budget ${EVAL_START} fin` });
		expect((await logContribution(store, session, { who: BRUNO, kind: "ideas", text: "Appeler le DAF" }, "fr")).ok).toBe(true);
		const entries = [{ personPath: BRUNO, status: "present" as const, fond: 4, forme: 5, takeaway: "Oser" }];
		expect((await recordEvaluation(store, session, entries, "fr")).ok).toBe(true);
		expect((await recordEvaluation(store, session, [{ ...entries[0]!, fond: 3 }], "fr")).ok).toBe(true);
		const note = text(store, session);
		expect(fm(store, session).topic).toBe(`Budget ${EVAL_START} fin`);
		expect(fm(store, session).type).toBe("codev-session");
		expect(note).toContain("Appeler le DAF");
		expect(note).toContain("%% codev-step: consultation %%");
		expect(note.split("\n").filter((line) => line.trim() === EVAL_START)).toHaveLength(1);
		expect(note).toContain("| [[Bruno Petit]] | 3 | 5 | Oser |");
	});

	it("a backlog topic holding the calendar marker: refreshing the group calendar keeps the group note's properties", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const created = await createGroup(store, { name: "Horizon", members: ["Alice Martin", "Bruno Petit"], facilitator: "", cadence: { kind: "weekly", everyWeeks: 2 }, start: "2026-01-05" }, defaultSettings("fr"), "fr");
		if (!created.ok) throw new Error(created.error.code);
		const group = created.value.groupPath;
		await addTopicToBacklog(store, group, sectionStart("group", "calendar"));
		await addTopicToBacklog(store, group, sectionEnd("group", "calendar"));
		expect((await refreshGroupCalendar(store, group, "fr")).ok).toBe(true);
		const props = fm(store, group);
		expect(props.type).toBe("codev-group");
		expect(props.topics_backlog).toEqual([sectionStart("group", "calendar"), sectionEnd("group", "calendar")]);
		expect(props.members).toHaveLength(2);
	});

	it("a session topic holding a bilan marker: refreshing the bilan keeps every section", async () => {
		const store = newStore();
		const session = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: `Fin ${sectionEnd("bilan", "sessions")}` });
		const group = store.resolveLink(String(fm(store, session).group), session) ?? "";
		const first = await generateBilan(store, group, "fr", "2026-01-20");
		if (!first.ok) throw new Error(first.error.code);
		const written = text(store, first.value.path);
		const second = await generateBilan(store, group, "fr", "2026-01-21");
		expect(second.ok).toBe(true);
		// Nothing changed in the cycle: the refresh rewrites the sections to the same text.
		expect(text(store, first.value.path)).toBe(written.replace("generated: 2026-01-20", "generated: 2026-01-21"));
	});
});

describe("a marker line deleted by hand: the block is refused, the text after it kept", () => {
	it("evaluation end marker deleted: recording attendance again refuses and deletes nothing", async () => {
		const store = newStore();
		const session = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Budget" });
		await recordEvaluation(store, session, [{ personPath: BRUNO, status: "present", fond: 4, forme: 5 }], "fr");
		await store.process(session, (t) => t.replace(`${EVAL_END}\n`, "").replace("## Notes privées", "Mon analyse à garder\n\n## Notes privées"));
		const before = text(store, session);
		const again = await recordEvaluation(store, session, [{ personPath: BRUNO, status: "absent" }], "fr");
		expect(again).toMatchObject({ ok: false, error: { code: "marker-unpaired" } });
		expect(text(store, session)).toBe(before);
		expect(text(store, session)).toContain("Mon analyse à garder");
	});

	it("retour end marker deleted: a re-run of the retour refuses and deletes nothing", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Budget" });
		const plan = await createActionPlan(store, s1, { actions: [{ text: "Appeler le DAF" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Équipe" });
		const key = parsePlanActions(text(store, plan.value.path)).actions[0]?.key ?? "";
		const said = (outcome: "done" | "partly") => ({ client: null, clientName: "Alice Martin", answers: [{ planPath: plan.value.path, key, outcome, learning: "" }], changed: "" });
		expect((await applyRetour(store, s2, said("done"), "fr")).ok).toBe(true);
		await store.process(s2, (t) => t.replace(`${RETOUR_END}\n`, "Ce que je note pendant le retour\n"));
		const before = text(store, s2);
		const again = await applyRetour(store, s2, said("partly"), "fr");
		expect(again).toMatchObject({ ok: false, error: { code: "marker-unpaired" } });
		expect(text(store, s2)).toBe(before);
		expect(fm(store, plan.value.path).actions_done).toBe(1);
	});
});
