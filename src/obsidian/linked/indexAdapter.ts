/**
 * Feeds the pure CodevIndex (src/index/codevIndex.ts) from Obsidian's metadata cache.
 * - Built once after `workspace.onLayoutReady` (a 20,000-note vault does not delay start-up);
 *   only notes whose `type` starts with "codev-" are kept.
 * - Then one note per metadataCache "changed", and vault "rename" / "delete" (folders included),
 *   all through `host.registerEvent`, so unloading the plugin unsubscribes.
 * Other features read it with `getCodevIndex(host)` (undefined before `startCodevIndex`), check
 * `isCodevIndexReady(host)`, and follow changes with `index.subscribe(listener)`.
 */
import { TFile, TFolder, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { CodevIndex, recordFromFrontmatter, type IndexRecord } from "../../index/codevIndex";
import type { CodevHost } from "../host";

const indexes = new WeakMap<object, CodevIndex>();
const ready = new WeakSet<object>();

export function getCodevIndex(host: object): CodevIndex | undefined {
	return indexes.get(host);
}

export function isCodevIndexReady(host: object): boolean {
	return ready.has(host);
}

function isCodevType(frontmatter: Record<string, unknown> | null | undefined): boolean {
	const type = frontmatter?.type;
	return typeof type === "string" && type.startsWith("codev-");
}

export function recordOf(app: Pick<App, "metadataCache">, path: string, cache: CachedMetadata | null): IndexRecord {
	const frontmatter: Record<string, unknown> | null = cache?.frontmatter ?? null;
	return recordFromFrontmatter(path, frontmatter, (text, source) => app.metadataCache.getFirstLinkpathDest(text, source)?.path ?? null);
}

/** Full build from the metadata cache (also usable as a rebuild). */
export function buildIndex(app: Pick<App, "vault" | "metadataCache">, index: CodevIndex): void {
	index.batch(() => {
		index.clear();
		for (const file of app.vault.getMarkdownFiles()) {
			const cache = app.metadataCache.getFileCache(file);
			if (isCodevType(cache?.frontmatter)) index.upsert(recordOf(app, file.path, cache));
		}
	});
}

function under(index: CodevIndex, folder: string): string[] {
	const prefix = `${folder}/`;
	return index
		.all()
		.map((note) => note.path)
		.filter((path) => path.startsWith(prefix));
}

export function startCodevIndex(host: CodevHost): CodevIndex {
	const existing = indexes.get(host);
	if (existing) return existing;
	const index = new CodevIndex();
	indexes.set(host, index);
	const { app } = host;

	host.registerEvent(
		app.metadataCache.on("changed", (file: TFile, _data: string, cache: CachedMetadata) => {
			if (!ready.has(host)) return; // the first build reads everything
			// Skip the many non-codev notes cheaply, unless one just stopped being a codev note.
			if (!isCodevType(cache?.frontmatter) && !index.get(file.path)) return;
			index.upsert(recordOf(app, file.path, cache));
		}),
	);
	host.registerEvent(
		app.vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			if (file instanceof TFolder) {
				for (const path of under(index, oldPath)) index.rename(path, file.path + path.slice(oldPath.length));
			} else index.rename(oldPath, file.path);
		}),
	);
	host.registerEvent(
		app.vault.on("delete", (file: TAbstractFile) => {
			if (file instanceof TFile) index.remove(file.path);
			else for (const path of under(index, file.path)) index.remove(path);
		}),
	);
	app.workspace.onLayoutReady(() => {
		buildIndex(app, index);
		ready.add(host);
	});
	return index;
}
