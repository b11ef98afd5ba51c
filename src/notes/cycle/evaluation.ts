/**
 * The evaluation table written into a session note (step 6), in a marked section
 * `%% codev-evaluation:table:start %%` … `end`. A new section goes at the end of the step-6
 * section (marker `%% codev-step: apprentissages %%`), else just before the private notes,
 * else at the end: never inside the facilitator's private section.
 */
import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { PRIVATE_MARKER, renderMarkedSection, replaceMarkedSection, stepMarker } from "../markers";
import { markdownTable, tableCell } from "../text";

export const EVALUATION_SCOPE = "evaluation";
export const EVALUATION_SECTION = "table";
export const EVALUATION_STEP_ID = "apprentissages";

export interface EvaluationRow {
	personLink: string;
	fond: number | null;
	forme: number | null;
	takeaway: string;
}

export function renderEvaluationTable(rows: readonly EvaluationRow[], lang: Lang): string {
	const t = translator(lang);
	return markdownTable(
		[t("cycle.eval.col.person"), t("cycle.eval.col.fond"), t("cycle.eval.col.forme"), t("cycle.eval.col.takeaway")],
		rows.map((r) => [tableCell(r.personLink), r.fond === null ? "–" : String(r.fond), r.forme === null ? "–" : String(r.forme), tableCell(r.takeaway)]),
	);
}

/** The note with the evaluation section refreshed or inserted; null when one of its markers was deleted (nothing written). */
export function writeEvaluationSection(text: string, table: string, lang: Lang): string | null {
	const replaced = replaceMarkedSection(text, EVALUATION_SCOPE, EVALUATION_SECTION, table);
	if (replaced.ok) return replaced.text;
	if (replaced.reason === "unpaired") return null;
	const block = renderMarkedSection(EVALUATION_SCOPE, EVALUATION_SECTION, table);
	const lines = text.split("\n");
	const stepLine = lines.findIndex((line) => line.trim() === stepMarker(EVALUATION_STEP_ID));
	let at = -1;
	if (stepLine >= 0) {
		at = lines.findIndex((line, i) => i > stepLine && /^#{1,2}\s/.test(line));
		if (at < 0) at = lines.length;
	} else {
		const privateLine = lines.findIndex((line) => line.trim() === PRIVATE_MARKER);
		if (privateLine > 0 && /^#{1,6}\s/.test(lines[privateLine - 1] ?? "")) at = privateLine - 1;
	}
	const t = translator(lang);
	const insert = stepLine >= 0 ? [block, ""] : [`## ${t("cycle.eval.heading")}`, block, ""];
	if (at < 0) return `${text.replace(/\n*$/, "\n\n")}${insert.join("\n")}`;
	// Keep one blank line before the block when the previous line has text.
	const before = lines.slice(0, at);
	while (before.length > 0 && before[before.length - 1] === "") before.pop();
	return [...before, "", ...insert, ...lines.slice(at)].join("\n");
}
