/**
 * Feeds the plugin's CodevIndex (src/index/codevIndex.ts, `host.index`) from Obsidian's metadata cache.
 * - Built once after `workspace.onLayoutReady` (a 20,000-note vault does not delay start-up);
 *   only notes whose `type` starts with "codev-" are kept.
 * - Then one note per metadataCache "changed", and vault "rename" / "delete" (folders included),
 *   all through `host.registerEvent`, so unloading the plugin unsubscribes.
 * - A note arriving late through sync (a session after its contract) resolves the links that named
 *   it at once; a sync conflict copy is never indexed, and the facilitator is told once per copy.
 * Features read `host.index` (`index.ready` once built) and follow changes with `index.subscribe`.
 */
import { TFile, TFolder, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { CodevIndex, recordFromFrontmatter, recordFromLinks, type IndexRecord, type LinkResolver } from "../index/codevIndex";
import { conflictOriginal } from "../notes/conflicts";
import { isCodevType, typeOf } from "../notes/schema/kinds";
import { basenameOf } from "../services/noteStore";
import type { CodevHost } from "./host";
import { notice } from "./notice";

/** The index once built (features fall back to a one-off read of the vault before that). */
export function readyIndex(host: Pick<CodevHost, "index">): CodevIndex | undefined {
	return host.index.ready ? host.index : undefined;
}

function resolverOf(app: Pick<App, "metadataCache">): LinkResolver {
	return (text, source) => app.metadataCache.getFirstLinkpathDest(text, source)?.path ?? null;
}

export function recordOf(app: Pick<App, "metadataCache">, path: string, cache: CachedMetadata | null, resolve = resolverOf(app)): IndexRecord {
	const frontmatter: Record<string, unknown> | null = cache?.frontmatter ?? null;
	// Obsidian lists the links it parsed in the properties; a cache without that list is read value by value.
	const links = cache?.frontmatterLinks;
	return links ? recordFromLinks(path, frontmatter, links, resolve) : recordFromFrontmatter(path, frontmatter, resolve);
}

/** Full build from the metadata cache (also usable as a rebuild). */
export function buildIndex(app: Pick<App, "vault" | "metadataCache">, index: CodevIndex): void {
	// Each link resolved as it comes: resolving once per folder (scripts/bench/folderResolver.ts) cost more than it saved
	// against the bench's one-lookup resolver (BENCHMARKS.md, 2026-12-02); worth trying again once
	// getFirstLinkpathDest is profiled in Obsidian itself.
	const resolve = resolverOf(app);
	index.batch(() => {
		index.clear();
		for (const file of app.vault.getMarkdownFiles()) {
			const cache = app.metadataCache.getFileCache(file);
			if (!isCodevType(typeOf(cache?.frontmatter))) continue;
			// The links Obsidian parsed go straight into the index (no record made per note).
			const links = cache?.frontmatterLinks;
			if (links) index.upsertFromLinks(file.path, cache?.frontmatter ?? null, links, resolve);
			else index.upsert(recordOf(app, file.path, cache, resolve));
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

/** Reads again the notes whose links named this path before it existed. */
function resolveWaiting(app: Pick<App, "vault" | "metadataCache">, index: CodevIndex, path: string): void {
	for (const source of index.waitingOn(path)) {
		const file = app.vault.getAbstractFileByPath(source);
		if (file instanceof TFile) index.upsert(recordOf(app, source, app.metadataCache.getFileCache(file)));
	}
}

export function startCodevIndex(host: CodevHost): CodevIndex {
	const { app, index } = host;
	const announced = new Set<string>();
	const announce = (): void => {
		for (const path of index.conflictCopies()) {
			if (announced.has(path)) continue;
			announced.add(path);
			notice("notice.conflict-copy", { name: basenameOf(path), original: conflictOriginal(path) }, 10000);
		}
	};

	host.registerEvent(
		app.metadataCache.on("changed", (file: TFile, _data: string, cache: CachedMetadata) => {
			if (!index.ready) return; // the first build reads everything
			// Skip the many non-codev notes cheaply, unless one just stopped being a codev note.
			const known = index.get(file.path) !== undefined;
			if (!isCodevType(typeOf(cache?.frontmatter)) && !known) return;
			index.upsert(recordOf(app, file.path, cache));
			if (!known) resolveWaiting(app, index, file.path);
			announce();
		}),
	);
	host.registerEvent(
		app.vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			if (file instanceof TFolder) {
				for (const path of under(index, oldPath)) index.rename(path, file.path + path.slice(oldPath.length));
			} else {
				index.rename(oldPath, file.path);
				resolveWaiting(app, index, file.path);
			}
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
		index.ready = true;
		announce();
	});
	return index;
}
