import type { Lang } from "../codev/types";
import { en, type MessageKey } from "./en";
import { fr } from "./fr";

export type { MessageKey };
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
export type LanguageSetting = "auto" | Lang;

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** Replaces `{name}` markers; a marker with no value is left visible so a gap is noticed. */
export function interpolate(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator bound to one language: pure code takes it as a parameter. */
export function translator(lang: Lang): Translate {
	const catalog = catalogs[lang];
	return (key, vars) => interpolate(catalog[key] ?? en[key] ?? key, vars);
}

/** Obsidian's language code ("fr", "fr-CA", "en-GB"…) → one of ours; English otherwise. */
export function resolveLanguage(setting: LanguageSetting, obsidianLanguage: string): Lang {
	if (setting === "fr" || setting === "en") return setting;
	return obsidianLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
}

let current: Lang = "en";
let currentT: Translate = translator(current);

/** The UI language, set once at load and whenever the setting changes. */
export function setLanguage(lang: Lang): void {
	current = lang;
	currentT = translator(lang);
}

export function getUiLanguage(): Lang {
	return current;
}

/** UI translation in the current language. */
export const t: Translate = (key, vars) => currentT(key, vars);

/** Translates a core error code (see codev/types.ts CoreError). */
export function tError(error: { code: string; vars?: Vars }, tr: Translate = t): string {
	const key = `error.${error.code}`;
	return key in en ? tr(key as MessageKey, error.vars) : error.code;
}
