/**
 * The retour written into the next session's opening section (step 0), one block per client
 * between `%% codev-retour:start %%` and `%% codev-retour:end %%`, found again by the client's
 * link on its first line: a re-run rewrites only that block. Pure.
 */
import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { outcomeLabel, type Outcome } from "./actionPlanNote";
import { RETOUR_END, RETOUR_START, replaceBlock } from "../markers";
import { oneLine, quoted } from "../text";

export interface RetourLine {
	text: string;
	outcome: Outcome | null;
	learning: string;
	/** A link to the plan, written by the caller (display text: the plan's date). */
	planLink: string;
}

/** The lines between the markers (markers excluded). */
export function renderRetourContent(clientLink: string, clientName: string, changed: string, items: RetourLine[], lang: Lang): string[] {
	const t = translator(lang);
	const lines = [`**${t("linked.note.retour.title", { client: clientLink || clientName })}**`];
	if (changed.trim()) lines.push(...quoted(changed));
	for (const item of items) {
		lines.push(`- **${outcomeLabel(item.outcome, lang)}** — ${oneLine(item.text)} · ${item.planLink}`);
		const learning = oneLine(item.learning);
		if (learning) lines.push(`\t- ${learning}`);
	}
	return lines;
}

/**
 * Replaces the retour block whose first line holds `firstLineKey`: "absent" when there is none,
 * "unpaired" when a marker was deleted by hand (nothing is rewritten then).
 */
export function replaceRetourBlock(text: string, firstLineKey: string, content: string[]): ReturnType<typeof replaceBlock> {
	return replaceBlock(text, RETOUR_START, RETOUR_END, content, (inner) => (inner[0] ?? "").includes(firstLineKey));
}
