/**
 * Contributions logged during the consultation (step 4): one line each, in a block that starts
 * with `%% codev-contributions %%` inside the consultation section. Pure.
 * Line format: `- **[[Bob]]** · Idées : Call the manager before the review`.
 */
import type { Lang } from "../../codev/types";
import { colonFor } from "../text";
import { helpLabel, kindFromLabel, type HelpKind } from "./kinds";
import { CONTRIBUTIONS_MARKER, findStepSection, sectionInsertPoint } from "../markers";
import { oneLine } from "../text";

export const CONSULTATION_STEP = "consultation";

export interface Contribution {
	/** As written: a body link or a plain name. */
	who: string;
	kind: HelpKind | null;
	text: string;
}

export function renderContributionLine(who: string, kind: HelpKind, text: string, lang: Lang): string {
	return `- **${oneLine(who)}** · ${helpLabel(kind, lang)}${colonFor(lang)} ${oneLine(text)}`;
}

const LINE = /^- \*\*(.+?)\*\* · (.+?)\s?: (.*)$/;

export function parseContributionLine(line: string): Contribution | null {
	const match = LINE.exec(line.replace(/\r$/, ""));
	if (!match) return null;
	return { who: match[1] ?? "", kind: kindFromLabel(match[2] ?? ""), text: (match[3] ?? "").trim() };
}

/** Lines of the contributions block: from the marker to the first line that is neither a bullet nor indented. */
function blockEnd(lines: string[], marker: number, limit: number): number {
	let end = marker + 1;
	while (end < limit && /^(\s+\S|- )/.test(lines[end] ?? "")) end++;
	return end;
}

/**
 * Every contribution logged in the session note's consultation section (`stepId`: "b_consultation"
 * for consultation B); `sectionFound` false when the consultation marker is gone.
 */
export function parseContributions(text: string, stepId: string = CONSULTATION_STEP): { contributions: Contribution[]; sectionFound: boolean } {
	const lines = text.split("\n");
	const section = findStepSection(lines, stepId);
	const from = section ? section.marker : 0;
	const to = section ? section.end : lines.length;
	const marker = lines.findIndex((line, i) => i >= from && i < to && line.trim() === CONTRIBUTIONS_MARKER);
	if (marker < 0) return { contributions: [], sectionFound: section !== null };
	const contributions: Contribution[] = [];
	for (let i = marker + 1; i < blockEnd(lines, marker, to); i++) {
		const parsed = parseContributionLine(lines[i] ?? "");
		if (parsed) contributions.push(parsed);
	}
	return { contributions, sectionFound: section !== null };
}

/** Appends a contribution line at the end of the block (created at the end of the section); null without a consultation section. */
export function appendContribution(text: string, line: string, stepId: string = CONSULTATION_STEP): string | null {
	const lines = text.split("\n");
	const section = findStepSection(lines, stepId);
	if (!section) return null;
	const marker = lines.findIndex((l, i) => i > section.marker && i < section.end && l.trim() === CONTRIBUTIONS_MARKER);
	if (marker >= 0) {
		lines.splice(blockEnd(lines, marker, section.end), 0, line);
		return lines.join("\n");
	}
	const at = sectionInsertPoint(lines, section);
	const block = ["", CONTRIBUTIONS_MARKER, line];
	if (at < lines.length && (lines[at] ?? "").trim() !== "") block.push("");
	lines.splice(at, 0, ...block);
	return lines.join("\n");
}
