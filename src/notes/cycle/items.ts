/**
 * Text items the cycle feature keeps in list properties (Obsidian has no map type, and Bases
 * and Dataview read list properties). Formats, identical in every language:
 *   ratings:        "[[Person]] fond:4 forme:5"   (a dash when not given: "fond:-")
 *   learnings:      "[[Person]]: what they take away"
 *   topics_backlog: "[[Person]]: topic"  or just "topic"
 * Numbers a query needs are also written as plain typed properties (rating_fond, rating_forme).
 */

import { oneLine } from "../text";

const LINK = /^\s*(\[\[[^\]]+\]\])/;

export function ratingItem(link: string, fond: number | null, forme: number | null): string {
	return `${link} fond:${fond ?? "-"} forme:${forme ?? "-"}`;
}

export function parseRatingItem(item: unknown): { link: string; fond: number | null; forme: number | null } | null {
	if (typeof item !== "string") return null;
	const match = /^\s*(\[\[[^\]]+\]\])\s+fond:([1-5]|-)\s+forme:([1-5]|-)\s*$/.exec(item);
	if (!match) return null;
	const num = (s: string | undefined) => (s && s !== "-" ? Number(s) : null);
	return { link: match[1] ?? "", fond: num(match[2]), forme: num(match[3]) };
}

export function attributedItem(link: string | null, text: string): string {
	return link ? `${link}: ${oneLine(text)}` : oneLine(text);
}

export function parseAttributedItem(item: unknown): { link: string | null; text: string } | null {
	if (typeof item !== "string") return null;
	const match = LINK.exec(item);
	if (!match) return { link: null, text: item.trim() };
	const rest = item.slice(match[0].length).replace(/^\s*:\s*/, "");
	return { link: match[1] ?? null, text: rest.trim() };
}
