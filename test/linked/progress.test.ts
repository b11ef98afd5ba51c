import { describe, expect, it } from "vitest";
import { indexFromStore } from "../../src/index/codevIndex";
import { clientProgress, clientStory, createActionPlan, createContract, renderClientProgress, writeClientProgress } from "../../src/services/linked";
import { PROGRESS_END, PROGRESS_START } from "../../src/notes/markers";
import { reportRetour } from "./helpers";
import { addSession } from "../tools/sessions";
import { newStore, noteText as text } from "../tools/stores";

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
		if (month > 0) await reportRetour(store, session, { [`Action A${month}`]: ["done", `Appris ${month}`], [`Action B${month}`]: [month === 1 ? "partly" : "not-tried"] }, { [clients[month - 1] ?? ""]: `Changé ${month}` });
		await createContract(store, session, { request: `Demande ${month + 1}`, goal: "", help: ["ideas"], reformulation: "", validated: true }, "fr");
		const plan = await createActionPlan(store, session, { actions: [{ text: `Action A${month + 1}` }, { text: `Action B${month + 1}` }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		sessions.push(session);
		plans.push(plan.value.path);
	}
	return { store, sessions, plans };
}

describe("client progress", () => {
	it("tells a client's two subjects months apart as a story: request, kept, each action's outcome and learning, what is still open", async () => {
		const { store, sessions } = await sixMonths();
		const progress = clientProgress(indexFromStore(store), ALICE);
		expect(progress.asClient.map((e) => [e.date, e.topic, e.request])).toEqual([
			["2026-01-10", "Dire non sans culpabiliser", "Demande 1"],
			["2026-04-11", "Recadrer un collègue", "Demande 4"],
		]);
		expect(progress.asClient[0]?.plans[0]).toMatchObject({ status: "open", retourSession: sessions[1] });
		expect(progress.asConsultant.map((e) => e.date)).toEqual(["2026-02-11", "2026-03-10", "2026-05-10", "2026-06-11"]);

		const story = await clientStory(store, ALICE, "fr");
		expect(story.months.map((m) => m.actions.map((a) => [a.text, a.outcome, a.outcomeDate, a.learning]))).toEqual([
			[["Action A1", "done", "2026-02-11", "Appris 1"], ["Action B1", "partly", "2026-02-11", ""]],
			[["Action A4", "done", "2026-05-10", "Appris 4"], ["Action B4", "not-tried", "2026-05-10", ""]],
		]);
		expect(story.months[0]?.changed).toEqual([{ date: "2026-02-11", text: "Changé 1" }]);
		expect(story.open.map((a) => a.text)).toEqual(["Action B1", "Action B4"]);
		expect(story.counts).toEqual({ done: 2, partly: 1, notTried: 1, letGo: 0, pending: 0 });

		const lines = await renderClientProgress(store, ALICE, "fr");
		expect(lines[0]).toBe("### Comme client");
		expect(lines[1]).toBe("#### [[2026-01-10 Managers 2026 – Alice Martin|10 janv. 2026 — Dire non sans culpabiliser]]");
		expect(lines[2]).toBe("- **Demande**\u00a0: « Demande 1 »");
		expect(lines).toContain("- Fait le 11 févr. 2026 · Action A1 — « Appris 1 »");
		expect(lines).toContain("- En partie le 11 févr. 2026 · Action B1");
		expect(lines).toContain("- **Ce qui a changé** (11 févr. 2026)\u00a0: « Changé 1 »");
		expect(lines.join("\n")).toMatch(/### Encore ouvert\n- \[\[2026-01-10 Managers 2026 – Alice Martin – Plan d'action#\^c[\w-]+\|Action B1\]\] — En partie le 11 févr\. 2026 · depuis le 10 janv\. 2026\n/);
		expect(lines).toContain("- [[2026-02-11 Managers 2026 – Bruno Petit|11 févr. 2026 — Gagner en visibilité]] (client\u00a0: [[Bruno Petit]])");
		// File names never stand for a date: every session link has a display text.
		expect(lines.filter((l) => /\[\[\d{4}-\d{2}-\d{2} [^|\]]*\]\]/.test(l))).toEqual([]);
		expect(lines.join("\n")).toContain("```base\nfilters:\n  or:\n    - 'client == this'\n    - 'client_b == this'\n");
		expect((await renderClientProgress(store, ALICE, "en")).join("\n")).toContain("### Still open");
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
