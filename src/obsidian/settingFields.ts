/**
 * The settings tab described once, as data: Obsidian 1.13's declarative definitions and the
 * imperative tab kept for 1.10–1.12 are both built from `settingSections`, so both show the same
 * settings in the same order and refuse the same values with the same message.
 */
import { listMethods, methodOrClassic } from "../codev/customMethods";
import { stepsFor } from "../codev/methods";
import { formatDuration, MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, overridesForSteps, splitMinutes } from "../codev/timing";
import { fail, LANGS, ok, type Lang, type Localized, type MethodDef, type Result } from "../codev/types";
import { tError, translator, type MessageKey, type Translate } from "../i18n";
import { sanitizeFolderPath } from "../notes/names";
import type { CodevSettings } from "../settings/model";
import { ROOM_MODES } from "../sidebar-ui/model";
import { OPEN_BESIDE_CHOICES } from "./openBeside";

export type FieldValue = string | number | boolean;

/**
 * What must follow a saved change: the language redraws everything in the new language, the
 * method redraws the step table, the lengths refresh the split preview, the room display tells
 * the sidebar.
 */
export type FieldEffect = "none" | "redraw-language" | "redraw" | "split" | "sidebar";

interface FieldBase {
	/** The key given to `getControlValue`/`setControlValue`; a property of the settings, or `stepMinutes.<step id>`. */
	key: string;
	name: MessageKey | Localized;
	desc?: MessageKey | ((settings: CodevSettings, tr: Translate, lang: Lang) => string);
	/** Extra search terms, a comma-separated list in each language's catalog. */
	aliases: MessageKey;
	effect: FieldEffect;
	/** A class for the row in the imperative tab. */
	cls?: string;
	read(settings: CodevSettings): FieldValue;
	/** Checks a value typed, picked or toggled by the user; the error is shown and nothing is saved. */
	parse(raw: unknown, settings: CodevSettings): Result<FieldValue>;
	/** Stores a value `parse` accepted. */
	write(settings: CodevSettings, value: FieldValue): void;
}

export type SettingField = FieldBase &
	(
		| { kind: "text" | "folder" | "file"; placeholder?: MessageKey }
		| { kind: "number"; min: number; max: number }
		| { kind: "toggle" }
		| { kind: "dropdown"; options(settings: CodevSettings, tr: Translate, lang: Lang): Array<[value: string, label: string]> }
	);

/** A row of the tab: a setting, a line of explanation, the live split preview, or the custom methods' editors. */
export type SettingRow = { type: "field"; field: SettingField } | { type: "note"; name: MessageKey; desc: MessageKey; aliases: MessageKey } | { type: "split" } | { type: "methods" };

export interface SettingSection {
	heading: MessageKey;
	rows: SettingRow[];
}

type FolderKey = "groupsFolder" | "peopleFolder" | "sessionsFolder" | "templatesFolder";
type TextKey = "facilitator" | "templatePath";

const asText = (raw: unknown): Result<string> => (typeof raw === "string" ? ok(raw) : fail("setting-value"));

function folderField(key: FolderKey, name: MessageKey, desc?: MessageKey): SettingField {
	return {
		kind: "folder",
		key,
		name,
		desc,
		aliases: "settings.aliases.folder",
		effect: "none",
		read: (settings) => settings[key],
		parse: (raw) => {
			const text = asText(raw);
			return text.ok ? ok(sanitizeFolderPath(text.value, "")) : text;
		},
		write: (settings, value) => (settings[key] = String(value)),
	};
}

function trimmedField(key: TextKey, kind: "text" | "file", extra: Pick<FieldBase, "name" | "desc" | "aliases"> & { placeholder?: MessageKey }): SettingField {
	return {
		kind,
		key,
		...extra,
		effect: "none",
		read: (settings) => settings[key],
		parse: (raw) => {
			const text = asText(raw);
			return text.ok ? ok(text.value.trim()) : text;
		},
		write: (settings, value) => (settings[key] = String(value)),
	};
}

function toggleField(key: "defaultOpening" | "sidebarChime", extra: Pick<FieldBase, "name" | "desc" | "aliases" | "effect">): SettingField {
	return {
		kind: "toggle",
		key,
		...extra,
		read: (settings) => settings[key],
		parse: (raw) => (typeof raw === "boolean" ? ok(raw) : fail("setting-value")),
		write: (settings, value) => (settings[key] = value === true),
	};
}

type ChoiceKey = "language" | "roomDisplay" | "openBeside" | "methodId";

/** A dropdown whose stored value must be one of `values(settings)`. */
function choiceField(
	key: ChoiceKey,
	values: (settings: CodevSettings) => readonly string[],
	label: (value: string, tr: Translate, lang: Lang, settings: CodevSettings) => string,
	extra: Pick<FieldBase, "name" | "desc" | "aliases" | "effect">,
): SettingField {
	return {
		kind: "dropdown",
		key,
		...extra,
		options: (settings, tr, lang) => values(settings).map((value) => [value, label(value, tr, lang, settings)]),
		// A method deleted meanwhile reads as the first choice (the classic method), as sessions use it.
		read: (settings) => (values(settings).includes(settings[key]) ? settings[key] : (values(settings)[0] ?? "")),
		parse: (raw, settings) => (typeof raw === "string" && values(settings).includes(raw) ? ok(raw) : fail("setting-choice", { value: String(raw) })),
		// `parse` checked the value against the field's own list, which is the property's type.
		write: (settings, value) => ((settings as unknown as Record<ChoiceKey, string>)[key] = String(value)),
	};
}

