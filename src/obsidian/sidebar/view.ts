import { t } from "../../i18n";
import type { PanelModel } from "../../sidebar-ui/model";
import { SidebarPanel, type PanelHandlers } from "../../sidebar-ui/panel";
import type { SessionFrame } from "./controller";
import { FrameView } from "./frameView";
import { panelModelOf } from "./presenter";

export const SIDEBAR_VIEW_TYPE = "codev-sidebar";
export const SIDEBAR_ICON = "timer";

/** The right-sidebar view: a thin wrapper around the pure panel, redrawn by the controller. */
export class CodevSidebarView extends FrameView<PanelModel> {
	getViewType(): string {
		return SIDEBAR_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("sidebar.view-title");
	}

	getIcon(): string {
		return SIDEBAR_ICON;
	}

	protected contentClass(): string {
		return "codev-sidebar-view";
	}

	protected mount(el: HTMLElement): SidebarPanel {
		return new SidebarPanel(el, t, this.handlers(), (target, type, handler) => this.registerDomEvent(target, type, handler));
	}

	protected modelOf(frame: SessionFrame): PanelModel {
		return panelModelOf(this.controller, frame);
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
