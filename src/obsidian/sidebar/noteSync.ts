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
import { SCHEMA_VERSION, SESSION_TYPE } from "../../services/startSession";
import type { CodevSettings } from "../../settings/model";
import { VaultStore } from "../vaultStore";
import { recordTimedRun } from "../../services/timedRun";
export { placeActuals } from "../../services/timedRun";

export function noteExists(app: App, path: string): boolean {
	return app.vault.getAbstractFileByPath(path) instanceof TFile;
}

export async function markInProgress(app: App, path: string): Promise<void> {
	await new VaultStore(app).updateProperties(path, (fm) => {
		fm.status = "in-progress";
	});
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

function sessionProperties(req: SaveRequest, date: string): Properties {
	const { state, method, nowMs } = req;
	const actuals = actualMinutes(state, nowMs);
	const planned = Object.fromEntries(state.steps.map((s) => [s.id, Math.round(s.plannedSeconds / 60)]));
	const props: Properties = {
		type: SESSION_TYPE,
		codev_schema: SCHEMA_VERSION,
		method: method.id,
		date,
		duration: Object.values(planned).reduce((a, b) => a + b, 0),
		opening: state.steps.some((s) => method.steps.find((m) => m.id === s.id)?.opening === true),
		facilitator: req.settings.facilitator.trim(),
		status: state.status === "finished" ? "done" : "in-progress",
	};
	for (const step of state.steps) {
		props[`step_${step.id}_planned`] = planned[step.id] ?? 0;
		if (state.status === "finished") props[`step_${step.id}_actual`] = actuals[step.id] ?? 0;
	}
	return { ...props, lang: req.lang, publish: false };
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
	const rendered = renderSessionNote(defaultSessionTemplate(req.method, req.lang), sessionProperties(req, date), {
		values, minutes, formatDate: (key) => expandDatePlaceholder(key, { date: req.today, time: req.today }, req.lang, new Set()), stepIds: req.state.steps.map((s) => s.id),
	}, store.parseYaml);
	if (!rendered.ok) throw new Error(rendered.error.code);
	await store.create(path, rendered.value.text);
	return path;
}
