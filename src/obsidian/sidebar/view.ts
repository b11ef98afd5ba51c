import { ItemView, type WorkspaceLeaf } from "obsidian";
import { t } from "../../i18n";
import { SidebarPanel, type PanelHandlers } from "../../sidebar-ui/panel";
import type { ChangeKind, SessionController, SessionFrame } from "./controller";
import { panelModelOf } from "./presenter";

export const SIDEBAR_VIEW_TYPE = "codev-sidebar";
export const SIDEBAR_ICON = "timer";

/** The right-sidebar view: a thin wrapper around the pure panel, redrawn by the controller. */
export class CodevSidebarView extends ItemView {
	private panel: SidebarPanel | null = null;
	private unsubscribe: (() => void) | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly controller: SessionController,
	) {
		super(leaf);
	}

	getViewType(): string {
		return SIDEBAR_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("sidebar.view-title");
	}

	getIcon(): string {
		return SIDEBAR_ICON;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("codev-sidebar-view");
		this.panel = new SidebarPanel(this.contentEl, t, this.handlers(), (el, type, handler) => this.registerDomEvent(el, type, handler));
		this.unsubscribe = this.controller.subscribe((kind, frame) => this.refresh(kind, frame));
		this.refresh("change", () => this.controller.frame());
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.panel = null;
		await Promise.resolve();
	}

	/** Ticks redraw only a visible view; changes always redraw, so a reopened sidebar is current. */
	refresh(kind: ChangeKind, frame: () => SessionFrame): void {
		if (!this.panel || (kind === "tick" && !this.containerEl.isShown())) return;
		this.panel.update(panelModelOf(this.controller, frame()));
	}

	private handlers(): PanelHandlers {
		const controller = this.controller;
		return {
			action: (action) => void controller.perform(action),
			role: (role) => {
				controller.role = role;
				controller.notify();
			},
			roomMode: (mode) => void controller.setRoomMode(mode),
			choose: (value) => controller.choose(value),
			stepAction: (id) => void controller.runStepAction(id),
		};
	}
}
