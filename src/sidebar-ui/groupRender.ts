/**
 * Draws a group overview into an element with standard DOM calls only (createElement,
 * textContent, classList): no `obsidian` import and no Obsidian DOM helpers, so the same code
 * runs in the ItemView (obsidian/cycle/groupView.ts, a thin wrapper) and in a plain browser page
 * (test/cycle/groupView.browser.test.ts). Every name, topic and learning is set as text,
 * never parsed as HTML.
 */
import { formatRate } from "../codev/cycle/attendance";
import type { Lang } from "../codev/types";
import { t } from "../i18n";
import { formatLocalDate, formatLongDate } from "../notes/dates";
import { parseLocalDate } from "../codev/dates";
import { parseAttributedItem } from "../notes/cycle/items";
import type { MemberStats } from "../services/cycle/dashboards";
import type { GroupOverview } from "../services/cycle/overview";
import { basenameOf } from "../services/noteStore";
import { linkTarget } from "../notes/links";
import { colonFor } from "../notes/text";
import { CHART_COLOURS, drawRatingChart } from "./chart";
import { el as make } from "./dom";

export interface GroupRenderHandlers {
	openPath(path: string): void;
}

/** The sidebar toolkit's element maker, text before class as this file reads best. */
const el = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => make(parent, tag, cls, text);

function longDate(iso: string, lang: Lang): string {
	const date = parseLocalDate(iso);
	return date ? formatLongDate(date, lang) : iso;
}

/** "13/01" / "Jan 13": the chart's axis labels. */
function shortDate(iso: string, lang: Lang): string {
	const date = parseLocalDate(iso);
	return date ? formatLocalDate(date, lang === "fr" ? "dd/MM" : "MMM d", lang) : iso.slice(5);
}

function noteLink(parent: HTMLElement, text: string, path: string, handlers: GroupRenderHandlers): HTMLAnchorElement {
	const a = el(parent, "a", text, "internal-link");
	a.href = "#";
	a.addEventListener("click", (event) => {
		event.preventDefault();
		handlers.openPath(path);
	});
	return a;
}

/** A rate as a figure and a thin bar (the bar is decoration: the figure is the information). */
function rateCell(row: HTMLElement, rate: number | null, lang: Lang): void {
	const cell = el(row, "td", undefined, "codev-rate");
	el(cell, "span", formatRate(rate, lang), "codev-rate-figure");
	if (rate === null) return;
	const bar = el(cell, "span", undefined, "codev-rate-bar");
	bar.setAttribute("aria-hidden", "true");
	el(bar, "span", undefined, "codev-rate-fill").style.setProperty("width", `${Math.round(rate * 100)}%`);
}

