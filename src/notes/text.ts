/** User text made safe for the place it goes in a note: one line, a quote, a paragraph, a table cell. Pure. */
import type { Lang } from "../codev/types";

/**
 * One line of user text: line breaks and tabs become a space, runs of spaces collapse, edges are
 * trimmed. Non-breaking and other Unicode spaces inside (French « … », « 10 h ») are text, not
 * layout: they are kept.
 */
export function oneLine(text: string): string {
	return inert(text.replace(/[\r\n\t]+/g, " ").replace(/ {2,}/g, " ").trim());
}

const ZWSP = "\u200B";

/**
 * Typed text that Templater (`<% … %>`, `<%* … %>`) or Dataview (`` `= …` ``, `` `$= …` ``, a
 * ```dataview fence) would run when the note is created or read: a zero-width space breaks the
 * opening so the text shows as typed and runs nothing; a half link is broken too
 * (`unpairedBrackets`). Idempotent.
 */
export function inert(text: string): string {
	return unpairedBrackets(text)
		.replace(/<%/g, `<${ZWSP}%`)
		.replace(/`(?=\$?=)/g, `\`${ZWSP}`)
		.replace(/^(\s*(?:`{3,}|~{3,})\s*)(dataview)/gimu, `$1${ZWSP}$2`);
}

/** A whole wiki-link or embed: Obsidian allows no bracket or line break inside one. */
const WHOLE_LINK = /\[\[[^[\]\n]+\]\]/g;

/**
 * A `[[` or `]]` without its other half in the same text is broken with a zero-width space: two
 * pieces of user text written side by side (a member's name, then what they said) must never
 * make a link that neither of them holds. Whole `[[links]]` stay links. Idempotent.
 */
export function unpairedBrackets(text: string): string {
	if (!text.includes("[[") && !text.includes("]]")) return text;
	let out = "";
	let from = 0;
	const loose = (part: string) => part.replace(/\[(?=\[)/g, `[${ZWSP}`).replace(/\](?=\])/g, `]${ZWSP}`);
	for (const match of text.matchAll(WHOLE_LINK)) {
		out += loose(text.slice(from, match.index)) + match[0];
		from = match.index + match[0].length;
	}
	return out + loose(text.slice(from));
}

/** French typography puts a non-breaking space before a colon; English none. */
export function colonFor(lang: Lang): string {
	return lang === "fr" ? "\u00a0:" : ":";
}

/** User text as a Markdown block quote, each line prefixed. */
export function quoted(text: string): string[] {
	return text
		.trim()
		.split(/\r?\n/)
		.map((line) => (line.trim() === "" ? ">" : `> ${inert(line.trimEnd())}`));
}

/** A user paragraph, with lines that could pass for our marker comments neutralised. */
export function paragraph(text: string): string[] {
	return text
		.trim()
		.split(/\r?\n/)
		.map((line) => inert(line.replace(/^(\s*)%%/, "$1\\%%").trimEnd()));
}

/** A Markdown table cell: one line, pipes escaped. */
export function tableCell(text: string): string {
	return oneLine(text).replace(/\|/g, "\\|");
}

export function markdownTable(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
	return [line(header.map(tableCell)), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
