/**
 * A client's progress across sessions, as data and as Markdown for the generated section of the
 * person note (between `%% codev-progress:start %%` and `%% codev-progress:end %%`). Pure.
 */
import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { colonFor } from "../text";
import { oneLine } from "../text";

export interface ProgressPlan {
	path: string;
	status: string;
	tried: number;
	partly: number;
	notTried: number;
	/** The session where the retour on this plan was given. */
	retourSession: string | null;
}

export interface ProgressClientEntry {
	session: string;
	date: string | null;
	topic: string;
	group: string | null;
	contract: string | null;
	/** The request written in the contract's `request` property. */
	request: string;
	plans: ProgressPlan[];
}

export interface ProgressConsultantEntry {
	session: string;
	date: string | null;
	topic: string;
	client: string | null;
}

export interface ClientProgress {
	person: string;
	asClient: ProgressClientEntry[];
	asConsultant: ProgressConsultantEntry[];
}

/** One-line summary of a plan: its status, the retour's counts and where it was given. */
export function planSummary(plan: ProgressPlan, lang: Lang, link: (path: string) => string): string {
	const t = translator(lang);
	const status = plan.status === "done" ? t("linked.progress.plan-done") : t("linked.progress.plan-open");
	const parts = [status];
	if (plan.retourSession) {
		parts.push(t("linked.progress.counts", { tried: plan.tried, partly: plan.partly, notTried: plan.notTried }));
		parts.push(`${t("linked.progress.retour-at")} ${link(plan.retourSession)}`);
	}
	return parts.join(" · ");
}

/** The lines of the generated section (markers excluded). `link` writes a body link to a path. */
export function renderProgressLines(progress: ClientProgress, lang: Lang, link: (path: string) => string): string[] {
	const t = translator(lang);
	const colon = colonFor(lang);
	const none = t("linked.progress.none-date");
	const lines = [`### ${t("linked.progress.as-client")}`];
	if (progress.asClient.length === 0) lines.push(`*${t("linked.progress.empty-client")}*`);
	for (const entry of progress.asClient) {
		lines.push(`- **${entry.date ?? none}** · ${link(entry.session)} — ${oneLine(entry.topic) || t("linked.note.to-fill")}`);
		if (entry.contract) {
			const request = entry.request.trim() ? ` — « ${oneLine(entry.request)} »` : "";
			lines.push(`\t- ${t("linked.note.label.contract")}${colon} ${link(entry.contract)}${lang === "en" ? request.replace("« ", "“").replace(" »", "”") : request}`);
		}
		for (const plan of entry.plans) lines.push(`\t- ${t("linked.note.label.plan")}${colon} ${link(plan.path)} · ${planSummary(plan, lang, link)}`);
	}
	lines.push("", `### ${t("linked.progress.as-consultant")}`);
	if (progress.asConsultant.length === 0) lines.push(`*${t("linked.progress.empty-consultant")}*`);
	for (const entry of progress.asConsultant) {
		const client = entry.client ? ` (${t("note.label.client").toLowerCase()}${colon} ${link(entry.client)})` : "";
		lines.push(`- **${entry.date ?? none}** · ${link(entry.session)} — ${oneLine(entry.topic)}${client}`);
	}
	return lines;
}
