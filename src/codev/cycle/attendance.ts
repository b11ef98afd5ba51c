/**
 * Attendance rates from the `present` / `absent` / `excused` lists of session notes.
 * A member counts for a session only when the session records them in one of the lists:
 * someone who joined mid-cycle is not "absent" from the sessions before they joined.
 * Excused absences are absences for the rate (shown apart so the facilitator sees why).
 */
import type { PersonRef, SessionRecord } from "./records";

export interface MemberAttendance {
	person: PersonRef;
	present: number;
	absent: number;
	excused: number;
	/** present / (present + absent + excused), 0..1; null when never recorded. */
	rate: number | null;
}

export interface SessionAttendance {
	path: string;
	date: string;
	present: number;
	recorded: number;
	rate: number | null;
}

export function attendanceByMember(members: readonly PersonRef[], sessions: readonly SessionRecord[]): MemberAttendance[] {
	return members.map((person) => {
		const count = (pick: (s: SessionRecord) => PersonRef[]) => sessions.filter((s) => pick(s).some((p) => p.id === person.id)).length;
		const present = count((s) => s.present);
		const absent = count((s) => s.absent);
		const excused = count((s) => s.excused);
		const total = present + absent + excused;
		return { person, present, absent, excused, rate: total === 0 ? null : present / total };
	});
}

export function attendanceBySession(sessions: readonly SessionRecord[]): SessionAttendance[] {
	return sessions.map((s) => {
		const recorded = s.present.length + s.absent.length + s.excused.length;
		return { path: s.path, date: s.date, present: s.present.length, recorded, rate: recorded === 0 ? null : s.present.length / recorded };
	});
}

/** "83 %" / "83%": whole percent, or an en dash when unknown. */
export function formatRate(rate: number | null, lang: "fr" | "en"): string {
	if (rate === null) return "–";
	const percent = Math.round(rate * 100);
	return lang === "fr" ? `${percent}\u00a0%` : `${percent}%`;
}
