/** Two clients in one session: notes, contracts, plans, retours, progress and rotation per client. */
import { describe, expect, it } from "vitest";
import { EXPRESS_METHOD } from "../../src/codev/methods";
import type { Lang } from "../../src/codev/types";
import { indexFromStore } from "../../src/index/codevIndex";
import { RETOUR_START } from "../../src/notes/markers";
import { readGroupSessions } from "../../src/services/cycle/sessionRecords";
import { computeRotation, suggestNextClient } from "../../src/codev/cycle/rotation";
import {
	clientProgress,
	createActionPlan,
	createContract,
	findActionPlan,
	findContract,
	findRetour,
	listContributions,
	logContribution,
} from "../../src/services/linked";
import type { MemoryStore } from "../../src/services/memoryStore";
import { startSession, type SessionRequest } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";
import { reportRetour } from "./helpers";
import { storeFrontmatter as fm } from "../tools/frontmatter";
import { addSession, MEMBERS, sessionRequest } from "../tools/sessions";
import { newStore, noteText as text } from "../tools/stores";

const ALICE = "Codev/Personnes/Alice Martin.md";
const BRUNO = "Codev/Personnes/Bruno Petit.md";
const GROUP = "Codev/Groupes/Managers 2026.md";
const CONTRACT = { request: "Dans cette séance, j'aimerais que vous m'aidiez à dire non.", goal: "Deux façons de refuser", help: ["ideas" as const], reformulation: "", validated: true };

function twoClientRequest(overrides: Partial<SessionRequest> = {}): SessionRequest {
	return sessionRequest({
		group: { name: "Managers 2026" },
		client: { name: "Alice Martin" },
		topic: "Dire non",
		duration: 180,
		attendees: MEMBERS.map((name) => ({ name })),
		facilitator: "Nadia",
		second: { client: { name: "Bruno Petit" }, topic: "Gagner en visibilité" },
		...overrides,
	});
}

async function twoClientSession(store: MemoryStore, lang: Lang = "fr", overrides: Partial<SessionRequest> = {}): Promise<string> {
	const result = await startSession(store, twoClientRequest(overrides), defaultSettings(lang), lang);
	if (!result.ok) throw new Error(result.error.code);
	return result.value.sessionPath;
}

