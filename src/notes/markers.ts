/**
 * The parts of a note the plugin owns, found by marker comments (invisible in reading view), never
 * by heading text. Two shapes:
 * - a *section*: one marker line under a heading (`%% codev-step: <id> %%`), running to the next
 *   heading of the same or a higher level;
 * - a *block*: the lines between a start and an end marker line (`%% codev-<scope>:<name>:start %%`
 *   … `:end %%`, or the retour's pair). Only what lies between an intact pair is ever replaced.
 * A marker counts only as a whole line (trimmed, so CRLF and indentation do not matter): a topic or
 * a list item that merely contains marker text is never taken for one. A block whose pair is broken
 * (one marker deleted by hand, or out of order) is refused, so the text after it is never deleted.
 * Pure.
 */

export const STEP_MARKER = /^%% codev-step: ([\w-]+) %%$/;
export const PRIVATE_MARKER = "%% codev-private %%";
export const ACTIONS_MARKER = "%% codev-actions %%";
export const CONTRIBUTIONS_MARKER = "%% codev-contributions %%";
export const RETOUR_START = "%% codev-retour:start %%";
export const RETOUR_END = "%% codev-retour:end %%";
export const PROGRESS_START = "%% codev-progress:start %%";
export const PROGRESS_END = "%% codev-progress:end %%";
/** The client's overall retours in their action plan's « Retour » section. */
export const PLAN_RETOUR_START = "%% codev-plan-retour:start %%";
export const PLAN_RETOUR_END = "%% codev-plan-retour:end %%";

export function stepMarker(stepId: string): string {
	return `%% codev-step: ${stepId} %%`;
}

export function sectionStart(scope: string, name: string): string {
	return `%% codev-${scope}:${name}:start %%`;
}

export function sectionEnd(scope: string, name: string): string {
	return `%% codev-${scope}:${name}:end %%`;
}

export function isMarkerLine(line: string | undefined, marker: string): boolean {
	return (line ?? "").trim() === marker;
}

// ---- Sections under a heading ----

export interface SectionRange {
	/** Index of the marker line. */
	marker: number;
	/** Index of the first line after the section (next heading of the same or higher level). */
	end: number;
}

const HEADING = /^(#{1,6})\s/;

function headingLevel(line: string | undefined): number | null {
	const heading = HEADING.exec(line ?? "");
	return heading ? (heading[1]?.length ?? 6) : null;
}

/** The section holding a marker line: from the marker to the next heading at its heading's level or above. */
export function findSection(lines: string[], marker: string): SectionRange | null {
	const at = lines.findIndex((line) => isMarkerLine(line, marker));
	if (at < 0) return null;
	let level = 6;
	for (let i = at - 1; i >= 0; i--) {
		const found = headingLevel(lines[i]);
		if (found !== null) {
			level = found;
			break;
		}
	}
	let end = at + 1;
	while (end < lines.length && (headingLevel(lines[end]) ?? 7) > level) end++;
	return { marker: at, end };
}

export function findStepSection(lines: string[], stepId: string): SectionRange | null {
	return findSection(lines, stepMarker(stepId));
}

/** Index at which to insert at the end of a section: after its last non-blank line. */
export function sectionInsertPoint(lines: string[], range: SectionRange): number {
	let at = range.end;
	while (at > range.marker + 1 && (lines[at - 1] ?? "").trim() === "") at--;
	return at;
}

/** Inserts `block` lines at the end of the step's section; null when the marker is missing. */
export function appendToStepSection(text: string, stepId: string, block: string[]): string | null {
	const lines = text.split("\n");
	const range = findStepSection(lines, stepId);
	if (!range) return null;
	const at = sectionInsertPoint(lines, range);
	// A block that is not a list item after a list would be read as that item's continuation.
	const before = !/^\s*- /.test(block[0] ?? "") && at > range.marker + 1 ? [""] : [];
	const after = at < lines.length && (lines[at] ?? "").trim() !== "" ? [""] : [];
	lines.splice(at, 0, ...before, ...block, ...after);
	return lines.join("\n");
}

/** Removes the sections (the heading right above a step marker, to the next heading of its level or above) of steps not kept. */
export function dropStepSections(body: string, keep: ReadonlySet<string>): string {
	const lines = body.split("\n");
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const marker = STEP_MARKER.exec(lines[i + 1]?.trim() ?? "");
		const level = headingLevel(lines[i]);
		if (level !== null && marker && !keep.has(marker[1] ?? "")) {
			i++;
			while (i + 1 < lines.length && (headingLevel(lines[i + 1]) ?? 7) > level) i++;
			continue;
		}
		out.push(lines[i] ?? "");
	}
	return out.join("\n");
}

