import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { parseLocalDate } from "../../codev/dates";
import { formatLongDate } from "../dates";
import { renderFrontmatter, type Properties } from "../frontmatter";
import { renderMarkedSection } from "../markers";

/** Marked sections of the group note (see markers.ts): `%% codev-group:calendar:start %%`. */
export const GROUP_SCOPE = "group";
export const CALENDAR_SECTION = "calendar";

export interface CalendarLine {
	number: number;
	date: string;
	/** Body link to the session note held on that date, if any. */
	sessionLink?: string;
}

/** "1. mardi 13 janvier 2026 · [[2026-01-13 Horizon – Hélène]]" */
export function renderCalendarLines(lines: readonly CalendarLine[], lang: Lang): string {
	return lines
		.map((line) => {
			const date = parseLocalDate(line.date);
			const text = date ? formatLongDate(date, lang) : line.date;
			return `${line.number}. ${text}${line.sessionLink ? ` · ${line.sessionLink}` : ""}`;
		})
		.join("\n");
}

/** A new group note: properties, intro, the charter (the facilitator's text) and the generated calendar. */
export function renderGroupNote(props: Properties, charter: string, calendar: readonly CalendarLine[], lang: Lang): string {
	const t = translator(lang);
	return (
		renderFrontmatter(props) +
		[
			t("cycle.group.intro"),
			"",
			`## ${t("cycle.group.heading.charter")}`,
			charter.trim(),
			"",
			`## ${t("cycle.group.heading.calendar")}`,
			renderMarkedSection(GROUP_SCOPE, CALENDAR_SECTION, renderCalendarLines(calendar, lang)),
			"",
		].join("\n")
	);
}

/** A group note made by Start session (no cycle planned yet): properties, intro, the sessions heading. */
export function renderStartedGroupNote(props: Properties, lang: Lang): string {
	const t = translator(lang);
	return renderFrontmatter(props) + [t("note.group.intro"), "", `## ${t("note.group.heading.sessions")}`, ""].join("\n");
}

/** A new person note: properties and intro. */
export function renderPersonNote(props: Properties, lang: Lang): string {
	return renderFrontmatter(props) + `${translator(lang)("note.person.intro")}\n`;
}
