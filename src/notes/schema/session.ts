/**
 * The session note (`type: codev-session`): its property keys, the typed record every feature
 * reads, and the writer of the properties the plugin owns. One or two consultations: consultation
 * B's client and topic are `client_b` / `topic_b`, its step ids start with `b_`; each step has
 * `step_<id>_planned` and, once run, `step_<id>_actual` minutes. Pure.
 *
 * Read leniently (see values.ts): `date` as a date-time, `attendees` typed as one text, a plain-text
 * `client` all mean what a facilitator meant.
 */
import type { Properties } from "../frontmatter";
import { SCHEMA_VERSION, TYPES } from "./kinds";
import { asDate, asList, asText, linkText, linkTexts } from "./values";

export const SESSION_STATUSES = ["planned", "in-progress", "done"] as const;

export function plannedKey(stepId: string): string {
	return `step_${stepId}_planned`;
}

export function actualKey(stepId: string): string {
	return `step_${stepId}_actual`;
}

/** The step id of a `step_<id>_planned` key, else null. */
export function plannedStepOf(key: string): string | null {
	return /^step_(.+)_planned$/.exec(key)?.[1] ?? null;
}

/** Link text → note path (Obsidian's resolution from the session), or null when no note has that name. */
export type ResolveLink = (linkText: string) => string | null;

/** A person (or group) named in a property: the note it resolves to, else the text as written. */
export interface NoteRef {
	path: string | null;
	/** The link text ("Alice Martin", "People/Alice Martin"). */
	text: string;
}

export interface SessionNote {
	/** yyyy-MM-dd, or null when missing or not a date. */
	date: string | null;
	group: NoteRef | null;
	client: NoteRef | null;
	topic: string;
	clientB: NoteRef | null;
	topicB: string;
	consultations: 1 | 2;
	status: string;
	method: string;
	/** Step ids in the note's order (`steps`, else the planned keys). */
	steps: string[];
	planned: Record<string, unknown>;
	actual: Record<string, unknown>;
	attendees: NoteRef[];
	/** Null when attendance was never recorded (then `attendees` stand for the present). */
	present: NoteRef[] | null;
	absent: NoteRef[];
	excused: NoteRef[];
	ratings: unknown[];
	learnings: unknown[];
	helpKinds: string[];
}

function ref(text: string, resolve: ResolveLink): NoteRef | null {
	return text === "" ? null : { path: resolve(text), text };
}

function refs(value: unknown, resolve: ResolveLink): NoteRef[] {
	return linkTexts(value).map((text) => ({ path: resolve(text), text }));
}

/** `consultations: 2`, or a `client_b`: the session holds two consultations. */
export function consultationCount(fm: Record<string, unknown> | null | undefined): 1 | 2 {
	if (!fm) return 1;
	return fm.consultations === 2 || fm.consultations === "2" || linkText(fm.client_b) !== "" ? 2 : 1;
}

export function readSession(fm: Record<string, unknown>, resolve: ResolveLink): SessionNote {
	const listed = Array.isArray(fm.steps) && fm.steps.every((id) => typeof id === "string") ? fm.steps : [];
	const steps = listed.length > 0 ? listed : Object.keys(fm).flatMap((key) => plannedStepOf(key) ?? []);
	return {
		date: asDate(fm.date),
		group: ref(linkText(fm.group), resolve),
		client: ref(linkText(fm.client), resolve),
		topic: asText(fm.topic),
		clientB: ref(linkText(fm.client_b), resolve),
		topicB: asText(fm.topic_b),
		consultations: consultationCount(fm),
		status: asText(fm.status),
		method: asText(fm.method),
		steps,
		planned: Object.fromEntries(steps.map((id) => [id, fm[plannedKey(id)]])),
		actual: Object.fromEntries(steps.map((id) => [id, fm[actualKey(id)]])),
		attendees: refs(fm.attendees, resolve),
		present: fm.present === undefined ? null : refs(fm.present, resolve),
		absent: refs(fm.absent, resolve),
		excused: refs(fm.excused, resolve),
		ratings: asList(fm.ratings),
		learnings: asList(fm.learnings),
		helpKinds: [...asList(fm.help_kinds), ...asList(fm.help)].map(asText).filter((s) => s !== ""),
	};
}

/** The planned (and, when given, actual) minutes of each step, in step order. */
export function stepMinuteProperties(steps: readonly string[], planned: Record<string, number>, actual?: Record<string, number>): Properties {
	const props: Properties = {};
	for (const id of steps) {
		props[plannedKey(id)] = planned[id] ?? 0;
		if (actual) props[actualKey(id)] = actual[id] ?? 0;
	}
	return props;
}

/** Puts each `step_<id>_actual` right after its `step_<id>_planned` (keys keep their order in YAML). */
export function placeActuals(fm: Record<string, unknown>, actuals: Record<string, number>): void {
	const owned = new Set(Object.keys(actuals).map(actualKey));
	const entries = Object.entries(fm).filter(([key]) => !owned.has(key));
	const placed = new Set<string>();
	for (const key of Object.keys(fm)) delete fm[key];
	for (const [key, value] of entries) {
		fm[key] = value;
		const id = plannedStepOf(key);
		if (id !== null && id in actuals) {
			fm[actualKey(id)] = actuals[id];
			placed.add(id);
		}
	}
	for (const [id, minutes] of Object.entries(actuals)) if (!placed.has(id)) fm[actualKey(id)] = minutes;
}

/** The properties every session note starts with (before the kind-specific ones). */
export function sessionHeader(method: string): Properties {
	return { type: TYPES.session, codev_schema: SCHEMA_VERSION, method };
}
