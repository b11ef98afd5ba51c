import { afterEach, describe, expect, it, vi } from "vitest";
import { startCodevIndex } from "../../src/obsidian/indexAdapter";
import type { App as AppOriginal, TFile as TFileOriginal } from "obsidian";
import { App, Notice, Plugin, TFile, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { CodevHost } from "../../src/obsidian/host";
import { ContractModal, RetourModal } from "../../src/obsidian/linked/modals";
import { ClientProgressView } from "../../src/obsidian/linked/progressView";
import { LINKED_COMMANDS, registerLinked } from "../../src/obsidian/linked/register";
import { runCreateContract, runRetour } from "../../src/obsidian/linked/commands";
import { setLanguage } from "../../src/i18n";
import { createActionPlan } from "../../src/services/linked";
import { TEST_MANIFEST, TestHost } from "../tools/host";
import { addSession } from "../tools/sessions";
import { newStore } from "../tools/stores";
import { flush as settle } from "../tools/mockApp";

const flush = (): Promise<void> => settle(5);

/** A vault made by the plugin's own services, loaded into the mocked app. */
async function vault() {
	const store = newStore();
	const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
	const plan = await createActionPlan(store, s1, { actions: [{ text: "Proposer un autre créneau" }, { text: "Noter les demandes" }] }, "fr");
	if (!plan.ok) throw new Error(plan.error.code);
	const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
	const mockApp = App.createConfigured__({ files: Object.fromEntries(store.files) });
	const app: AppOriginal = mockApp.asOriginalType__();
	const host = new TestHost(mockApp, TEST_MANIFEST) as unknown as TestHost & CodevHost;
	startCodevIndex(host);
	registerLinked(host);
	mockApp.workspace.setLayoutReady__();
	return { app, host, s1, s2, planPath: plan.value.path };
}

async function open(app: AppOriginal, path: string): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
	await app.workspace.getLeaf(false).openFile(file);
}

function noticeTexts(spy: { mock: { calls: unknown[][] } }): string[] {
	return spy.mock.calls.map((call) => String(call[0]));
}

