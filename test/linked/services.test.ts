import { describe, expect, it } from "vitest";
import { applyRetour, createActionPlan, createContract, findRetourPlan, listContributions, logContribution } from "../../src/services/linked";
import { parsePlanActions } from "../../src/notes/linked/actionPlanNote";
import { RETOUR_END, RETOUR_START } from "../../src/notes/markers";
import { addSession, fm, newStore, text } from "./helpers";

const CONTRACT = { request: "Dans cette séance, j'aimerais que vous m'aidiez à dire non sans culpabiliser.", goal: "Repartir avec deux façons de refuser", help: ["questions", "ideas"] as ("questions" | "ideas")[], reformulation: "Ce que j'ai compris : tu veux protéger ton temps.", validated: true };
const ALICE = "Codev/Personnes/Alice Martin.md";
const GROUP = "Codev/Groupes/Managers 2026.md";

async function sessionWithContributions() {
	const store = newStore();
	const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
	await logContribution(store, s1, { who: "Codev/Personnes/Bruno Petit.md", kind: "ideas", text: "Proposer un autre créneau au lieu de refuser sec" }, "fr");
	await logContribution(store, s1, { who: "Chloé Roux", kind: "questions", text: "Qu'est-ce qui se passerait si tu disais non ?" }, "fr");
	await logContribution(store, s1, { who: "Invité", kind: "advice", text: "Noter chaque demande pendant une semaine" }, "fr");
	return { store, s1 };
}

describe("contract (step 3)", () => {
	it("creates a typed contract linked both ways, in French", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const result = await createContract(store, s1, CONTRACT, "fr");
		expect(result.ok && result.value.created).toBe(true);
		if (!result.ok) return;
		const path = result.value.path;
		expect(path).toBe("Codev/Séances/2026-01-13 Managers 2026 – Alice Martin – Contrat.md");
		expect(result.value.warnings).toEqual([]);
		const props = fm(store, path);
		expect(props).toMatchObject({ type: "codev-contract", session: "[[2026-01-13 Managers 2026 – Alice Martin]]", client: "[[Alice Martin]]", group: "[[Managers 2026]]", help: ["questions", "ideas"], validated: true, publish: false, codev_schema: 1 });
		// js-yaml reads the date back as a date: it is written unquoted.
		expect(props.date).toBeInstanceOf(Date);
		const body = text(store, path);
		expect(body).toContain("## Demande du client\n> Dans cette séance");
		expect(body).toContain("- Questions\n- Idées");
		expect(body).toContain("Validé par le groupe.");
		expect(fm(store, s1).contract).toBe("[[2026-01-13 Managers 2026 – Alice Martin – Contrat]]");
		expect(text(store, s1)).toMatch(/%% codev-step: contrat %%[\s\S]*- Contrat\u00a0: \[\[2026-01-13 Managers 2026 – Alice Martin – Contrat\]\]\n\n## 4\./);
	});

	it("renders in English", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Saying no" }, "en");
		const result = await createContract(store, s1, { ...CONTRACT, help: [], validated: false }, "en");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.path).toMatch(/ – Contract\.md$/);
		const body = text(store, result.value.path);
		expect(body).toContain("# Consultation contract — Alice Martin");
		expect(body).toContain("## Kind of help wanted\n*To be completed*");
		expect(body).toContain("Not yet agreed by the group.");
		expect(fm(store, result.value.path).help).toEqual([]);
	});

	it("never creates a second contract, and takes a free name when a note is in the way", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const squatter = "Codev/Séances/2026-01-13 Managers 2026 – Alice Martin – Contrat.md";
		await store.create(squatter, "my own note\n");
		const first = await createContract(store, s1, CONTRACT, "fr");
		if (!first.ok) throw new Error(first.error.code);
		expect(first.value.path).toBe("Codev/Séances/2026-01-13 Managers 2026 – Alice Martin – Contrat 2.md");
		expect(text(store, squatter)).toBe("my own note\n");
		const count = store.files.size;
		const second = await createContract(store, s1, CONTRACT, "fr");
		expect(second.ok && second.value).toMatchObject({ path: first.value.path, created: false });
		// Even when the session's property was removed by hand, the index finds it.
		await store.updateProperties(s1, (data) => delete data.contract);
		const third = await createContract(store, s1, CONTRACT, "fr");
		expect(third.ok && third.value).toMatchObject({ path: first.value.path, created: false });
		expect(store.files.size).toBe(count);
	});
});

