/** Palette commands of the sidebar: every panel action, no default hotkeys (bind them in Obsidian). */
import type { TimerEvent } from "../../codev/timer";
import { t, type MessageKey } from "../../i18n";
import { SESSION_TYPE, typeOf } from "../../notes/schema/kinds";
import type { CodevHost } from "../host";
import { SessionController, type Openers } from "./controller";

type Availability = "always" | "startable" | "active" | "saveable";

interface CommandSpec {
	id: string;
	name: MessageKey;
	when: Availability;
	run: () => unknown;
}

function isAvailable(controller: SessionController, when: Availability): boolean {
	const status = controller.timer?.status;
	const active = status === "running" || status === "paused";
	if (when === "active") return active;
	if (when === "saveable") return controller.canSaveNote();
	if (when === "startable") return !active || status === "paused" || activeSessionNote(controller) !== null;
	return true;
}

/** The active note, when it is a session note other than the running one. */
function activeSessionNote(controller: SessionController): string | null {
	const file = controller.host.app.workspace.getActiveFile();
	if (!file || file.path === controller.timer?.sessionKey) return null;
	return typeOf(controller.binding.frontmatter(file.path)) === SESSION_TYPE ? file.path : null;
}

/** Start: resumes a paused session, or starts the active session note (asking if another runs), or the shown one. */
async function startCommand(controller: SessionController): Promise<void> {
	const other = activeSessionNote(controller);
	if (other) return controller.start(SessionController.planFor(controller.host, other, controller.binding.frontmatter(other)));
	if (controller.timer?.status === "paused") return controller.dispatch({ type: "resume" });
	return controller.start();
}

export function registerSidebarCommands(host: CodevHost, controller: SessionController, openers: Openers): void {
	const timer = (event: TimerEvent) => () => controller.dispatch(event);
	const specs: CommandSpec[] = [
		{ id: "sidebar-open", name: "sidebar.command.open", when: "always", run: () => openers.openSidebar() },
		{ id: "timer-start", name: "sidebar.command.start", when: "startable", run: () => startCommand(controller) },
		{ id: "timer-pause-resume", name: "sidebar.command.pause-resume", when: "active", run: () => controller.perform("togglePause") },
		{ id: "timer-next-step", name: "sidebar.command.next", when: "active", run: timer({ type: "next" }) },
		{ id: "timer-previous-step", name: "sidebar.command.previous", when: "active", run: timer({ type: "previous" }) },
		{ id: "timer-add-1-minute", name: "sidebar.command.add-one", when: "active", run: timer({ type: "addTime", seconds: 60 }) },
		{ id: "timer-add-5-minutes", name: "sidebar.command.add-five", when: "active", run: timer({ type: "addTime", seconds: 300 }) },
		{ id: "timer-reset-step", name: "sidebar.command.reset", when: "active", run: timer({ type: "resetStep" }) },
		{ id: "timer-take-from-later", name: "sidebar.command.bank", when: "active", run: timer({ type: "takeFromLater" }) },
		{ id: "projector-open", name: "sidebar.command.projector", when: "always", run: () => openers.openProjector() },
		{ id: "session-save-as-note", name: "sidebar.command.save-note", when: "saveable", run: () => controller.saveAsNote() },
	];
	for (const spec of specs) {
		host.addCommand({
			id: spec.id,
			name: t(spec.name),
			checkCallback: (checking) => {
				if (!isAvailable(controller, spec.when)) return false;
				if (!checking) void spec.run();
				return true;
			},
		});
	}
}