describe("starting a two-client session", () => {
	it("links both clients, records both topics, the step list and prefixed planned minutes", async () => {
		const store = newStore();
		const session = await twoClientSession(store);
		expect(session).toBe("Codev/Séances/2026-01-13 Managers 2026 – Alice Martin et Bruno Petit.md");
		const props = fm(store, session);
		expect(props).toMatchObject({
			method: "classic",
			client: "[[Alice Martin]]",
			topic: "Dire non",
			client_b: "[[Bruno Petit]]",
			topic_b: "Gagner en visibilité",
			consultations: 2,
			duration: 180,
			step_break_planned: 10,
		});
		expect(props.steps).toEqual(["retour", "expose", "clarification", "contrat", "consultation", "synthese", "break", "b_expose", "b_clarification", "b_contrat", "b_consultation", "b_synthese", "apprentissages"]);
		const planned = Object.entries(props).filter(([key]) => /^step_.+_planned$/.test(key));
		expect(planned.map(([key]) => key)).toEqual((props.steps as string[]).map((id) => `step_${id}_planned`));
		expect(planned.reduce((total, [, minutes]) => total + Number(minutes), 0)).toBe(180);
		expect(props.attendees).toEqual(["[[Alice Martin]]", "[[Bruno Petit]]", "[[Chloé Roux]]", "[[David Leroy]]"]);
		expect(fm(store, GROUP).members).toEqual(["[[Alice Martin]]", "[[Bruno Petit]]", "[[Chloé Roux]]", "[[David Leroy]]"]);
	});

	it("renders both consultations in French", async () => {
		const store = newStore();
		const note = text(store, await twoClientSession(store));
		expect(note).toContain("# Séance de codéveloppement du 13 janvier 2026 — Alice Martin et Bruno Petit");
		expect(note).toContain("> **Client A**\u00a0: [[Alice Martin]] — Dire non");
		expect(note).toContain("> **Client B**\u00a0: [[Bruno Petit]] — Gagner en visibilité");
		expect(note).toMatch(/## Consultation A — Alice Martin\n\*\*Sujet\*\*\u00a0: Dire non\n\n### 1\. Exposé de la problématique · \d+ min\n%% codev-step: expose %%/);
		expect(note).toMatch(/## Pause · 10 min\n%% codev-step: break %%/);
		expect(note).toMatch(/## Consultation B — Bruno Petit\n\*\*Sujet\*\*\u00a0: Gagner en visibilité\n\n### 1\. Exposé de la problématique · \d+ min\n%% codev-step: b_expose %%/);
		expect(note).toMatch(/### 3\. Contrat de consultation · \d+ min\n%% codev-step: b_contrat %%/);
		expect(note).toMatch(/## 6\. Apprentissages et régulation · \d+ min\n%% codev-step: apprentissages %%/);
		expect(note.indexOf("## Consultation A")).toBeLessThan(note.indexOf("## Pause"));
		expect(note.indexOf("## Pause")).toBeLessThan(note.indexOf("## Consultation B"));
		expect(note).not.toMatch(/\{\{[^}]*\}\}/);
	});

	it("renders both consultations in English, without a break at 2 hours", async () => {
		const store = newStore();
		const session = await twoClientSession(store, "en", { duration: 120 });
		const note = text(store, session);
		expect(note).toContain("> **Client A**: [[Alice Martin]] — Dire non");
		expect(note).toContain("## Consultation A — Alice Martin\n**Topic**: Dire non");
		expect(note).toContain("## Consultation B — Bruno Petit\n**Topic**: Gagner en visibilité");
		expect(note).toMatch(/### 5\. Synthesis and action plan · \d+ min\n%% codev-step: b_synthese %%/);
		expect(note).not.toContain("codev-step: break");
		expect(note).not.toContain("## Break");
		expect(fm(store, session).step_break_planned).toBeUndefined();
	});

	it("refuses a too short session, a missing or identical second client, and writes nothing", async () => {
		const store = newStore();
		const settings = defaultSettings("fr");
		expect(await startSession(store, twoClientRequest({ duration: 75 }), settings, "fr")).toMatchObject({ ok: false, error: { code: "two-consultations-too-short", vars: { min: 90 } } });
		expect(await startSession(store, twoClientRequest({ second: { client: { name: " " }, topic: "x" } }), settings, "fr")).toMatchObject({ ok: false, error: { code: "client-b-missing" } });
		expect(await startSession(store, twoClientRequest({ second: { client: { name: "Bruno" }, topic: "" } }), settings, "fr")).toMatchObject({ ok: false, error: { code: "topic-b-missing" } });
		expect(await startSession(store, twoClientRequest({ second: { client: { name: "Alice Martin" }, topic: "x" } }), settings, "fr")).toMatchObject({ ok: false, error: { code: "client-b-same" } });
		expect(store.files.size).toBe(0);
	});

	it("follows the chosen method: express with two clients, its own step ids", async () => {
		const store = newStore();
		const session = await twoClientSession(store, "fr", { method: EXPRESS_METHOD, duration: 60, opening: false });
		const props = fm(store, session);
		expect(props.method).toBe("express");
		expect(props.steps).toEqual(["expose", "clarification", "contrat", "consultation", "synthese", "b_expose", "b_clarification", "b_contrat", "b_consultation", "b_synthese", "apprentissages"]);
	});

	it("uses the built-in layout, and says why, when the user template has no consultation B sections", async () => {
		const store = newStore();
		const template = { path: "Modèles/Séance.md", text: "---\ntags: [codev]\n---\n# {{title}}\n## Contrat\n%% codev-step: contrat %%\n" };
		const result = await startSession(store, twoClientRequest(), defaultSettings("fr"), "fr", template);
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.templateProblem).toEqual({ path: "Modèles/Séance.md", error: { code: "template-one-consultation" } });
		expect(text(store, result.value.sessionPath)).toContain("%% codev-step: b_contrat %%");
	});
});

describe("each consultation has its own contract, contributions and action plan", () => {
	it("links contract and plan A to Alice, B to Bruno, each in its own sections", async () => {
		const store = newStore();
		const session = await twoClientSession(store);
		const contractA = await createContract(store, session, CONTRACT, "fr");
		const contractB = await createContract(store, session, { ...CONTRACT, request: "Être vu" }, "fr", { consultation: "b" });
		if (!contractA.ok || !contractB.ok) throw new Error("contract");
		expect(contractA.value.path).toBe("Codev/Séances/2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Contrat A.md");
		expect(contractB.value.path).toBe("Codev/Séances/2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Contrat B.md");
		expect(contractA.value.warnings).toEqual([]);
		expect(contractB.value.warnings).toEqual([]);
		expect(fm(store, contractA.value.path)).toMatchObject({ client: "[[Alice Martin]]", consultation: "a" });
		expect(fm(store, contractB.value.path)).toMatchObject({ client: "[[Bruno Petit]]", consultation: "b" });
		expect(text(store, contractB.value.path)).toContain("Bruno Petit");

		await logContribution(store, session, { who: "Chloé Roux", kind: "ideas", text: "Parler au comité" }, "fr", { consultation: "b" });
		await logContribution(store, session, { who: "David Leroy", kind: "ideas", text: "Refuser poliment" }, "fr");
		expect((await listContributions(store, session, { consultation: "b" })).map((c) => c.text)).toEqual(["Parler au comité"]);
		expect((await listContributions(store, session)).map((c) => c.text)).toEqual(["Refuser poliment"]);

		const planA = await createActionPlan(store, session, { actions: [{ text: "Dire non une fois" }] }, "fr");
		const planB = await createActionPlan(store, session, { actions: [{ text: "Présenter au comité" }] }, "fr", { consultation: "b" });
		if (!planA.ok || !planB.ok) throw new Error("plan");
		expect(planB.value.warnings).toEqual([]);
		expect(fm(store, planA.value.path)).toMatchObject({ client: "[[Alice Martin]]", contract: "[[2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Contrat A]]", consultation: "a" });
		expect(fm(store, planB.value.path)).toMatchObject({ client: "[[Bruno Petit]]", contract: "[[2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Contrat B]]", consultation: "b" });
		expect(text(store, planB.value.path)).toContain("[[Bruno Petit]]");

		const props = fm(store, session);
		expect(props).toMatchObject({
			contract: "[[2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Contrat A]]",
			contract_b: "[[2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Contrat B]]",
			action_plan: "[[2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Plan d'action A]]",
			action_plan_b: "[[2026-01-13 Managers 2026 – Alice Martin et Bruno Petit – Plan d'action B]]",
		});
		const note = text(store, session);
		expect(note).toMatch(/%% codev-step: b_contrat %%[\s\S]*Contrat B\]\]\n\n### 4\./);
		expect(note).toMatch(/%% codev-step: contrat %%[\s\S]*Contrat A\]\]\n\n### 4\./);
		expect(note).toMatch(/%% codev-step: b_synthese %%[\s\S]*Plan d'action B\]\]\n\n## 6\./);
		expect(findContract(store, session, { consultation: "b" })).toBe(contractB.value.path);
		expect(findActionPlan(store, session, { consultation: "b" })).toBe(planB.value.path);
		// Asking again never makes a second one.
		expect(await createContract(store, session, CONTRACT, "fr", { consultation: "b" })).toMatchObject({ ok: true, value: { path: contractB.value.path, created: false } });
	});

	it("refuses consultation B in a one-client session", async () => {
		const store = newStore();
		const session = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		expect(await createContract(store, session, CONTRACT, "fr", { consultation: "b" })).toMatchObject({ ok: false, error: { code: "linked-no-second-consultation" } });
	});
});

describe("at the next session, both clients' retours and progress", () => {
	async function withPlans() {
		const store = newStore();
		const s1 = await twoClientSession(store);
		const planA = await createActionPlan(store, s1, { actions: [{ text: "Dire non une fois" }, { text: "Noter les demandes" }] }, "fr");
		const planB = await createActionPlan(store, s1, { actions: [{ text: "Présenter au comité" }] }, "fr", { consultation: "b" });
		if (!planA.ok || !planB.ok) throw new Error("plan");
		const s2 = await addSession(store, { date: "2026-02-10", client: "Chloé Roux", topic: "Pression" });
		return { store, s1, s2, planA: planA.value.path, planB: planB.value.path };
	}

	it("brings both clients back, A first, and writes one retour block each", async () => {
		const { store, s2, planA, planB } = await withPlans();
		const found = await findRetour(store, s2);
		if (!found.ok) throw new Error(found.error.code);
		expect(found.value.map((p) => [p.client, p.items.map((i) => i.planPath)])).toEqual([
			[ALICE, [planA, planA]],
			[BRUNO, [planB]],
		]);
		await reportRetour(store, s2, { "Dire non une fois": ["done", "Ça passe"], "Noter les demandes": ["partly"], "Présenter au comité": ["not-tried", "Pas d'occasion"] });
		// A re-run of B rewrites only B's block.
		await reportRetour(store, s2, { "Présenter au comité": ["done", "Fait en mars"] });
		const note = text(store, s2);
		expect(note.split(RETOUR_START)).toHaveLength(3);
		expect(note).toContain("**Retour de [[Alice Martin]]**");
		expect(note).toContain("**Retour de [[Bruno Petit]]**");
		expect(note).toContain("Fait en mars");
		expect(note).not.toContain("Pas d'occasion");
		expect(note).toContain("Ça passe");
		expect(fm(store, planA)).toMatchObject({ status: "open", actions_done: 1, actions_partly: 1 });
		expect(fm(store, planB)).toMatchObject({ status: "done", actions_done: 1 });
		expect(fm(store, s2).retour_plan).toEqual([`[[${planA.split("/").pop()?.replace(/\.md$/, "")}]]`, `[[${planB.split("/").pop()?.replace(/\.md$/, "")}]]`]);
	});

	it("each client's progress shows their own consultation, contract and plan", async () => {
		const { store, s1, planA, planB } = await withPlans();
		const index = indexFromStore(store);
		expect(index.sessionsAsClient(BRUNO).map((s) => s.path)).toEqual([s1]);
		expect(index.clientsOfSession(s1)).toEqual([ALICE, BRUNO]);
		const bruno = clientProgress(index, BRUNO);
		expect(bruno.asClient).toHaveLength(1);
		expect(bruno.asClient[0]).toMatchObject({ session: s1, topic: "Gagner en visibilité" });
		expect(bruno.asClient[0]?.plans.map((p) => p.path)).toEqual([planB]);
		expect(bruno.asConsultant.map((s) => s.session)).not.toContain(s1);
		expect(clientProgress(index, ALICE).asClient[0]?.plans.map((p) => p.path)).toEqual([planA]);
	});

	it("rotation counts both clients and suggests neither next", async () => {
		const store = newStore();
		await twoClientSession(store);
		const sessions = readGroupSessions(store, GROUP);
		expect(sessions[0]).toMatchObject({ client: { id: ALICE }, clientB: { id: BRUNO }, topicB: "Gagner en visibilité" });
		const members = MEMBERS.map((name) => ({ id: `Codev/Personnes/${name}.md`, name }));
		const rotation = computeRotation(members, sessions);
		expect(rotation.entries.filter((e) => e.timesClient === 1).map((e) => e.person.name)).toEqual(["Alice Martin", "Bruno Petit"]);
		expect(rotation.neverClient.map((p) => p.name)).toEqual(["Chloé Roux", "David Leroy"]);
		expect(rotation.lastClients.map((p) => p.name)).toEqual(["Alice Martin", "Bruno Petit"]);
		expect(suggestNextClient(members, sessions, [ALICE.replace("Alice Martin", "Chloé Roux"), "Codev/Personnes/David Leroy.md"])).toBeNull();
		expect(suggestNextClient(members, sessions)?.name).toBe("Chloé Roux");
	});
});
