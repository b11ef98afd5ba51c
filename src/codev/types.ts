/** Shared vocabulary of the method core. Pure TypeScript: no Obsidian import here. */

export type Lang = "fr" | "en";
export const LANGS: readonly Lang[] = ["fr", "en"];

/** A text in both interface languages. French is the reference (METHOD.md). */
export interface Localized {
	fr: string;
	en: string;
}

export type Role = "client" | "consultants" | "facilitator";
export const ROLES: readonly Role[] = ["client", "consultants", "facilitator"];

/** One step of a consultation, as data so that method variants can be added. */
export interface StepDef {
	/** Stable identifier, ASCII, used in property keys (`step_<id>_planned`). */
	id: string;
	name: Localized;
	purpose: Localized;
	/** What each role does during the step. */
	guidance: Record<Role, Localized>;
	/** Short prompts written under the step's heading in the session note. */
	prompts: Localized[];
	/** Relative weight in the timing split (the default split for 120 minutes, in minutes). */
	weight: number;
	/** True for the optional opening step ("retour et choix du sujet"). */
	opening?: boolean;
	/**
	 * True for an optional closing round (the 4 A, the météo): held only when the facilitator
	 * asks for it, like the opening step (see `stepsFor`).
	 */
	closing?: boolean;
}

/** A method is an ordered list of steps. */
export interface MethodDef {
	id: string;
	name: Localized;
	steps: StepDef[];
	/** One or two sentences shown when choosing a method. */
	description?: Localized;
	/** Shortest session length this method allows (default MIN_SESSION_MINUTES, timing.ts). */
	minMinutes?: number;
	/** Longest session length this method allows (default MAX_SESSION_MINUTES, timing.ts). */
	maxMinutes?: number;
	/** Length offered first for this method (default: the settings' default length, held within the bounds). */
	defaultMinutes?: number;
}

/**
 * Errors as values: the pure core never throws on user input. `code` is an i18n key suffix
 * (the UI shows `t("error." + code, vars)`), so messages stay translatable outside the core.
 */
export interface CoreError {
	code: string;
	vars?: Record<string, string | number>;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: CoreError };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(code: string, vars?: Record<string, string | number>): Result<T> => ({ ok: false, error: { code, vars } });
