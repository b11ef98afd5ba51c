import { ItemView, TFile, type WorkspaceLeaf } from "obsidian";
import { t } from "../../i18n";
import { toIsoDate } from "../../codev/dates";
import { groupOverview } from "../../services/cycle/overview";
import { groupOfSession } from "../../services/cycle/sessionRecords";
import type { CodevHost } from "../host";
import { storeOf } from "../vaultStore";
import { renderGroupOverview } from "../../sidebar-ui/groupRender";
import { notesOfType, pickNote } from "./pickers";
import { GROUP_TYPE, SESSION_TYPE, typeOf } from "../../notes/schema/kinds";
import { openNote } from "../around/open";

export const GROUP_VIEW_TYPE = "codev-group-view";
const REFRESH_DELAY_MS = 300;

/**
 * The group over its cycle: members, rotation, calendar, backlog, rating trend, learnings.
 * Follows the active note (a group, or a session's group); redraws when the index changed and
 * the view is shown, debounced, because evaluations write several properties in a row.
 */
export class GroupView extends ItemView {
	private groupPath: string | null = null;
	private timer: number | null = null;
	private renderedRevision = -1;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: CodevHost,
	) {
		super(leaf);
	}

	getViewType(): string {
		return GROUP_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("cycle.view.title");
	}

	getIcon(): string {
		return "users";
	}

	async onOpen(): Promise<void> {
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		this.register(this.host.index.subscribe(() => this.scheduleRender()));
		this.follow(this.app.workspace.getActiveFile());
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		await Promise.resolve();
	}

	setGroup(path: string): void {
		this.groupPath = path;
		this.render();
	}

	private follow(file: TFile | null): void {
		if (!file) return;
		const fm: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter;
		const props = typeof fm === "object" && fm !== null ? (fm as Record<string, unknown>) : {};
		if (typeOf(props) === GROUP_TYPE) this.setGroup(file.path);
		else if (typeOf(props) === SESSION_TYPE) {
			const group = groupOfSession(storeOf(this.host), file.path);
			if (group) this.setGroup(group);
		}
	}

	private scheduleRender(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.refresh();
		}, REFRESH_DELAY_MS);
	}

	/** Redraws only when the index changed and the view is visible. */
	refresh(): void {
		if (this.host.index.revision === this.renderedRevision || !this.contentEl.isShown()) return;
		this.render();
	}

	render(): void {
		this.renderedRevision = this.host.index.revision;
		const container = this.contentEl;
		const overview = this.groupPath ? groupOverview(storeOf(this.host), this.groupPath, toIsoDate(this.host.now())) : null;
		if (!overview) {
			container.empty();
			container.removeClass("codev-group-view");
			container.createEl("p", { text: t("cycle.view.empty"), cls: "codev-muted" });
			const button = container.createEl("button", { text: t("cycle.view.choose") });
			button.addEventListener("click", () => {
				void pickNote(this.app, notesOfType(storeOf(this.host), GROUP_TYPE), t("cycle.pick.group")).then((item) => {
					if (item) this.setGroup(item.path);
				});
			});
			return;
		}
		renderGroupOverview(container, overview, this.host.noteLanguage(), {
			openPath: (path) => void openNote(this.app, path),
		});
	}
}
