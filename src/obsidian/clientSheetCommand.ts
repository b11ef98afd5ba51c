import { Modal, Notice, Setting, TFile, type App } from "obsidian";
import type { CodevIndex } from "../index/codevIndex";
import { t, tError } from "../i18n";
import { toIsoDate } from "../codev/dates";
import { basenameOf } from "../services/noteStore";
import { prepareClientSheet, writeClientSheet, type PreparedSheet } from "../services/sheet/clientSheet";
import { addTaskCommands } from "./commands";
import type { CodevHost } from "./host";
import { readyIndex } from "./indexAdapter";
import { VaultStore } from "./vaultStore";
import { TYPES } from "../notes/schema/kinds";
import { topicOfClient } from "../notes/schema/session";
import { namedSetting } from "./namedSetting";
import { notice } from "./notice";

interface SheetChoice {
	clientPath: string;
	/** "" for the whole cycle. */
	sessionPath: string;
	includeNames: boolean;
	pseudonym: string;
}

type Prepare = (choice: SheetChoice) => Promise<PreparedSheet | null>;
type Write = (sheet: PreparedSheet) => Promise<boolean>;

/**
 * Client, scope (one session or the whole cycle), names shown or not, an optional pseudonym; then
 * « Check the names » shows what will be replaced and the words that look like a person's name,
 * and only then can the facilitator export (any change of choice asks for a new check).
 */
export class ClientSheetModal extends Modal {
	private readonly choice: SheetChoice;
	private scopeEl: HTMLElement | null = null;
	private reviewEl: HTMLElement | null = null;
	/** Shown once the names were checked; any change of choice hides it again. */
	private exportButton: HTMLButtonElement | null = null;
	private checked: PreparedSheet | null = null;
	private busy = false;

	constructor(
		app: App,
		private readonly index: CodevIndex,
		private readonly clients: string[],
		private readonly prepare: Prepare,
		private readonly write: Write,
	) {
		super(app);
		this.choice = { clientPath: clients[0] ?? "", sessionPath: "", includeNames: false, pseudonym: "" };
	}

	onOpen(): void {
		this.setTitle(t("sheet.modal.title"));
		const { contentEl } = this;
		contentEl.addClass("codev-form");
		namedSetting(contentEl, "sheet.modal.client").addDropdown((dropdown) => {
			for (const path of this.clients) dropdown.addOption(path, basenameOf(path));
			dropdown.setValue(this.choice.clientPath).onChange((value) => {
				this.choice.clientPath = value;
				this.choice.sessionPath = "";
				this.renderScope();
				this.clearReview();
			});
		});
		this.scopeEl = contentEl.createDiv();
		this.renderScope();
		namedSetting(contentEl, "sheet.modal.names", "sheet.modal.names.desc")
			.addToggle((toggle) => toggle.setValue(false).onChange((value) => this.update(() => (this.choice.includeNames = value))));
		namedSetting(contentEl, "sheet.modal.pseudonym").addText((text) => text.onChange((value) => this.update(() => (this.choice.pseudonym = value))));
		this.reviewEl = contentEl.createDiv({ cls: "codev-sheet-review" });
		new Setting(contentEl)
			.setClass("codev-form-buttons")
			.addButton((button) => button.setButtonText(t("modal.start.cancel")).onClick(() => this.close()))
			.addButton((button) => button.setButtonText(t("sheet.modal.check")).onClick(() => void this.check()))
			.addButton((button) => {
				this.exportButton = button.buttonEl;
				button
					.setButtonText(t("sheet.modal.submit"))
					.setCta()
					.onClick(() => {
						if (this.checked) void this.export(this.checked);
					});
			});
		this.clearReview();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private update(change: () => void): void {
		change();
		this.clearReview();
	}

	private clearReview(): void {
		this.reviewEl?.empty();
		this.checked = null;
		this.exportButton?.toggle(false);
	}

	/** Builds the sheet without writing it and lists what the facilitator should look at. */
	async check(): Promise<PreparedSheet | null> {
		if (this.busy) return null;
		this.busy = true;
		try {
			const sheet = await this.prepare({ ...this.choice });
			const el = this.reviewEl;
			if (!sheet || !el) return null;
			el.empty();
			const { replaced, toCheck } = sheet.review;
			el.createEl("p", { text: replaced.length > 0 ? t("sheet.review.replaced") : t("sheet.review.none") });
			if (replaced.length > 0) {
				const list = el.createEl("ul");
				for (const r of replaced) list.createEl("li", { text: `« ${r.from} » → ${r.to}${r.count > 1 ? ` (×${r.count})` : ""}` });
			}
			el.createEl("p", { text: toCheck.length > 0 ? t("sheet.review.check") : t("sheet.review.clear"), cls: toCheck.length > 0 ? "mod-warning" : "" });
			if (toCheck.length > 0) {
				const list = el.createEl("ul");
				for (const word of toCheck) list.createEl("li", { text: word });
			}
			this.checked = sheet;
			this.exportButton?.toggle(true);
			return sheet;
		} finally {
			this.busy = false;
		}
	}

	/** Writes the checked sheet once (a second click while writing does nothing). */
	async export(sheet: PreparedSheet): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			if (await this.write(sheet)) this.close();
		} finally {
			this.busy = false;
		}
	}

	private renderScope(): void {
		const el = this.scopeEl;
		if (!el) return;
		el.empty();
		namedSetting(el, "sheet.modal.scope").addDropdown((dropdown) => {
			dropdown.addOption("", t("sheet.modal.scope.all"));
			for (const session of this.index.sessionsAsClient(this.choice.clientPath)) {
				dropdown.addOption(session.path, `${session.date ?? ""} · ${topicOfClient(session.frontmatter, this.index.consultationOfClient(session.path, this.choice.clientPath))}`);
			}
			dropdown.setValue(this.choice.sessionPath).onChange((value) => this.update(() => (this.choice.sessionPath = value)));
		});
	}
}

/** Opens the written sheet in a new pane beside the current note, which stays open. */
async function openBeside(app: App, path: string): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (file instanceof TFile) await app.workspace.getLeaf("split", "vertical").openFile(file);
}

/** Export client sheet: a shareable note without private notes and, by default, without other members' names. */
export function registerClientSheetCommand(host: CodevHost): void {
	addTaskCommands(host, [{ id: "export-client-sheet", name: "sheet.command", run: () => exportClientSheet(host) }]);
}

function exportClientSheet(host: CodevHost): void {
	const index = readyIndex(host);
	const clients = index ? new VaultStore(host.app).notesOfType(TYPES.person).filter((p) => index.sessionsAsClient(p).length > 0) : [];
	if (!index || clients.length === 0) {
		notice("sheet.notice.no-client");
		return;
	}
	const active = host.app.workspace.getActiveFile()?.path;
	if (active && clients.includes(active)) clients.unshift(...clients.splice(clients.indexOf(active), 1));
	const store = new VaultStore(host.app);
	const prepare: Prepare = async (choice) => {
		const result = await prepareClientSheet(
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
		if (result.ok) return result.value;
		new Notice(tError(result.error));
		return null;
	};
	const write: Write = async (sheet) => {
		const { path } = await writeClientSheet(store, sheet);
		notice("sheet.notice.created", { path });
		await openBeside(host.app, path);
		return true;
	};
	new ClientSheetModal(host.app, index, clients, prepare, write).open();
}
