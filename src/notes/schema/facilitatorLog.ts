/**
 * The facilitator's private notes: the session log (`type: codev-facilitator-log`: type,
 * codev_schema, session (link), group and date as the session writes them, one 1–5 score per
 * criterion of the self-assessment grid (`log_framing`…), lang, publish: false) and the cycle's
 * journal (`type: codev-facilitator-journal`: type, codev_schema, group (link), lang, publish:
 * false). Nothing shareable reads them. Pure.
 */
import type { Properties } from "../properties";
import { noteHead, noteTail } from "./kinds";
import { asText } from "./values";

export const LOG_CRITERIA = ["framing", "listening", "ethics", "energy"] as const;
export type LogCriterion = (typeof LOG_CRITERIA)[number];

/** Every property of a log or journal note but the common ones (kinds.ts). */
export const FACILITATOR_LOG_KEYS = {
	session: "session",
	group: "group",
	date: "date",
	framing: "log_framing",
	listening: "log_listening",
	ethics: "log_ethics",
	energy: "log_energy",
} as const satisfies Record<string, string> & Record<LogCriterion, string>;

/** Each criterion's score, 1..5 or null when not rated. */
export type LogScores = Record<LogCriterion, number | null>;

function score(value: unknown): number | null {
	const n = typeof value === "number" ? value : Number(asText(value));
	return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

export function readLogScores(fm: Readonly<Record<string, unknown>>): LogScores {
	return Object.fromEntries(LOG_CRITERIA.map((c) => [c, score(fm[FACILITATOR_LOG_KEYS[c]])])) as LogScores;
}

export function writeLogScores(fm: Record<string, unknown>, scores: LogScores): void {
	for (const c of LOG_CRITERIA) fm[FACILITATOR_LOG_KEYS[c]] = scores[c];
}

/** A new session log: `group` and `date` are the session's, as written there. */
export function logProperties(log: { session: string; group: string; date: string; scores: LogScores; lang: string }): Properties {
	const props: Properties = { ...noteHead("log"), session: log.session, group: log.group, date: log.date };
	writeLogScores(props, log.scores);
	return { ...props, ...noteTail(log.lang) };
}

export function journalProperties(journal: { group: string; lang: string }): Properties {
	return { ...noteHead("journal"), group: journal.group, ...noteTail(journal.lang) };
}
