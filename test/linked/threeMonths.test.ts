/**
 * Three monthly sessions played through the plugin in the mocked app, the forms filled the way a
 * facilitator does (labels found by their visible text, values typed, options picked, buttons
 * clicked): January, Alice is client and writes her plan in her own words; February, her retour
 * (one action not tried, one partly done, one let go); March, Bruno's retour then Alice's again
 * (the action not tried is offered again and done, the partly done one carried), and Alice's
 * new plan keeps the carried action with a new due date. Then the plan's status, its Tasks
 * lines, the progress view, the group view and the bilan must tell the same story. In French and
 * in English.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App as AppOriginal, TFile as TFileOriginal } from "obsidian";
import { App, Modal, Plugin, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { Lang } from "../../src/codev/types";
import { setLanguage } from "../../src/i18n";
import type { CodevHost, StepAction } from "../../src/obsidian/host";
import { runCreateActionPlan, runCreateContract, runLogContribution, runRetour } from "../../src/obsidian/linked/commands";
import { startCodevIndex } from "../../src/obsidian/indexAdapter";
import { CodevIndex } from "../../src/index/codevIndex";
import { ContractModal, PlanModal, RetourModal } from "../../src/obsidian/linked/modals";
import { ClientProgressView } from "../../src/obsidian/linked/progressView";
import { registerLinked } from "../../src/obsidian/linked/register";
import { renderGroupOverview } from "../../src/sidebar-ui/groupRender";
import { VaultStore } from "../../src/obsidian/vaultStore";
import { generateBilan } from "../../src/services/cycle";
import { groupOverview } from "../../src/services/cycle/overview";
import { defaultSettings, type PluginData } from "../../src/settings/model";
import { tasksProblems } from "./helpers";
import { addSession } from "../tools/sessions";
import { newStore } from "../tools/stores";
import { flush as settle } from "../tools/mockApp";

const manifest = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.8.7", description: "", author: "" };

/** What a person reads on the forms and in the notes, per language. */
const UI = {
	fr: {
		people: "Personnes",
		sessions: "Séances",
		contract: { request: "Demande du client", reformulation: "Reformulation des consultants", kind: "Idées", validated: "Contrat validé par le client et le groupe", submit: "Créer le contrat" },
		plan: { kept: "Ce que je retiens", from: "À partir d'un apport", action: "Action", owner: "Porteur", due: "Échéance", add: "Ajouter une action", submit: "Créer le plan d'action", keep: "Garder, avec une nouvelle échéance" },
		retour: { outcome: "Résultat", learning: "Ce que le client en retire (facultatif)", changed: "Ce qui a changé depuis", submit: "Enregistrer le retour", title: "Retour de Alice Martin", carried: "reporté depuis le 13 janv. 2026" },
		outcome: { done: "Fait", partly: "En partie", notTried: "Pas essayé", letGo: "Abandonné" },
		validated: "Contrat validé par le client et le groupe.",
		story: ["13 janv. 2026 — Oser demander un retour", "Fait le 10 mars 2026 Demander un retour à Paul après chaque réunion", "Abandonné le 10 févr. 2026 Tout noter dans un carnet", "En partie le 10 mars 2026 Dire non une fois par semaine", "« J'ai dit non deux fois, sans drame. »"],
		carried: "Reporté depuis le 13 janv. 2026",
		bilan: "Actions faites : 2 ; en partie : 1 ; pas essayées : 0 ; abandonnées : 1 ; pas encore abordées : 1.",
		summary: "1 faite(s) · 1 en partie · 0 pas essayée(s) · 1 abandonnée(s) · 1 pas encore abordée(s)",
		group: "2 faite(s) · 1 en partie · 0 pas essayée(s) · 1 abandonnée(s) · 1 pas encore abordée(s)",
	},
	en: {
		people: "People",
		sessions: "Sessions",
		contract: { request: "Client's request", reformulation: "Consultants' reformulation", kind: "Ideas", validated: "Contract agreed by the client and the group", submit: "Create the contract" },
		plan: { kept: "What I keep", from: "From a contribution", action: "Action", owner: "Owner", due: "Due date", add: "Add an action", submit: "Create the action plan", keep: "Keep, with a new due date" },
		retour: { outcome: "Outcome", learning: "What the client learned (optional)", changed: "What has changed since", submit: "Record the follow-up", title: "Follow-up from Alice Martin", carried: "carried over since Jan 13, 2026" },
		outcome: { done: "Done", partly: "Partly", notTried: "Not tried", letGo: "Let go" },
		validated: "Contract agreed by the client and the group.",
		story: ["Jan 13, 2026 — Oser demander un retour", "Done on Mar 10, 2026 Demander un retour à Paul après chaque réunion", "Let go on Feb 10, 2026 Tout noter dans un carnet", "Partly on Mar 10, 2026 Dire non une fois par semaine", "“J'ai dit non deux fois, sans drame.”"],
		carried: "Carried over since Jan 13, 2026",
		bilan: "Actions done: 2; partly: 1; not tried: 0; let go: 1; not discussed yet: 1.",
		summary: "1 done · 1 partly · 0 not tried · 1 let go · 1 not discussed yet",
		group: "2 done · 1 partly · 0 not tried · 1 let go · 1 not discussed yet",
	},
} as const;

