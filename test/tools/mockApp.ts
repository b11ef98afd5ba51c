/** The mocked Obsidian app in tests: settling pending work, finding a file, reading its cached properties, loading the real plugin. */
import type { App as AppOriginal, TFile as TFileOriginal } from "obsidian";
import { App, TFile } from "obsidian-test-mocks/obsidian";
import CodevFacilitatorPlugin from "../../src/main";

/** Lets queued promises and zero-delay timers run (`rounds` macrotask turns). */
export async function flush(rounds = 10): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function fileAt(app: AppOriginal, path: string): TFileOriginal {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file ${path}: ${app.vault.getFiles().map((f) => f.path).join(", ")}`);
	return file;
}

/** The properties the metadata cache holds for a note ({} when none). */
export function frontmatterOf(app: AppOriginal, path: string): Record<string, unknown> {
	return app.metadataCache.getFileCache(fileAt(app, path))?.frontmatter ?? {};
}

export const PLUGIN_MANIFEST = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.8.7", description: "", author: "" };

/** The real plugin loaded in a mocked app holding `files`, its clock at Tuesday 13 January 2026, 9:00. */
export async function loadPlugin(files: Record<string, string> = {}): Promise<{ app: AppOriginal; plugin: CodevFacilitatorPlugin }> {
	const app = App.createConfigured__({ files }).asOriginalType__();
	const plugin = new CodevFacilitatorPlugin(app, PLUGIN_MANIFEST);
	await plugin.onload();
	plugin.now = () => new Date(2026, 0, 13, 9, 0);
	return { app, plugin };
}
