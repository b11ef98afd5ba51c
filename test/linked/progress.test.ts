import { describe, expect, it } from "vitest";
import { indexFromStore } from "../../src/index/codevIndex";
import { applyRetour, clientProgress, createActionPlan, createContract, renderClientProgress, writeClientProgress } from "../../src/services/linked";
import { PROGRESS_END, PROGRESS_START } from "../../src/notes/markers";
import { addSession, newStore, text } from "./helpers";

const ALICE = "Codev/Personnes/Alice Martin.md";

/** Six monthly sessions; Alice is client in January and April, each plan reported on the next month. */
async function sixMonths() {
	const store = newStore();
	const clients = ["Alice Martin", "Bruno Petit", "Chloé Roux", "Alice Martin", "David Leroy", "Bruno Petit"];
	const topics = ["Dire non sans culpabiliser", "Gagner en visibilité", "Gérer la pression", "Recadrer un collègue", "Donner une vision", "Mobiliser l'équipe"];
	const sessions: string[] = [];
	const plans: string[] = [];
	for (let month = 0; month < 6; month++) {
		const date = `2026-0${month + 1}-1${month % 2}`;
		const session = await addSession(store, { date, client: clients[month] ?? "", topic: topics[month] ?? "" });
		if (month > 0) {
			const previous = plans[month - 1] ?? "";
			await applyRetour(store, session, previous, [{ outcome: "tried", learning: "" }, { outcome: month === 1 ? "partly" : "not-tried", learning: "" }], "fr");
		}
		await createContract(store, session, { request: `Demande ${month + 1}`, goal: "", help: ["ideas"], reformulation: "", validated: true }, "fr");
		const plan = await createActionPlan(store, session, { actions: [{ text: `Action A${month + 1}` }, { text: `Action B${month + 1}` }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		sessions.push(session);
		plans.push(plan.value.path);
	}
	return { store, sessions, plans };
}

describe("client progress", () => {
	it("lists a client's two subjects months apart, with contract, plan and retour", async () => {
		const { store, sessions, plans } = await sixMonths();
		const progress = clientProgress(indexFromStore(store), ALICE);
		expect(progress.asClient.map((e) => [e.date, e.topic, e.request])).toEqual([
			["2026-01-10", "Dire non sans culpabiliser", "Demande 1"],
			["2026-04-11", "Recadrer un collègue", "Demande 4"],
		]);
		expect(progress.asClient[0]?.plans).toEqual([{ path: plans[0], status: "done", tried: 1, partly: 1, notTried: 0, retourSession: sessions[1] }]);
		expect(progress.asClient[1]?.plans[0]).toMatchObject({ status: "done", tried: 1, notTried: 1, retourSession: sessions[4] });
		expect(progress.asConsultant.map((e) => e.date)).toEqual(["2026-02-11", "2026-03-10", "2026-05-10", "2026-06-11"]);

		const lines = renderClientProgress(store, ALICE, "fr");
		expect(lines[0]).toBe("### Comme client");
		expect(lines[1]).toBe("- **2026-01-10** · [[2026-01-10 Managers 2026 – Alice Martin]] — Dire non sans culpabiliser");
		expect(lines[2]).toBe("\t- Contrat\u00a0: [[2026-01-10 Managers 2026 – Alice Martin – Contrat]] — « Demande 1 »");
		expect(lines[3]).toBe("\t- Plan d'action\u00a0: [[2026-01-10 Managers 2026 – Alice Martin – Plan d'action]] · soldé · 1 essayée(s), 1 en partie, 0 pas essayée(s) · retour à [[2026-02-11 Managers 2026 – Bruno Petit]]");
		expect(renderClientProgress(store, ALICE, "en")).toContain("### As consultant");
	});

	it("writes the section between its markers only", async () => {
		const { store } = await sixMonths();
		const first = await writeClientProgress(store, ALICE, "fr");
		expect(first).toEqual({ ok: true, value: { appended: true } });
		const written = text(store, ALICE);
		expect(written).toContain(`## Parcours\n${PROGRESS_START}\n### Comme client`);
		await store.process(ALICE, (t) => `${t.replace("## Parcours", "## Mon parcours (renommé)")}\nMes notes après.\n`.replace(/- \*\*2026-01-10\*\*/, "GARBAGE"));
		const second = await writeClientProgress(store, ALICE, "fr");
		expect(second).toEqual({ ok: true, value: { appended: false } });
		const rewritten = text(store, ALICE);
		expect(rewritten).toContain("## Mon parcours (renommé)");
		expect(rewritten).toContain(`${PROGRESS_END}\n\nMes notes après.\n`);
		expect(rewritten).not.toContain("GARBAGE");
		expect(rewritten.split(PROGRESS_START)).toHaveLength(2);
	});

	it("refuses to rewrite when one marker is missing", async () => {
		const { store } = await sixMonths();
		await store.process(ALICE, (t) => `${t}\n${PROGRESS_START}\nmes notes\n`);
		const before = text(store, ALICE);
		expect(await writeClientProgress(store, ALICE, "fr")).toMatchObject({ ok: false, error: { code: "linked-progress-markers" } });
		expect(text(store, ALICE)).toBe(before);
	});
});
