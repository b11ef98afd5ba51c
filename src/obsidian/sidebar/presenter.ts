/** Turns the controller's state into the models of the panel, the room display and the status bar. */
import { getUiLanguage, t } from "../../i18n";
import { formatClock } from "../../sidebar-ui/format";
import { buildPanelModel, buildRoomModel, stepNumberText, type PanelMessage, type PanelModel, type RoomModel } from "../../sidebar-ui/model";
import type { SessionController, SessionFrame } from "./controller";

function messagesOf(controller: SessionController, problems: ReturnType<SessionController["shown"]>["problems"]): PanelMessage[] {
	const stored = [...controller.messages.values()].map((m) => ({
		text: t(m.key, m.vars),
		kind: m.kind,
		action: m.action ? { label: t(m.action.key), action: m.action.action } : undefined,
	}));
	const invalid = problems.map((p) => ({ text: t(p.key, p.vars), kind: "warning" as const }));
	return [...stored, ...invalid];
}

function subtitleOf(controller: SessionController, live: boolean, status: string): string {
	if (!live) return t("sidebar.subtitle.ready");
	if (status === "running") return t("sidebar.subtitle.running");
	if (status === "paused") return t("sidebar.subtitle.paused");
	return t("sidebar.subtitle.finished");
}

export function panelModelOf(controller: SessionController, frame: SessionFrame = controller.frame()): PanelModel {
	const { shown, nowMs, snap } = frame;
	const active = shown.live && (shown.state.status === "running" || shown.state.status === "paused");
	return buildPanelModel({
		state: shown.state,
		steps: shown.steps,
		clients: shown.clients,
		lang: getUiLanguage(),
		t,
		nowMs,
		snap,
		title: controller.displayName(shown.key),
		titleIsLink: controller.notePathOf(shown.state) !== null || (!shown.live && controller.binding.frontmatter(shown.key) !== null),
		subtitle: subtitleOf(controller, shown.live, shown.state.status),
		role: controller.role,
		roomMode: controller.host.settings.roomDisplay,
		messages: messagesOf(controller, shown.problems),
		stepActions: controller.host.stepActions.map((a) => ({ value: a.commandId, label: a.label(), stepId: a.stepId })),
		canSaveNote: shown.live && controller.canSaveNote(),
		choices: active ? [] : controller.binding.choices(shown.key),
		chosen: shown.key,
	});
}

export function roomModelOf(controller: SessionController, frame: SessionFrame = controller.frame()): RoomModel {
	const { shown, nowMs, snap } = frame;
	return buildRoomModel({ state: shown.state, steps: shown.steps, lang: getUiLanguage(), t, nowMs, snap, roomMode: controller.host.settings.roomDisplay });
}

/** "2. Clarification · 08:12" while a session runs or is paused; empty otherwise. */
export function statusTextOf(controller: SessionController, frame: () => SessionFrame): string {
	if (!controller.isActive()) return "";
	// A running or paused timer is always the session shown (binding.ts).
	const { shown, snap } = frame();
	const state = shown.state;
	const name = shown.steps[snap.index]?.name[getUiLanguage()] ?? snap.stepId;
	const number = stepNumberText(shown.steps, snap.index);
	const paused = state.status === "paused";
	const clock = formatClock(snap.remainingSeconds);
	if (number === "") return t(paused ? "sidebar.status.break-paused" : "sidebar.status.break", { name, clock });
	return t(paused ? "sidebar.status.paused" : "sidebar.status.running", { number, name, clock });
}
