/**
 * Create dashboards: the Bases files of notes/cycle/bases.ts, each written only when missing
 * (an existing file, edited or not, is never overwritten), plus the member statistics the
 * members dashboard shows (times_client, attendance_rate on person notes).
 */
import { attendanceByMember } from "../../codev/cycle/attendance";
import { isHeld } from "../../codev/cycle/records";
import { computeRotation } from "../../codev/cycle/rotation";
import type { Lang } from "../../codev/types";
import { DASHBOARD_IDS, dashboardFileName, dashboardSpec, renderBase } from "../../notes/cycle/bases";
import { sanitizeFolderPath, sanitizeNoteName } from "../../notes/names";
import { basenameOf, joinPath, type NoteStore } from "../noteStore";
import { PERSON_TYPE, readSessionRecord, SESSION_TYPE } from "./sessionRecords";

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

/**
 * Writes `times_client` and `attendance_rate` (whole percent, across all the person's codev
 * sessions held by `todayIso`) on person notes, only where the value changed.
 */
export async function refreshMemberStats(store: NoteStore, todayIso: string): Promise<string[]> {
	const sessions = store
		.notesOfType(SESSION_TYPE)
		.map((path) => readSessionRecord(store, path))
		.filter((s): s is NonNullable<typeof s> => s !== null && isHeld(s, todayIso));
	const people = store.notesOfType(PERSON_TYPE).map((path) => ({ id: path, name: basenameOf(path) }));
	const rotation = computeRotation(people, sessions);
	const attendance = attendanceByMember(people, sessions);
	const updated: string[] = [];
	for (const person of people) {
		const times = rotation.entries.find((e) => e.person.id === person.id)?.timesClient ?? 0;
		const rate = attendance.find((a) => a.person.id === person.id)?.rate ?? null;
		const percent = rate === null ? null : Math.round(rate * 100);
		const fm = store.frontmatter(person.id);
		if (fm && fm.times_client === times && (fm.attendance_rate ?? null) === percent) continue;
		await store.updateProperties(person.id, (front) => {
			front.times_client = times;
			front.attendance_rate = percent;
		});
		updated.push(person.id);
	}
	return updated;
}
