import { Platform } from "obsidian";
import { t } from "../../i18n";
import type { RoomModel } from "../../sidebar-ui/model";
import { RoomDisplay } from "../../sidebar-ui/room";
import type { SessionFrame } from "./controller";
import { FrameView } from "./frameView";
import { roomModelOf } from "./presenter";

export const PROJECTOR_VIEW_TYPE = "codev-projector";

/** The room display in its own window (second screen, shared window), full screen on demand. */
export class ProjectorView extends FrameView<RoomModel> {
	getViewType(): string {
		return PROJECTOR_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("sidebar.projector-title");
	}

	getIcon(): string {
		return "presentation";
	}

	protected contentClass(): string {
		return "codev-projector-view";
	}

	protected mount(el: HTMLElement): RoomDisplay {
		const full = el.createEl("button", { cls: "codev-projector-full", text: t("sidebar.action.fullscreen") });
		this.registerDomEvent(full, "click", () => void this.containerEl.requestFullscreen?.().catch(() => undefined));
		return new RoomDisplay(el);
	}

	protected modelOf(frame: SessionFrame): RoomModel {
		return roomModelOf(this.controller, frame);
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
