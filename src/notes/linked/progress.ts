/**
 * A client's progress told as a story, month by month: date and topic, the contract's request,
 * what the client kept, each action with its latest outcome, date and learning, what has changed
 * since; then what is still open, and the sessions attended as consultant. As data, and as
 * Markdown for the generated section of the person note (between `%% codev-progress:start %%`
 * and `%% codev-progress:end %%`), with a Bases block that tells the same without the plugin. Pure.
 */
import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { shortDate } from "../dates";
import { colonFor, oneLine } from "../text";
import { countActions, outcomeLabel, type ActionCounts, type Outcome } from "./actionPlanNote";

export interface ProgressPlan {
	path: string;
	status: string;
	/** The session where the latest retour on this plan was given. */
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

/** Index-only facts (properties), for callers that need no plan body (the client sheet). */
export interface ClientProgress {
	person: string;
	asClient: ProgressClientEntry[];
	asConsultant: ProgressConsultantEntry[];
}

export interface StoryAction {
	planPath: string;
	/** Block id of the action's line, for a link to it. */
	id: string | null;
	text: string;
	due: string | null;
	outcome: Outcome | null;
	/** The date of the latest outcome. */
	outcomeDate: string | null;
	/** The latest learning written for it. */
	learning: string;
	open: boolean;
	/** The date of the plan it was first written in. */
	since: string | null;
}

export interface StoryMonth extends ProgressClientEntry {
	/** « Ce que je retiens ». */
	kept: string;
	actions: StoryAction[];
	/** « Ce qui a changé depuis », said at later retours on this month's plan. */
	changed: Array<{ date: string; text: string }>;
}

export interface ClientStory {
	person: string;
	months: StoryMonth[];
	open: StoryAction[];
	counts: ActionCounts;
	asConsultant: ProgressConsultantEntry[];
}

export function storyCounts(months: StoryMonth[]): ActionCounts {
	return countActions(months.flatMap((month) => month.actions));
}

/** « 13 janv. 2026 — Oser demander un retour »: how a session is named to a reader. */
export function sessionTitle(date: string | null, topic: string, lang: Lang): string {
	const when = date ? shortDate(date, lang) : translator(lang)("linked.progress.none-date");
	return oneLine(topic) ? `${when} — ${oneLine(topic)}` : when;
}

/** « Fait le 10 févr. 2026 » / « Pas encore abordé ». */
export function outcomeText(action: Pick<StoryAction, "outcome" | "outcomeDate">, lang: Lang): string {
	if (!action.outcome || !action.outcomeDate) return outcomeLabel(action.outcome, lang);
	return translator(lang)("linked.progress.outcome-at", { outcome: outcomeLabel(action.outcome, lang), date: shortDate(action.outcomeDate, lang) });
}

function quote(text: string, lang: Lang): string {
	return lang === "fr" ? `« ${oneLine(text)} »` : `“${oneLine(text)}”`;
}

/** The Bases block: the notes where this person is client, readable without the plugin. */
export function progressBaseBlock(lang: Lang): string[] {
	const t = translator(lang);
	return [
		"```base",
		"filters:",
		"  or:",
		"    - 'client == this'",
		"    - 'client_b == this'",
		"views:",
		"  - type: table",
		`    name: ${JSON.stringify(t("linked.view.title"))}`,
		"    order:",
		"      - note.date",
		"      - file.name",
		"      - note.type",
		"      - note.topic",
		"      - note.status",
		"    sort:",
		"      - property: note.date",
		"        direction: ASC",
		"```",
	];
}

export interface StoryLinks {
	/** A body link to a path, with display text. */
	link(path: string, text: string): string;
	/** A body link to an action's line (block id), with display text. */
	actionLink(path: string, id: string | null, text: string): string;
}

function actionLine(action: StoryAction, lang: Lang): string {
	const learning = action.learning ? ` — ${quote(action.learning, lang)}` : "";
	return `${outcomeText(action, lang)} · ${oneLine(action.text)}${learning}`;
}

/** The lines of the generated section (markers excluded). */
export function renderStoryLines(story: ClientStory, lang: Lang, links: StoryLinks): string[] {
	const t = translator(lang);
	const colon = colonFor(lang);
	const lines = [`### ${t("linked.progress.as-client")}`];
	if (story.months.length === 0) lines.push(`*${t("linked.progress.empty-client")}*`);
	for (const month of story.months) {
		lines.push(`#### ${links.link(month.session, sessionTitle(month.date, month.topic, lang))}`);
		if (month.request) lines.push(`- **${t("linked.progress.request")}**${colon} ${quote(month.request, lang)}`);
		if (month.kept) lines.push(`- **${t("linked.progress.kept")}**${colon} ${oneLine(month.kept)}`);
		for (const action of month.actions) lines.push(`- ${actionLine(action, lang)}`);
		for (const changed of month.changed) lines.push(`- **${t("linked.progress.changed")}** (${shortDate(changed.date, lang)})${colon} ${quote(changed.text, lang)}`);
		lines.push("");
	}
	const c = story.counts;
	if (story.months.length > 0) lines.push(t("linked.progress.summary", { done: c.done, partly: c.partly, notTried: c.notTried, letGo: c.letGo, pending: c.pending }), "");
	lines.push(`### ${t("linked.progress.open")}`);
	if (story.open.length === 0) lines.push(`*${t("linked.progress.none-open")}*`);
	for (const action of story.open) {
		const since = action.since ? ` · ${t("linked.progress.since", { date: shortDate(action.since, lang) })}` : "";
		lines.push(`- ${links.actionLink(action.planPath, action.id, oneLine(action.text))} — ${outcomeText(action, lang)}${since}`);
	}
	lines.push("", `### ${t("linked.progress.as-consultant")}`);
	if (story.asConsultant.length === 0) lines.push(`*${t("linked.progress.empty-consultant")}*`);
	for (const entry of story.asConsultant) {
		const client = entry.client ? ` (${t("note.label.client").toLowerCase()}${colon} ${links.link(entry.client, entry.client.replace(/^.*\//, "").replace(/\.md$/, ""))})` : "";
		lines.push(`- ${links.link(entry.session, sessionTitle(entry.date, entry.topic, lang))}${client}`);
	}
	lines.push("", `*${t("linked.progress.base")}*`, ...progressBaseBlock(lang));
	return lines;
}
