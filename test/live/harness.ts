/**
 * The real plugin (src/main.ts) in the mocked app, with a fake clock, a sidebar view and the UI
 * patches of test/tools/ui.ts: tests click the sidebar and the modals as a facilitator does.
 */
import type { App as AppOriginal, WorkspaceLeaf as LeafOriginal } from "obsidian";
import { App, Plugin as MockPlugin, parseYaml, TFile, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import CodevFacilitatorPlugin from "../../src/main";
import type { SessionController } from "../../src/obsidian/sidebar/controller";
import { CodevSidebarView, SIDEBAR_VIEW_TYPE } from "../../src/obsidian/sidebar/view";
import { fileAt, PLUGIN_MANIFEST } from "../tools/mockApp";
import { installUiPatches } from "../tools/ui";

export { fileAt, flush, frontmatterOf } from "../tools/mockApp";

export const MIN = 60_000;
/** Tuesday 10 March 2026, 14:00 in Paris. */
export const T0 = Date.UTC(2026, 2, 10, 13, 0, 0);

export const MEMBERS = ["Ana Lima", "Bruno Petit", "Chloé Roux", "David Leroy", "Emma Faure", "Farid Naït"];
export const GROUP_PATH = "Codev/Groupes/Horizon.md";

const person = (): string => `---\ntype: codev-person\ngroups:\n  - "[[Horizon]]"\npublish: false\n---\n`;

/** A group of six with a facilitator, a length, a calendar and a topic proposed by Chloé. */
export function horizonVault(extra: Record<string, string> = {}): Record<string, string> {
	const group = [
		"---",
		"type: codev-group",
		"members:",
		...MEMBERS.map((m) => `  - "[[${m}]]"`),
		"facilitator: Claire Dumas",
		"duration: 120",
		"method: classic",
		"calendar:",
		"  - 2026-02-10",
		"  - 2026-03-10",
		"  - 2026-04-14",
		"topics_backlog:",
		'  - "[[Chloé Roux]]: Annoncer une réorganisation"',
		"publish: false",
		"---",
		"# Horizon",
		"",
	].join("\n");
	return { [GROUP_PATH]: group, ...Object.fromEntries(MEMBERS.map((m) => [`Codev/Personnes/${m}.md`, person()])), ...extra };
}

/** Obsidian's `vault.create` rejects an existing path and takes a moment (the mock overwrites at once). */
function refuseCreatingOverExisting(app: AppOriginal): void {
	const create = app.vault.create.bind(app.vault);
	app.vault.create = async (path, data, options) => {
		await new Promise((r) => setTimeout(r, 0));
		if (app.vault.getAbstractFileByPath(path)) throw new Error(`File already exists: ${path}`);
		return create(path, data, options);
	};
}

/** Obsidian's metadata cache follows a rename; the mock's forgets the note: re-read it. */
function cacheFollowsRenames(app: AppOriginal): void {
	const rename = app.fileManager.renameFile.bind(app.fileManager);
	app.fileManager.renameFile = async (file, newPath) => {
		await rename(file, newPath);
		if (file instanceof TFile) await app.vault.modify(file, await app.vault.read(file));
	};
}

export interface Live {
	app: AppOriginal;
	plugin: CodevFacilitatorPlugin;
	view: CodevSidebarView;
	controller: SessionController;
	root: HTMLElement;
	clock: { ms: number };
}

export async function loadLive(files: Record<string, string> = horizonVault()): Promise<Live> {
	installUiPatches();
	const mockApp = App.createConfigured__({ files });
	const app = mockApp.asOriginalType__();
	refuseCreatingOverExisting(app);
	cacheFollowsRenames(app);
	const plugin = new CodevFacilitatorPlugin(app, PLUGIN_MANIFEST);
	const clock = { ms: T0 };
	plugin.now = () => new Date(clock.ms);
	// French folders and notes, as a French facilitator's first run.
	plugin.loadData = () => Promise.resolve({ data_version: 1, settings: { language: "fr", groupsFolder: "Codev/Groupes", peopleFolder: "Codev/Personnes", sessionsFolder: "Codev/Séances", templatesFolder: "Codev/Modèles" } });
	plugin.saveData = () => Promise.resolve();
	await plugin.onload();
	mockApp.workspace.setLayoutReady__();
	const create = MockPlugin.fromOriginalType2__(plugin).views__.get(SIDEBAR_VIEW_TYPE);
	if (!create) throw new Error("no sidebar view");
	const leaf = WorkspaceLeaf.create2__(mockApp).asOriginalType3__();
	const view = create(leaf) as CodevSidebarView;
	await view.onOpen();
	const controller = view["controller"];
	document.body.appendChild(view.contentEl);
	return { app, plugin, view, controller, root: view.contentEl, clock };
}

/** The properties as written in the file (the mock's cache does not follow a rename). */
export async function propertiesIn(app: AppOriginal, path: string): Promise<Record<string, unknown>> {
	const text = await read(app, path);
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	return match ? (parseYaml(match[1] ?? "") as Record<string, unknown>) : {};
}

export function read(app: AppOriginal, path: string): Promise<string> {
	return app.vault.read(fileAt(app, path));
}

/** What a leaf shows (the mock keeps it on the leaf; Obsidian on its view). */
export function fileShownIn(leaf: LeafOriginal): string | null {
	return WorkspaceLeaf.fromOriginalType3__(leaf).file__?.path ?? null;
}

/** Opens a note in the current tab and makes it the active note, as a click in the file list does. */
export async function openInCurrentTab(app: AppOriginal, path: string): Promise<LeafOriginal> {
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(fileAt(app, path));
	app.workspace.setActiveLeaf(leaf);
	app.workspace.trigger("file-open", fileAt(app, path));
	return leaf;
}

export function notesIn(app: AppOriginal, folder: string): string[] {
	return app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith(folder)).sort();
}

/** Runs a palette command by id, as the palette does (checkCallback, then the run). */
export function runCommand(plugin: CodevFacilitatorPlugin, id: string): void {
	const command = MockPlugin.fromOriginalType2__(plugin).commands__.get(id);
	if (!command) throw new Error(`no command ${id}`);
	if (command.checkCallback) command.checkCallback(false);
	else void command.callback?.();
}
