import { describe, expect, it } from "vitest";
import { applyRetour, createActionPlan, createContract, findRetour, findRetourQueue, listContributions, logContribution, retourQueue } from "../../src/services/linked";
import { parsePlanActions } from "../../src/notes/linked/actionPlanNote";
import { RETOUR_END, RETOUR_START } from "../../src/notes/markers";
import { checkboxes, reportRetour, tasksProblems } from "./helpers";
import { storeFrontmatter as fm } from "../tools/frontmatter";
import { addSession } from "../tools/sessions";
import { newStore, noteText as text } from "../tools/stores";

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
		expect(body).toContain("## Validation\nContrat validé par le client et le groupe.");
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
		expect(body).toContain("## Agreement\nNot yet agreed by the client and the group.");
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
		const lines = checkboxes(store, path);
		expect(lines.map((l) => l.replace(/ \^c[\w-]+$/, ""))).toEqual([
			"- [ ] Proposer un autre créneau au lieu de refuser sec — [[Alice Martin]] 📅 2026-02-09",
			"- [ ] Noter chaque demande pendant une semaine — [[Alice Martin]] 📅 2026-02-09",
		]);
		for (const line of lines) expect(tasksProblems(line)).toEqual([]);
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
		const actions = checkboxes(store, result.value.path).map((l) => l.replace(/ \^c[\w-]+$/, ""));
		expect(actions).toEqual(["- [ ] Line one line two — [[Bruno Petit]] 📅 2026-01-31", "- [ ] No date — [[Alice Martin]]"]);
	});

	it("refuses a due date Tasks cannot read (free text such as « next Friday »), writing nothing", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const before = [...store.files.keys()];
		for (const due of ["next Friday", "2026-02-30", "09/02/2026"]) {
			expect(await createActionPlan(store, s1, { actions: [{ text: "Essayer", due }] }, "en")).toMatchObject({ ok: false, error: { code: "linked-due-invalid", vars: { value: due } } });
		}
		expect([...store.files.keys()]).toEqual(before);
	});

	it("starts from what the client keeps, in their words", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const result = await createActionPlan(store, s1, { kept: "Je peux proposer au lieu de refuser.\nEt noter les demandes.", actions: [{ text: "Je propose un autre créneau à ma cheffe" }] }, "fr");
		if (!result.ok) throw new Error(result.error.code);
		const note = text(store, result.value.path);
		expect(note).toContain("## Ce que je retiens\nJe peux proposer au lieu de refuser.\nEt noter les demandes.\n\n## Actions");
		expect(fm(store, result.value.path)).toMatchObject({ kept: "Je peux proposer au lieu de refuser. Et noter les demandes.", codev_schema: 2, status: "open", actions_pending: 1 });
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
	const A1 = "Proposer un autre créneau au lieu de refuser sec";
	const A2 = "Qu'est-ce qui se passerait si tu disais non ?";
	const A3 = "Noter chaque demande pendant une semaine";

	it("an action not tried stays open (never closed as cancelled) and comes back at the next retour", async () => {
		const { store, s2, planPath } = await twoSessions();
		const heard = await reportRetour(store, s2, { [A1]: ["done", "Ça passe mieux qu'un non sec"], [A2]: ["partly", ""], [A3]: ["not-tried", "Pas le temps"] }, { "Alice Martin": "Je dis non plus facilement." });
		expect(heard.map((p) => [p.clientName, p.items.map((i) => i.text)])).toEqual([["Alice Martin", [A1, A2, A3]]]);
		const lines = checkboxes(store, planPath);
		expect(lines[0]).toMatch(/^- \[x\] Proposer un autre créneau au lieu de refuser sec — \[\[Alice Martin\]\] 📅 2026-02-09 ✅ 2026-02-10 \^c[\w-]+$/);
		expect(lines[1]).toMatch(/^- \[\/\] Qu'est-ce qui se passerait/);
		expect(lines[2]).toMatch(/^- \[ \] Noter chaque demande pendant une semaine — \[\[Alice Martin\]\] 📅 2026-02-09 \^c[\w-]+$/);
		for (const line of lines) expect(tasksProblems(line)).toEqual([]);
		const plan = text(store, planPath);
		expect(plan).toContain("\t- 2026-02-10 · Fait — Ça passe mieux qu'un non sec\n");
		expect(plan).toContain("\t- 2026-02-10 · Pas essayé — Pas le temps\n");
		expect(plan).toContain("- 2026-02-10 · [[2026-02-10 Managers 2026 – Bruno Petit|10 févr. 2026]] — Je dis non plus facilement.");
		expect(fm(store, planPath)).toMatchObject({ status: "open", retour: "[[2026-02-10 Managers 2026 – Bruno Petit]]", actions_done: 1, actions_partly: 1, actions_not_tried: 1, actions_let_go: 0, actions_pending: 0 });
		expect(fm(store, planPath).actions_tried).toBeUndefined();
		expect(fm(store, s2).retour_plan).toBe("[[2026-01-13 Managers 2026 – Alice Martin – Plan d'action]]");

		const note = text(store, s2);
		expect(note.indexOf(RETOUR_START)).toBeGreaterThan(note.indexOf("%% codev-step: retour %%"));
		expect(note.indexOf(RETOUR_END)).toBeLessThan(note.indexOf("%% codev-step: expose %%"));
		expect(note).toContain("**Retour de [[Alice Martin]]**\n> Je dis non plus facilement.\n- **Fait** — Proposer un autre créneau au lieu de refuser sec · [[2026-01-13 Managers 2026 – Alice Martin – Plan d'action|13 janv. 2026]]\n\t- Ça passe mieux qu'un non sec\n");

		const s3 = await addSession(store, { date: "2026-03-10", client: "Chloé Roux", topic: "Pression" });
		const again = await findRetour(store, s3);
		if (!again.ok) throw new Error(again.error.code);
		expect(again.value.map((p) => [p.clientName, p.items.map((i) => [i.text, i.carried])])).toEqual([["Alice Martin", [[A2, true], [A3, true]]]]);
	});

	it("an empty learning writes nothing after the outcome", async () => {
		const { store, s2, planPath } = await twoSessions();
		await reportRetour(store, s2, { [A2]: ["partly", "  "] });
		expect(text(store, planPath)).toMatch(/disais non \? — \[\[Alice Martin\]\] 📅 2026-02-09 \^c[\w-]+\n\t- 2026-02-10 · En partie\n/);
		expect(text(store, s2)).not.toMatch(/retire\s*:?\s*\n/);
		expect(text(store, s2)).toMatch(/- \*\*En partie\*\* — Qu'est-ce qui se passerait si tu disais non \? · \[\[[^\]]+\]\]\n%% codev-retour:end %%/);
	});

	it("let go is the client's explicit choice: [-] with ❌, and the plan is done only when each action is done or let go", async () => {
		const { store, s2, planPath } = await twoSessions();
		await reportRetour(store, s2, { [A1]: ["done"], [A2]: ["let-go", "Plus d'actualité"], [A3]: ["partly"] });
		expect(fm(store, planPath).status).toBe("open");
		const s3 = await addSession(store, { date: "2026-03-10", client: "Chloé Roux", topic: "Pression" });
		await reportRetour(store, s3, { [A3]: ["done", "Une semaine complète"] });
		expect(checkboxes(store, planPath).map((l) => l.slice(0, 5))).toEqual(["- [x]", "- [-]", "- [x]"]);
		expect(checkboxes(store, planPath)[1]).toContain("❌ 2026-02-10");
		expect(checkboxes(store, planPath)[2]).toContain("✅ 2026-03-10");
		expect(text(store, planPath)).toContain("\t- 2026-02-10 · En partie\n\t- 2026-03-10 · Fait — Une semaine complète\n");
		expect(fm(store, planPath)).toMatchObject({ status: "done", actions_done: 2, actions_let_go: 1, actions_partly: 0 });
		const s4 = await addSession(store, { date: "2026-04-14", client: "David Leroy", topic: "Vision" });
		expect(await findRetour(store, s4)).toMatchObject({ ok: false, error: { code: "linked-no-open-plan" } });
	});

	it("hears every member with open actions, not only the previous session's client", async () => {
		const { store, s2 } = await twoSessions();
		await reportRetour(store, s2, { [A1]: ["done"], [A2]: ["partly"] });
		const bruno = await createActionPlan(store, s2, { actions: [{ text: "Présenter un résultat au comité" }] }, "fr");
		if (!bruno.ok) throw new Error(bruno.error.code);
		const s3 = await addSession(store, { date: "2026-03-10", client: "Chloé Roux", topic: "Pression" });
		const heard = await findRetour(store, s3);
		if (!heard.ok) throw new Error(heard.error.code);
		// The previous client first, then Alice, absent from last month's retour but still holding open actions.
		expect(heard.value.map((p) => [p.clientName, p.items.map((i) => i.text)])).toEqual([
			["Bruno Petit", ["Présenter un résultat au comité"]],
			["Alice Martin", [A2, A3]],
		]);
	});

	it("a re-run rewrites only its own block and keeps what the user typed around it", async () => {
		const { store, s2, planPath } = await twoSessions();
		await reportRetour(store, s2, { [A1]: ["done", "ok"] });
		await store.process(s2, (t) => t.replace("- Sujets proposés", "- Sujets proposés : Bruno, visibilité"));
		await store.process(planPath, (t) => t.replace(/(\t- 2026-02-10 · Fait — ok\n)/, "$1\t- une note à moi\n"));
		const rerun = await findRetour(store, s2);
		if (!rerun.ok) throw new Error(rerun.error.code);
		expect(rerun.value[0]?.items.map((i) => [i.text, i.outcome, i.learning])).toEqual([[A1, "done", "ok"], [A2, null, ""], [A3, null, ""]]);
		await reportRetour(store, s2, { [A1]: ["done", "ok, vraiment"], [A2]: ["done"] });
		const note = text(store, s2);
		expect(note.split(RETOUR_START)).toHaveLength(2);
		expect(note).toContain("- Sujets proposés : Bruno, visibilité");
		const plan = text(store, planPath);
		expect(plan.match(/✅ 2026-02-10/g)).toHaveLength(2);
		expect(plan.match(/2026-02-10 · Fait/g)).toHaveLength(2);
		expect(plan).toContain("\t- 2026-02-10 · Fait — ok, vraiment\n\t- une note à moi\n");
	});
});

describe("retour answers follow the action, never its position", () => {
	it("an action added on another device while the form is open gets no outcome, and reordered actions get theirs", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const plan = await createActionPlan(store, s1, { actions: [{ text: "Premier" }, { text: "Second" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
		const open = await findRetour(store, s2);
		if (!open.ok) throw new Error(open.error.code);
		const items = open.value[0]?.items ?? [];
		// Meanwhile, on the other device: a new action at the top, and the two swapped.
		await store.process(plan.value.path, (t) => {
			const [first, second] = checkboxes(store, plan.value.path);
			return t.replace(`${first}\n${second}`, `- [ ] Ajoutée ailleurs — [[Alice Martin]] 📅 2026-02-09\n${second}\n${first}`);
		});
		const answers = items.map((item) => ({ planPath: item.planPath, key: item.key, outcome: item.text === "Premier" ? ("done" as const) : ("let-go" as const), learning: "" }));
		const result = await applyRetour(store, s2, { client: ALICE, clientName: "Alice Martin", answers, changed: "" }, "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.warnings).toEqual([]);
		const lines = checkboxes(store, plan.value.path);
		expect(lines[0]).toMatch(/^- \[ \] Ajoutée ailleurs — \[\[Alice Martin\]\] 📅 2026-02-09 \^c[\w-]+$/);
		expect(lines[1]).toMatch(/^- \[-\] Second .*❌ 2026-02-10/);
		expect(lines[2]).toMatch(/^- \[x\] Premier .*✅ 2026-02-10/);
		expect(fm(store, plan.value.path)).toMatchObject({ status: "open", actions_done: 1, actions_let_go: 1, actions_pending: 1 });
	});

	it("an answer whose action was removed meanwhile changes nothing and says so", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const plan = await createActionPlan(store, s1, { actions: [{ text: "Premier" }, { text: "Second" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
		const open = await findRetour(store, s2);
		if (!open.ok) throw new Error(open.error.code);
		await store.process(plan.value.path, (t) => t.replace(/- \[ \] Premier.*\n/, ""));
		const answers = (open.value[0]?.items ?? []).map((item) => ({ planPath: item.planPath, key: item.key, outcome: "done" as const, learning: "" }));
		const result = await applyRetour(store, s2, { client: ALICE, clientName: "Alice Martin", answers, changed: "" }, "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.warnings.map((w) => [w.code, w.vars?.text])).toEqual([["linked-actions-changed", expect.stringMatching(/^c[\w-]+$/)]]);
		expect(checkboxes(store, plan.value.path)).toHaveLength(1);
		expect(checkboxes(store, plan.value.path)[0]).toMatch(/^- \[x\] Second/);
	});
});

describe("retour re-run back to « Pas encore abordé »", () => {
	it("does not leave [x] ✅ while the plan says open: the box goes back to what it showed before", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const plan = await createActionPlan(store, s1, { actions: [{ text: "Premier" }, { text: "Second" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
		await reportRetour(store, s2, { Premier: ["done", "oui"], Second: ["partly"] });
		const s3 = await addSession(store, { date: "2026-03-10", client: "Chloé Roux", topic: "Pression" });
		await reportRetour(store, s3, { Second: ["done"] });
		expect(checkboxes(store, plan.value.path)[1]).toMatch(/^- \[x\] Second .*✅ 2026-03-10/);
		// The facilitator opens the March retour again and puts both back to « Pas encore abordé ».
		await reportRetour(store, s3, { Second: [null] });
		expect(checkboxes(store, plan.value.path)[1]).toMatch(/^- \[\/\] Second — \[\[Alice Martin\]\] 📅 2026-02-09 \^c[\w-]+$/);
		await reportRetour(store, s2, { Premier: [null] });
		const first = checkboxes(store, plan.value.path)[0] ?? "";
		expect(first).toMatch(/^- \[ \] Premier — \[\[Alice Martin\]\] 📅 2026-02-09 \^c[\w-]+$/);
		expect(first).not.toContain("✅");
		expect(text(store, plan.value.path)).not.toContain("· Fait");
		expect(fm(store, plan.value.path)).toMatchObject({ status: "open", actions_done: 0, actions_partly: 1, actions_pending: 1 });
	});
});

describe("plans written before this change (codev_schema 1)", () => {
	const OLD = [
		"---",
		"type: codev-action-plan",
		"codev_schema: 1",
		'session: "[[2026-01-13 Managers 2026 – Alice Martin]]"',
		'client: "[[Alice Martin]]"',
		'group: "[[Managers 2026]]"',
		"date: 2026-01-13",
		"status: done",
		"actions_tried: 1",
		"actions_partly: 0",
		"actions_not_tried: 1",
		"---",
		"# Plan d'action — Alice Martin",
		"",
		"## Actions",
		"%% codev-actions %%",
		"- [x] Proposer un autre créneau — [[Alice Martin]] 📅 2026-02-09 ✅ 2026-02-10",
		"\t- Ce que j'en retire : ça marche",
		"- [-] Noter les demandes — [[Alice Martin]] 📅 2026-02-09 ❌ 2026-02-10",
		"",
		"## Retour",
		"*À la séance suivante du groupe (étape 0) : essayé, en partie ou pas essayé, et ce que le client en retire.*",
		"",
	].join("\n");

	it("reads their [-] as « Pas essayé » (still open, offered again) and rewrites the note only when a retour is recorded", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const path = "Codev/Séances/2026-01-13 Managers 2026 – Alice Martin – Plan d'action.md";
		await store.create(path, OLD);
		await store.updateProperties(s1, (data) => (data.action_plan = "[[2026-01-13 Managers 2026 – Alice Martin – Plan d'action]]"));
		await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
		const s3 = await addSession(store, { date: "2026-03-10", client: "Chloé Roux", topic: "Pression" });
		const found = await findRetour(store, s3);
		if (!found.ok) throw new Error(found.error.code);
		expect(found.value.map((p) => p.items.map((i) => [i.text, i.carried]))).toEqual([[["Noter les demandes", true]]]);
		// Reading changed nothing.
		expect(text(store, path)).toBe(OLD);

		await reportRetour(store, s3, { "Noter les demandes": ["done", "enfin"] });
		const lines = checkboxes(store, path);
		expect(lines[0]).toMatch(/^- \[x\] Proposer un autre créneau — \[\[Alice Martin\]\] 📅 2026-02-09 ✅ 2026-02-10 \^c[\w-]+$/);
		expect(lines[1]).toMatch(/^- \[x\] Noter les demandes — \[\[Alice Martin\]\] 📅 2026-02-09 ✅ 2026-03-10 \^c[\w-]+$/);
		expect(text(store, path)).toContain("\t- 2026-02-10 · Pas essayé\n\t- 2026-03-10 · Fait — enfin\n");
		expect(text(store, path)).toContain("\t- Ce que j'en retire : ça marche");
		expect(fm(store, path)).toMatchObject({ codev_schema: 2, status: "done", actions_done: 2 });
		for (const line of lines) expect(tasksProblems(line)).toEqual([]);
	});
});

describe("hand-edited notes", () => {
	it("says what it could not find instead of crashing", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		// First session of the group: nothing to report on.
		expect(await findRetour(store, s1)).toMatchObject({ ok: false, error: { code: "linked-no-previous-session" } });
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
		expect(await findRetour(store, noOpening)).toMatchObject({ ok: false, error: { code: "linked-no-retour-section" } });

		const s2 = await addSession(store, { date: "2026-02-11", client: "Bruno Petit", topic: "Y" });
		await store.process(plan.value.path, (t) => t.replace("%% codev-actions %%\n", "").replace("status: open", "status: open\nbad: [unclosed"));
		expect(parsePlanActions(text(store, plan.value.path)).markerFound).toBe(false);
		const answers = ["A", "B"].map((key) => ({ planPath: plan.value.path, key: `text:${key.toLowerCase()}`, outcome: "done" as const, learning: "" }));
		const result = await applyRetour(store, s2, { client: ALICE, clientName: "Alice Martin", answers, changed: "" }, "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.warnings.map((w) => w.code)).toEqual(["linked-actions-marker-missing", "linked-properties-unwritable"]);
		expect(text(store, plan.value.path)).toContain("- [x] A");
		expect(text(store, plan.value.path)).toContain("bad: [unclosed");
	});
});

describe("retour queue (what the plugin's form goes through)", () => {
	const person = (clientName: string, outcomes: Array<"done" | null>) => ({
		client: `People/${clientName}.md`,
		clientName,
		changed: "",
		items: outcomes.map((outcome, i) => ({ planPath: "p.md", planDate: null, key: `k${i}`, text: `a${i}`, owner: null, due: null, outcome, learning: "", carried: false })),
	});

	it("asks only the people with an action not answered at this session yet, in the service's order", () => {
		const heard = person("Alice", ["done"]);
		const partly = person("Bruno", ["done", null]);
		const waiting = person("Chloé", [null]);
		expect(retourQueue([heard, partly, waiting]).map((p) => p.clientName)).toEqual(["Bruno", "Chloé"]);
	});

	it("asks everyone again when all were heard (a re-run to correct an answer)", () => {
		expect(retourQueue([person("Alice", ["done"]), person("Bruno", ["done"])]).map((p) => p.clientName)).toEqual(["Alice", "Bruno"]);
	});

	it("is what findRetourQueue returns for a session whose retour is half done", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const c1 = await createActionPlan(store, s1, { actions: [{ text: "Appeler" }] }, "fr");
		if (!c1.ok) throw new Error(c1.error.code);
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Temps" });
		const found = await findRetour(store, s2);
		const queue = await findRetourQueue(store, s2);
		if (!found.ok || !queue.ok) throw new Error("retour");
		expect(queue.value).toEqual(retourQueue(found.value));
		expect(queue.value.map((p) => p.clientName)).toEqual(["Alice Martin"]);
	});
});
