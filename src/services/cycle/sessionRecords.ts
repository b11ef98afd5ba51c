/**
 * Reads the cycle's records from the notes. This is the one place that knows how: sessions,
 * plans and contracts are found through the store's index (NoteStore.codevIndex), each read
 * through the note model.
 *
 * Session properties read (all optional except type/group):
 *   group, date, client, topic, client_b, topic_b (second consultation), status,
 *   present | attendees (links), absent, excused (links),
 *   ratings ("[[P]] fond:4 forme:5"), learnings ("[[P]]: text"), help_kinds | help (list).
 */
import type { Learning, PersonRef, Rating, SessionRecord } from "../../codev/cycle/records";
import { parseAttributedItem, parseRatingItem } from "../../notes/cycle/items";
import type { NoteStore } from "../noteStore";
import { linkTarget } from "../../notes/links";
import { TYPES } from "../../notes/schema/kinds";
import { readSession } from "../../notes/schema/session";
import { sessionNoteOf } from "../linked/common";
import { readContract } from "../../notes/schema/contract";
import { readPlan } from "../../notes/schema/plan";
import { peopleOf, personOf } from "../../notes/schema/person";
import type { ResolveLink } from "../../notes/schema/values";

/** A person from a link: the note's path when it resolves, else the link text (keyed case-insensitively). */
export function personFromLink(store: NoteStore, link: unknown, sourcePath: string): PersonRef | null {
	const text = linkTarget(link);
	return text === "" ? null : personOf({ path: store.resolveLink(text, sourcePath), text });
}

/** The session's group note, resolved from its `group` property. */
export function groupOfSession(store: NoteStore, sessionPath: string): string | null {
	return sessionNoteOf(store, sessionPath)?.group?.path ?? null;
}

/** A session note as the cycle reads it (through the session model: hand-edited values read leniently). */
export function readSessionRecord(store: NoteStore, path: string): SessionRecord | null {
	const fm = store.frontmatter(path);
	if (!fm) return null;
	const session = readSession(fm, (text) => store.resolveLink(text, path));
	const ratings: Rating[] = [];
	for (const item of session.ratings) {
		const parsed = parseRatingItem(item);
		const person = parsed && personFromLink(store, parsed.link, path);
		if (parsed && person) ratings.push({ person, fond: parsed.fond, forme: parsed.forme });
	}
	const learnings: Learning[] = [];
	for (const item of session.learnings) {
		const parsed = parseAttributedItem(item);
		const person = parsed?.link ? personFromLink(store, parsed.link, path) : null;
		if (parsed && person && parsed.text !== "") learnings.push({ person, text: parsed.text });
	}
	return {
		path,
		date: session.date ?? "",
		client: personOf(session.client),
		topic: session.topic,
		clientB: personOf(session.clientB),
		topicB: session.topicB,
		status: session.status,
		present: peopleOf(session.present ?? session.attendees),
		absent: peopleOf(session.absent),
		excused: peopleOf(session.excused),
		ratings,
		learnings,
		helpKinds: session.helpKinds,
	};
}

/** The group's session notes (the index's), read as records in date order. */
export function readGroupSessions(store: NoteStore, groupPath: string): SessionRecord[] {
	return store
		.codevIndex()
		.sessionsOfGroup(groupPath)
		.flatMap((note) => readSessionRecord(store, note.path) ?? []);
}

/** Every session note of the vault (the index's), read as records. */
export function readAllSessions(store: NoteStore): SessionRecord[] {
	return store
		.codevIndex()
		.ofType(TYPES.session)
		.flatMap((note) => readSessionRecord(store, note.path) ?? []);
}

export interface ActionPlanRecord {
	path: string;
	sessionPath: string | null;
	client: PersonRef | null;
	due: string;
	status: string;
	outcome: string;
}

/** The notes of this type whose `session` links to one of these sessions (the index's), each once, read by the kind's reader. */
function notesOfSessions<T>(store: NoteStore, type: string, sessionPaths: readonly string[], read: (fm: Record<string, unknown>, resolve: ResolveLink) => T): Array<T & { path: string; sessionPath: string }> {
	const index = store.codevIndex();
	const seen = new Set<string>();
	const out: Array<T & { path: string; sessionPath: string }> = [];
	for (const sessionPath of sessionPaths) {
		for (const note of index.ofSession(sessionPath, type)) {
			if (seen.has(note.path)) continue;
			seen.add(note.path);
			out.push({ ...read({ ...note.frontmatter }, (text) => store.resolveLink(text, note.path)), path: note.path, sessionPath });
		}
	}
	return out;
}

/** Action plans of these sessions (through the plan model). */
export function readActionPlans(store: NoteStore, sessionPaths: readonly string[]): ActionPlanRecord[] {
	return notesOfSessions(store, TYPES.plan, sessionPaths, readPlan).map((plan) => ({
		path: plan.path,
		sessionPath: plan.sessionPath,
		client: personOf(plan.client),
		due: plan.due,
		status: plan.status,
		outcome: plan.outcome,
	}));
}

/** Kinds of help asked for in the contracts of these sessions (through the contract model). */
export function readContractHelpKinds(store: NoteStore, sessionPaths: readonly string[]): string[] {
	return notesOfSessions(store, TYPES.contract, sessionPaths, readContract).flatMap((contract) => contract.help);
}
