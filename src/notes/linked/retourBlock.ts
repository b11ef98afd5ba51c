/**
 * The retour written into the next session's opening section (step 0), between
 * `%% codev-retour:start %%` and `%% codev-retour:end %%`: a re-run rewrites only that block. Pure.
 */
import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { colonFor } from "../text";
import type { Outcome } from "./actionPlanNote";
import { oneLine } from "../text";

export interface RetourLine {
	description: string;
	outcome: Outcome | null;
	learning: string;
}

export function outcomeLabel(outcome: Outcome | null, lang: Lang): string {
	const t = translator(lang);
	if (outcome === "tried") return t("linked.outcome.tried");
	if (outcome === "partly") return t("linked.outcome.partly");
	if (outcome === "not-tried") return t("linked.outcome.not-tried");
	return t("linked.outcome.pending");
}

/** The lines between the markers (markers excluded). */
export function renderRetourContent(planLink: string, clientLink: string, items: RetourLine[], lang: Lang): string[] {
	const t = translator(lang);
	const colon = colonFor(lang);
	const lines = [`**${t("linked.note.retour.title")}**${colon} ${planLink}${clientLink ? ` · ${clientLink}` : ""}`];
	if (items.length === 0) lines.push(`*${t("linked.note.plan.no-actions")}*`);
	for (const item of items) {
		lines.push(`- **${outcomeLabel(item.outcome, lang)}** — ${oneLine(item.description)}`);
		lines.push(`\t- ${t("linked.note.retour.learned")}${colon} ${oneLine(item.learning)}`.trimEnd());
	}
	return lines;
}