class TestHost extends Plugin {
	settings = defaultSettings("fr");
	data: PluginData = { data_version: 1, settings: this.settings };
	stepActions: StepAction[] = [];
	index = new CodevIndex();
	lang: Lang = "fr";
	today = new Date(2026, 0, 13, 16);
	noteLanguage(): Lang {
		return this.lang;
	}
	now(): Date {
		return this.today;
	}
	async saveSettings(): Promise<void> {}
}

const flush = (): Promise<void> => settle(8);

/** The forms stay open until closed, as in Obsidian (the mock closes them on the next tick). */
const opened: Modal[] = [];
beforeEach(() => {
	opened.length = 0;
	vi.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
		opened.push(this);
		document.body.appendChild(this.containerEl);
		this.onOpen();
	});
	vi.spyOn(Modal.prototype, "close").mockImplementation(function (this: Modal) {
		this.onClose();
		this.containerEl.remove();
	});
});
afterEach(() => vi.restoreAllMocks());

/** The control of the labelled field named `name` inside `scope` (the n-th one when several). */
function field<T extends HTMLElement = HTMLInputElement>(scope: HTMLElement, name: string, nth = 0): T {
	const found = [...scope.querySelectorAll("label")].filter((label) => label.querySelector(".codev-field-name")?.textContent === name);
	const control = found[nth]?.querySelector("input, select, textarea");
	if (!control) throw new Error(`no field « ${name} » (#${nth}) in: ${scope.textContent?.slice(0, 300)}`);
	return control as unknown as T;
}

function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	control.value = value;
	control.dispatchEvent(new Event("input", { bubbles: true }));
	control.dispatchEvent(new Event("change", { bubbles: true }));
}

function pick(select: HTMLSelectElement, optionText: string): void {
	const option = [...select.options].find((o) => o.textContent === optionText);
	if (!option) throw new Error(`no option « ${optionText} » in ${[...select.options].map((o) => o.textContent).join(", ")}`);
	select.value = option.value;
	select.dispatchEvent(new Event("change", { bubbles: true }));
}

function tick(box: HTMLInputElement): void {
	box.checked = true;
	box.dispatchEvent(new Event("change", { bubbles: true }));
}

async function click(scope: HTMLElement, text: string): Promise<void> {
	const button = [...scope.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!button) throw new Error(`no button « ${text} »`);
	button.click();
	await flush();
}

/** The block of the form that shows `text` (a contribution, an action): where its own fields are. */
function blockOf(modal: { contentEl: HTMLElement }, text: string): HTMLElement {
	const blocks = [...modal.contentEl.children].filter((child): child is HTMLElement => child.instanceOf(HTMLElement) && (child.textContent ?? "").includes(text));
	const block = blocks[blocks.length - 1];
	if (!block) throw new Error(`no block with « ${text} »`);
	return block;
}

function rows(modal: { contentEl: HTMLElement }): HTMLElement[] {
	return [...modal.contentEl.querySelectorAll<HTMLElement>(".codev-plan-row")];
}

async function readNote(app: AppOriginal, path: string): Promise<string> {
	const file = app.vault.getAbstractFileByPath(path) as TFileOriginal | null;
	if (!file) throw new Error(`no note ${path}`);
	return app.vault.read(file);
}

