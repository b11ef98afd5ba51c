import type { TFile } from "obsidian";
import { t } from "../../i18n";
import { SESSION_TYPE, typeOf } from "../../notes/schema/kinds";
import type { CodevHost } from "../host";
import { openStartSessionModal, presetAfter } from "../sessionCommands";
import { Chime } from "./chime";
import { registerSidebarCommands } from "./commands";
import { SessionController, type Openers, type SessionFrame } from "./controller";
import { openProjector, PROJECTOR_VIEW_TYPE, ProjectorView } from "./projector";
import { statusTextOf } from "./presenter";
import { CodevSidebarView, SIDEBAR_ICON, SIDEBAR_VIEW_TYPE } from "./view";

let current: SessionController | null = null;

/** The settings tab changed a sidebar setting: redraw the sidebar and the room display. */
export function notifySidebarSettingsChanged(): void {
	current?.notify();
}

async function openSidebar(host: CodevHost): Promise<void> {
	const { workspace } = host.app;
	let leaf = workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: SIDEBAR_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}

/** Step and remaining time while a session runs or is paused; a click opens the sidebar. */
function mountStatusBar(host: CodevHost, controller: SessionController, openers: Openers): HTMLElement {
	const item = host.addStatusBarItem();
	item.addClass("codev-status", "mod-clickable");
	host.registerDomEvent(item, "click", () => void openers.openSidebar());
	const update = (frame: () => SessionFrame) => {
		const text = statusTextOf(controller, frame);
		item.toggle(text !== "");
		if (item.textContent !== text) item.setText(text);
	};
	controller.subscribe((_kind, frame) => update(frame));
	update(() => controller.frame());
	return item;
}

function isSessionNote(controller: SessionController, file: TFile): boolean {
	return typeOf(controller.binding.frontmatter(file.path)) === SESSION_TYPE;
}

function registerVaultEvents(host: CodevHost, controller: SessionController): void {
	const { vault, metadataCache, workspace } = host.app;
	host.registerEvent(vault.on("rename", (file, oldPath) => void controller.onRename(file, oldPath)));
	host.registerEvent(vault.on("delete", (file) => void controller.onDelete(file)));
	host.registerEvent(
		metadataCache.on("changed", (file) => {
			const shownKey = controller.shown().key;
			if (file.path !== shownKey && !isSessionNote(controller, file)) return;
			controller.binding.invalidate(file.path);
			controller.notify();
		}),
	);
	host.registerEvent(workspace.on("file-open", (file) => controller.binding.onActiveFile(file)));
}

/** Registers the sidebar feature's views, commands and events on the plugin. */
export function registerSidebar(host: CodevHost): SessionController {
	const chime = new Chime();
	host.register(() => chime.close());
	const controller = new SessionController(host, chime);
	const openers: Openers = {
		openSidebar: () => openSidebar(host),
		openProjector: () => openProjector(host.app),
		openNextSession: (ended, created) => void openStartSessionModal(host, { ...presetAfter(host, ended), onCreated: created }),
	};
	controller.openers = openers;
	// Palette step commands target the running session, whatever note is active.
	host.liveSession = () => {
		const timer = controller.timer;
		return timer && timer.status !== "idle" ? controller.notePathOf(timer) : null;
	};
	host.registerView(SIDEBAR_VIEW_TYPE, (leaf) => new CodevSidebarView(leaf, controller));
	host.registerView(PROJECTOR_VIEW_TYPE, (leaf) => new ProjectorView(leaf, controller));
	host.addRibbonIcon(SIDEBAR_ICON, t("sidebar.ribbon"), () => void openers.openSidebar());
	mountStatusBar(host, controller, openers);
	registerSidebarCommands(host, controller, openers);
	registerVaultEvents(host, controller);
	controller.load();
	host.app.workspace.onLayoutReady(() => controller.binding.onActiveFile(host.app.workspace.getActiveFile()));
	current = controller;
	host.register(() => {
		controller.dispose();
		if (current === controller) current = null;
	});
	return controller;
}
