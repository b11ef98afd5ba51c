/**
 * Attendance for training records (« feuille d'émargement », « certificat de réalisation »):
 * times, half-days and hours, from what was recorded and nothing else. Pure TypeScript.
 */
import type { PersonRef, SessionRecord } from "./cycle/records";
import { formatDuration } from "./timing";

export type AttendanceStatus = "present" | "absent" | "excused" | "unrecorded";
export type HalfDay = "morning" | "afternoon";

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "14:00" → 840; null when not a time. */
export function minutesOfDay(time: string): number | null {
	const match = TIME.exec(time.trim());
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatTime(minutes: number): string {
	const m = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** The half-days a session covers: the morning if it starts before noon, the afternoon if it ends after 13:00 or starts from noon. One signature per half-day. */
export function halfDays(start: string, minutes: number): HalfDay[] {
	const from = minutesOfDay(start);
	if (from === null) return [];
	const to = from + minutes;
	const out: HalfDay[] = [];
	if (from < 12 * 60) out.push("morning");
	if (to > 13 * 60 || from >= 12 * 60) out.push("afternoon");
	return out;
}

/** Everyone expected at a session: the group's members, then anyone recorded there who is not a member. */
export function expectedPeople(members: readonly PersonRef[], session: Pick<SessionRecord, "present" | "absent" | "excused">): PersonRef[] {
	const out: PersonRef[] = [];
	for (const person of [...members, ...session.present, ...session.absent, ...session.excused]) if (!out.some((p) => p.id === person.id)) out.push(person);
	return out;
}

/** What the session note records for this person; a person in no list is « unrecorded », never present. */
export function statusOf(session: Pick<SessionRecord, "present" | "absent" | "excused">, personId: string): AttendanceStatus {
	if (session.absent.some((p) => p.id === personId)) return "absent";
	if (session.excused.some((p) => p.id === personId)) return "excused";
	if (session.present.some((p) => p.id === personId)) return "present";
	return "unrecorded";
}

export interface AttendedSession {
	path: string;
	date: string;
	minutes: number;
}

/** Sessions this person is recorded present at, in date order, within [from, to] when given (yyyy-MM-dd). */
export function attendedSessions<T extends Pick<SessionRecord, "path" | "date" | "present" | "absent" | "excused">>(
	sessions: readonly T[],
	personId: string,
	minutesOf: (session: T) => number,
	range: { from?: string; to?: string } = {},
): AttendedSession[] {
	return sessions
		.filter((s) => s.date !== "" && (!range.from || s.date >= range.from) && (!range.to || s.date <= range.to) && statusOf(s, personId) === "present")
		.map((s) => ({ path: s.path, date: s.date, minutes: minutesOf(s) }))
		.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}

/** On a sheet or certificate: 90 → "1 h 30" (fr, as formatDuration) / "1 hour 30 minutes" (en); 120 → "2 h" / "2 hours". */
export function formatHours(minutes: number, lang: "fr" | "en"): string {
	if (lang === "fr") return formatDuration(minutes, "fr");
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	const hours = h === 1 ? "1 hour" : `${h} hours`;
	const mins = m === 1 ? "1 minute" : `${m} minutes`;
	if (m === 0) return hours;
	return h === 0 ? mins : `${hours} ${mins}`;
}
