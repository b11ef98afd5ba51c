/**
 * Where notes made during a session open: beside the session note (a split, or a new tab), or
 * not at all. Never in the session note's own tab, so the facilitator never loses the session.
 */
import { FileView, TFile, type App, type WorkspaceLeaf } from "obsidian";

export type OpenBeside = "split" | "tab" | "none";
export const OPEN_BESIDE_CHOICES: readonly OpenBeside[] = ["split", "tab", "none"];

function fileOfLeaf(leaf: WorkspaceLeaf): TFile | null {
	const view = leaf.view;
	return view instanceof FileView ? view.file : null;
}

/** The main-area leaf already showing `path`, if any. */
export function leafShowing(app: App, path: string): WorkspaceLeaf | null {
	let found: WorkspaceLeaf | null = null;
	app.workspace.iterateRootLeaves((leaf) => {
		if (!found && fileOfLeaf(leaf)?.path === path) found = leaf;
	});
	return found;
}

/**
 * Opens `path` beside the session: a note already open is only revealed; otherwise a split next
 * to the session's tab (or a new tab). Returns the leaf, or null when nothing was opened.
 */
export async function openBeside(app: App, path: string, mode: OpenBeside, sessionPath: string | null): Promise<WorkspaceLeaf | null> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile) || mode === "none") return null;
	const open = leafShowing(app, path);
	if (open) {
		await app.workspace.revealLeaf(open);
		return open;
	}
	const sessionLeaf = sessionPath ? leafShowing(app, sessionPath) : null;
	const leaf = mode === "split" && sessionLeaf ? app.workspace.createLeafBySplit(sessionLeaf, "vertical") : app.workspace.getLeaf(mode);
	await leaf.openFile(file, { active: false });
	return leaf;
}

/** Opens the session note itself: revealed where it is open, else in the current tab. */
export async function openSessionNote(app: App, path: string): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	const open = leafShowing(app, path);
	if (open) await app.workspace.revealLeaf(open);
	else await app.workspace.getLeaf(false).openFile(file);
}
