/**
 * A whole session from the sidebar alone, as a facilitator runs it: started without a client,
 * chosen at step 0, the contract and the plan made beside the session, contributions credited to
 * the right people, step 6 from the sidebar, then « Nouvelle séance ». The notes are read after
 * each step, and the session note never leaves its tab.
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n";
import { EvaluationModal } from "../../src/obsidian/cycle/modals";
import { ContractModal, ContributionModal, PlanModal } from "../../src/obsidian/linked/modals";
import { StepZeroModal } from "../../src/obsidian/live/stepZeroModal";
import { LATER, StartSessionModal } from "../../src/obsidian/startSessionModal";
import { choose, clickButton, closeAllModals, modalOf, rowNamed, typeInto } from "../tools/ui";
import { fileShownIn, flush, GROUP_PATH, frontmatterOf, loadLive, MIN, notesIn, openInCurrentTab, propertiesIn, read, runCommand, type Live } from "./harness";

afterEach(() => {
	closeAllModals();
	document.body.replaceChildren();
	setLanguage("en");
});

async function next(live: Live, minutes = 10): Promise<void> {
	live.clock.ms += minutes * MIN;
	live.root.querySelector<HTMLButtonElement>(".codev-sb-primary")?.dispatchEvent(new MouseEvent("click", { detail: 1 }));
	await flush();
}

async function stepAction(live: Live, label: string): Promise<void> {
	clickButton(live.root.querySelector(".codev-sb-step-actions") as HTMLElement, label);
	await flush();
}

const step = (live: Live) => live.controller.timer?.steps[live.controller.timer.current]?.id;

describe("a whole session from the sidebar", () => {
	it("start without a topic, choose at step 0, contract and plan beside, contributions credited right, step 6, next session", async () => {
		const live = await loadLive();
		runCommand(live.plugin, "start-session");
		const start = modalOf(StartSessionModal)?.contentEl as HTMLElement;
		choose(rowNamed(start, "Client").querySelector("select") as HTMLSelectElement, LATER);
		clickButton(start, "Créer la note de séance");
		await flush();
		const [pending] = notesIn(live.app, "Codev/Séances");
		const tab = await openInCurrentTab(live.app, pending ?? "");
		expect(live.controller.shown().key).toBe(pending);

		// Step 0: the group chooses Chloé's backlog topic.
		await next(live, 0);
		expect(step(live)).toBe("retour");
		await stepAction(live, "Choisir le client et le sujet");
		const zero = modalOf(StepZeroModal)?.contentEl as HTMLElement;
		(zero.querySelectorAll<HTMLInputElement>(".codev-choice input[type=radio]")[1] as HTMLInputElement).click();
		clickButton(zero, "Choisir");
		await flush();
		const session = "Codev/Séances/2026-03-10 Horizon – Chloé Roux.md";
		expect(fileShownIn(tab)).toBe(session);
		expect(await propertiesIn(live.app, session)).toMatchObject({ client: "[[Chloé Roux]]", topic: "Annoncer une réorganisation" });

		// Step 3: the contract, beside the session.
		await next(live, 10);
		await next(live, 10);
		await next(live, 15);
		expect(step(live)).toBe("contrat");
		await stepAction(live, "Créer le contrat de consultation");
		const contract = modalOf(ContractModal)?.contentEl as HTMLElement;
		typeInto(rowNamed(contract, "Demande du client").querySelector("textarea") as HTMLTextAreaElement, "M'aider à annoncer la réorganisation sans perdre l'équipe");
		clickButton(contract, "Créer le contrat");
		await flush();
		expect(fileShownIn(tab)).toBe(session);
		expect(notesIn(live.app, "Codev/Séances").filter((p) => p.includes("Contrat"))).toHaveLength(1);

		// Step 4: contributions, each credited to the consultant chosen.
		await next(live, 10);
		expect(step(live)).toBe("consultation");
		await stepAction(live, "Noter un apport");
		const modal = modalOf(ContributionModal);
		const form = modal?.contentEl as HTMLElement;
		const consultants = [...form.querySelectorAll(".codev-consultant")].map((c) => c.textContent);
		expect(consultants).toEqual(["1Ana Lima", "2Bruno Petit", "3David Leroy", "4Emma Faure", "5Farid Naït"]);
		const text = rowNamed(form, "Apport").querySelector("input") as HTMLInputElement;
		(form.querySelectorAll<HTMLInputElement>(".codev-consultant input")[1] as HTMLInputElement).click();
		// A name typed then cleared: the chosen consultant is still the one credited.
		const other = rowNamed(form, "Ou un autre nom").querySelector("input") as HTMLInputElement;
		typeInto(other, "Zoé");
		typeInto(other, "");
		typeInto(text, "Annoncer d'abord aux chefs d'équipe");
		text.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await flush();
		text.dispatchEvent(new KeyboardEvent("keydown", { key: "3", altKey: true, bubbles: true }));
		typeInto(text, "Préparer les questions difficiles");
		text.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await flush();
		typeInto(text, "Une faute de frappe");
		text.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await flush();
		expect([...form.querySelectorAll(".codev-captured-list li")].map((li) => li.textContent)).toEqual([
			"Bruno Petit — Annoncer d'abord aux chefs d'équipe",
			"David Leroy — Préparer les questions difficiles",
			"David Leroy — Une faute de frappe",
		]);
		clickButton(form, "Annuler le dernier");
		await flush();
		expect(form.querySelectorAll(".codev-captured-list li")).toHaveLength(2);
		modal?.close();
		const body = await read(live.app, session);
		expect(body).toMatch(/\[\[Bruno Petit\]\].*Annoncer d'abord aux chefs d'équipe/);
		expect(body).toMatch(/\[\[David Leroy\]\].*Préparer les questions difficiles/);
		expect(body).not.toContain("Une faute de frappe");
		expect(body).not.toContain("Zoé");

		// Step 5: the plan, beside the session.
		await next(live, 35);
		expect(step(live)).toBe("synthese");
		await stepAction(live, "Créer le plan d'action");
		const plan = modalOf(PlanModal)?.contentEl as HTMLElement;
		typeInto(rowNamed(plan, "Ce que je retiens").querySelector("textarea") as HTMLTextAreaElement, "Annoncer tôt, en personne, aux chefs d'équipe d'abord");
		plan.querySelector<HTMLButtonElement>(".codev-plan-add")?.click();
		clickButton(plan, "Créer le plan d'action");
		await flush();
		expect(fileShownIn(tab)).toBe(session);
		expect(notesIn(live.app, "Codev/Séances").filter((p) => p.includes("Plan"))).toHaveLength(1);

		// Step 6 from the sidebar: a labelled grid, one click per rating.
		await next(live, 20);
		expect(step(live)).toBe("apprentissages");
		await stepAction(live, "Présences et évaluation");
		const grid = modalOf(EvaluationModal)?.contentEl as HTMLElement;
		expect([...grid.querySelectorAll(".codev-eval-head .codev-eval-cell")].map((c) => c.textContent)).toEqual(["Personne", "Présence", "Fond", "Forme", "Ce qu'il ou elle retient"]);
		const rate = (name: string, which: "Fond" | "Forme", value: number) => (grid.querySelector(`input[aria-label="${which} ${value} — ${name}"]`) as HTMLInputElement).click();
		rate("Ana Lima", "Fond", 4);
		rate("Ana Lima", "Forme", 5);
		rate("Chloé Roux", "Fond", 5);
		rate("Chloé Roux", "Forme", 4);
		typeInto(grid.querySelector('input[aria-label="Ce qu\'il ou elle retient — Chloé Roux"]') as HTMLInputElement, "Annoncer tôt et en personne");
		clickButton(grid, "Enregistrer");
		await flush();
		const evaluated = await propertiesIn(live.app, session);
		expect(evaluated).toMatchObject({ rated: ["[[Ana Lima]]", "[[Chloé Roux]]"], fond_scores: [4, 5], forme_scores: [5, 4], rating_fond: 4.5, rating_forme: 4.5 });
		expect(evaluated.present).toHaveLength(6);

		// End, then the next session of the same group.
		await next(live, 20);
		expect(live.controller.timer?.status).toBe("finished");
		expect((await propertiesIn(live.app, session)).status).toBe("done");
		expect(fileShownIn(tab)).toBe(session);
		clickButton(live.root, "Nouvelle séance");
		await flush();
		const nextForm = modalOf(StartSessionModal)?.contentEl as HTMLElement;
		expect((rowNamed(nextForm, "Groupe").querySelector("select") as HTMLSelectElement).value).toBe(GROUP_PATH);
		expect((rowNamed(nextForm, "Date").querySelector("input") as HTMLInputElement).value).toBe("2026-04-14");
		expect(frontmatterOf(live.app, GROUP_PATH).topics_taken).toHaveLength(1);
	});
});
