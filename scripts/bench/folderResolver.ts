import type { LinkResolver } from "../../src/index/codevIndex";

/**
 * `resolve` with each link text resolved once per folder, for one full build only: the build is
 * one synchronous loop, so the vault cannot change under it, and Obsidian picks a link's note by
 * the source's folder (`./`, `../`, the same folder first), never by the source's own name; the
 * empty text, which names the source itself, is never asked (the records skip it). Make one per
 * build and drop it after: it is never kept across vault events. An experiment the plugin does not
 * use: against the bench's one-lookup resolver it costs more than it saves (BENCHMARKS.md).
 */
export function buildResolver(resolve: LinkResolver): LinkResolver {
	const byFolder = new Map<string, Map<string, string | null>>();
	let lastSource: string | undefined;
	let folder = new Map<string, string | null>();
	return (text, source) => {
		// Links come note by note: the folder is looked up once per note, not per link.
		if (source !== lastSource) {
			lastSource = source;
			const name = source.slice(0, Math.max(0, source.lastIndexOf("/")));
			const known = byFolder.get(name);
			if (known === undefined) byFolder.set(name, (folder = new Map<string, string | null>()));
			else folder = known;
		}
		let target = folder.get(text);
		if (target === undefined) folder.set(text, (target = resolve(text, source)));
		return target;
	};
}
