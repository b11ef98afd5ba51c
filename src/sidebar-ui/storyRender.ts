/**
 * Draws a client's story with standard DOM calls only (no `obsidian` import), so the same code
 * runs in the progress view and in a plain browser page (the Chromium screenshot test). Every
 * name, topic and learning is set as text, never parsed as HTML.
 */
import type { Lang } from "../codev/types";
import { t } from "../i18n";
import { shortDate } from "../notes/dates";
import { colonFor } from "../notes/text";
import { outcomeText, sessionTitle, type ClientStory, type StoryAction } from "../notes/linked/progress";
import { basenameOf } from "../services/noteStore";
import { el as make } from "./dom";

/** The sidebar toolkit's element maker, text before class as this file reads best. */
const el = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => make(parent, tag, cls, text);

export interface StoryHandlers {
	openPath(path: string, subpath?: string): void;
}

function link(parent: HTMLElement, text: string, open: () => void): void {
	const a = el(parent, "a", text, "internal-link");
	a.href = "#";
	a.addEventListener("click", (event) => {
		event.preventDefault();
		open();
	});
}

function quote(text: string, lang: Lang): string {
	return lang === "fr" ? `« ${text} »` : `“${text}”`;
}

function actionItem(list: HTMLElement, action: StoryAction, lang: Lang): HTMLLIElement {
	const item = el(list, "li", undefined, `codev-story-action codev-outcome-${action.outcome ?? "pending"}`);
	el(item, "span", outcomeText(action, lang), "codev-story-outcome");
	el(item, "span", ` ${action.text}`, "codev-story-text");
	if (action.learning) el(item, "div", quote(action.learning, lang), "codev-story-learning");
	return item;
}

export function renderClientStory(container: HTMLElement, story: ClientStory, lang: Lang, handlers: StoryHandlers): void {
	container.replaceChildren();
	container.classList.add("codev-story");
	el(container, "h4", basenameOf(story.person));
	const c = story.counts;
	if (story.months.length > 0) el(container, "p", t("linked.progress.summary", { done: c.done, partly: c.partly, notTried: c.notTried, letGo: c.letGo, pending: c.pending }), "codev-story-summary");
	el(container, "h5", t("linked.progress.as-client"));
	if (story.months.length === 0) el(container, "p", t("linked.progress.empty-client"), "codev-muted");
	const months = el(container, "ol", undefined, "codev-progress-client codev-story-months");
	for (const month of story.months) {
		const item = el(months, "li", undefined, "codev-story-month");
		const title = el(item, "div", undefined, "codev-story-title");
		link(title, sessionTitle(month.date, month.topic, lang), () => handlers.openPath(month.session));
		const facts = el(item, "dl", undefined, "codev-story-facts");
		const fact = (label: string, value: string): void => {
			el(facts, "dt", label);
			el(facts, "dd", value);
		};
		if (month.request) fact(t("linked.progress.request"), quote(month.request, lang));
		if (month.kept) fact(t("linked.progress.kept"), month.kept);
		if (month.actions.length > 0) {
			const list = el(item, "ul", undefined, "codev-story-actions");
			for (const action of month.actions) actionItem(list, action, lang);
		}
		for (const changed of month.changed) {
			el(item, "p", `${t("linked.progress.changed")} (${shortDate(changed.date, lang)})${colonFor(lang)} ${quote(changed.text, lang)}`, "codev-story-changed");
		}
	}
	el(container, "h5", t("linked.progress.open"));
	if (story.open.length === 0) el(container, "p", t("linked.progress.none-open"), "codev-muted");
	const open = el(container, "ul", undefined, "codev-story-open");
	for (const action of story.open) {
		const item = actionItem(open, action, lang);
		if (action.since) el(item, "span", ` · ${t("linked.progress.since", { date: shortDate(action.since, lang) })}`, "codev-muted");
		item.addEventListener("dblclick", () => handlers.openPath(action.planPath, action.id ? `#^${action.id}` : undefined));
	}
	el(container, "h5", t("linked.progress.as-consultant"));
	if (story.asConsultant.length === 0) el(container, "p", t("linked.progress.empty-consultant"), "codev-muted");
	const consultant = el(container, "ul", undefined, "codev-progress-consultant");
	for (const entry of story.asConsultant) {
		const item = el(consultant, "li");
		link(item, sessionTitle(entry.date, entry.topic, lang), () => handlers.openPath(entry.session));
		if (entry.client) el(item, "span", ` (${basenameOf(entry.client)})`, "codev-muted");
	}
}
