/**
 * Create dashboards: the Bases files of notes/cycle/bases.ts, each written only when missing
 * (an existing file, edited or not, is never overwritten). The members dashboard's statistics
 * are computed when shown (memberStats), never written into a person's note.
 */
import { attendanceByMember } from "../../codev/cycle/attendance";
import { isHeld } from "../../codev/cycle/records";
import { computeRotation } from "../../codev/cycle/rotation";
import type { Lang } from "../../codev/types";
import { DASHBOARD_IDS, dashboardFileName, dashboardSpec, renderBase } from "../../notes/cycle/bases";
import { sanitizeFolderPath, sanitizeNoteName } from "../../notes/names";
import { basenameOf, joinPath, type NoteStore } from "../noteStore";
import { readAllSessions } from "./sessionRecords";

export interface DashboardsResult {
	created: string[];
	skipped: string[];
}

export async function createDashboards(store: NoteStore, folder: string, lang: Lang): Promise<DashboardsResult> {
	const dir = sanitizeFolderPath(folder, "Codev");
	const result: DashboardsResult = { created: [], skipped: [] };
	for (const id of DASHBOARD_IDS) {
		const path = joinPath(dir, `${sanitizeNoteName(dashboardFileName(id, lang), id)}.base`);
		if (store.exists(path)) {
			result.skipped.push(path);
			continue;
		}
		try {
			await store.create(path, renderBase(dashboardSpec(id, lang)));
			result.created.push(path);
		} catch {
			// Created in between (sync, another command): it exists, so it is left as is.
			result.skipped.push(path);
		}
	}
	return result;
}

export interface MemberStats {
	path: string;
	name: string;
	timesClient: number;
	/** Sessions where they were recorded present, and recorded at all (present, absent, excused). */
	present: number;
	recorded: number;
	/** Whole percent, or null before any session. */
	attendancePercent: number | null;
}

/**
 * Times as client and attendance of these person notes, across the codev sessions held by
 * `todayIso`: read from the notes, written nowhere.
 */
export function memberStats(store: NoteStore, personPaths: readonly string[], todayIso: string): MemberStats[] {
	const sessions = readAllSessions(store).filter((s) => isHeld(s, todayIso));
	const people = personPaths.map((path) => ({ id: path, name: basenameOf(path) }));
	const rotation = computeRotation(people, sessions);
	const attendance = attendanceByMember(people, sessions);
	return people.map((person) => {
		const row = attendance.find((a) => a.person.id === person.id);
		const rate = row?.rate ?? null;
		return {
			path: person.id,
			name: person.name,
			timesClient: rotation.entries.find((e) => e.person.id === person.id)?.timesClient ?? 0,
			present: row?.present ?? 0,
			recorded: row ? row.present + row.absent + row.excused : 0,
			attendancePercent: rate === null ? null : Math.round(rate * 100),
		};
	});
}
