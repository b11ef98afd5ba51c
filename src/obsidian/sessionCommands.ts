import { normalizePath, Notice, TFile, type App } from "obsidian";
import { listMethods, methodOrClassic } from "../codev/customMethods";
import type { Lang, MethodDef } from "../codev/types";
import { t, tError, translator } from "../i18n";
import { toIsoDate } from "../codev/dates";
import { freePath, sanitizeNoteName } from "../notes/names";
import { defaultSessionTemplate } from "../notes/sessionTemplate";
import { readGroup, suggestNextClientForGroup } from "../services/cycle";
import { basenameOf } from "../services/noteStore";
import { groupOfSession } from "../services/cycle/sessionRecords";
import { ownDuration } from "../notes/schema/group";
import { formToRequest, groupMethodId, initialFormState, type SessionFormState } from "../services/sessionForm";
import { startSession, type StartedSession, type UserTemplate } from "../services/startSession";
import type { CodevSettings } from "../settings/model";
import { addTaskCommands } from "./commands";
import type { CodevHost } from "./host";
import { StartSessionModal, type GroupDefaults } from "./startSessionModal";
import { storeOf, VaultStore } from "./vaultStore";
import { handOffToTemplater } from "./templaterHandoff";
import { openNote } from "./around/open";
import { notice } from "./notice";

export interface SessionCommandHost {
	app: App;
	settings: CodevSettings;
	/** The language of new notes (settings override, else Obsidian's). */
	noteLanguage(): Lang;
	/** Injected clock, so tests choose "today". */
	now(): Date;
}

async function readUserTemplate(app: App, path: string): Promise<UserTemplate | undefined> {
	if (path.trim() === "") return undefined;
	const normalized = normalizePath(path.trim().endsWith(".md") ? path.trim() : `${path.trim()}.md`);
	const file = app.vault.getAbstractFileByPath(normalized);
	if (!(file instanceof TFile)) return { path: normalized, missing: true };
	return { path: normalized, text: await app.vault.read(file) };
}

function reportStarted(result: StartedSession): void {
	if (result.templateProblem) {
		notice("notice.template-fallback", { path: result.templateProblem.path, reason: tError(result.templateProblem.error) }, 10000);
	}
	if (result.refusedDatePatterns.length > 0) {
		notice("notice.date-pattern-refused", { patterns: result.refusedDatePatterns.join(", ") }, 10000);
	}
	if (result.unknownPlaceholders.length > 0) {
		notice("notice.template-unknown-placeholders", { path: "", names: result.unknownPlaceholders.map((n) => `{{${n}}}`).join(", ") });
	}
	const others = result.created.filter((path) => path !== result.sessionPath).map(basenameOf);
	const message = [t("notice.session-created", { name: basenameOf(result.sessionPath) })];
	if (others.length > 0) message.push(t("notice.created-also", { names: others.join(", ") }));
	new Notice(message.join("\n"));
}

/** The minutes fixed in the settings belong to the settings' method: another method gets its own split. */
function overridesFor(settings: CodevSettings, method: MethodDef): Record<string, number> | undefined {
	return method.id === settings.methodId ? settings.stepMinutes : undefined;
}

/** The group's default method: its `method` property when known, else the settings' method. */
export function defaultMethodIdForGroup(host: SessionCommandHost, groupPath: string): string {
	const { app, settings } = host;
	const file = groupPath ? app.vault.getAbstractFileByPath(groupPath) : null;
	const fm = file instanceof TFile ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
	return groupMethodId(fm, settings.methodId, settings.customMethods);
}

/** Creates the notes for a filled form; false (and a Notice) when the input is refused. */
export async function createSessionFromForm(host: SessionCommandHost, state: SessionFormState): Promise<StartedSession | null> {
	const { app, settings } = host;
	const method = methodOrClassic(state.methodId || defaultMethodIdForGroup(host, state.groupPath), settings.customMethods);
	const template = await readUserTemplate(app, settings.templatePath);
	try {
		const result = await startSession(new VaultStore(app), { ...formToRequest(state, method, overridesFor(settings, method)), createdAt: host.now() }, settings, host.noteLanguage(), template);
		if (!result.ok) {
			notice("notice.invalid-input", { reason: tError(result.error) });
			return null;
		}
		reportStarted(result.value);
		// Only the user's own template goes to Templater, never the built-in one used as fallback.
		if (template && "text" in template && !result.value.templateProblem) await handOffToTemplater(app, result.value.sessionPath, template.text);
		await openNote(app, result.value.sessionPath);
		return result.value;
	} catch (error) {
		notice("notice.write-failed", { path: settings.sessionsFolder, reason: error instanceof Error ? error.message : String(error) });
		return null;
	}
}

