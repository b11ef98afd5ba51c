/**
 * Attendance sheet (« feuille d'émargement ») for one session and certificate of attendance
 * (« certificat de réalisation ») for one participant, for training bodies. Both are built from
 * the session notes' properties only (present/attendees, absent, excused, date, time, duration):
 * never from the note's text, so no private note can reach them, and nobody is ever counted
 * present who is not recorded present. Regenerating replaces only the marked block; what the
 * facilitator wrote around it stays. Pure (NoteStore).
 */
import { attendedSessions, expectedPeople, formatHours, formatTime, halfDays, minutesOfDay, statusOf, type AttendanceStatus } from "../../codev/attendance";
import { isHeld, sortSessions, type PersonRef, type SessionRecord } from "../../codev/cycle/records";
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { formatLongDate } from "../../notes/dates";
import { parseLocalDate } from "../../codev/dates";
import { renderFrontmatter, type Properties } from "../../notes/frontmatter";
import { renderMarkedSection, replaceMarkedSection } from "../../notes/markers";
import { freePath, nameKey } from "../../notes/names";
import { colonFor, markdownTable, tableCell } from "../../notes/text";
import { readGroup, type GroupInfo } from "../cycle/group";
import { readGroupSessions, readSessionRecord } from "../cycle/sessionRecords";
import { attendanceSheetProperties, certificateProperties, readCertificate, refreshAttendanceSheet, refreshCertificate, type CertificateNote } from "../../notes/schema/attendance";
import { TYPES } from "../../notes/schema/kinds";
import { linkAttendanceSheet, readSession } from "../../notes/schema/session";
import { linkTarget } from "../../notes/links";
import { basenameOf, type NoteStore } from "../noteStore";
import { folderOf } from "../../notes/paths";

const SCOPE = "attendance";

/** What a session's attendance sheet shows, read from its properties (then the group's). */
export interface SessionAttendance {
	session: SessionRecord;
	group: GroupInfo;
	/** The cycle's title: the group's `title` property, else the group's name. */
	title: string;
	start: string;
	end: string;
	minutes: number;
	remote: boolean;
	place: string;
	facilitator: string;
	rows: Array<{ person: PersonRef; status: AttendanceStatus }>;
}

export function readSessionAttendance(store: NoteStore, sessionPath: string): Result<SessionAttendance> {
	const session = readSessionRecord(store, sessionPath);
	const fm = store.frontmatter(sessionPath);
	const note = fm ? readSession(fm, (text) => store.resolveLink(text, sessionPath)) : null;
	const groupPath = note?.group?.path ?? null;
	const group = groupPath ? readGroup(store, groupPath) : null;
	if (!session || !note || !group) return fail("attendance-no-group", { path: sessionPath });
	if (session.date === "") return fail("attendance-no-date", { path: sessionPath });
	// The session's own setting, else the group's.
	const minutes = note.duration ?? group.duration;
	const start = minutesOfDay(note.time || group.time);
	const mode = note.mode || group.mode;
	return ok({
		session,
		group,
		title: group.title || group.name,
		start: start === null ? "" : formatTime(start),
		end: start === null ? "" : formatTime(start + minutes),
		minutes,
		remote: mode === "remote",
		place: note.place || (group.place ?? ""),
		facilitator: note.facilitator || group.facilitator,
		rows: expectedPeople(group.members, session).map((person) => ({ person, status: statusOf(session, person.id) })),
	});
}

const table = (head: string[], rows: string[][]): string[] => markdownTable(head, rows.map((cells) => cells.map(tableCell))).split("\n");

function longDate(iso: string, lang: Lang): string {
	const date = parseLocalDate(iso);
	return date ? formatLongDate(date, lang) : iso;
}

