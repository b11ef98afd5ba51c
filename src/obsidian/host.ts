import type { App, Plugin } from "obsidian";
import type { Lang } from "../codev/types";
import type { CodevSettings, PluginData } from "../settings/model";

/** A button the sidebar shows at one step (e.g. "Create consultation contract" at step "contrat"). */
export interface StepAction {
	stepId: string;
	/** Command id (without the plugin prefix) that does the same, for the keyboard. */
	commandId: string;
	label: () => string;
	/** The session note the sidebar is bound to, if any. */
	run: (sessionPath: string | null) => void | Promise<void>;
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
	/** Filled by feature modules at load; read by the sidebar. */
	stepActions: StepAction[];
}
