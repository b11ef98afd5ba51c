/** What the linked services share: the session's context read from its properties, options, results. Pure. */
import { consultationLetter, planStepId, type Consultation } from "../../codev/consultations";
import type { CoreError, Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import { CODEV_TYPES, CodevIndex, indexFromStore } from "../../index/codevIndex";
import { consultationProperty, declaredConsultations, readSession, SESSION_KEYS, type SessionNote } from "../../notes/schema/session";
import type { NoteRef } from "../../notes/schema/values";
import { appendToStepSection } from "../../notes/markers";
import { freePath } from "../../notes/names";
import { colonFor } from "../../notes/text";
import { folderOf } from "../../notes/paths";
import { basenameOf, type NoteStore } from "../noteStore";
import { typeOf } from "../../notes/schema/kinds";

export const CONTRACT_TYPE = CODEV_TYPES.contract;
export const PLAN_TYPE = CODEV_TYPES.plan;

export interface LinkedOptions {
	/** The live index (plugin) or one built by the caller; built from the store when omitted. */
	index?: CodevIndex;
	/** "Today" for dates the plugin stamps; the session date is preferred when known. */
	today?: Date;
	/** Which consultation of a two-client session (default "a", the only one of a one-client session). */
	consultation?: Consultation;
}

/** A note the command made or found, and what it could not find or write on the way. */
export interface LinkedResult {
	path: string;
	/** False when an existing note was found and nothing was created. */
	created: boolean;
	warnings: CoreError[];
}

export interface SessionContext {
	path: string;
	session: SessionNote;
	date: string | null;
	group: string | null;
	client: string | null;
	clientName: string;
	consultation: Consultation;
	/** 2 when the session holds two consultations (`consultations: 2`). */
	consultations: 1 | 2;
}

/** What creating a contract or a plan starts from: the session read (its warnings collected) and the note of that kind it already has. */
export function linkedStart(
	store: NoteStore,
	sessionPath: string,
	options: LinkedOptions | undefined,
	find: (store: NoteStore, sessionPath: string, options?: LinkedOptions) => string | null,
): Result<{ session: SessionContext; warnings: CoreError[]; existing: string | null }> {
	const warnings: CoreError[] = [];
	const context = sessionContext(store, sessionPath, warnings, consultationOption(options));
	if (!context.ok) return context;
	return ok({ session: context.value, warnings, existing: find(store, sessionPath, options) });
}

/** The consultation asked for (default "a"). */
export function consultationOption(options: LinkedOptions | undefined): Consultation {
	return options?.consultation ?? "a";
}

export function indexFor(store: NoteStore, options: LinkedOptions | undefined): CodevIndex {
	return options?.index ?? indexFromStore(store);
}

/** The note a property names, when it exists. */
export function existingNote(store: NoteStore, ref: NoteRef | null): string | null {
	return ref?.path && store.exists(ref.path) ? ref.path : null;
}

/** The session note read through the session model, links resolved from it. */
export function readSessionNote(store: NoteStore, sessionPath: string, fm: Record<string, unknown>): SessionNote {
	return readSession(fm, (text) => store.resolveLink(text, sessionPath));
}

/** The session note read through the model, or null when it has no properties. */
export function sessionNoteOf(store: NoteStore, sessionPath: string): SessionNote | null {
	const fm = store.frontmatter(sessionPath);
	return fm ? readSessionNote(store, sessionPath, fm) : null;
}

/** One consultation's client as the session names it: A's (`client`) or B's (`client_b`). */
export function clientOf(session: SessionNote | null, consultation: Consultation): NoteRef | null {
	if (!session) return null;
	return consultation === "b" ? session.clientB : session.client;
}

/** The people the session lists as attending whose notes exist, each once; `except` (a consultation's client) left out. */
export function attendingPeople(store: NoteStore, sessionPath: string, except: string | null = null): Array<{ path: string; name: string }> {
	const paths = (sessionNoteOf(store, sessionPath)?.attendees ?? []).flatMap((person) => (person.path !== null && person.path !== except ? [person.path] : []));
	return [...new Set(paths)].map((path) => ({ path, name: basenameOf(path) }));
}

/**
 * Reads a session note's context for one consultation (its `client`/`topic`, or `client_b`/`topic_b`
 * for B); missing properties become warnings, a non-session or a missing consultation B an error.
 */
export function sessionContext(store: NoteStore, sessionPath: string, warnings: CoreError[], consultation: Consultation = "a"): Result<SessionContext> {
	if (!store.exists(sessionPath)) return fail("linked-note-missing", { path: sessionPath });
	const fm = store.frontmatter(sessionPath);
	if (fm === null) return fail("linked-session-unreadable", { name: basenameOf(sessionPath) });
	if (typeOf(fm) !== CODEV_TYPES.session) return fail("linked-not-a-session", { name: basenameOf(sessionPath) });
	const session = readSessionNote(store, sessionPath, fm);
	const consultations = declaredConsultations(fm);
	const clientRef = clientOf(session, consultation);
	if (consultation === "b" && consultations !== 2 && session.clientB === null) return fail("linked-no-second-consultation", { name: basenameOf(sessionPath) });
	const group = existingNote(store, session.group);
	const client = existingNote(store, clientRef);
	const missing = (property: string) => warnings.push({ code: "linked-property-missing", vars: { name: basenameOf(sessionPath), property } });
	if (session.date === null) missing(SESSION_KEYS.date);
	if (group === null) missing(SESSION_KEYS.group);
	if (client === null) missing(consultationProperty("client", consultation));
	return ok({
		path: sessionPath,
		session,
		date: session.date,
		group,
		client,
		clientName: client ? basenameOf(client) : clientRef ? (clientRef.alias ?? clientRef.text) : "",
		consultation,
		consultations,
	});
}

export { folderOf };

/** Runs a property edit, turning a failure (malformed YAML…) into a warning instead of a crash. */
export async function tryUpdateProperties(
	store: NoteStore,
	path: string,
	update: (frontmatter: Record<string, unknown>) => void,
	warnings: CoreError[],
): Promise<boolean> {
	try {
		await store.updateProperties(path, update);
		return true;
	} catch (error) {
		warnings.push({ code: "linked-properties-unwritable", vars: { name: basenameOf(path), reason: error instanceof Error ? error.message : String(error) } });
		return false;
	}
}

/** Appends lines to a step's section through Vault.process; a warning when the section's marker is gone. */
export async function tryAppendToStep(
	store: NoteStore,
	path: string,
	stepId: string,
	edit: (text: string) => string | null,
	warnings: CoreError[],
): Promise<boolean> {
	let found = false;
	await store.process(path, (text) => {
		const next = edit(text);
		found = next !== null;
		return next ?? text;
	});
	if (!found) warnings.push({ code: "linked-section-missing", vars: { name: basenameOf(path), step: stepId } });
	return found;
}

/** The new linked note's path beside the session: « <session> – Contrat » (« … A/B » with two consultations), free. */
export function linkedNotePath(store: NoteStore, sessionPath: string, label: string, session: SessionContext, consultation: Consultation): string {
	const letter = session.consultations === 2 ? ` ${consultationLetter(consultation)}` : "";
	return freePath(folderOf(sessionPath), `${basenameOf(sessionPath)} – ${label}${letter}`, ".md", (p) => store.exists(p));
}

export interface SessionBacklink {
	/** The session property that links to the note (B's own for consultation B). */
	property: "contract" | "actionPlan";
	/** The step whose section lists the note. */
	step: string;
	/** « Contrat : [[…]] » */
	label: string;
	lang: Lang;
}

/** Links a new note from its session: the property, and a line in the step's section (warnings, never a throw). */
export async function linkFromSession(store: NoteStore, sessionPath: string, notePath: string, consultation: Consultation, link: SessionBacklink, warnings: CoreError[]): Promise<void> {
	await tryUpdateProperties(store, sessionPath, (fm) => {
		fm[consultationProperty(link.property, consultation)] = store.propertyLink(notePath, sessionPath);
	}, warnings);
	const line = `- ${link.label}${colonFor(link.lang)} ${store.bodyLink(notePath, sessionPath)}`;
	const stepId = planStepId(consultation, link.step);
	await tryAppendToStep(store, sessionPath, stepId, (text) => appendToStepSection(text, stepId, [line]), warnings);
}
