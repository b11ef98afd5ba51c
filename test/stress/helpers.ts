/**
 * Shared oracles for the stress tests: what a valid generated path is on every platform the
 * plugin runs on, what "the user's text was preserved" means (stores and session requests are
 * in test/tools). Independent of src/notes/names.ts on purpose: the tests must not reuse the code
 * they check.
 */
import { expect } from "vitest";
import { parseNote } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import type { MemoryStore } from "../../src/services/memoryStore";
import { oneLine } from "../../src/notes/text";

// ------------------------------------------------------------------ valid paths

// Windows forbids < > : " / \ | ? * and controls; Obsidian links break on # ^ [ ] |; % breaks URLs.
const BAD_CHAR = /[<>:"/\\|?*#^[\]%\p{Cc}]/u;
const LONE_SURROGATE = /\p{Cs}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
/** Most file systems (ext4, APFS, NTFS, FAT on Android SD cards) cap a name at 255 bytes or units. */
const MAX_SEGMENT_BYTES = 255;

/** Why a vault path would fail somewhere (Windows, macOS, Linux, Android, iOS), or null. */
export function pathProblem(path: string): string | null {
	if (path.normalize("NFC") !== path) return "not NFC (macOS would store another name)";
	if (path.startsWith("/") || path.endsWith("/")) return "leading or trailing slash";
	for (const segment of path.split("/")) {
		if (segment === "") return "empty segment";
		if (segment === "." || segment === "..") return "dot segment";
		if (segment.startsWith(".")) return `hidden segment ${JSON.stringify(segment)} (Obsidian ignores dot files)`;
		if (BAD_CHAR.test(segment)) return `forbidden character in ${JSON.stringify(segment)}`;
		if (LONE_SURROGATE.test(segment)) return "lone surrogate";
		if (BIDI_CONTROL.test(segment)) return "bidi control character";
		if (/[ .]$/.test(segment)) return `trailing dot or space in ${JSON.stringify(segment)}`;
		if (/^ /.test(segment)) return `leading space in ${JSON.stringify(segment)}`;
		if (WINDOWS_RESERVED.test((segment.split(".")[0] ?? "").trimEnd())) return `Windows reserved name ${JSON.stringify(segment)}`;
		if (new TextEncoder().encode(segment).length > MAX_SEGMENT_BYTES) return `segment over ${MAX_SEGMENT_BYTES} bytes`;
	}
	return null;
}

/** Case- and normalisation-insensitive key, written independently of names.ts. */
export function foldKey(path: string): string {
	return path.normalize("NFD").toLowerCase().normalize("NFC");
}

export function expectValidUniquePaths(paths: Iterable<string>): void {
	const seen = new Map<string, string>();
	for (const path of paths) {
		expect(pathProblem(path), path).toBeNull();
		const key = foldKey(path);
		expect(seen.get(key), `${path} collides with another file`).toBeUndefined();
		seen.set(key, path);
	}
}

/**
 * Every `[[link]]` the plugin wrote resolves to an existing file of the store. Links that the
 * user typed inside a free text (`userTexts`: a topic "[[x]]") are theirs, not generated.
 */
export function expectLinksResolve(store: MemoryStore, userTexts: readonly string[] = []): void {
	for (const [path, text] of store.files) {
		for (const match of text.matchAll(/\[\[([^[\]\n]+)\]\]/g)) {
			const inner = match[1] ?? "";
			if (inner.includes("{{")) continue; // a placeholder in a template, not a link
			// A whole link typed in one text is the user's; a link made of two texts is a bug.
			if (userTexts.some((user) => user.includes(match[0]) || oneLine(user).includes(match[0]))) continue;
			expect(store.resolveLink(`[[${inner}]]`, path), `${path}: [[${inner}]]`).not.toBeNull();
		}
	}
}

// ------------------------------------------------------------------ preservation

/** Lines between a `%% codev-…:start %%` and its `%% codev-…:end %%` (markers included) are the plugin's. */
function withoutMarkedBlocks(lines: string[]): string[] {
	const out: string[] = [];
	let closing: string | null = null;
	for (const line of lines) {
		const trimmed = line.trim();
		if (closing !== null) {
			if (trimmed === closing) closing = null;
			continue;
		}
		const start = /^%% (codev-[\w-]+(?::[\w-]+)?):start %%$/.exec(trimmed);
		if (start) {
			closing = `%% ${start[1]}:end %%`;
			continue;
		}
		out.push(line);
	}
	return out;
}

function splitNote(text: string): { data: Record<string, unknown>; body: string } {
	const parsed = parseNote(text, parseYamlStrict);
	if (!parsed.ok) return { data: {}, body: text };
	return { data: parsed.value.data, body: parsed.value.hasFrontmatter ? parsed.value.body : text };
}

/** Index of the first `before` line missing from `after` in order, or -1 when `before` is a subsequence. */
export function firstLostLine(before: string[], after: string[]): number {
	let j = 0;
	for (let i = 0; i < before.length; i++) {
		while (j < after.length && after[j] !== before[i]) j++;
		if (j === after.length) return i;
		j++;
	}
	return -1;
}

export interface PreserveOptions {
	/** Properties the command owns (may be added or rewritten). */
	ownedProperties?: readonly string[];
	/** Lines the command may rewrite in place (e.g. an action plan's checkboxes). */
	ownedLine?: (line: string) => boolean;
}

/**
 * The user's text survived: every property the command does not own is deep-equal, and every
 * body line outside the plugin's marked blocks is still there, byte for byte and in order
 * (the command may only insert lines, or rewrite its own marked blocks).
 */
export function expectPreserved(before: string, after: string, options: PreserveOptions = {}): void {
	const owned = new Set(options.ownedProperties ?? []);
	const a = splitNote(before);
	const b = splitNote(after);
	for (const [key, value] of Object.entries(a.data)) {
		if (!owned.has(key)) expect(b.data[key], `property ${key}`).toEqual(value);
	}
	const keep = (line: string) => !(options.ownedLine?.(line) ?? false);
	const beforeLines = withoutMarkedBlocks(a.body.split("\n")).filter(keep);
	const afterLines = withoutMarkedBlocks(b.body.split("\n"));
	// Trailing blank lines are layout, not text: a command appending a section may normalise them.
	while (beforeLines.length > 0 && beforeLines[beforeLines.length - 1] === "") beforeLines.pop();
	const lost = firstLostLine(beforeLines, afterLines);
	expect(lost === -1 ? null : { line: lost, text: beforeLines[lost] }, "a user line was lost or changed").toBeNull();
}

/** Snapshot of a store's files, to compare after a command. */
export function snapshotFiles(store: MemoryStore): Map<string, string> {
	return new Map(store.files);
}

/** Files other than `allowed` are byte-identical; no file disappeared. */
export function expectUntouchedExcept(before: Map<string, string>, store: MemoryStore, allowed: readonly string[]): void {
	for (const [path, text] of before) {
		expect(store.files.has(path), `${path} disappeared`).toBe(true);
		if (!allowed.includes(path)) expect(store.files.get(path), `${path} changed`).toBe(text);
	}
}