/** A whole number of minutes between the bounds a session may last. */
export function parseDefaultMinutes(raw: unknown): Result<number> {
	const text = typeof raw === "string" ? raw.trim() : raw;
	const minutes = typeof text === "number" ? text : typeof text === "string" && text !== "" ? Number(text) : NaN;
	if (!Number.isInteger(minutes)) return fail("duration-not-a-number");
	if (minutes < MIN_SESSION_MINUTES) return fail("duration-too-short", { min: MIN_SESSION_MINUTES });
	if (minutes > MAX_SESSION_MINUTES) return fail("duration-too-long", { max: MAX_SESSION_MINUTES });
	return ok(minutes);
}

const durationField: SettingField = {
	kind: "number",
	key: "defaultDurationMinutes",
	name: "settings.default-duration",
	aliases: "settings.aliases.duration",
	effect: "split",
	min: MIN_SESSION_MINUTES,
	max: MAX_SESSION_MINUTES,
	read: (settings) => settings.defaultDurationMinutes,
	parse: (raw) => parseDefaultMinutes(raw),
	write: (settings, value) => (settings.defaultDurationMinutes = Number(value)),
};

const namePatternField: SettingField = {
	kind: "text",
	key: "sessionNamePattern",
	name: "settings.name-pattern",
	desc: "settings.name-pattern.desc",
	aliases: "settings.aliases.name-pattern",
	effect: "none",
	read: (settings) => settings.sessionNamePattern,
	parse: (raw) => {
		const text = asText(raw);
		if (!text.ok) return text;
		return text.value.trim() === "" ? fail("setting-name-pattern-empty") : text;
	},
	write: (settings, value) => (settings.sessionNamePattern = String(value)),
};

const STEP_KEY_PREFIX = "stepMinutes.";

/** One field per step of the default method: empty means "computed", otherwise whole minutes. */
function stepField(stepId: string, name: Localized): SettingField {
	return {
		kind: "text",
		key: `${STEP_KEY_PREFIX}${stepId}`,
		name,
		aliases: "settings.aliases.step-minutes",
		placeholder: "settings.step-minutes.placeholder",
		effect: "split",
		cls: "codev-step-minutes",
		read: (settings) => {
			const minutes = settings.stepMinutes[stepId];
			return minutes === undefined ? "" : String(minutes);
		},
		parse: (raw) => {
			const text = typeof raw === "number" ? String(raw) : raw;
			if (typeof text !== "string") return fail("setting-value");
			if (text.trim() === "") return ok("");
			const minutes = Number(text);
			return Number.isInteger(minutes) && minutes > 0 ? ok(minutes) : fail("setting-minutes-invalid");
		},
		write: (settings, value) => {
			if (value === "") delete settings.stepMinutes[stepId];
			else settings.stepMinutes[stepId] = Number(value);
		},
	};
}

function methodDesc(settings: CodevSettings, tr: Translate, lang: Lang): string {
	const current = listMethods(settings.customMethods).find((method) => method.id === settings.methodId);
	return [tr("methods.default.desc"), current?.description?.[lang] ?? "", current ? lengthsText(current, tr) : ""].filter((s) => s !== "").join(" ");
}

export function lengthsText(method: MethodDef, tr: Translate): string {
	return tr("methods.lengths", { min: method.minMinutes ?? MIN_SESSION_MINUTES, max: method.maxMinutes ?? MAX_SESSION_MINUTES });
}

const methodIds = (settings: CodevSettings): string[] => listMethods(settings.customMethods).map((method) => method.id);
const methodName = (id: string, _tr: Translate, lang: Lang, settings: CodevSettings): string => listMethods(settings.customMethods).find((m) => m.id === id)?.name[lang] ?? id;
const LANGUAGE_LABELS: Record<string, MessageKey> = { auto: "settings.language.auto", fr: "settings.language.fr", en: "settings.language.en" };
const ROOM_LABELS: Record<string, MessageKey> = { time: "sidebar.room.mode.time", ring: "sidebar.room.mode.ring", step: "sidebar.room.mode.step" };
const OPEN_LABELS: Record<string, MessageKey> = { split: "live.open.split", tab: "live.open.tab", none: "live.open.none" };
const labelFrom =
	(labels: Record<string, MessageKey>) =>
	(value: string, tr: Translate): string => {
		const key = labels[value];
		return key ? tr(key) : value;
	};

const field = (f: SettingField): SettingRow => ({ type: "field", field: f });