function sheetBody(a: SessionAttendance, lang: Lang, today: string): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const line = (label: string, value: string): string => `**${label}**${colon} ${value}`;
	const times = a.start === "" ? formatHours(a.minutes, lang) : `${a.start} – ${a.end} (${formatHours(a.minutes, lang)})`;
	const halves = halfDays(a.start, a.minutes);
	const columns = a.remote ? [t("attendance.connected")] : halves.length > 0 ? halves.map((h) => t(`attendance.${h}`)) : [t("attendance.signature")];
	const mark = (status: AttendanceStatus): string => {
		if (status === "absent" || status === "excused") return t(`attendance.status.${status}`);
		if (a.remote) return t(status === "present" ? "attendance.status.connected" : "attendance.status.unrecorded");
		return "";
	};
	return [
		"",
		`# ${t("attendance.title")}`,
		"",
		line(t("attendance.cycle"), a.title) + "  ",
		line(t("note.label.group"), a.group.name) + "  ",
		line(t("attendance.date"), longDate(a.session.date, lang)) + "  ",
		line(t("attendance.times"), times) + "  ",
		line(t("attendance.place"), a.remote ? t("attendance.remote") : a.place || "…") + "  ",
		line(t("note.label.facilitator"), a.facilitator),
		"",
		...table([t("attendance.participant"), ...columns], a.rows.map(({ person, status }) => [person.name, ...columns.map(() => mark(status))])),
		"",
		...table([t("note.label.facilitator"), t("attendance.signature")], [[a.facilitator, ""]]),
		"",
		`*${t(a.remote ? "attendance.hint.remote" : "attendance.hint", { date: longDate(today, lang) })}*`,
	].join("\n");
}



const linksTo = (store: NoteStore, value: unknown, from: string, target: string): boolean => {
	const resolved = store.resolveLink(linkTarget(value), from);
	return resolved !== null && nameKey(resolved) === nameKey(target);
};

export interface WrittenNote {
	path: string;
	created: boolean;
}

/** Writes the block into a new note, or replaces it in the existing one; refuses when its markers were broken. */
async function writeMarked(store: NoteStore, existing: string | undefined, create: () => { path: string; props: Properties }, name: string, body: string, props: (fm: Record<string, unknown>) => void): Promise<Result<WrittenNote>> {
	if (existing) {
		const text = await store.read(existing);
		if (!replaceMarkedSection(text, SCOPE, name, body).ok) return fail("attendance-markers", { path: existing });
		await store.process(existing, (current) => {
			const edit = replaceMarkedSection(current, SCOPE, name, body);
			return edit.ok ? edit.text : current;
		});
		await store.updateProperties(existing, props);
		return ok({ path: existing, created: false });
	}
	const { path, props: initial } = create();
	await store.create(path, renderFrontmatter(initial) + renderMarkedSection(SCOPE, name, body) + "\n");
	return ok({ path, created: true });
}

/** Creates or refreshes the session's attendance sheet, beside the session note, linked from it (`attendance_sheet`). */
export async function writeAttendanceSheet(store: NoteStore, sessionPath: string, lang: Lang, today: string): Promise<Result<WrittenNote>> {
	const read = readSessionAttendance(store, sessionPath);
	if (!read.ok) return read;
	const a = read.value;
	const t = translator(lang);
	const existing = store.codevIndex().ofSession(sessionPath, TYPES.attendance)[0]?.path;
	const folder = folderOf(sessionPath);
	const figures = { date: a.session.date, presentCount: a.rows.filter((r) => r.status === "present").length, generated: today };
	const written = await writeMarked(
		store,
		existing,
		() => {
			const path = freePath(folder, `${basenameOf(sessionPath)} – ${t("attendance.file")}`, ".md", (p) => store.exists(p));
			return { path, props: attendanceSheetProperties({ session: store.propertyLink(sessionPath, path), group: store.propertyLink(a.group.path, path), ...figures, lang }) };
		},
		"sheet",
		sheetBody(a, lang, today),
		(fm) => refreshAttendanceSheet(fm, figures),
	);
	if (written.ok) {
		const link = store.propertyLink(written.value.path, sessionPath);
		await store.updateProperties(sessionPath, (fm) => linkAttendanceSheet(fm, link, (value) => linksTo(store, value, sessionPath, written.value.path)));
	}
	return written;
}

export interface CertificateRange {
	from?: string;
	to?: string;
}

export interface CertificateLine {
	date: string;
	start: string;
	end: string;
	minutes: number;
}

export interface Certificate {
	person: PersonRef;
	group: GroupInfo;
	title: string;
	facilitator: string;
	lines: CertificateLine[];
	minutes: number;
}

