/**
 * The end-of-cycle review (« bilan »). The plugin writes its figures in marked sections
 * (`%% codev-bilan:<name>:start %%` … `end`); headings, prompts and everything the facilitator
 * writes stay outside them, so regenerating refreshes the figures and nothing else.
 * Built only from properties (never from session bodies): private notes cannot leak in.
 * Table cells go through tableCell, so an aliased link's "|" is escaped ("[[a\\|b]]").
 */
import { formatRate } from "../../codev/cycle/attendance";
import type { RatingTrend } from "../../codev/cycle/ratings";
import type { Lang } from "../../codev/types";
import { translator, type Translate } from "../../i18n";
import { renderFrontmatter, type Properties } from "../frontmatter";
import { renderMarkedSection } from "../markers";
import { colonFor, markdownTable, oneLine, tableCell } from "../text";

export const BILAN_SCOPE = "bilan";
export const BILAN_SECTIONS = ["sessions", "clients", "help", "actions", "attendance", "ratings", "learnings"] as const;
export type BilanSection = (typeof BILAN_SECTIONS)[number];

export type Outcome = "done" | "partly" | "not-tried" | "let-go" | "unknown";

export interface BilanData {
	groupName: string;
	planned: number;
	sessions: Array<{ link: string; date: string; clientLink: string; topic: string; present: number; recorded: number; fond: number | null; forme: number | null }>;
	clients: Array<{ link: string; topics: string[] }>;
	helpKinds: Array<{ kind: string; count: number }>;
	actions: Array<{ link: string; clientLink: string; due: string; outcome: Outcome }>;
	attendance: Array<{ link: string; timesClient: number; rate: number | null }>;
	trend: RatingTrend;
	learnings: Array<{ sessionLink: string; items: Array<{ personLink: string; text: string }> }>;
}

const num = (value: number | null, lang: Lang) => (value === null ? "–" : lang === "fr" ? String(value).replace(".", ",") : String(value));

function trendWord(slope: number | null, t: Translate): string {
	if (slope === null || Math.abs(slope) < 0.05) return t("cycle.bilan.trend.flat");
	return slope > 0 ? t("cycle.bilan.trend.up") : t("cycle.bilan.trend.down");
}

function outcomeWord(outcome: Outcome, t: Translate): string {
	return t(`cycle.bilan.outcome.${outcome}`);
}

/** The generated content of each marked section. */
export function renderBilanSections(cycle: BilanData, lang: Lang): Record<BilanSection, string> {
	const t = translator(lang);
	const none = t("cycle.bilan.none");
	const colon = colonFor(lang);
	const sessions =
		cycle.sessions.length === 0
			? none
			: [
					cycle.planned > 0 ? t("cycle.bilan.planned", { held: cycle.sessions.length, planned: cycle.planned }) : t("cycle.bilan.held", { held: cycle.sessions.length }),
					"",
					markdownTable(
						[t("cycle.bilan.col.date"), t("cycle.bilan.col.client"), t("cycle.bilan.col.topic"), t("cycle.bilan.col.present"), t("cycle.bilan.col.fond"), t("cycle.bilan.col.forme")],
						cycle.sessions.map((s) => [
							tableCell(s.link),
							tableCell(s.clientLink) || "–",
							tableCell(s.topic) || "–",
							s.recorded > 0 ? `${s.present}/${s.recorded}` : "–",
							num(s.fond, lang),
							num(s.forme, lang),
						]),
					),
				].join("\n");
	const clients = cycle.clients.length === 0 ? none : cycle.clients.map((c) => `- ${c.link}${colon} ${c.topics.map(oneLine).join(" ; ") || "–"}`).join("\n");
	const help = cycle.helpKinds.length === 0 ? none : cycle.helpKinds.map((h) => `- ${oneLine(h.kind)} (${h.count})`).join("\n");
	const count = (o: Outcome) => cycle.actions.filter((a) => a.outcome === o).length;
	const actions =
		cycle.actions.length === 0
			? none
			: [
					t("cycle.bilan.outcomes", { done: count("done"), partly: count("partly"), notTried: count("not-tried"), letGo: count("let-go"), unknown: count("unknown") }),
					"",
					markdownTable(
						[t("cycle.bilan.col.action"), t("cycle.bilan.col.client"), t("cycle.bilan.col.due"), t("cycle.bilan.col.outcome")],
						cycle.actions.map((a) => [tableCell(a.link), tableCell(a.clientLink) || "–", a.due || "–", outcomeWord(a.outcome, t)]),
					),
				].join("\n");
	const attendance =
		cycle.attendance.length === 0
			? none
			: markdownTable(
					[t("cycle.bilan.col.member"), t("cycle.bilan.col.times-client"), t("cycle.bilan.col.rate")],
					cycle.attendance.map((a) => [tableCell(a.link), String(a.timesClient), formatRate(a.rate, lang)]),
				);
	const tr = cycle.trend;
	const ratings =
		tr.points.length === 0
			? none
			: [
					t("cycle.bilan.ratings.summary", { fond: num(tr.fondMean, lang), forme: num(tr.formeMean, lang), count: tr.points.length }),
					t("cycle.bilan.ratings.trend", { fond: trendWord(tr.fondSlope, t), forme: trendWord(tr.formeSlope, t) }),
				].join("\n");
	const learnings =
		cycle.learnings.length === 0
			? none
			: cycle.learnings.map((s) => [`- ${s.sessionLink}`, ...s.items.map((i) => `\t- ${i.personLink}${colon} ${oneLine(i.text)}`)].join("\n")).join("\n");
	return { sessions, clients, help, actions, attendance, ratings, learnings };
}

const HEADINGS: Record<BilanSection, Parameters<Translate>[0]> = {
	sessions: "cycle.bilan.heading.sessions",
	clients: "cycle.bilan.heading.clients",
	help: "cycle.bilan.heading.help",
	actions: "cycle.bilan.heading.actions",
	attendance: "cycle.bilan.heading.attendance",
	ratings: "cycle.bilan.heading.ratings",
	learnings: "cycle.bilan.heading.learnings",
};

const PROMPTS: Partial<Record<BilanSection, Parameters<Translate>[0]>> = {
	sessions: "cycle.bilan.prompt.sessions",
	actions: "cycle.bilan.prompt.actions",
};

/** A new bilan note. The prompts are the facilitator's to keep, edit or delete. */
export function renderBilanNote(props: Properties, cycle: BilanData, lang: Lang): string {
	const t = translator(lang);
	const sections = renderBilanSections(cycle, lang);
	const body: string[] = [`# ${t("cycle.bilan.title", { group: cycle.groupName })}`, "", `*${t("cycle.bilan.intro")}*`, ""];
	for (const name of BILAN_SECTIONS) {
		body.push(`## ${t(HEADINGS[name])}`, renderMarkedSection(BILAN_SCOPE, name, sections[name]), "");
		const prompt = PROMPTS[name];
		if (prompt) body.push(`- ${t(prompt)}`, "");
	}
	body.push(`## ${t("cycle.bilan.heading.review")}`, `- ${t("cycle.bilan.prompt.review.1")}`, `- ${t("cycle.bilan.prompt.review.2")}`, `- ${t("cycle.bilan.prompt.review.3")}`, "");
	return renderFrontmatter(props) + body.join("\n");
}
