/**
 * The facilitator's log (« Journal de l'animateur »): one private note per session with a short
 * self-assessment grid (framing and time, listening, the ethics code, the group's energy; 1–5 and
 * a line each) and free notes on the process, and a cycle note with the grid's trend. Private by
 * nature: its own note type, which nothing shareable reads (client sheet, bilan, attendance sheet,
 * certificate), and no property on the session note. Pure (NoteStore).
 */
import { sortSessions } from "../../codev/cycle/records";
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { renderFrontmatter } from "../../notes/frontmatter";
import { isMarkerLine, PRIVATE_MARKER, renderMarkedSection, replaceMarkedSection } from "../../notes/markers";
import { freePath } from "../../notes/names";
import { colonFor } from "../../notes/text";
import { readGroup } from "../cycle/group";
import { readGroupSessions } from "../cycle/sessionRecords";
import { TYPES } from "../../notes/schema/kinds";
import { journalProperties, LOG_CRITERIA, logProperties, readLogScores, writeLogScores, type LogCriterion, type LogScores } from "../../notes/schema/facilitatorLog";
import { writtenGroupAndDate } from "../../notes/schema/session";
import { basenameOf, type NoteStore } from "../noteStore";
import { folderOf } from "../../notes/paths";

const SCOPE = "log";

export interface LogEntry {
	/** 1..5, or null when not rated. */
	score: number | null;
	line: string;
}
export type LogGrid = Record<LogCriterion, LogEntry>;

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

function gridBlock(grid: LogGrid, lang: Lang): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	return LOG_CRITERIA.map((c) => `- **${t(`log.criterion.${c}`)}** ${grid[c].score ?? "–"}/5${colon} ${oneLine(grid[c].line)}`).join("\n");
}

/** The session's log note, if written. */
export function findLog(store: NoteStore, sessionPath: string): string | undefined {
	return store.codevIndex().ofSession(sessionPath, TYPES.log)[0]?.path;
}

/** The grid as stored in a log note's properties and block. */
export async function readLog(store: NoteStore, logPath: string): Promise<LogGrid> {
	const scores = readLogScores(store.frontmatter(logPath) ?? {});
	const text = await store.read(logPath);
	const grid = {} as LogGrid;
	for (const [index, c] of LOG_CRITERIA.entries()) {
		const line = new RegExp(`^- \\*\\*[^*]+\\*\\* [1-5–]/5\\s?:\\s?(.*)$`, "u");
		const lines = text.split(/\r?\n/).filter((l) => line.test(l));
		grid[c] = { score: scores[c], line: (line.exec(lines[index] ?? "")?.[1] ?? "").trim() };
	}
	return grid;
}

/**
 * Writes the session's log (a new note beside the session, linked from the session's private
 * notes section), or updates the grid of the one already there: only its properties and marked
 * block change; the free notes stay.
 */
export async function writeLog(store: NoteStore, sessionPath: string, grid: LogGrid, lang: Lang): Promise<Result<{ path: string; created: boolean }>> {
	const fm = store.frontmatter(sessionPath);
	if (!fm) return fail("log-no-session", { path: sessionPath });
	const t = translator(lang);
	const scores = Object.fromEntries(LOG_CRITERIA.map((c) => [c, grid[c].score])) as LogScores;
	const block = gridBlock(grid, lang);
	const existing = findLog(store, sessionPath);
	if (existing) {
		const text = await store.read(existing);
		if (!replaceMarkedSection(text, SCOPE, "grid", block).ok) return fail("attendance-markers", { path: existing });
		await store.process(existing, (current) => {
			const edit = replaceMarkedSection(current, SCOPE, "grid", block);
			return edit.ok ? edit.text : current;
		});
		await store.updateProperties(existing, (props) => writeLogScores(props, scores));
		return ok({ path: existing, created: false });
	}
	const folder = folderOf(sessionPath);
	const path = freePath(folder, `${basenameOf(sessionPath)} – ${t("log.file")}`, ".md", (p) => store.exists(p));
	const props = logProperties({ session: store.propertyLink(sessionPath, path), ...writtenGroupAndDate(fm), scores, lang });
	const body = [
		`# ${t("log.title")}`,
		"",
		`*${t("log.hint")}*`,
		"",
		`## ${t("log.grid")}`,
		renderMarkedSection(SCOPE, "grid", block),
		"",
		...(["process", "interventions", "otherwise"] as const).flatMap((key) => [`## ${t(`log.heading.${key}`)}`, "", ""]),
	];
	await store.create(path, renderFrontmatter(props) + body.join("\n"));
	// The link sits in the session's private section, which nothing shared ever copies.
	const link = `${t("log.title")}${colonFor(lang)} ${store.bodyLink(path, sessionPath)}`;
	await store.process(sessionPath, (text) => {
		const lines = text.split("\n");
		const at = lines.findIndex((line) => isMarkerLine(line, PRIVATE_MARKER));
		if (at >= 0) lines.splice(at + 1, 0, link);
		return lines.join("\n");
	});
	return ok({ path, created: true });
}