/** The group's own facilitator and length (its note's properties), where it has them. */
export function groupDefaultsFor(host: SessionCommandHost, groupPath: string): GroupDefaults {
	const group = groupPath ? readGroup(storeOf(host), groupPath) : null;
	const fm = groupPath ? storeOf(host).frontmatter(groupPath) : null;
	const duration = fm ? ownDuration(fm) : null;
	return { facilitator: group?.facilitator.trim() || host.settings.facilitator.trim(), duration };
}

/** What « New session » passes: the group of the ended session and its next date. */
export interface StartPreset {
	groupPath?: string;
	date?: string;
	/** Told the new session note's path once it is created. */
	onCreated?: (path: string) => void;
}

/** The preset for the session after `endedPath`: same group, its next calendar date after today. */
export function presetAfter(host: SessionCommandHost, endedPath: string | null): StartPreset {
	const store = storeOf(host);
	const groupPath = endedPath ? groupOfSession(store, endedPath) : null;
	if (!groupPath) return {};
	const today = toIsoDate(host.now());
	const next = readGroup(store, groupPath)?.calendar.filter((date) => date > today).sort()[0];
	return { groupPath, ...(next ? { date: next } : {}) };
}

export function openStartSessionModal(host: SessionCommandHost, preset: StartPreset = {}): StartSessionModal {
	const { settings } = host;
	const state = initialFormState(preset.date ?? toIsoDate(host.now()), settings.defaultDurationMinutes, settings.defaultOpening, settings.facilitator);
	if (preset.groupPath) state.groupPath = preset.groupPath;
	const modal = new StartSessionModal(host.app, state, {
		groupDefaults: (groupPath) => groupDefaultsFor(host, groupPath),
		methods: listMethods(settings.customMethods),
		defaultMethodId: (groupPath) => defaultMethodIdForGroup(host, groupPath),
		overridesFor: (method) => overridesFor(settings, method),
		defaultDuration: settings.defaultDurationMinutes,
		suggestClient: (groupPath, absent) => suggestNextClientForGroup(storeOf(host), groupPath, state.date, absent)?.id ?? null,
		onSubmit: async (filled) => {
			const started = await createSessionFromForm(host, filled);
			if (started) preset.onCreated?.(started.sessionPath);
			return started !== null;
		},
	});
	modal.open();
	return modal;
}

/** The core Templates plugin's folder, read from its config file; "" when unset or unreadable. */
async function coreTemplatesFolder(app: App): Promise<string> {
	try {
		const raw: unknown = JSON.parse(await app.vault.adapter.read(normalizePath(`${app.vault.configDir}/templates.json`)));
		const folder = typeof raw === "object" && raw !== null ? (raw as { folder?: unknown }).folder : undefined;
		return typeof folder === "string" ? folder.trim() : "";
	} catch {
		return "";
	}
}

/** Writes the built-in template as an editable note; never overwrites one already there. */
export async function insertSessionTemplate(host: SessionCommandHost): Promise<string | null> {
	const { app, settings } = host;
	const lang = host.noteLanguage();
	const folder = (await coreTemplatesFolder(app)) || settings.templatesFolder;
	const name = sanitizeNoteName(translator(lang)("names.template.session"), "Codev");
	const store = new VaultStore(app);
	const path = freePath(folder, name, ".md", (p) => store.exists(p));
	try {
		await store.create(path, defaultSessionTemplate(methodOrClassic(settings.methodId, settings.customMethods), lang));
	} catch (error) {
		notice("notice.write-failed", { path, reason: error instanceof Error ? error.message : String(error) });
		return null;
	}
	notice("notice.template-inserted", { path });
	return path;
}

/** Start codev session and Insert codev session template. */
export function registerSessionCommands(host: CodevHost): void {
	addTaskCommands(host, [
		{
			id: "start-session",
			name: "command.start-session",
			run: () => {
				openStartSessionModal(host);
			},
		},
		{
			id: "insert-session-template",
			name: "command.insert-template",
			run: async () => {
				await insertSessionTemplate(host);
			},
		},
	]);
}
