/**
 * Lenient readers for property values as people leave them: Obsidian's Properties panel makes a
 * date a date-time (`2026-01-13T09:30`), a list a single text, a link plain text. Every note kind
 * reads its properties through these, so a hand edit means the same to every feature. Pure.
 */
import { linkTarget, parseWikiLink, wikiLinksIn } from "../links";
import { nameKey } from "../names";
import { utcDay } from "../../codev/dates";

/** A list property: a list as is, one value as a list of one, nothing as []. */
export function asList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value as unknown[];
	return value === undefined || value === null || value === "" ? [] : [value];
}

/** A text property: trimmed text; a number as digits; a date as yyyy-MM-dd; else "". */
export function asText(value: unknown): string {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : utcDay(value);
	return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date property as yyyy-MM-dd: a date, a date-time (Properties' "Date & time"), or a Date from a YAML parser. */
export function asDate(value: unknown): string | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : utcDay(value);
	if (typeof value !== "string") return null;
	// The usual value is the date itself: kept as is, no copy (the index reads one per note).
	if (value.length === 10 && DAY.test(value)) return value;
	return /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2}|\s*$)/.exec(value)?.[1] ?? null;
}

/**
 * The link texts of a link property (or of a list of them), as Obsidian would resolve them: each
 * `[[link]]` (alias and heading dropped), and plain text taken as a note name. A list typed as one
 * text ("Alice, Bob" or "[[Alice]], [[Bob]]") gives each name.
 */
export function linkTexts(value: unknown): string[] {
	const out: string[] = [];
	for (const item of asList(value)) {
		if (typeof item !== "string") continue;
		const links = wikiLinksIn(item);
		const names = links.length > 0 ? links.map((link) => link.path) : item.split(/[,;\n]/).map((part) => part.trim());
		for (const name of names) if (name !== "" && !out.includes(name)) out.push(name);
	}
	return out;
}

/** The one link text of a single-link property (`client`, `group`…): `[[Alice|A.]]` → "Alice", plain "Alice" → "Alice". */
export function linkText(value: unknown): string {
	if (typeof value !== "string") return "";
	return parseWikiLink(value)?.path ?? wikiLinksIn(value)[0]?.path ?? value.trim();
}

/** True when a list property already holds a link to this note (by its name or its path). */
export function hasLinkTo(list: unknown, targetPath: string): boolean {
	if (!Array.isArray(list)) return false;
	const withoutExtension = targetPath.replace(/\.md$/i, "");
	const name = nameKey(withoutExtension.slice(withoutExtension.lastIndexOf("/") + 1));
	const path = nameKey(withoutExtension);
	return list.some((item) => {
		const target = nameKey(linkTarget(item));
		return target === name || target === path;
	});
}

/** Adds a link to a list property, keeping what is there (a non-list value is kept as the first item); false when it was there. */
export function appendLinkProperty(frontmatter: Record<string, unknown>, key: string, link: string, targetPath: string): boolean {
	const current = frontmatter[key];
	if (hasLinkTo(current, targetPath)) return false;
	const list = Array.isArray(current) ? [...(current as unknown[])] : current === undefined || current === null || current === "" ? [] : [current];
	list.push(link);
	frontmatter[key] = list;
	return true;
}

/** Link text → note path (Obsidian's resolution from the note that holds the link), or null when no note has that name. */
export type ResolveLink = (linkText: string) => string | null;

/** A note named in a property: the note it resolves to, else the text as written. */
export interface NoteRef {
	path: string | null;
	/** The link text ("Alice Martin", "People/Alice Martin"). */
	text: string;
	/** The link's alias (`[[Alice Martin|Alice]]`), when it has one. */
	alias?: string;
}

function aliasOf(value: string): string | null {
	return parseWikiLink(value)?.alias ?? wikiLinksIn(value)[0]?.alias ?? null;
}

/** The note a single-link property names (a list's first item), or null when the property is empty. */
export function ref(value: unknown, resolve: ResolveLink): NoteRef | null {
	const first = Array.isArray(value) ? (value as unknown[])[0] : value;
	const text = linkText(first);
	if (text === "" || typeof first !== "string") return null;
	const alias = aliasOf(first);
	return alias === null ? { path: resolve(text), text } : { path: resolve(text), text, alias };
}

/** The notes a list-of-links property names, each once. */
export function refs(value: unknown, resolve: ResolveLink): NoteRef[] {
	return linkTexts(value).map((text) => ({ path: resolve(text), text }));
}

/** For reading only the properties that hold no link (the index resolved the links already). */
export const noLinks: ResolveLink = () => null;
