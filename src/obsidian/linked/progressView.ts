/**
 * "Client progress": every session where a person was client (topic, contract, action plan,
 * retour outcomes) and the sessions they attended as consultant. Follows the active note when it
 * is a person note; redraws (debounced) when the index changes and the view is shown.
 */
import { debounce, ItemView, TFile, type WorkspaceLeaf } from "obsidian";
import type { CodevIndex } from "../../index/codevIndex";
import { CODEV_TYPES } from "../../index/codevIndex";
import { t, getUiLanguage } from "../../i18n";
import { planSummary, type ClientProgress } from "../../notes/linked/progress";
import { colonFor } from "../../notes/text";
import { basenameOf } from "../../services/noteStore";
import { clientProgress } from "../../services/linked/progress";

export const PROGRESS_VIEW_TYPE = "codev-client-progress";

export class ClientProgressView extends ItemView {
	person: string | null = null;
	private renderedRevision = -1;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly index: () => CodevIndex | undefined,
	) {
		super(leaf);
	}

	getViewType(): string {
		return PROGRESS_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("linked.view.title");
	}

	getIcon(): string {
		return "history";
	}

	async onOpen(): Promise<void> {
		const redraw = debounce(() => this.refresh(), 200, true);
		const index = this.index();
		if (index) this.register(index.subscribe(redraw));
		this.registerEvent(
			this.app.workspace.on("file-open", (file) => {
				if (file instanceof TFile && this.app.metadataCache.getFileCache(file)?.frontmatter?.type === CODEV_TYPES.person) this.showPerson(file.path);
			}),
		);
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	showPerson(path: string): void {
		this.person = path;
		this.render();
	}

	/** Redraws only when the index changed and the view is visible. */
	refresh(): void {
		const index = this.index();
		if (!index || index.revision === this.renderedRevision || !this.contentEl.isShown()) return;
		this.render();
	}

	render(): void {
		const el = this.contentEl;
		el.empty();
		const index = this.index();
		this.renderedRevision = index?.revision ?? -1;
		if (!index || this.person === null) {
			el.createEl("p", { text: t("linked.view.empty"), cls: "codev-progress-empty" });
			return;
		}
		this.renderProgress(el, clientProgress(index, this.person));
	}

	private link(parent: HTMLElement, path: string): void {
		const a = parent.createEl("a", { text: basenameOf(path), cls: "internal-link", href: "#" });
		this.registerDomEvent(a, "click", (event: MouseEvent) => {
			event.preventDefault();
			void this.app.workspace.openLinkText(path, "", event.ctrlKey || event.metaKey);
		});
	}

	private renderProgress(el: HTMLElement, progress: ClientProgress): void {
		const lang = getUiLanguage();
		el.createEl("h4", { text: basenameOf(progress.person) });
		el.createEl("h5", { text: t("linked.progress.as-client") });
		if (progress.asClient.length === 0) el.createEl("p", { text: t("linked.progress.empty-client") });
		const clientList = el.createEl("ul", { cls: "codev-progress-client" });
		for (const entry of progress.asClient) {
			const item = clientList.createEl("li");
			item.createEl("strong", { text: entry.date ?? t("linked.progress.none-date") });
			item.appendText(" · ");
			this.link(item, entry.session);
			if (entry.topic) item.appendText(` — ${entry.topic}`);
			const details = item.createEl("ul");
			if (entry.contract) {
				const row = details.createEl("li", { text: `${t("linked.note.label.contract")}${colonFor(lang)} ` });
				this.link(row, entry.contract);
				if (entry.request) row.appendText(` — ${entry.request}`);
			}
			for (const plan of entry.plans) {
				const row = details.createEl("li", { text: `${t("linked.note.label.plan")}${colonFor(lang)} ` });
				this.link(row, plan.path);
				row.appendText(` · ${planSummary(plan, lang, basenameOf)}`);
			}
		}
		el.createEl("h5", { text: t("linked.progress.as-consultant") });
		if (progress.asConsultant.length === 0) el.createEl("p", { text: t("linked.progress.empty-consultant") });
		const consultantList = el.createEl("ul", { cls: "codev-progress-consultant" });
		for (const entry of progress.asConsultant) {
			const item = consultantList.createEl("li");
			item.createEl("strong", { text: entry.date ?? t("linked.progress.none-date") });
			item.appendText(" · ");
			this.link(item, entry.session);
			if (entry.topic) item.appendText(` — ${entry.topic}`);
			if (entry.client) item.appendText(` (${basenameOf(entry.client)})`);
		}
	}
}
