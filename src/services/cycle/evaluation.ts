/**
 * Step 6: attendance and evaluation of one session, written as the session's properties (the
 * session model's writeEvaluation: lists of links, each rating, the means, the learnings) plus a
 * readable table in the note's marked evaluation section.
 */
import { sessionMeans, toRating } from "../../codev/cycle/ratings";
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { readSession, writeEvaluation } from "../../notes/schema/session";
import { EVALUATION_SCOPE, EVALUATION_SECTION, renderEvaluationTable, writeEvaluationSection, type EvaluationRow } from "../../notes/cycle/evaluation";
import { sectionStart } from "../../notes/markers";
import { basenameOf, type NoteStore } from "../noteStore";
import { readGroup } from "./group";
import { readSessionRecord } from "./sessionRecords";

export type AttendanceStatus = "present" | "absent" | "excused";

export interface EvaluationEntry {
	personPath: string;
	status: AttendanceStatus;
	/** 1..5; anything else is treated as "not given". */
	fond?: number | string | null;
	forme?: number | string | null;
	takeaway?: string;
}

export interface RecordedEvaluation {
	fond: number | null;
	forme: number | null;
	rated: number;
}

/** One person's line of the step-6 form, as it opens. */
export interface EvaluationFormRow {
	path: string;
	name: string;
	status: AttendanceStatus;
	/** "1".."5", or "" when not given yet. */
	fond: string;
	forme: string;
	takeaway: string;
}

/**
 * The step-6 form of a session: the group's members and everyone the session names, each once
 * (unresolved names left out), with what was recorded. Before attendance is recorded, those
 * present are the session's attendees (everyone when none are listed).
 */
export function evaluationFormRows(store: NoteStore, sessionPath: string): EvaluationFormRow[] {
	const record = readSessionRecord(store, sessionPath);
	const session = readSession(store.frontmatter(sessionPath) ?? {}, (text) => store.resolveLink(text, sessionPath));
	const groupPath = session.group?.path ?? null;
	const members = groupPath ? (readGroup(store, groupPath)?.members ?? []) : [];
	const people = [...members, ...(record?.present ?? []), ...(record?.absent ?? []), ...(record?.excused ?? [])].filter(
		(p, i, all) => !p.id.startsWith("?") && all.findIndex((q) => q.id === p.id) === i,
	);
	const attendees = session.attendees.map((a) => a.path);
	const statusOf = (id: string): AttendanceStatus => {
		if (record?.absent.some((a) => a.id === id)) return "absent";
		if (record?.excused.some((a) => a.id === id)) return "excused";
		if (session.present !== null) return record?.present.some((a) => a.id === id) ? "present" : "absent";
		return attendees.length === 0 || attendees.includes(id) ? "present" : "absent";
	};
	return people.map((p) => {
		const rating = record?.ratings.find((r) => r.person.id === p.id);
		return {
			path: p.id,
			name: p.name,
			status: statusOf(p.id),
			fond: rating?.fond ? String(rating.fond) : "",
			forme: rating?.forme ? String(rating.forme) : "",
			takeaway: record?.learnings.find((l) => l.person.id === p.id)?.text ?? "",
		};
	});
}

export async function recordEvaluation(store: NoteStore, sessionPath: string, entries: readonly EvaluationEntry[], lang: Lang): Promise<Result<RecordedEvaluation>> {
	if (!store.frontmatter(sessionPath)) return fail("cycle-not-found");
	// Refused before anything is written: a deleted marker would make the table swallow the text after it.
	if (writeEvaluationSection(await store.read(sessionPath), "", lang) === null) {
		return fail("marker-unpaired", { name: basenameOf(sessionPath), marker: sectionStart(EVALUATION_SCOPE, EVALUATION_SECTION) });
	}
	const link = (path: string) => store.propertyLink(path, sessionPath);
	const byStatus = (status: AttendanceStatus) => entries.filter((e) => e.status === status).map((e) => link(e.personPath));
	const rated = entries
		.filter((e) => e.status === "present")
		.map((e) => ({ entry: e, fond: toRating(e.fond), forme: toRating(e.forme), takeaway: (e.takeaway ?? "").trim() }));
	const ratingRows = rated.filter((r) => r.fond !== null || r.forme !== null);
	const means = sessionMeans(ratingRows.map((r) => ({ person: { id: r.entry.personPath, name: basenameOf(r.entry.personPath) }, fond: r.fond, forme: r.forme })));
	await store.updateProperties(sessionPath, (fm) =>
		writeEvaluation(fm, {
			present: byStatus("present"),
			absent: byStatus("absent"),
			excused: byStatus("excused"),
			ratings: ratingRows.map((r) => ({ link: link(r.entry.personPath), fond: r.fond, forme: r.forme })),
			means,
			learnings: rated.filter((r) => r.takeaway !== "").map((r) => ({ link: link(r.entry.personPath), text: r.takeaway })),
		}),
	);
	const rows: EvaluationRow[] = rated
		.filter((r) => r.fond !== null || r.forme !== null || r.takeaway !== "")
		.map((r) => ({ personLink: store.bodyLink(r.entry.personPath, sessionPath), fond: r.fond, forme: r.forme, takeaway: r.takeaway }));
	const table = renderEvaluationTable(rows, lang);
	await store.process(sessionPath, (text) => writeEvaluationSection(text, table, lang) ?? text);
	return ok({ fond: means.fond, forme: means.forme, rated: ratingRows.length });
}