function props(app: AppOriginal, path: string): Record<string, unknown> {
	const file = app.vault.getAbstractFileByPath(path) as TFileOriginal;
	return app.metadataCache.getFileCache(file)?.frontmatter ?? {};
}

async function threeMonths(lang: Lang) {
	const ui = UI[lang];
	setLanguage(lang);
	const store = newStore();
	const members = ["Alice Martin", "Bruno Petit", "Chloé Roux", "David Leroy"];
	const jan = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Oser demander un retour", attendees: members }, lang);
	const feb = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Gagner en visibilité", attendees: members }, lang);
	const mar = await addSession(store, { date: "2026-03-10", client: "Alice Martin", topic: "Tenir mes priorités", attendees: members }, lang);
	const mockApp = App.createConfigured__({ files: Object.fromEntries(store.files) });
	const app: AppOriginal = mockApp.asOriginalType__();
	const host = new TestHost(mockApp, manifest) as unknown as TestHost & CodevHost;
	host.lang = lang;
	startCodevIndex(host);
	registerLinked(host);
	mockApp.workspace.setLayoutReady__();
	const alice = `Codev/${ui.people}/Alice Martin.md`;
	const group = `Codev/${lang === "fr" ? "Groupes" : "Groups"}/Managers 2026.md`;

	// ——— January: Alice's contract, the consultants' contributions, her plan in her own words.
	const contract = await runCreateContract(host, jan);
	if (!(contract instanceof ContractModal)) throw new Error("no contract form");
	type(field<HTMLTextAreaElement>(contract.contentEl, ui.contract.request), "J'aimerais que vous m'aidiez à oser demander un retour à Paul.");
	type(field<HTMLTextAreaElement>(contract.contentEl, ui.contract.reformulation), "Tu veux un retour franc sans abîmer la relation.");
	tick(field(contract.contentEl, ui.contract.kind));
	tick(field(contract.contentEl, ui.contract.validated));
	await click(contract.contentEl, ui.contract.submit);
	const contractPath = opened.length > 0 ? String(host.index.contractsOfSession(jan)[0]?.path) : "";
	expect(await readNote(app, contractPath)).toContain(ui.validated);
	expect(props(app, contractPath)).toMatchObject({ validated: true, help: ["ideas"] });

	const contributions = runLogContribution(host, jan);
	if (!contributions) throw new Error("no contribution form");
	for (const [who, text] of [
		["Codev/" + ui.people + "/Bruno Petit.md", "Tu pourrais demander un retour à Paul après chaque réunion."],
		["Codev/" + ui.people + "/Chloé Roux.md", "Dis non une fois par semaine, pour t'entraîner."],
	]) {
		Object.assign(contributions.draft, { who, kind: "ideas", text });
		await contributions.submit();
	}
	contributions.close();

	const plan = await runCreateActionPlan(host, jan);
	if (!(plan instanceof PlanModal)) throw new Error("no plan form");
	expect(plan.titleEl.textContent).toContain("Alice Martin");
	type(field<HTMLTextAreaElement>(plan.contentEl, ui.plan.kept), "Je peux demander sans me justifier.");
	tick(field(blockOf(plan, "Tu pourrais demander un retour"), ui.plan.from));
	tick(field(blockOf(plan, "Dis non une fois par semaine"), ui.plan.from));
	// Each kept contribution is a starting text, rewritten in the client's words.
	const [first, second] = rows(plan);
	if (!first || !second) throw new Error("no rows");
	expect(field(first, ui.plan.action).value).toBe("Tu pourrais demander un retour à Paul après chaque réunion.");
	expect(field(first, ui.plan.due).value).toBe("2026-02-09");
	type(field(first, ui.plan.action), "Demander un retour à Paul après chaque réunion");
	type(field(second, ui.plan.action), "Dire non une fois par semaine");
	await click(plan.contentEl, ui.plan.add);
	const third = rows(plan)[2];
	if (!third) throw new Error("no third row");
	type(field(third, ui.plan.action), "Tout noter dans un carnet");
	type(field(third, ui.plan.due), "2026-02-06");
	await click(plan.contentEl, ui.plan.submit);
	const janPlan = host.index.plansOfSession(jan)[0]?.path ?? "";
	const janText = await readNote(app, janPlan);
	expect(janText).toContain("Je peux demander sans me justifier.");
	expect(janText).not.toContain("Tu pourrais");
	expect(janText).toMatch(/- \[ \] Demander un retour à Paul après chaque réunion — \[\[Alice Martin\]\] 📅 2026-02-09 \^c[\w-]+\n/);
	expect(janText).toMatch(/- \[ \] Tout noter dans un carnet — \[\[Alice Martin\]\] 📅 2026-02-06 \^c[\w-]+\n/);

	// ——— February: Alice's retour.
	host.today = new Date(2026, 1, 10, 15);
	const febRetour = await runRetour(host, feb);
	if (!(febRetour instanceof RetourModal)) throw new Error("no retour form");
	expect(febRetour.titleEl.textContent).toBe(ui.retour.title);
	// The client is not repeated after each of her own actions.
	expect(febRetour.contentEl.textContent).not.toContain("— Alice Martin");
	pick(field<HTMLSelectElement>(blockOf(febRetour, "Demander un retour à Paul"), ui.retour.outcome), ui.outcome.notTried);
	pick(field<HTMLSelectElement>(blockOf(febRetour, "Dire non une fois"), ui.retour.outcome), ui.outcome.partly);
	type(field(blockOf(febRetour, "Dire non une fois"), ui.retour.learning), "Une fois sur deux.");
	pick(field<HTMLSelectElement>(blockOf(febRetour, "Tout noter"), ui.retour.outcome), ui.outcome.letGo);
	type(field<HTMLTextAreaElement>(febRetour.contentEl, ui.retour.changed), "Je me sens moins seule face à Paul.");
	await click(febRetour.contentEl, ui.retour.submit);
	expect(props(app, janPlan)).toMatchObject({ status: "open", actions_done: 0, actions_not_tried: 1, actions_partly: 1, actions_let_go: 1 });

	const brunoPlan = await runCreateActionPlan(host, feb);
	if (!(brunoPlan instanceof PlanModal)) throw new Error("no plan form for Bruno");
	type(field(rows(brunoPlan)[0] ?? brunoPlan.contentEl, ui.plan.action), "Présenter un résultat au comité");
	await click(brunoPlan.contentEl, ui.plan.submit);

	// ——— March: the previous client first (Bruno), then Alice, whose actions are still open.
	host.today = new Date(2026, 2, 10, 15);
	opened.length = 0;
	const marBruno = await runRetour(host, mar);
	if (!(marBruno instanceof RetourModal)) throw new Error("no retour form in March");
	expect(marBruno.titleEl.textContent).toContain("Bruno Petit");
	pick(field<HTMLSelectElement>(marBruno.contentEl, ui.retour.outcome), ui.outcome.done);
	await click(marBruno.contentEl, ui.retour.submit);
	const marAlice = opened[opened.length - 1];
	if (!(marAlice instanceof RetourModal) || marAlice === marBruno) throw new Error("Alice's retour did not follow");
	expect(marAlice.titleEl.textContent).toBe(ui.retour.title);
	// Not tried in February: offered again, with its history. Let go: not offered.
	expect(blockOf(marAlice, "Demander un retour à Paul").textContent).toContain(ui.retour.carried);
	expect(marAlice.contentEl.textContent).not.toContain("Tout noter");
	pick(field<HTMLSelectElement>(blockOf(marAlice, "Demander un retour à Paul"), ui.retour.outcome), ui.outcome.done);
	type(field(blockOf(marAlice, "Demander un retour à Paul"), ui.retour.learning), "Paul était content qu'on le lui demande.");
	pick(field<HTMLSelectElement>(blockOf(marAlice, "Dire non une fois"), ui.retour.outcome), ui.outcome.partly);
	type(field(blockOf(marAlice, "Dire non une fois"), ui.retour.learning), "J'ai dit non deux fois, sans drame.");
	await click(marAlice.contentEl, ui.retour.submit);

	const marPlan = await runCreateActionPlan(host, mar);
	if (!(marPlan instanceof PlanModal)) throw new Error("no plan form in March");
	// The partly done action comes back in her next plan: kept with a new due date.
	const carried = marPlan.contentEl.querySelector<HTMLElement>(".codev-plan-earlier");
	expect(carried?.textContent).toContain("Dire non une fois par semaine");
	expect(marPlan.contentEl.querySelectorAll(".codev-plan-earlier")).toHaveLength(1);
	if (!carried) throw new Error("no carried action");
	pick(field<HTMLSelectElement>(carried, ui.plan.action), ui.plan.keep);
	type(field(carried, ui.plan.due), "2026-04-13");
	type(field(rows(marPlan)[0] ?? marPlan.contentEl, ui.plan.action), "Bloquer une heure par jour pour mes priorités");
	await click(marPlan.contentEl, ui.plan.submit);
	const marPlanPath = host.index.plansOfSession(mar)[0]?.path ?? "";
	return { app, host, store: new VaultStore(app), jan, feb, mar, janPlan, marPlanPath, alice, group, ui };
}

