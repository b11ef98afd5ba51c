import { Modal, Notice, Setting, type App } from "obsidian";
import type { CodevIndex } from "../index/codevIndex";
import { t, tError } from "../i18n";
import { toIsoDate } from "../notes/dates";
import { basenameOf } from "../services/noteStore";
import { exportClientSheet } from "../services/sheet/clientSheet";
import type { CodevHost } from "./host";
import { getCodevIndex } from "./linked/indexAdapter";
import { VaultStore } from "./vaultStore";

interface SheetChoice {
	clientPath: string;
	/** "" for the whole cycle. */
	sessionPath: string;
	includeNames: boolean;
	pseudonym: string;
}

/** Client, scope (one session or the whole cycle), names shown or not, an optional pseudonym. */
class ClientSheetModal extends Modal {
	private readonly choice: SheetChoice;
	private scopeEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly index: CodevIndex,
		private readonly clients: string[],
		private readonly submit: (choice: SheetChoice) => Promise<boolean>,
	) {
		super(app);
		this.choice = { clientPath: clients[0] ?? "", sessionPath: "", includeNames: false, pseudonym: "" };
	}

	onOpen(): void {
		this.setTitle(t("sheet.modal.title"));
		const { contentEl } = this;
		new Setting(contentEl).setName(t("sheet.modal.client")).addDropdown((dropdown) => {
			for (const path of this.clients) dropdown.addOption(path, basenameOf(path));
			dropdown.setValue(this.choice.clientPath).onChange((value) => {
				this.choice.clientPath = value;
				this.choice.sessionPath = "";
				this.renderScope();
			});
		});
		this.scopeEl = contentEl.createDiv();
		this.renderScope();
		new Setting(contentEl)
			.setName(t("sheet.modal.names"))
			.setDesc(t("sheet.modal.names.desc"))
			.addToggle((toggle) => toggle.setValue(false).onChange((value) => (this.choice.includeNames = value)));
		new Setting(contentEl).setName(t("sheet.modal.pseudonym")).addText((text) => text.onChange((value) => (this.choice.pseudonym = value)));
		new Setting(contentEl).addButton((button) =>
			button
				.setButtonText(t("sheet.modal.submit"))
				.setCta()
				.onClick(() => void this.submit(this.choice).then((done) => done && this.close())),
		);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private renderScope(): void {
		const el = this.scopeEl;
		if (!el) return;
		el.empty();
		new Setting(el).setName(t("sheet.modal.scope")).addDropdown((dropdown) => {
			dropdown.addOption("", t("sheet.modal.scope.all"));
			for (const session of this.index.sessionsAsClient(this.choice.clientPath)) {
				const topic = session.frontmatter.client_b !== undefined && this.index.consultationOfClient(session.path, this.choice.clientPath) === "b" ? session.frontmatter.topic_b : session.frontmatter.topic;
				dropdown.addOption(session.path, `${session.date ?? ""} · ${typeof topic === "string" ? topic : ""}`);
			}
			dropdown.setValue(this.choice.sessionPath).onChange((value) => (this.choice.sessionPath = value));
		});
	}
}

/** Export client sheet: a shareable note without private notes and, by default, without other members' names. */
export function registerClientSheetCommand(host: CodevHost): void {
	host.addCommand({
		id: "export-client-sheet",
		name: t("sheet.command"),
		callback: () => {
			const index = getCodevIndex(host);
			const clients = index ? new VaultStore(host.app).notesOfType("codev-person").filter((p) => index.sessionsAsClient(p).length > 0) : [];
			if (!index || clients.length === 0) {
				new Notice(t("sheet.notice.no-client"));
				return;
			}
			const active = host.app.workspace.getActiveFile()?.path;
			if (active && clients.includes(active)) clients.unshift(...clients.splice(clients.indexOf(active), 1));
			new ClientSheetModal(host.app, index, clients, async (choice) => {
				const store = new VaultStore(host.app);
				const result = await exportClientSheet(
					store,
					choice.clientPath,
					{
						sessionPath: choice.sessionPath || undefined,
						includeNames: choice.includeNames,
						pseudonyms: choice.pseudonym.trim() ? { [choice.clientPath]: choice.pseudonym.trim() } : undefined,
						folder: host.settings.peopleFolder,
						today: toIsoDate(host.now()),
					},
					host.noteLanguage(),
					{ index, today: host.now() },
				);
				if (!result.ok) {
					new Notice(tError(result.error));
					return false;
				}
				new Notice(t("sheet.notice.created", { path: result.value.path }));
				return true;
			}).open();
		},
	});
}