describe("contributions (step 4)", () => {
	it("appends lines to the consultation section and reads them back", async () => {
		const { store, s1 } = await sessionWithContributions();
		const note = text(store, s1);
		expect(note).toContain("%% codev-contributions %%\n- **[[Bruno Petit]]** · Idées\u00a0: Proposer un autre créneau au lieu de refuser sec\n- **[[Chloé Roux]]** · Questions");
		expect(note.indexOf("%% codev-contributions %%")).toBeLessThan(note.indexOf("%% codev-step: synthese %%"));
		expect(note.indexOf("%% codev-contributions %%")).toBeGreaterThan(note.indexOf("%% codev-step: consultation %%"));
		const listed = await listContributions(store, s1);
		expect(listed).toEqual([
			{ who: "[[Bruno Petit]]", kind: "ideas", text: "Proposer un autre créneau au lieu de refuser sec" },
			{ who: "[[Chloé Roux]]", kind: "questions", text: "Qu'est-ce qui se passerait si tu disais non ?" },
			{ who: "Invité", kind: "advice", text: "Noter chaque demande pendant une semaine" },
		]);
	});

	it("refuses an empty one and writes nothing without a consultation section", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		expect(await logContribution(store, s1, { who: "Bruno Petit", kind: "ideas", text: "  " }, "fr")).toMatchObject({ ok: false, error: { code: "linked-contribution-empty" } });
		await store.process(s1, (t) => t.replace("%% codev-step: consultation %%\n", ""));
		const before = text(store, s1);
		const result = await logContribution(store, s1, { who: "Bruno Petit", kind: "ideas", text: "Une idée" }, "fr");
		expect(result).toMatchObject({ ok: false, error: { code: "linked-section-missing", vars: { step: "consultation" } } });
		expect(text(store, s1)).toBe(before);
	});
});

describe("action plan (step 5)", () => {
	it("turns kept contributions into Tasks checkboxes due the day before the next session", async () => {
		const { store, s1 } = await sessionWithContributions();
		await createContract(store, s1, CONTRACT, "fr");
		await store.updateProperties(GROUP, (data) => (data.calendar = ["2026-01-13", "2026-02-10", "2026-03-10"]));
		const kept = (await listContributions(store, s1)).filter((c) => c.kind !== "questions");
		const result = await createActionPlan(store, s1, { actions: kept.map((c) => ({ text: c.text })) }, "fr");
		if (!result.ok) throw new Error(result.error.code);
		const path = result.value.path;
		expect(path).toBe("Codev/Séances/2026-01-13 Managers 2026 – Alice Martin – Plan d'action.md");
		const props = fm(store, path);
		expect(props).toMatchObject({ type: "codev-action-plan", status: "open", contract: "[[2026-01-13 Managers 2026 – Alice Martin – Contrat]]", client: "[[Alice Martin]]", publish: false });
		expect((props.next_session as Date).toISOString().slice(0, 10)).toBe("2026-02-10");
		const lines = text(store, path).split("\n").filter((l) => l.startsWith("- ["));
		expect(lines).toEqual([
			"- [ ] Proposer un autre créneau au lieu de refuser sec — [[Alice Martin]] 📅 2026-02-09",
			"- [ ] Noter chaque demande pendant une semaine — [[Alice Martin]] 📅 2026-02-09",
		]);
		for (const line of lines) expect(line).toMatch(/^- \[ \] .+ 📅 \d{4}-\d{2}-\d{2}$/);
		expect(fm(store, s1).action_plan).toBe("[[2026-01-13 Managers 2026 – Alice Martin – Plan d'action]]");
		expect(text(store, s1)).toContain("- Plan d'action\u00a0: [[2026-01-13 Managers 2026 – Alice Martin – Plan d'action]]");
		const again = await createActionPlan(store, s1, { actions: [{ text: "autre" }] }, "fr");
		expect(again.ok && again.value).toMatchObject({ path, created: false });
	});

	it("takes an owner and a due date given per action", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const result = await createActionPlan(store, s1, { actions: [{ text: "Line one\nline two", owner: "Bruno Petit", due: "2026-01-31" }, { text: "  " }, { text: "No date", due: null }] }, "en");
		if (!result.ok) throw new Error(result.error.code);
		const actions = text(store, result.value.path).split("\n").filter((l) => l.startsWith("- ["));
		expect(actions).toEqual(["- [ ] Line one line two — [[Bruno Petit]] 📅 2026-01-31", "- [ ] No date — [[Alice Martin]]"]);
	});
});