describe.each(["fr", "en"] as const)("three monthly sessions through the forms (%s)", (lang) => {
	it("plan status, Tasks lines, progress view, group view and bilan tell the same story", async () => {
		const { app, host, store, janPlan, marPlanPath, alice, group, ui } = await threeMonths(lang);
		const janText = await readNote(app, janPlan);
		const lines = janText.split("\n").filter((l) => /^- \[.\] /.test(l));
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^- \[x\] Demander un retour à Paul après chaque réunion — \[\[Alice Martin\]\] 📅 2026-02-09 ✅ 2026-03-10 \^c[\w-]+$/);
		expect(lines[1]).toMatch(/^- \[\/\] Dire non une fois par semaine — \[\[Alice Martin\]\] 📅 2026-04-13 \^c[\w-]+$/);
		expect(lines[2]).toMatch(/^- \[-\] Tout noter dans un carnet — \[\[Alice Martin\]\] 📅 2026-02-06 ❌ 2026-02-10 \^c[\w-]+$/);
		expect(janText).toContain(`\t- 2026-02-10 · ${ui.outcome.notTried}\n\t- 2026-03-10 · ${ui.outcome.done} — Paul était content qu'on le lui demande.\n`);
		expect(props(app, janPlan)).toMatchObject({ status: "open", actions_done: 1, actions_partly: 1, actions_not_tried: 0, actions_let_go: 1, actions_pending: 0 });

		const marText = await readNote(app, marPlanPath);
		const reference = marText.split("\n").find((l) => l.startsWith(`- ${ui.carried}`)) ?? "";
		expect(reference).toMatch(/^- \S.*(\u00a0)?: \[\[[^\]]*#\^c[\w-]+\|Dire non une fois par semaine\]\] — /u);
		expect(marText.split("\n").filter((l) => /^- \[.\] /.test(l))).toHaveLength(1);

		// Every checkbox line of every plan is one Tasks reads.
		for (const path of [janPlan, marPlanPath, ...(host.index.all().filter((n) => n.type === "codev-action-plan").map((n) => n.path) ?? [])]) {
			for (const line of (await readNote(app, path)).split("\n").filter((l) => /^- \[.\] /.test(l))) expect(tasksProblems(line), line).toEqual([]);
		}

		const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__();
		const view = new ClientProgressView(leaf, () => host.index);
		await view.onOpen();
		await view.showPerson(alice);
		const shown = view.contentEl.textContent ?? "";
		for (const part of ui.story) expect(shown).toContain(part);
		expect(shown).toContain(ui.summary);
		expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2} Managers 2026/);
		const stillOpen = [...view.contentEl.querySelectorAll(".codev-story-open > li")].map((li) => li.textContent ?? "");
		expect(stillOpen.map((text) => text.includes("Dire non une fois par semaine") || text.includes("Bloquer une heure"))).toEqual([true, true]);
		await view.onClose();

		const overview = groupOverview(store, group, "2026-03-20");
		if (!overview) throw new Error("no overview");
		const groupEl = createDiv();
		renderGroupOverview(groupEl, overview, lang, { openPath: () => undefined });
		expect(groupEl.querySelector(".codev-group-actions")?.textContent).toBe(ui.group);

		const bilan = await generateBilan(store, group, lang, "2026-03-20");
		if (!bilan.ok) throw new Error(bilan.error.code);
		const bilanText = await readNote(app, bilan.value.path);
		expect(bilanText).toContain(ui.bilan);
	});
});
