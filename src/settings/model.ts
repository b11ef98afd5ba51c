import { readCustomMethods } from "../codev/customMethods";
import type { Lang, MethodDef } from "../codev/types";
import type { LanguageSetting } from "../i18n";
import { migrateDatePlaceholders } from "../notes/datePattern";

/** Settings and plugin data. Pure: loaded and saved by the plugin, migrated here. */
export const DATA_VERSION = 2;
/** From version 2 on, date patterns take Moment letters (date-fns letters before). */
const MOMENT_PATTERNS_SINCE = 2;

export interface CodevSettings {
	language: LanguageSetting;
	groupsFolder: string;
	peopleFolder: string;
	sessionsFolder: string;
	templatesFolder: string;
	defaultDurationMinutes: number;
	defaultOpening: boolean;
	facilitator: string;
	/** Minutes fixed by hand per step id for the default length; the rest is rescaled. */
	stepMinutes: Record<string, number>;
	templatePath: string;
	/** Session note name: {{date:FORMAT}}, {{group}}, {{client}}, {{topic}}. */
	sessionNamePattern: string;
	methodId: string;
	/** Methods defined by the facilitator (validated on load; built-ins are never stored here). */
	customMethods: MethodDef[];
	/** Sidebar: a quiet chime a minute before and at the end of each step. */
	sidebarChime: boolean;
	/** Sidebar: what the room display (projector) shows: the time, a soft ring, or the step only. */
	roomDisplay: "time" | "ring" | "step";
	/** Where a contract, plan or sheet made during a session opens: beside the session, a tab, or not. */
	openBeside: "split" | "tab" | "none";
}

export interface PluginData {
	data_version: number;
	settings: CodevSettings;
	/** Owned by the timer: persisted on every transition. */
	timer?: unknown;
}

const FOLDERS: Record<Lang, Pick<CodevSettings, "groupsFolder" | "peopleFolder" | "sessionsFolder" | "templatesFolder">> = {
	fr: { groupsFolder: "Codev/Groupes", peopleFolder: "Codev/Personnes", sessionsFolder: "Codev/Séances", templatesFolder: "Codev/Modèles" },
	en: { groupsFolder: "Codev/Groups", peopleFolder: "Codev/People", sessionsFolder: "Codev/Sessions", templatesFolder: "Codev/Templates" },
};

/** Fresh defaults (never a shared object): folder names follow the language at first run. */
export function defaultSettings(lang: Lang): CodevSettings {
	return {
		language: "auto",
		...FOLDERS[lang],
		defaultDurationMinutes: 120,
		defaultOpening: true,
		facilitator: "",
		stepMinutes: {},
		templatePath: "",
		sessionNamePattern: "{{date:YYYY-MM-DD}} {{group}} – {{client}}",
		methodId: "classic",
		customMethods: [],
		sidebarChime: true,
		roomDisplay: "time",
		openBeside: "split",
	};
}

export interface LoadedData {
	data: PluginData;
	/** True when the stored data must be saved back (first run, migration, repair). */
	changed: boolean;
	/** Human-readable problems, each shown once in a Notice; the data is never dropped silently. */
	problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Copies only well-typed known fields over the defaults; reports the fields it had to reset. */
function mergeSettings(raw: Record<string, unknown>, defaults: CodevSettings, problems: string[]): CodevSettings {
	const merged: CodevSettings = { ...defaults, stepMinutes: {}, customMethods: [] };
	const target = merged as unknown as Record<string, unknown>;
	for (const [key, fallback] of Object.entries(defaults)) {
		if (!(key in raw)) continue;
		const value = raw[key];
		if (key === "stepMinutes") {
			if (isRecord(value)) {
				for (const [step, minutes] of Object.entries(value)) {
					if (typeof minutes === "number" && Number.isFinite(minutes) && minutes > 0) merged.stepMinutes[step] = Math.round(minutes);
				}
			} else problems.push(key);
		} else if (key === "customMethods") {
			// An invalid custom method is dropped and named ("customMethods[2]:steps-empty"), the others kept.
			const read = readCustomMethods(value);
			merged.customMethods = read.methods;
			for (const { index, error } of read.problems) problems.push(index < 0 ? key : `${key}[${index}]:${error.code}`);
		} else if (key === "language") {
			if (value === "auto" || value === "fr" || value === "en") merged.language = value;
			else problems.push(key);
		} else if (key === "roomDisplay") {
			if (value === "time" || value === "ring" || value === "step") merged.roomDisplay = value;
			else problems.push(key);
		} else if (key === "openBeside") {
			if (value === "split" || value === "tab" || value === "none") merged.openBeside = value;
			else problems.push(key);
		} else if (typeof value === typeof fallback && (typeof value !== "number" || Number.isFinite(value))) {
			target[key] = value;
		} else problems.push(key);
	}
	return merged;
}

/**
 * Versioned migration from whatever `loadData()` returned:
 * - null/undefined → defaults (first run);
 * - version 0 (a flat settings object, as early builds stored) → wrapped into version 1;
 * - corrupted or newer data → defaults, with a problem reported (a newer version is not
 *   overwritten: the caller must not save when `changed` is false).
 */
/** Settings saved before version 2 wrote date patterns in date-fns letters: `yyyy-MM-dd` → `YYYY-MM-DD`. */
function withMomentPatterns(stored: Record<string, unknown>): Record<string, unknown> {
	const pattern = stored.sessionNamePattern;
	return typeof pattern === "string" ? { ...stored, sessionNamePattern: migrateDatePlaceholders(pattern) } : stored;
}

export function migrateData(raw: unknown, lang: Lang): LoadedData {
	const defaults = defaultSettings(lang);
	if (raw === null || raw === undefined) return { data: { data_version: DATA_VERSION, settings: defaults }, changed: true, problems: [] };
	if (!isRecord(raw)) return { data: { data_version: DATA_VERSION, settings: defaults }, changed: true, problems: ["corrupted"] };
	const version = raw.data_version;
	if (typeof version === "number" && version > DATA_VERSION) {
		return { data: { data_version: DATA_VERSION, settings: defaults }, changed: false, problems: ["newer-version"] };
	}
	const problems: string[] = [];
	if (version === undefined) {
		const settings = mergeSettings(withMomentPatterns(raw), defaults, problems);
		return { data: { data_version: DATA_VERSION, settings }, changed: true, problems: problems.map((p) => `field:${p}`) };
	}
	const stored = isRecord(raw.settings) ? raw.settings : {};
	const old = typeof version !== "number" || version < MOMENT_PATTERNS_SINCE;
	const settings = mergeSettings(old ? withMomentPatterns(stored) : stored, defaults, problems);
	if (!isRecord(raw.settings)) problems.push("settings");
	return {
		data: { data_version: DATA_VERSION, settings, timer: raw.timer },
		changed: problems.length > 0 || old,
		problems: problems.map((p) => `field:${p}`),
	};
}
