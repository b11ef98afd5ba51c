import { TFile, type App } from "obsidian";
import { notice } from "./notice";

/** What this plugin uses of Templater, read defensively: its API is not typed or versioned. */
interface TemplaterPlugin {
	settings?: { trigger_on_file_creation?: boolean };
	templater?: { overwrite_file_commands?: (file: TFile) => Promise<void>; files_with_pending_templates?: Set<string> };
}

interface PluginRegistry {
	plugins?: { getPlugin?: (id: string) => unknown; enabledPlugins?: Set<string> };
}

const TEMPLATER_ID = "templater-obsidian";
/** Notes already handed over: a note is given to Templater once, whatever happens after. */
const handed = new Set<string>();

export type HandOff = "none" | "templater-runs-itself" | "handed" | "failed";

/** The template's own `<% … %>` commands; typed values were neutralised when the note was made. */
export function hasTemplaterCommands(templateText: string): boolean {
	return /<%[\s\S]*?%>/.test(templateText);
}

function enabledTemplater(app: App): TemplaterPlugin | null {
	const registry = (app as unknown as PluginRegistry).plugins;
	if (!registry?.enabledPlugins?.has(TEMPLATER_ID)) return null;
	const plugin = registry.getPlugin?.(TEMPLATER_ID);
	return typeof plugin === "object" && plugin !== null ? (plugin) : null;
}

/**
 * A session note made from a user template holding Templater commands is handed to Templater
 * once, as if the user had run « Replace templates in the active file ». Nothing happens when
 * Templater is off or missing; when its « Trigger on new file creation » is on, it runs by itself.
 */
export async function handOffToTemplater(app: App, path: string, templateText: string): Promise<HandOff> {
	if (!hasTemplaterCommands(templateText)) return "none";
	const templater = enabledTemplater(app);
	const run = templater?.templater?.overwrite_file_commands;
	if (!templater || typeof run !== "function") return "none";
	if (templater.settings?.trigger_on_file_creation === true || templater.templater?.files_with_pending_templates?.has(path)) return "templater-runs-itself";
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile) || handed.has(path)) return "none";
	handed.add(path);
	try {
		await run.call(templater.templater, file);
		return "handed";
	} catch (error) {
		notice("notice.templater-failed", { path, reason: error instanceof Error ? error.message : String(error) });
		return "failed";
	}
}
