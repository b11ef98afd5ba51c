/**
 * The notes for training bodies, both rebuilt from the session notes' recorded attendance:
 *  - the attendance sheet of one session (`type: codev-attendance`): type, codev_schema, session
 *    and group (links), date, present_count, generated (yyyy-MM-dd), lang, publish: false,
 *    cssclasses;
 *  - a participant's certificate of attendance (`type: codev-certificate`): type, codev_schema,
 *    person and group (links), from / to (yyyy-MM-dd, when the certificate covers a range),
 *    sessions_attended, hours, generated, lang, publish: false, cssclasses.
 * The properties are rewritten on each refresh; the text is the service's. Pure.
 */
import type { Properties } from "../properties";
import { noteHead, noteTail } from "./kinds";
import { asText, ref, type NoteRef, type ResolveLink } from "./values";

/** Every property of an attendance sheet or certificate but the common ones (kinds.ts). */
export const ATTENDANCE_KEYS = {
	session: "session",
	group: "group",
	date: "date",
	presentCount: "present_count",
	person: "person",
	from: "from",
	to: "to",
	sessionsAttended: "sessions_attended",
	hours: "hours",
	generated: "generated",
	cssclasses: "cssclasses",
} as const;

/** The class their tables are styled by (styles/attendance.css). */
const CSS_CLASSES = ["codev-attendance"];

/** What a refresh of the sheet rewrites. */
export interface SheetFigures {
	date: string;
	presentCount: number;
	generated: string;
}

export function attendanceSheetProperties(sheet: SheetFigures & { session: string; group: string; lang: string }): Properties {
	return { ...noteHead("attendance"), session: sheet.session, group: sheet.group, date: sheet.date, present_count: sheet.presentCount, generated: sheet.generated, ...noteTail(sheet.lang), cssclasses: [...CSS_CLASSES] };
}

export function refreshAttendanceSheet(fm: Record<string, unknown>, figures: SheetFigures): void {
	fm.date = figures.date;
	fm.present_count = figures.presentCount;
	fm.generated = figures.generated;
}

/** What a refresh of the certificate rewrites. */
export interface CertificateFigures {
	sessionsAttended: number;
	hours: number;
	generated: string;
}

export interface CertificateNote {
	person: NoteRef | null;
	/** The range it covers ("" for the whole cycle's start or end). */
	from: string;
	to: string;
}

export function readCertificate(fm: Readonly<Record<string, unknown>>, resolve: ResolveLink): CertificateNote {
	return { person: ref(fm.person, resolve), from: asText(fm.from), to: asText(fm.to) };
}

export function certificateProperties(c: CertificateFigures & { person: string; group: string; from?: string; to?: string; lang: string }): Properties {
	return {
		...noteHead("certificate"),
		person: c.person,
		group: c.group,
		...(c.from ? { from: c.from } : {}),
		...(c.to ? { to: c.to } : {}),
		sessions_attended: c.sessionsAttended,
		hours: c.hours,
		generated: c.generated,
		...noteTail(c.lang),
		cssclasses: [...CSS_CLASSES],
	};
}

export function refreshCertificate(fm: Record<string, unknown>, figures: CertificateFigures): void {
	fm.sessions_attended = figures.sessionsAttended;
	fm.hours = figures.hours;
	fm.generated = figures.generated;
}
