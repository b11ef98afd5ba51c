/**
 * Draws a group overview into an element with createEl/setText only: every name, topic and
 * learning is set as text, never parsed as HTML.
 */
import { formatRate } from "../../codev/cycle/attendance";
import type { Lang } from "../../codev/types";
import { t } from "../../i18n";
import { formatLongDate, parseLocalDate } from "../../notes/dates";
import { parseAttributedItem } from "../../notes/cycle/items";
import type { GroupOverview } from "../../services/cycle/overview";
import { basenameOf, linkTarget } from "../../services/noteStore";
import { CHART_COLOURS, drawRatingChart } from "./chart";

export interface GroupRenderHandlers {
	openPath(path: string): void;
}

function longDate(iso: string, lang: Lang): string {
	const date = parseLocalDate(iso);
	return date ? formatLongDate(date, lang) : iso;
}

function noteLink(parent: HTMLElement, text: string, path: string, handlers: GroupRenderHandlers): void {
	const a = parent.createEl("a", { text, cls: "internal-link", href: "#" });
	a.addEventListener("click", (event) => {
		event.preventDefault();
		handlers.openPath(path);
	});
}

export function renderGroupOverview(container: HTMLElement, overview: GroupOverview, lang: Lang, handlers: GroupRenderHandlers): void {
	container.empty();
	container.addClass("codev-group-view");
	const { group } = overview;
	const title = container.createEl("h4");
	noteLink(title, group.name, group.path, handlers);

	container.createEl("h5", { text: t("cycle.view.members") });
	const table = container.createEl("table", { cls: "codev-group-members" });
	const head = table.createEl("tr");
	for (const key of ["cycle.bilan.col.member", "cycle.bilan.col.times-client", "cycle.bilan.col.rate"] as const) head.createEl("th", { text: t(key) });
	for (const member of overview.members) {
		const row = table.createEl("tr");
		row.createEl("td", { text: member.person.name });
		row.createEl("td", { text: String(overview.rotation.entries.find((e) => e.person.id === member.person.id)?.timesClient ?? 0) });
		row.createEl("td", { text: formatRate(member.rate, lang) });
	}
	container.createEl("p", {
		text: overview.suggestion ? t("cycle.view.next-client", { name: overview.suggestion.name }) : t("cycle.view.next-client.none"),
		cls: "codev-next-client",
	});
	if (overview.rotation.neverClient.length > 0) {
		container.createEl("p", { text: t("cycle.view.never-client", { names: overview.rotation.neverClient.map((p) => p.name).join(", ") }), cls: "codev-muted" });
	}

	container.createEl("h5", { text: t("cycle.view.calendar") });
	const calendar = container.createEl("ol", { cls: "codev-group-calendar" });
	for (const entry of overview.calendar) {
		const li = calendar.createEl("li");
		if (entry.sessionPath) noteLink(li, longDate(entry.date, lang), entry.sessionPath, handlers);
		else li.setText(longDate(entry.date, lang));
		const rate = overview.sessions.find((s) => s.path === entry.sessionPath)?.rate;
		if (rate !== undefined && rate !== null) li.createSpan({ text: ` · ${formatRate(rate, lang)}`, cls: "codev-muted" });
	}

	if (group.backlog.length > 0) {
		container.createEl("h5", { text: t("cycle.view.backlog") });
		const list = container.createEl("ul");
		for (const item of group.backlog) {
			const parsed = parseAttributedItem(item);
			list.createEl("li", { text: parsed?.link ? `${parsed.text} (${basenameOf(linkTarget(parsed.link))})` : item });
		}
	}

	container.createEl("h5", { text: t("cycle.view.ratings") });
	if (overview.trend.points.length === 0) container.createEl("p", { text: t("cycle.view.ratings.empty"), cls: "codev-muted" });
	else {
		drawRatingChart(container.createDiv({ cls: "codev-chart-box" }), overview.trend.points, {
			title: t("cycle.view.chart-label"),
			fond: t("cycle.view.legend.fond"),
			forme: t("cycle.view.legend.forme"),
		});
		const legend = container.createDiv({ cls: "codev-chart-legend" });
		for (const key of ["fond", "forme"] as const) {
			const item = legend.createSpan({ cls: `codev-chart-${key}` });
			item.createSpan({ text: "● " }).style.setProperty("color", CHART_COLOURS[key]);
			item.createSpan({ text: `${t(key === "fond" ? "cycle.view.legend.fond" : "cycle.view.legend.forme")}  ` });
		}
	}

	if (overview.learnings.length > 0) {
		container.createEl("h5", { text: t("cycle.view.learnings") });
		const list = container.createEl("ul", { cls: "codev-learnings" });
		for (const session of overview.learnings) {
			const li = list.createEl("li");
			noteLink(li, longDate(session.date, lang), session.path, handlers);
			const inner = li.createEl("ul");
			for (const learning of session.items) inner.createEl("li", { text: `${learning.person.name}: ${learning.text}` });
		}
	}
}
