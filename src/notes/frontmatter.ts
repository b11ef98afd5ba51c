import { fail, ok, type Result } from "../codev/types";
import type { ListItem, Properties } from "./properties";
import { DATE_KEYS } from "./schema/dateKeys";

export type { ListItem, PropertyValue, Properties } from "./properties";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Plain scalars YAML would read as something other than the same string ("a:" at the end of a
// line opens a nested mapping: the whole front matter would fail to parse).
const NEEDS_QUOTES = /^$|^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|:$|\s$|^(true|false|yes|no|on|off|null|~|y|n)$|^[-+]?(\d|\.\d)|[\n\r\t\\]|: |\s#/i;

// Characters YAML does not allow unescaped (C0/C1 controls, DEL, line/paragraph separators, BOM,
// non-characters). Lone surrogates are escaped by JSON.stringify itself. No lookbehind: older iOS
// WebKit refuses the whole bundle if one regex uses it.
const UNPRINTABLE_CHARS = "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff]";
const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS);
const UNPRINTABLE = new RegExp(UNPRINTABLE_CHARS, "g");

/** A YAML scalar for a string: plain when safe, else a JSON string (valid YAML double-quoted). */
export function yamlString(value: string, isDate = false): string {
	if (DATE_ONLY.test(value)) return isDate ? value : JSON.stringify(value);
	if (!NEEDS_QUOTES.test(value) && !value.includes("[[") && !HAS_UNPRINTABLE.test(value)) return value;
	// JSON escapes are valid YAML double-quoted escapes; YAML also wants these escaped.
	return JSON.stringify(value).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function yamlScalar(value: ListItem, isDate: boolean): string {
	if (value === null) return "";
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
	if (typeof value === "boolean") return value ? "true" : "false";
	return yamlString(value, isDate);
}

/** A list item as Obsidian writes it: numbers and booleans plain (a ratings list stays numbers), null as `null`. */
function listItem(item: ListItem, isDate: boolean): string {
	return item === null ? "null" : yamlScalar(item, isDate);
}

/**
 * Writes properties the way Obsidian itself does (block lists, links quoted, dates plain),
 * so the note reads the same with or without the plugin. Keys keep their order.
 */
export function renderFrontmatter(props: Properties): string {
	const lines = ["---"];
	for (const [key, value] of Object.entries(props)) {
		if (Array.isArray(value)) {
			if (value.length === 0) lines.push(`${key}: []`);
			else lines.push(`${key}:`, ...value.map((item) => `  - ${listItem(item, DATE_KEYS.has(key))}`));
		} else {
			const scalar = yamlScalar(value, DATE_KEYS.has(key));
			lines.push(scalar === "" ? `${key}:` : `${key}: ${scalar}`);
		}
	}
	lines.push("---", "");
	return lines.join("\n");
}

export interface ParsedNote {
	data: Record<string, unknown>;
	body: string;
	hasFrontmatter: boolean;
}

/** A YAML parser: Obsidian's `parseYaml` in the plugin, js-yaml (through gray-matter) in Node. */
export type YamlParser = (yaml: string) => unknown;

/** Offsets of the front matter: [start of YAML, end of YAML, start of body], or null when unclosed. */
function findFence(text: string): [number, number, number] | null {
	const firstBreak = text.indexOf("\n");
	if (firstBreak < 0) return null;
	let lineStart = firstBreak + 1;
	while (lineStart <= text.length) {
		const lineEnd = text.indexOf("\n", lineStart);
		const end = lineEnd < 0 ? text.length : lineEnd;
		const line = text.slice(lineStart, end).replace(/\r$/, "").trimEnd();
		if (line === "---" || line === "...") return [firstBreak + 1, lineStart, lineEnd < 0 ? text.length : lineEnd + 1];
		if (lineEnd < 0) return null;
		lineStart = lineEnd + 1;
	}
	return null;
}

/**
 * Splits and parses a note's YAML front matter. Any other front-matter language (`---js`…) is
 * refused: gray-matter would evaluate it with eval. The parser is injected so the plugin bundle
 * uses Obsidian's own and stays small.
 */
export function parseNote(text: string, parseYaml: YamlParser): Result<ParsedNote> {
	const opening = /^---([^\n]*)/.exec(text);
	if (!opening) return ok({ data: {}, body: text, hasFrontmatter: false });
	const language = (opening[1] ?? "").trim().toLowerCase();
	if (language !== "" && language !== "yaml" && language !== "yml") return fail("template-not-yaml", { language });
	const fence = findFence(text);
	if (!fence) return fail("template-frontmatter");
	let data: unknown;
	try {
		data = parseYaml(text.slice(fence[0], fence[1]));
	} catch {
		return fail("template-frontmatter");
	}
	if (data === null || data === undefined) data = {};
	if (typeof data !== "object" || Array.isArray(data)) return fail("template-frontmatter");
	return ok({ data: { ...(data as Record<string, unknown>) }, body: text.slice(fence[2]), hasFrontmatter: true });
}