/** The whole tab, in order, for the current settings (the step table follows the default method). */
export function settingSections(settings: CodevSettings): SettingSection[] {
	const method = methodOrClassic(settings.methodId, settings.customMethods);
	return [
		{
			heading: "settings.heading.language",
			rows: [field(choiceField("language", () => ["auto", "fr", "en"], labelFrom(LANGUAGE_LABELS), { name: "settings.language", aliases: "settings.aliases.language", effect: "redraw-language" }))],
		},
		{
			heading: "settings.heading.folders",
			rows: [
				field(folderField("groupsFolder", "settings.groups-folder")),
				field(folderField("peopleFolder", "settings.people-folder")),
				field(folderField("sessionsFolder", "settings.sessions-folder")),
				field(folderField("templatesFolder", "settings.templates-folder", "settings.templates-folder.desc")),
			],
		},
		{
			heading: "settings.heading.sessions",
			rows: [
				field(durationField),
				field(toggleField("defaultOpening", { name: "settings.default-opening", aliases: "settings.aliases.opening", effect: "split" })),
				field(trimmedField("facilitator", "text", { name: "settings.facilitator", desc: "settings.facilitator.desc", aliases: "settings.aliases.facilitator" })),
				{ type: "note", name: "settings.step-minutes", desc: "settings.step-minutes.desc", aliases: "settings.aliases.step-minutes" },
				...method.steps.map((step) => field(stepField(step.id, step.name))),
				{ type: "split" },
			],
		},
		{
			heading: "settings.heading.template",
			rows: [
				field(trimmedField("templatePath", "file", { name: "settings.template-file", desc: "settings.template-file.desc", aliases: "settings.aliases.template-file", placeholder: "settings.template-file.placeholder" })),
				field(namePatternField),
			],
		},
		{
			heading: "methods.heading",
			rows: [field(choiceField("methodId", methodIds, methodName, { name: "methods.default", desc: methodDesc, aliases: "settings.aliases.method", effect: "redraw" })), { type: "methods" }],
		},
		{
			heading: "sidebar.settings.heading",
			rows: [
				field(toggleField("sidebarChime", { name: "sidebar.settings.chime", desc: "sidebar.settings.chime.desc", aliases: "settings.aliases.chime", effect: "none" })),
				field(choiceField("roomDisplay", () => ROOM_MODES, labelFrom(ROOM_LABELS), { name: "sidebar.settings.room", desc: "sidebar.settings.room.desc", aliases: "settings.aliases.room", effect: "sidebar" })),
				field(choiceField("openBeside", () => OPEN_BESIDE_CHOICES, labelFrom(OPEN_LABELS), { name: "live.settings.open-beside", desc: "live.settings.open-beside.desc", aliases: "settings.aliases.open-beside", effect: "none" })),
			],
		},
	];
}

/** Every field of the tab, for `getControlValue`/`setControlValue`. */
export function findField(settings: CodevSettings, key: string): SettingField | undefined {
	for (const section of settingSections(settings)) {
		for (const row of section.rows) if (row.type === "field" && row.field.key === key) return row.field;
	}
	return undefined;
}

export function fieldName(f: Pick<FieldBase, "name">, tr: Translate, lang: Lang): string {
	return typeof f.name === "string" ? tr(f.name) : f.name[lang];
}

export function fieldDesc(f: SettingField, settings: CodevSettings, tr: Translate, lang: Lang): string {
	if (f.desc === undefined) return "";
	return typeof f.desc === "string" ? tr(f.desc) : f.desc(settings, tr, lang);
}

/** The names of a row in both languages and its extra terms in both: search finds it either way. */
export function searchAliases(name: MessageKey | Localized, aliases: MessageKey): string[] {
	const terms = LANGS.flatMap((lang) => {
		const tr = translator(lang);
		return [fieldName({ name }, tr, lang), ...tr(aliases).split(",")];
	});
	return [...new Set(terms.map((term) => term.trim()).filter((term) => term !== ""))];
}

/** The split of the default length between the steps, or why it cannot be made. */
export function splitText(settings: CodevSettings, tr: Translate, lang: Lang): string {
	const method = methodOrClassic(settings.methodId, settings.customMethods);
	const steps = stepsFor(method, settings.defaultOpening);
	const split = splitMinutes(steps, settings.defaultDurationMinutes, overridesForSteps(steps, settings.stepMinutes), method);
	return split.ok
		? tr("settings.step-minutes.total", {
				total: formatDuration(settings.defaultDurationMinutes, lang),
				split: steps.map((s) => `${s.name[lang]} ${split.value[s.id] ?? 0}`).join(" · "),
			})
		: tError(split.error, tr);
}

/**
 * The one way a setting changes, from either path: checked, stored, then saved by `save` (the
 * plugin's own save, which keeps `data_version`, the custom methods and this device's timer).
 * Returns the message when the value was refused (nothing stored nor saved).
 */
export async function applyField(field: SettingField, raw: unknown, settings: CodevSettings, save: () => Promise<void>, tr: Translate): Promise<string | null> {
	const parsed = field.parse(raw, settings);
	if (!parsed.ok) return tError(parsed.error, tr);
	field.write(settings, parsed.value);
	await save();
	return null;
}
