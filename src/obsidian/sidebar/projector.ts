import { ItemView, Platform, type WorkspaceLeaf } from "obsidian";
import { t } from "../../i18n";
import { RoomDisplay } from "../../sidebar-ui/room";
import type { ChangeKind, SessionController, SessionFrame } from "./controller";
import { roomModelOf } from "./presenter";

export const PROJECTOR_VIEW_TYPE = "codev-projector";

/** The room display in its own window (second screen, shared window), full screen on demand. */
export class ProjectorView extends ItemView {
	private room: RoomDisplay | null = null;
	private unsubscribe: (() => void) | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly controller: SessionController,
	) {
		super(leaf);
	}

	getViewType(): string {
		return PROJECTOR_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("sidebar.projector-title");
	}

	getIcon(): string {
		return "presentation";
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("codev-projector-view");
		const full = this.contentEl.createEl("button", { cls: "codev-projector-full", text: t("sidebar.action.fullscreen") });
		this.registerDomEvent(full, "click", () => void this.containerEl.requestFullscreen?.().catch(() => undefined));
		this.room = new RoomDisplay(this.contentEl);
		this.unsubscribe = this.controller.subscribe((kind, frame) => this.refresh(kind, frame));
		this.refresh("change", () => this.controller.frame());
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.room = null;
		await Promise.resolve();
	}

	refresh(kind: ChangeKind, frame: () => SessionFrame): void {
		if (!this.room || (kind === "tick" && !this.containerEl.isShown())) return;
		this.room.update(roomModelOf(this.controller, frame()));
	}
}

/** A pop-out window on desktop, a tab on mobile; reuses an open projector. */
export async function openProjector(leafFor: { workspace: import("obsidian").Workspace }): Promise<void> {
	const { workspace } = leafFor;
	const existing = workspace.getLeavesOfType(PROJECTOR_VIEW_TYPE)[0];
	if (existing) return workspace.revealLeaf(existing);
	const leaf = Platform.isDesktopApp ? workspace.openPopoutLeaf({ size: { width: 960, height: 600 } }) : workspace.getLeaf("tab");
	await leaf.setViewState({ type: PROJECTOR_VIEW_TYPE, active: true });
}
