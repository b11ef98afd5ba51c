/**
 * "Client progress": a client's story month by month (topic, request, what they kept, each
 * action's latest outcome and learning, what is still open) and the sessions attended as
 * consultant. Follows the active person note; redraws (debounced) when the index changes and
 * the view is shown. Drawing is sidebar-ui/storyRender.ts (standard DOM, also run in Chromium).
 */
import { debounce, ItemView, TFile, type WorkspaceLeaf } from "obsidian";
import type { CodevIndex } from "../../index/codevIndex";
import { CODEV_TYPES } from "../../index/codevIndex";
import { t, getUiLanguage } from "../../i18n";
import { clientStory } from "../../services/linked/progress";
import { typeOfFile, VaultStore } from "../vaultStore";
import { renderClientStory } from "../../sidebar-ui/storyRender";

export const PROGRESS_VIEW_TYPE = "codev-client-progress";

export class ClientProgressView extends ItemView {
	person: string | null = null;
	private renderedRevision = -1;
	/** The latest render: a slower earlier one never draws over it. */
	private ticket = 0;

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
				if (file instanceof TFile && typeOfFile(this.app, file) === CODEV_TYPES.person) void this.showPerson(file.path);
			}),
		);
		await this.render();
	}

	async onClose(): Promise<void> {
		this.ticket++;
		this.contentEl.empty();
		await Promise.resolve();
	}

	async showPerson(path: string): Promise<void> {
		this.person = path;
		await this.render();
	}

	/** Redraws only when the index changed and the view is visible. */
	refresh(): void {
		const index = this.index();
		if (!index || index.revision === this.renderedRevision || !this.contentEl.isShown()) return;
		void this.render();
	}

	async render(): Promise<void> {
		const ticket = ++this.ticket;
		const index = this.index();
		this.renderedRevision = index?.revision ?? -1;
		if (!index || this.person === null) {
			this.contentEl.empty();
			this.contentEl.createEl("p", { text: t("linked.view.empty"), cls: "codev-progress-empty" });
			return;
		}
		const lang = getUiLanguage();
		const story = await clientStory(new VaultStore(this.app), this.person, lang, { index });
		if (ticket !== this.ticket) return;
		renderClientStory(this.contentEl, story, lang, {
			openPath: (path, subpath) => void this.app.workspace.openLinkText(`${path}${subpath ?? ""}`, "", false),
		});
	}
}