describe("linked commands in the mocked app", () => {
	afterEach(() => vi.restoreAllMocks());

	it("registers commands and the sidebar's step buttons", async () => {
		setLanguage("en");
		const { host } = await vault();
		const ids = [...Plugin.fromOriginalType2__(host).commands__.keys()];
		expect(ids).toEqual(expect.arrayContaining(Object.values(LINKED_COMMANDS)));
		expect(host.stepActions.map((a) => [a.stepId, a.commandId])).toEqual([
			["retour", "retour"],
			["contrat", "create-contract"],
			["consultation", "log-contribution"],
			["synthese", "create-action-plan"],
		]);
		expect(host.stepActions[1]?.label()).toBe("Create consultation contract");
		expect(host.index.ready).toBe(true);
		expect(host.index.sessionsOfGroup("Codev/Groupes/Managers 2026.md")).toHaveLength(2);
	});

	it("tells the user when no session note is active", async () => {
		setLanguage("en");
		const { host } = await vault();
		const spy = vi.spyOn(Notice.prototype, "constructor__");
		const command = Plugin.fromOriginalType2__(host).commands__.get(LINKED_COMMANDS.contract);
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		await flush();
		expect(noticeTexts(spy)).toEqual(["Open a codev session note first."]);
	});

	it("creates the contract from the active session, links it, indexes it, and never twice", async () => {
		setLanguage("fr");
		const { app, host, s2 } = await vault();
		await open(app, s2);
		const modal = await runCreateContract(host);
		expect(modal).toBeInstanceOf(ContractModal);
		if (!modal) return;
		Object.assign(modal.input, { request: "J'aimerais que vous m'aidiez à me rendre visible", help: ["ideas", "experiences"], validated: true });
		await modal.submit();
		await flush();
		const path = "Codev/Séances/2026-02-10 Managers 2026 – Bruno Petit – Contrat.md";
		const file = app.vault.getAbstractFileByPath(path) as TFileOriginal | null;
		expect(file).not.toBeNull();
		if (!file) return;
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toMatchObject({ type: "codev-contract", session: "[[2026-02-10 Managers 2026 – Bruno Petit]]", help: ["ideas", "experiences"], validated: true, publish: false });
		const session = app.vault.getAbstractFileByPath(s2) as TFileOriginal;
		expect(app.metadataCache.getFileCache(session)?.frontmatter?.contract).toBe("[[2026-02-10 Managers 2026 – Bruno Petit – Contrat]]");
		expect(host.index.contractsOfSession(s2).map((n) => n.path)).toEqual([path]);

		const spy = vi.spyOn(Notice.prototype, "constructor__");
		await open(app, s2);
		expect(await runCreateContract(host)).toBeNull();
		expect(noticeTexts(spy)[0]).toContain("Cette séance a déjà un contrat");
		expect(app.vault.getMarkdownFiles().filter((f) => f.path.includes("Contrat"))).toHaveLength(1);
	});

	it("runs the retour through the sidebar's step action and updates the previous plan", async () => {
		setLanguage("fr");
		const { app, host, s2, planPath } = await vault();
		const modal = await runRetour(host, s2);
		expect(modal).toBeInstanceOf(RetourModal);
		if (!modal) return;
		expect(modal.titleEl.textContent).toBe("Retour de Alice Martin");
		const [first, second] = modal.answers;
		if (!first || !second) throw new Error("answers");
		Object.assign(first, { outcome: "done", learning: "Ça marche" });
		Object.assign(second, { outcome: "not-tried", learning: "" });
		await modal.submit();
		await flush();
		const plan = app.vault.getAbstractFileByPath(planPath) as TFileOriginal;
		expect(app.metadataCache.getFileCache(plan)?.frontmatter).toMatchObject({ status: "open", retour: "[[2026-02-10 Managers 2026 – Bruno Petit]]", actions_done: 1, actions_not_tried: 1 });
		expect(await app.vault.read(plan)).toMatch(/- \[x\] Proposer un autre créneau — \[\[Alice Martin\]\] 📅 2026-02-09 ✅ 2026-02-10 \^c[\w-]+\n/);
		const session = await app.vault.read(app.vault.getAbstractFileByPath(s2) as TFileOriginal);
		expect(session).toContain("%% codev-retour:start %%");
		// Not tried: still Alice's, still open.
		expect(host.index.openPlansOfClient("Codev/Personnes/Alice Martin.md").map((n) => n.path)).toEqual([planPath]);
	});

	it("the first session of a cycle answers the retour button calmly, not as a failure", async () => {
		setLanguage("fr");
		const { host, s1 } = await vault();
		const spy = vi.spyOn(Notice.prototype, "constructor__");
		expect(await runRetour(host, s1)).toBeNull();
		const texts = noticeTexts(spy);
		expect(texts).toEqual(["Pas de retour à faire : aucune action n'est ouverte dans les plans précédents du groupe (première séance du cycle ?)."]);
		expect(texts.join("")).not.toContain("Rien n'a été modifié");
	});

	it("keeps the index current on rename and delete", async () => {
		const { app, host, s1 } = await vault();
		const index = host.index;
		const file = app.vault.getAbstractFileByPath(s1) as TFileOriginal;
		await app.vault.rename(file, "Archive/Janvier.md");
		expect(index?.sessionsOfGroup("Codev/Groupes/Managers 2026.md").map((n) => n.path)).toContain("Archive/Janvier.md");
		expect(index?.plansOfSession("Archive/Janvier.md")).toHaveLength(1);
		await app.fileManager.trashFile(file);
		expect(index?.sessionsOfGroup("Codev/Groupes/Managers 2026.md")).toHaveLength(1);
	});

	it("shows a client's progress in the view, built with DOM helpers", async () => {
		setLanguage("fr");
		const { app, host } = await vault();
		const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__();
		const view = new ClientProgressView(leaf, () => host.index);
		await view.onOpen();
		expect(view.contentEl.textContent).toContain("Ouvrez la note d'une personne");
		await view.showPerson("Codev/Personnes/Alice Martin.md");
		const clientItems = [...view.contentEl.querySelectorAll(".codev-progress-client > li")].map((li) => li.textContent ?? "");
		expect(clientItems).toHaveLength(1);
		expect(clientItems[0]).toContain("13 janv. 2026 — Dire non");
		expect(clientItems[0]).not.toContain("Managers 2026 – Alice Martin");
		expect(clientItems[0]).toContain("Pas encore abordé Proposer un autre créneau");
		expect(view.contentEl.querySelectorAll(".codev-progress-consultant > li")).toHaveLength(1);
		expect(view.contentEl.querySelectorAll("a.internal-link").length).toBeGreaterThanOrEqual(2);
		await view.onClose();
	});
});
