/**
 * Wiki links read the way Obsidian reads them (`parseLinktext`): `[[path#heading|alias]]`,
 * `[[path#^block]]`, and `[[path\|alias]]` as written inside a Markdown table. Pure: the plugin
 * resolves the path with the metadata cache, scripts and tests with their own store.
 */

export interface WikiLink {
	/** The note part, without subpath or alias ("" for a link to a heading of the same note). */
	path: string;
	/** "#Heading" or "#^block", "" for none. */
	subpath: string;
	alias: string | null;
}

/** Obsidian's `parseLinktext`: the path is what comes before the first `#`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash < 0 ? { path: linktext.trim(), subpath: "" } : { path: linktext.slice(0, hash).trim(), subpath: linktext.slice(hash) };
}

/** Obsidian's `getLinkpath`: the path part alone, `parseLinktext(linktext).path` without the object (read once per link at start-up). */
export function linkpath(linktext: string): string {
	const hash = linktext.indexOf("#");
	return (hash < 0 ? linktext : linktext.slice(0, hash)).trim();
}

function parseInner(inner: string): WikiLink {
	const bar = inner.indexOf("|");
	// Inside a table the pipe is escaped: `[[Note\|alias]]`.
	const target = bar < 0 ? inner : inner.slice(0, bar).replace(/\\$/, "");
	return { ...parseLinktext(target), alias: bar < 0 ? null : inner.slice(bar + 1).trim() };
}

const WIKI_LINK = /!?\[\[([^\]]+)\]\]/g;

/** Every wiki link in a text, in order. */
export function wikiLinksIn(text: string): WikiLink[] {
	return [...text.matchAll(WIKI_LINK)].map((match) => parseInner(match[1] ?? ""));
}

/** The link when the whole value is one wiki link (a link property), else null. */
export function parseWikiLink(value: string): WikiLink | null {
	const match = /^\s*!?\[\[([^\]]+)\]\]\s*$/.exec(value);
	return match ? parseInner(match[1] ?? "") : null;
}

/** "[[Folder/Name#Part|Alias]]" → "Folder/Name"; other strings trimmed; non-strings "". */
export function linkTarget(value: unknown): string {
	if (typeof value !== "string") return "";
	return parseWikiLink(value)?.path ?? value.trim();
}

/** What a reader sees for a link: its alias, else the note's name. */
export function linkLabel(link: WikiLink): string {
	return link.alias ?? link.path.split("/").pop() ?? link.path;
}
