import type { App, Plugin } from "obsidian";
import type { Consultation } from "../codev/consultations";
import type { CodevIndex } from "../index/codevIndex";
import type { Lang } from "../codev/types";
import type { CodevSettings, PluginData } from "../settings/model";

/**
 * A button the sidebar shows at one step (e.g. "Create consultation contract" at step "contrat").
 * In a two-consultation session the same action shows at consultation B's step ("b_contrat"): the
 * sidebar maps the plan step id back with `describePlanStep` (codev/consultations.ts) and passes
 * the consultation.
 */
export interface StepAction {
	/** The method's step id (never prefixed). */
	stepId: string;
	/** Command id (without the plugin prefix) that does the same, for the keyboard. */
	commandId: string;
	label: () => string;
	/** The session note the sidebar is bound to, if any. */
	run: (sessionPath: string | null, consultation?: Consultation) => void | Promise<void>;
}

/**
 * What feature modules get from the plugin: the app, settings, persisted data and the
 * Component methods (addCommand, registerEvent, registerView, registerInterval…), so each
 * feature registers itself and main.ts stays lifecycle only.
 */
export interface CodevHost extends Plugin {
	app: App;
	settings: CodevSettings;
	data: PluginData;
	noteLanguage(): Lang;
	/** Injected clock (ms) for timers and "today". */
	now(): Date;
	/** Saves settings and feature data (`data`); a no-op when the stored data was unreadable. */
	saveSettings(): Promise<void>;
	/** The one index of codev notes, fed by src/obsidian/indexAdapter.ts; every feature queries it. */
	index: CodevIndex;
	/** Filled by feature modules at load; read by the sidebar. */
	stepActions: StepAction[];
	/** The note of the session whose timer has started and not been put away (set by the sidebar); null otherwise. */
	liveSession: () => string | null;
}
