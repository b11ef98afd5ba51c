import { TFile, type App } from "obsidian";

/** Opens a note the command just wrote, in the current tab. */
export async function openNote(app: App, path: string): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (file instanceof TFile) await app.workspace.getLeaf(false).openFile(file);
}