export interface TrendRow {
	date: string;
	scores: LogScores;
}

/** The grid over the group's sessions, in date order (sessions without a log left out). */
export function logTrend(store: NoteStore, groupPath: string): TrendRow[] {
	const rows: TrendRow[] = [];
	for (const session of sortSessions(readGroupSessions(store, groupPath))) {
		const log = findLog(store, session.path);
		const fm = log ? store.frontmatter(log) : null;
		if (!fm) continue;
		rows.push({ date: session.date, scores: readLogScores(fm) });
	}
	return rows;
}

const BARS = ["", "▁", "▃", "▅", "▆", "█"];

function average(values: Array<number | null>): number | null {
	const known = values.filter((v): v is number => v !== null);
	return known.length === 0 ? null : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
}

function trendBlock(rows: TrendRow[], lang: Lang): string {
	const t = translator(lang);
	if (rows.length === 0) return `*${t("log.trend.none")}*`;
	const head = `| ${t("attendance.date")} | ${LOG_CRITERIA.map((c) => t(`log.criterion.${c}`)).join(" | ")} |`;
	const lines = [head, `|${" --- |".repeat(LOG_CRITERIA.length + 1)}`];
	for (const row of rows) lines.push(`| ${row.date} | ${LOG_CRITERIA.map((c) => row.scores[c] ?? "–").join(" | ")} |`);
	const half = Math.ceil(rows.length / 2);
	lines.push("", `**${t("log.trend.summary")}**`);
	for (const c of LOG_CRITERIA) {
		const values = rows.map((r) => r.scores[c]);
		const first = average(values.slice(0, half));
		const last = average(values.slice(half));
		const spark = values.map((v) => (v === null ? "·" : BARS[v])).join("");
		const arrow = first === null || last === null || rows.length < 2 ? "" : last > first ? " ↗" : last < first ? " ↘" : " →";
		lines.push(`- ${t(`log.criterion.${c}`)}${colonFor(lang)} ${spark} ${t("log.trend.average", { value: average(values) ?? "–" })}${arrow}`);
	}
	return lines.join("\n");
}

/** Creates or refreshes the group's journal note: the grid's trend over the cycle, for the facilitator only. */
export async function writeLogTrend(store: NoteStore, groupPath: string, lang: Lang): Promise<Result<{ path: string; created: boolean; sessions: number }>> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	const rows = logTrend(store, groupPath);
	const block = trendBlock(rows, lang);
	const existing = store.codevIndex().ofGroup(groupPath, TYPES.journal)[0]?.path;
	if (existing) {
		const text = await store.read(existing);
		if (!replaceMarkedSection(text, SCOPE, "trend", block).ok) return fail("attendance-markers", { path: existing });
		await store.process(existing, (current) => {
			const edit = replaceMarkedSection(current, SCOPE, "trend", block);
			return edit.ok ? edit.text : current;
		});
		return ok({ path: existing, created: false, sessions: rows.length });
	}
	const t = translator(lang);
	const folder = folderOf(groupPath);
	const path = freePath(folder, t("log.journal.file", { group: group.name }), ".md", (p) => store.exists(p));
	const props = journalProperties({ group: store.propertyLink(groupPath, path), lang });
	const body = [`# ${t("log.journal.title", { group: group.name })}`, "", `*${t("log.hint")}*`, "", renderMarkedSection(SCOPE, "trend", block), "", `## ${t("log.journal.notes")}`, "", ""];
	await store.create(path, renderFrontmatter(props) + body.join("\n"));
	return ok({ path, created: true, sessions: rows.length });
}