describe("retour (step 0 of the next session)", () => {
	async function twoSessions() {
		const { store, s1 } = await sessionWithContributions();
		await createContract(store, s1, CONTRACT, "fr");
		const kept = (await listContributions(store, s1)).map((c) => ({ text: c.text }));
		const plan = await createActionPlan(store, s1, { actions: kept }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
		return { store, s1, s2, planPath: plan.value.path };
	}

	it("pulls the previous client's open plan and settles it", async () => {
		const { store, s1, s2, planPath } = await twoSessions();
		const found = await findRetourPlan(store, s2);
		if (!found.ok) throw new Error(found.error.code);
		expect(found.value).toMatchObject({ planPath, fromSession: s1, client: ALICE, markerFound: true });
		expect(found.value.actions.map((a) => a.outcome)).toEqual([null, null, null]);

		const result = await applyRetour(store, s2, planPath, [
			{ outcome: "tried", learning: "Ça passe mieux qu'un non sec" },
			{ outcome: "partly", learning: "" },
			{ outcome: "not-tried", learning: "Pas le temps" },
		], "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.status).toBe("done");
		expect(result.value.warnings).toEqual([]);

		const planText = text(store, planPath);
		expect(planText).toContain("- [x] Proposer un autre créneau au lieu de refuser sec — [[Alice Martin]] 📅 2026-02-09 ✅ 2026-02-10\n\t- Ce que j'en retire\u00a0: Ça passe mieux qu'un non sec");
		expect(planText).toContain("- [/] Qu'est-ce qui se passerait si tu disais non ? — [[Alice Martin]] 📅 2026-02-09\n- [-]");
		expect(planText).toContain("❌ 2026-02-10\n\t- Ce que j'en retire\u00a0: Pas le temps");
		expect(fm(store, planPath)).toMatchObject({ status: "done", retour: "[[2026-02-10 Managers 2026 – Bruno Petit]]", actions_tried: 1, actions_partly: 1, actions_not_tried: 1 });
		expect(fm(store, s2).retour_plan).toBe("[[2026-01-13 Managers 2026 – Alice Martin – Plan d'action]]");

		const note = text(store, s2);
		const start = note.indexOf(RETOUR_START);
		expect(start).toBeGreaterThan(note.indexOf("%% codev-step: retour %%"));
		expect(note.indexOf(RETOUR_END)).toBeLessThan(note.indexOf("%% codev-step: expose %%"));
		expect(note).toContain("**Retour sur le plan d'action**\u00a0: [[2026-01-13 Managers 2026 – Alice Martin – Plan d'action]] · [[Alice Martin]]\n- **Essayé** — Proposer un autre créneau");
		expect(note).toContain("- **En partie** — Qu'est-ce qui se passerait si tu disais non ? — [[Alice Martin]]\n\t- Ce que j'en retire\u00a0:\n");
	});

	it("a partial retour leaves the plan open; a re-run rewrites only its own block", async () => {
		const { store, s2, planPath } = await twoSessions();
		const partial = await applyRetour(store, s2, planPath, [{ outcome: "tried", learning: "" }, { outcome: null, learning: "" }, { outcome: null, learning: "" }], "fr");
		expect(partial.ok && partial.value.status).toBe("open");
		expect(fm(store, planPath).status).toBe("open");
		await store.process(s2, (t) => t.replace("- Sujets proposés", "- Sujets proposés : Bruno, visibilité"));
		const found = await findRetourPlan(store, s2);
		if (!found.ok) throw new Error(found.error.code);
		expect(found.value.actions.map((a) => a.outcome)).toEqual(["tried", null, null]);
		await applyRetour(store, s2, planPath, [{ outcome: "tried", learning: "ok" }, { outcome: "tried", learning: "" }, { outcome: "partly", learning: "" }], "fr");
		const note = text(store, s2);
		expect(note.split(RETOUR_START)).toHaveLength(2);
		expect(note).toContain("- Sujets proposés : Bruno, visibilité");
		expect(note).not.toContain("À dire");
		expect(fm(store, planPath).status).toBe("done");
		const plan = text(store, planPath);
		expect(plan.match(/✅ 2026-02-10/g)).toHaveLength(2);
		expect(plan.match(/Ce que j'en retire/g)).toHaveLength(1);
		// Done: a third session does not pull it again.
		const s3 = await addSession(store, { date: "2026-03-10", client: "Chloé Roux", topic: "Pression" });
		expect(await findRetourPlan(store, s3)).toMatchObject({ ok: false, error: { code: "linked-no-open-plan" } });
	});

	it("finds the opening section by its marker even when the heading was renamed", async () => {
		const { store, s2, planPath } = await twoSessions();
		await store.process(s2, (t) => t.replace("## 0. Retour et choix du sujet · 10 min", "## Nouvelles du mois"));
		const result = await applyRetour(store, s2, planPath, [], "fr");
		expect(result.ok).toBe(true);
		expect(text(store, s2)).toMatch(/## Nouvelles du mois\n%% codev-step: retour %%[\s\S]*%% codev-retour:end %%\n\n## 1\./);
		expect(result.ok && result.value.warnings.map((w) => w.code)).toEqual(["linked-actions-changed"]);
	});
});

describe("hand-edited notes", () => {
	it("says what it could not find instead of crashing", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		// First session of the group: nothing to report on.
		expect(await findRetourPlan(store, s1)).toMatchObject({ ok: false, error: { code: "linked-no-previous-session" } });
		// Not a session.
		expect(await createContract(store, ALICE, CONTRACT, "fr")).toMatchObject({ ok: false, error: { code: "linked-not-a-session" } });
		expect(await createContract(store, "nowhere.md", CONTRACT, "fr")).toMatchObject({ ok: false, error: { code: "linked-note-missing" } });
		// Malformed YAML in the session.
		const broken = "Codev/Séances/broken.md";
		await store.create(broken, "---\ntype: codev-session\nclient: [[[oops\n---\nbody\n");
		expect(await createContract(store, broken, CONTRACT, "fr")).toMatchObject({ ok: false, error: { code: "linked-session-unreadable" } });
		expect(text(store, broken)).toBe("---\ntype: codev-session\nclient: [[[oops\n---\nbody\n");
	});

	it("creates the note and reports a missing section and missing properties", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		await store.process(s1, (t) => t.replace("%% codev-step: contrat %%\n", "").replace(/^group: .*\n/m, ""));
		const result = await createContract(store, s1, CONTRACT, "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.warnings.map((w) => [w.code, w.vars?.property ?? w.vars?.step])).toEqual([
			["linked-property-missing", "group"],
			["linked-section-missing", "contrat"],
		]);
		expect(fm(store, result.value.path).group).toBeNull();
		expect(fm(store, s1).contract).toBeTruthy();
	});

	it("a session without the opening step, a plan without its marker or with broken YAML", async () => {
		const { store, s1 } = await sessionWithContributions();
		const plan = await createActionPlan(store, s1, { actions: [{ text: "A" }, { text: "B" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const noOpening = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "X", opening: false });
		expect(await findRetourPlan(store, noOpening)).toMatchObject({ ok: false, error: { code: "linked-no-retour-section" } });

		const s2 = await addSession(store, { date: "2026-02-11", client: "Bruno Petit", topic: "Y" });
		await store.process(plan.value.path, (t) => t.replace("%% codev-actions %%\n", "").replace("status: open", "status: open\nbad: [unclosed"));
		expect(parsePlanActions(text(store, plan.value.path)).markerFound).toBe(false);
		const result = await applyRetour(store, s2, plan.value.path, [{ outcome: "tried", learning: "" }, { outcome: "tried", learning: "" }], "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.warnings.map((w) => w.code)).toEqual(["linked-actions-marker-missing", "linked-properties-unwritable"]);
		expect(text(store, plan.value.path)).toContain("- [x] A");
		expect(text(store, plan.value.path)).toContain("bad: [unclosed");
	});
});