/** The sessions of the group this person is recorded present at (held ones only), with their times. */
export function computeCertificate(store: NoteStore, groupPath: string, personPath: string, range: CertificateRange, today: string): Result<Certificate> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	const sessions = sortSessions(readGroupSessions(store, groupPath).filter((s) => isHeld(s, today) && s.status !== "cancelled"));
	const byPath = new Map<string, SessionAttendance>();
	for (const s of sessions) {
		const read = readSessionAttendance(store, s.path);
		if (read.ok) byPath.set(s.path, read.value);
	}
	const attended = attendedSessions(sessions, personPath, (s) => byPath.get(s.path)?.minutes ?? group.duration, range);
	const lines = attended.map((s) => ({ date: s.date, start: byPath.get(s.path)?.start ?? "", end: byPath.get(s.path)?.end ?? "", minutes: s.minutes }));
	const facilitators = [...new Set(attended.map((s) => byPath.get(s.path)?.facilitator ?? "").filter((f) => f !== ""))];
	return ok({
		person: { id: personPath, name: basenameOf(personPath) },
		group,
		title: group.title || group.name,
		facilitator: facilitators.join(", ") || group.facilitator,
		lines,
		minutes: lines.reduce((sum, line) => sum + line.minutes, 0),
	});
}

function certificateBody(c: Certificate, range: CertificateRange, lang: Lang, today: string): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const first = c.lines[0]?.date ?? range.from ?? "";
	const last = c.lines[c.lines.length - 1]?.date ?? range.to ?? "";
	const rows = c.lines.map((line) => [longDate(line.date, lang), line.start === "" ? "" : `${line.start} – ${line.end}`, formatHours(line.minutes, lang)]);
	return [
		"",
		`# ${t("certificate.title")}`,
		"",
		t("certificate.statement", { facilitator: c.facilitator || "…", title: c.title, name: c.person.name }),
		"",
		...(rows.length > 0 ? table([t("attendance.date"), t("attendance.times"), t("certificate.length")], rows) : [`*${t("certificate.none")}*`]),
		"",
		`**${t("certificate.total")}**${colon} ${t("certificate.total.value", { count: c.lines.length, hours: formatHours(c.minutes, lang) })}  `,
		`**${t("certificate.period")}**${colon} ${first === "" ? "…" : t("certificate.period.value", { from: longDate(first, lang), to: longDate(last, lang) })}  `,
		`**${t("certificate.done")}**${colon} ${longDate(today, lang)}`,
		"",
		...table([t("note.label.facilitator"), t("attendance.signature")], [[c.facilitator, ""]]),
		"",
		`*${t("certificate.hint")}*`,
	].join("\n");
}

/** Creates or refreshes a participant's certificate for the cycle (or a date range), beside the group note. */
export async function writeCertificate(store: NoteStore, groupPath: string, personPath: string, lang: Lang, today: string, range: CertificateRange = {}): Promise<Result<WrittenNote & { minutes: number; sessions: number }>> {
	const computed = computeCertificate(store, groupPath, personPath, range, today);
	if (!computed.ok) return computed;
	const c = computed.value;
	const t = translator(lang);
	const isThisCertificate = (note: CertificateNote): boolean => nameKey(note.person?.path ?? "") === nameKey(personPath) && note.from === (range.from ?? "") && note.to === (range.to ?? "");
	const existing = store
		.codevIndex()
		.ofGroup(groupPath, TYPES.certificate)
		.find(({ path, frontmatter }) => isThisCertificate(readCertificate(frontmatter, (text) => store.resolveLink(text, path))))?.path;
	const folder = folderOf(groupPath);
	const figures = { sessionsAttended: c.lines.length, hours: Math.round((c.minutes / 60) * 100) / 100, generated: today };
	const written = await writeMarked(
		store,
		existing,
		() => {
			const suffix = range.from || range.to ? ` (${range.from ?? "…"} – ${range.to ?? "…"})` : "";
			const path = freePath(folder, `${t("certificate.file", { name: c.person.name, group: c.group.name })}${suffix}`, ".md", (p) => store.exists(p));
			return { path, props: certificateProperties({ person: store.propertyLink(personPath, path), group: store.propertyLink(groupPath, path), from: range.from, to: range.to, ...figures, lang }) };
		},
		"certificate",
		certificateBody(c, range, lang, today),
		(fm) => refreshCertificate(fm, figures),
	);
	return written.ok ? ok({ ...written.value, minutes: c.minutes, sessions: c.lines.length }) : written;
}