export function renderGroupOverview(container: HTMLElement, overview: GroupOverview, lang: Lang, handlers: GroupRenderHandlers): void {
	container.replaceChildren();
	container.classList.add("codev-group-view");
	const { group } = overview;
	const title = el(container, "h4", undefined, "codev-group-title");
	noteLink(title, group.name, group.path, handlers);

	const next = el(container, "div", undefined, "codev-next-client");
	el(next, "div", overview.suggestion ? t("cycle.view.next-client", { name: overview.suggestion.name }) : t("cycle.view.next-client.none"));
	if (overview.rotation.neverClient.length > 0) {
		el(next, "div", t("cycle.view.never-client", { names: overview.rotation.neverClient.map((p) => p.name).join(", ") }), "codev-muted");
	}

	el(container, "h5", t("cycle.view.members"));
	const table = el(container, "table", undefined, "codev-group-members");
	const head = el(table, "tr");
	for (const key of ["cycle.bilan.col.member", "cycle.bilan.col.times-client", "cycle.bilan.col.rate"] as const) el(head, "th", t(key));
	const current = new Set(group.members.map((m) => m.id));
	for (const member of overview.members) {
		const former = !current.has(member.person.id);
		const row = el(table, "tr", undefined, former ? "codev-former-member" : undefined);
		const name = el(row, "td", former ? t("cycle.view.former", { name: member.person.name }) : member.person.name);
		if (former) name.title = t("cycle.view.former.title");
		el(row, "td", String(overview.rotation.entries.find((e) => e.person.id === member.person.id)?.timesClient ?? 0), "codev-number");
		rateCell(row, member.rate, lang);
	}

	el(container, "h5", t("cycle.view.calendar"));
	const calendar = el(container, "ol", undefined, "codev-group-calendar");
	for (const entry of overview.calendar) {
		const li = el(calendar, "li");
		if (entry.sessionPath) noteLink(li, longDate(entry.date, lang), entry.sessionPath, handlers);
		else el(li, "span", longDate(entry.date, lang), "codev-planned");
		const attendance = overview.sessions.find((s) => s.path === entry.sessionPath);
		if (attendance && attendance.recorded > 0) el(li, "span", ` · ${attendance.present}/${attendance.recorded} (${formatRate(attendance.rate, lang)})`, "codev-muted");
	}

	const a = overview.actions;
	if (a.done + a.partly + a.notTried + a.letGo + a.pending > 0) {
		el(container, "h5", t("linked.modal.plan.actions"));
		el(container, "p", t("linked.progress.summary", { done: a.done, partly: a.partly, notTried: a.notTried, letGo: a.letGo, pending: a.pending }), "codev-group-actions");
	}

	if (group.backlog.length > 0) {
		el(container, "h5", t("cycle.view.backlog"));
		const list = el(container, "ul", undefined, "codev-group-backlog");
		for (const item of group.backlog) {
			const parsed = parseAttributedItem(item);
			el(list, "li", parsed?.link ? `${parsed.text} (${basenameOf(linkTarget(parsed.link))})` : item);
		}
	}

	el(container, "h5", t("cycle.view.ratings"));
	if (overview.trend.points.length === 0) el(container, "p", t("cycle.view.ratings.empty"), "codev-muted");
	else {
		drawRatingChart(el(container, "div", undefined, "codev-chart-box"), overview.trend.points, {
			title: t("cycle.view.chart-label"),
			fond: t("cycle.view.legend.fond"),
			forme: t("cycle.view.legend.forme"),
			tick: (iso) => shortDate(iso, lang),
		});
		const legend = el(container, "div", undefined, "codev-chart-legend");
		for (const key of ["fond", "forme"] as const) {
			const item = el(legend, "span", undefined, `codev-chart-key codev-chart-${key}`);
			const swatch = el(item, "span", undefined, "codev-chart-swatch");
			swatch.setAttribute("aria-hidden", "true");
			swatch.style.setProperty("background-color", CHART_COLOURS[key]);
			el(item, "span", t(key === "fond" ? "cycle.view.legend.fond" : "cycle.view.legend.forme"));
		}
	}

	if (overview.learnings.length > 0) {
		el(container, "h5", t("cycle.view.learnings"));
		const list = el(container, "ul", undefined, "codev-learnings");
		for (const session of overview.learnings) {
			const li = el(list, "li");
			noteLink(li, longDate(session.date, lang), session.path, handlers);
			const inner = el(li, "ul");
			for (const learning of session.items) {
				const item = el(inner, "li");
				el(item, "span", learning.person.name, "codev-learning-who");
				el(item, "span", `${colonFor(lang)} ${learning.text}`);
			}
		}
	}
}

/** The members Bases view: times as client and attendance, computed when shown. */
export function renderMemberStats(container: HTMLElement, rows: readonly MemberStats[], lang: Lang, handlers: GroupRenderHandlers): void {
	container.replaceChildren();
	container.classList.add("codev-group-view");
	if (rows.length === 0) {
		el(container, "p", t("cycle.members-view.empty"), "codev-muted");
		return;
	}
	const table = el(container, "table", undefined, "codev-group-members");
	const head = el(table, "tr");
	for (const key of ["cycle.bilan.col.member", "cycle.bilan.col.times-client", "cycle.bilan.col.rate"] as const) el(head, "th", t(key));
	for (const row of rows) {
		const line = el(table, "tr");
		noteLink(el(line, "td"), row.name, row.path, handlers);
		el(line, "td", String(row.timesClient), "codev-number");
		rateCell(line, row.attendancePercent === null ? null : row.attendancePercent / 100, lang);
		if (row.recorded > 0) line.title = `${row.present}/${row.recorded}`;
	}
}
