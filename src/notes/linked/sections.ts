/**
 * Finding and editing marked parts of a note's text. Sections are found by their marker comment
 * (`%% codev-step: <id> %%`), never by heading text, so a renamed heading still works. Pure.
 */
import { stepMarker } from "../sessionTemplate";

export interface SectionRange {
	/** Index of the marker line. */
	marker: number;
	/** Index of the first line after the section (next heading of the same or higher level). */
	end: number;
}

const HEADING = /^(#{1,6})\s/;

/** The section holding a marker line: from the marker to the next heading at its heading's level or above. */
export function findMarkedSection(lines: string[], marker: string): SectionRange | null {
	const at = lines.findIndex((line) => line.trim() === marker);
	if (at < 0) return null;
	let level = 6;
	for (let i = at - 1; i >= 0; i--) {
		const heading = HEADING.exec(lines[i] ?? "");
		if (heading) {
			level = heading[1]?.length ?? 6;
			break;
		}
	}
	let end = at + 1;
	while (end < lines.length) {
		const heading = HEADING.exec(lines[end] ?? "");
		if (heading && (heading[1]?.length ?? 6) <= level) break;
		end++;
	}
	return { marker: at, end };
}

export function findStepSection(lines: string[], stepId: string): SectionRange | null {
	return findMarkedSection(lines, stepMarker(stepId));
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

/** Index range strictly between a start and an end marker line; null when absent or out of order. */
export function findBetween(lines: string[], start: string, end: string): { start: number; end: number } | null {
	const from = lines.findIndex((line) => line.trim() === start);
	if (from < 0) return null;
	const to = lines.findIndex((line, i) => i > from && line.trim() === end);
	return to < 0 ? null : { start: from, end: to };
}

/** Replaces only what lies between the two marker lines; null when they are not both there in order. */
export function replaceBetween(text: string, start: string, end: string, content: string[]): string | null {
	const lines = text.split("\n");
	const range = findBetween(lines, start, end);
	if (!range) return null;
	lines.splice(range.start + 1, range.end - range.start - 1, ...content);
	return lines.join("\n");
}

/** True when the marker line appears in the text. */
export function hasMarker(text: string, marker: string): boolean {
	return text.split("\n").some((line) => line.trim() === marker);
}
