/**
 * What the sidebar writes into notes, always through processFrontMatter (the rest of the note
 * untouched): `status` at start and end, `step_<id>_actual` beside `step_<id>_planned`. And,
 * only when the facilitator asks, a new note for a session run on the sidebar alone.
 */
import { TFile, type App } from "obsidian";
import { actualMinutes, stepBudgetSeconds, type TimerState } from "../../codev/timer";
import { formatDuration } from "../../codev/timing";
import type { Lang, MethodDef } from "../../codev/types";
import { translator } from "../../i18n";
import { expandDatePlaceholder } from "../../notes/datePattern";
import { formatLocalDate } from "../../notes/dates";
import { freePath, sanitizeNoteName } from "../../notes/names";
import { defaultSessionTemplate, renderSessionNote } from "../../notes/sessionTemplate";
import type { Properties } from "../../notes/frontmatter";
import type { CodevSettings } from "../../settings/model";
import { VaultStore } from "../vaultStore";
import { markInProgress as markSessionInProgress, recordTimedRun } from "../../services/timedRun";
import { sessionProperties } from "../../notes/schema/session";

export function noteExists(app: App, path: string): boolean {
	return app.vault.getAbstractFileByPath(path) instanceof TFile;
}

export async function markInProgress(app: App, path: string): Promise<void> {
	await markSessionInProgress(new VaultStore(app), path);
}

export async function writeActuals(app: App, path: string, state: TimerState, nowMs: number): Promise<void> {
	await recordTimedRun(new VaultStore(app), path, state, nowMs);
}

export interface SaveRequest {
	app: App;
	settings: CodevSettings;
	lang: Lang;
	state: TimerState;
	method: MethodDef;
	nowMs: number;
	today: Date;
}

/** The note of a session run on the sidebar alone: no group, client or topic; minutes as run. */
function sidebarSessionProperties(req: SaveRequest, date: string): Properties {
	const { state, method, nowMs } = req;
	const finished = state.status === "finished";
	const planned = Object.fromEntries(state.steps.map((s) => [s.id, Math.round(s.plannedSeconds / 60)]));
	return sessionProperties({
		method: method.id,
		date,
		duration: Object.values(planned).reduce((a, b) => a + b, 0),
		opening: state.steps.some((s) => method.steps.find((m) => m.id === s.id)?.opening === true),
		facilitator: req.settings.facilitator.trim(),
		status: finished ? "done" : "in-progress",
		steps: state.steps.map((s) => s.id),
		listSteps: false,
		planned,
		...(finished ? { actual: actualMinutes(state, nowMs) } : {}),
		lang: req.lang,
	});
}

/** Creates the session note for a sidebar-only (or orphaned) session; never overwrites. Returns its path. */
export async function saveSessionAsNote(req: SaveRequest): Promise<string> {
	const store = new VaultStore(req.app);
	const t = translator(req.lang);
	const date = formatLocalDate(req.today, "yyyy-MM-dd", req.lang);
	const name = sanitizeNoteName(t("sidebar.note.title", { date }), "Codev");
	const path = freePath(req.settings.sessionsFolder, name, ".md", (p) => store.exists(p));
	const minutes = Object.fromEntries(req.state.steps.map((s) => [s.id, Math.round(stepBudgetSeconds(s) / 60)]));
	const total = Object.values(minutes).reduce((a, b) => a + b, 0);
	const values: Record<string, string> = {
		title: name, date, group: "", group_link: "", client: "", client_link: "", topic: "", attendees: "",
		duration: String(total), duration_text: formatDuration(total, req.lang), facilitator: req.settings.facilitator.trim(), method: req.method.name[req.lang],
	};
	const rendered = renderSessionNote(defaultSessionTemplate(req.method, req.lang), sidebarSessionProperties(req, date), {
		values, minutes, formatDate: (key) => expandDatePlaceholder(key, { date: req.today, time: req.today }, req.lang, new Set()), stepIds: req.state.steps.map((s) => s.id),
	}, store.parseYaml);
	if (!rendered.ok) throw new Error(rendered.error.code);
	await store.create(path, rendered.value.text);
	return path;
}