// ---- Blocks between a start and an end marker ----

export interface BlockRange {
	/** Index of the start marker line. */
	start: number;
	/** Index of the end marker line. */
	end: number;
}

/**
 * Every block in order, or "unpaired" when the marker lines do not alternate start, end, start,
 * end… (one deleted by hand, or an end before its start).
 */
export function findBlocks(lines: string[], start: string, end: string): BlockRange[] | "unpaired" {
	const blocks: BlockRange[] = [];
	let open = -1;
	for (let i = 0; i < lines.length; i++) {
		if (isMarkerLine(lines[i], start)) {
			if (open >= 0) return "unpaired";
			open = i;
		} else if (isMarkerLine(lines[i], end)) {
			if (open < 0) return "unpaired";
			blocks.push({ start: open, end: i });
			open = -1;
		}
	}
	return open >= 0 ? "unpaired" : blocks;
}

export type BlockState = "paired" | "absent" | "unpaired";

export function blockState(text: string, start: string, end: string): BlockState {
	const found = findBlocks(text.split("\n"), start, end);
	if (found === "unpaired") return "unpaired";
	return found.length > 0 ? "paired" : "absent";
}

/** A block edit: the new text, or why nothing was written. */
export type BlockEdit = { ok: true; text: string } | { ok: false; reason: "absent" | "unpaired" };

/**
 * Replaces the lines between the markers of the first block whose content satisfies `pick`
 * (every block by default: the first). Line endings follow the start marker's line.
 */
export function replaceBlock(text: string, start: string, end: string, content: readonly string[], pick: (inner: string[]) => boolean = () => true): BlockEdit {
	const lines = text.split("\n");
	const blocks = findBlocks(lines, start, end);
	if (blocks === "unpaired") return { ok: false, reason: "unpaired" };
	const block = blocks.find((b) => pick(lines.slice(b.start + 1, b.end)));
	if (!block) return { ok: false, reason: "absent" };
	const cr = (lines[block.start] ?? "").endsWith("\r") ? "\r" : "";
	lines.splice(block.start + 1, block.end - block.start - 1, ...content.map((line) => `${line}${cr}`));
	return { ok: true, text: lines.join("\n") };
}

/** Generated content as lines: trailing line breaks dropped, "" for none. */
function contentLines(content: string): string[] {
	const body = content.replace(/\n+$/, "");
	return body === "" ? [] : body.split("\n");
}

/** The markers of a scoped block and the generated content between them, as written into a new note. */
export function renderMarkedSection(scope: string, name: string, content: string): string {
	return [sectionStart(scope, name), ...contentLines(content), sectionEnd(scope, name)].join("\n");
}

export function replaceMarkedSection(text: string, scope: string, name: string, content: string): BlockEdit {
	return replaceBlock(text, sectionStart(scope, name), sectionEnd(scope, name), contentLines(content));
}

/**
 * Replaces every scoped block found. Blocks whose markers were deleted are left out on purpose
 * (`missing`); when any block's pair is broken nothing is written (`unpaired`).
 */
export function refreshMarkedSections(text: string, scope: string, sections: Record<string, string>): { text: string; missing: string[]; unpaired: string[] } {
	const unpaired = Object.keys(sections).filter((name) => blockState(text, sectionStart(scope, name), sectionEnd(scope, name)) === "unpaired");
	if (unpaired.length > 0) return { text, missing: [], unpaired };
	let out = text;
	const missing: string[] = [];
	for (const [name, content] of Object.entries(sections)) {
		const next = replaceMarkedSection(out, scope, name, content);
		if (next.ok) out = next.text;
		else missing.push(name);
	}
	return { text: out, missing, unpaired };
}
