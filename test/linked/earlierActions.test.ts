/**
 * Step 5 of a client's next session: their actions still open from earlier plans are offered
 * again; kept (new due date), reworded or let go, each changes its own line in its own plan (one
 * action is one line), and the new plan lists the kept ones with a link back, never a copy.
 */
import { describe, expect, it } from "vitest";
import { createActionPlan, earlierOpenActions } from "../../src/services/linked";
import { checkboxes, reportRetour, tasksProblems } from "./helpers";
import { storeFrontmatter as fm } from "../tools/frontmatter";
import { addSession } from "../tools/sessions";
import { newStore, noteText as text } from "../tools/stores";

async function aliceTwice() {
	const store = newStore();
	const jan = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
	const plan = await createActionPlan(store, jan, { actions: [{ text: "Garder" }, { text: "Reformuler" }, { text: "Lâcher" }, { text: "Fini" }] }, "fr");
	if (!plan.ok) throw new Error(plan.error.code);
	const feb = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
	await reportRetour(store, feb, { Garder: ["partly", "à moitié"], Reformuler: ["not-tried"], Fini: ["done"] });
	const mar = await addSession(store, { date: "2026-03-10", client: "Alice Martin", topic: "Priorités" });
	return { store, janPlan: plan.value.path, mar };
}

describe("step 5: the client's earlier open actions", () => {
	it("are offered with their latest outcome, oldest plan first, and only open ones", async () => {
		const { store, mar } = await aliceTwice();
		const earlier = await earlierOpenActions(store, mar);
		expect(earlier.map((a) => [a.text, a.latest?.outcome ?? null, a.planDate])).toEqual([
			["Garder", "partly", "2026-01-13"],
			["Reformuler", "not-tried", "2026-01-13"],
			["Lâcher", null, "2026-01-13"],
		]);
	});

	it("kept, reworded or let go: each changes its own line in its plan, and the new plan links back to the kept ones", async () => {
		const { store, janPlan, mar } = await aliceTwice();
		const earlier = await earlierOpenActions(store, mar);
		const [keep, reword, letGo] = earlier;
		if (!keep || !reword || !letGo) throw new Error("three open actions expected");
		const result = await createActionPlan(
			store,
			mar,
			{
				kept: "Moins mais mieux.",
				actions: [{ text: "Bloquer une heure par jour" }],
				earlier: [
					{ planPath: keep.planPath, key: keep.key, choice: "keep", due: "2026-04-13" },
					{ planPath: reword.planPath, key: reword.key, choice: "reword", text: "Reformuler, en plus petit", due: null },
					{ planPath: letGo.planPath, key: letGo.key, choice: "let-go" },
				],
			},
			"fr",
		);
		if (!result.ok) throw new Error(result.error.code);
		const lines = checkboxes(store, janPlan);
		expect(lines[0]).toMatch(/^- \[\/\] Garder — \[\[Alice Martin\]\] 📅 2026-04-13 \^c[\w-]+$/);
		expect(lines[1]).toMatch(/^- \[ \] Reformuler, en plus petit — \[\[Alice Martin\]\] \^c[\w-]+$/);
		expect(lines[2]).toMatch(/^- \[-\] Lâcher — \[\[Alice Martin\]\] 📅 2026-02-09 ❌ 2026-03-10 \^c[\w-]+$/);
		expect(text(store, janPlan)).toContain("\t- 2026-03-10 · Abandonné\n");
		expect(fm(store, janPlan)).toMatchObject({ status: "open", actions_done: 1, actions_partly: 1, actions_not_tried: 1, actions_let_go: 1 });
		for (const line of lines) expect(tasksProblems(line)).toEqual([]);

		const march = text(store, result.value.path);
		expect(march.split("\n").filter((l) => /^- \[.\] /.test(l))).toHaveLength(1);
		expect(march).toMatch(/## Actions reportées\n- Reporté depuis le 13 janv\. 2026\u00a0: \[\[[^\]]*Plan d'action#\^c[\w-]+\|Garder\]\] — échéance le 13 avr\. 2026\n- Reporté depuis le 13 janv\. 2026\u00a0: \[\[[^\]]*#\^c[\w-]+\|Reformuler, en plus petit\]\]\n/);
		expect(fm(store, result.value.path)).toMatchObject({ carried: 2, kept: "Moins mais mieux." });
		// Let go now: not offered at the next retour; the kept ones are.
		const apr = await addSession(store, { date: "2026-04-14", client: "Chloé Roux", topic: "Pression" });
		const heard = await reportRetour(store, apr, {});
		expect(heard.find((p) => p.clientName === "Alice Martin")?.items.map((i) => i.text)).toEqual(["Garder", "Reformuler, en plus petit", "Bloquer une heure par jour"]);
	});
});
