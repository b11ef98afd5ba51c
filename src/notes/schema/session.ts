/**
 * The session note (`type: codev-session`): its property keys, the typed record every feature
 * reads, and the writer of the properties the plugin owns. One or two consultations: consultation
 * B's client and topic are `client_b` / `topic_b`, its step ids start with `b_`; each step has
 * `step_<id>_planned` and, once run, `step_<id>_actual` minutes. Pure.
 *
 * Read leniently (see values.ts): `date` as a date-time, `attendees` typed as one text, a plain-text
 * `client` all mean what a facilitator meant.
 */
import { attributedItem, ratingItem } from "../cycle/items";
import type { Properties } from "../properties";
import { SCHEMA_VERSION, TYPES } from "./kinds";
import { appendLinkProperty, asDate, asList, asText, linkText, ref, refs, type NoteRef, type ResolveLink } from "./values";
import type { Consultation } from "../../codev/consultations";

export type { NoteRef, ResolveLink };

/**
 * Every property of a session note but the common ones (kinds.ts) and the step minutes
 * (`step_<id>_planned` / `step_<id>_actual`, see plannedKey / actualKey). A key of consultation B
 * is consultation A's with `_b` (`client_b`, `contract_b`).
 */
export const SESSION_KEYS = {
	method: "method",
	group: "group",
	date: "date",
	client: "client",
	topic: "topic",
	chooseAtStep0: "choose_at_step_0",
	clientB: "client_b",
	topicB: "topic_b",
	consultations: "consultations",
	duration: "duration",
	opening: "opening",
	attendees: "attendees",
	facilitator: "facilitator",
	status: "status",
	steps: "steps",
	time: "time",
	mode: "mode",
	place: "place",
	present: "present",
	absent: "absent",
	excused: "excused",
	ratings: "ratings",
	rated: "rated",
	fondScores: "fond_scores",
	formeScores: "forme_scores",
	ratingFond: "rating_fond",
	ratingForme: "rating_forme",
	learnings: "learnings",
	helpKinds: "help_kinds",
	help: "help",
	contract: "contract",
	contractB: "contract_b",
	actionPlan: "action_plan",
	actionPlanB: "action_plan_b",
	retourPlan: "retour_plan",
	preparation: "preparation",
	attendanceSheet: "attendance_sheet",
} as const;

/** The session's properties that link to other notes (people, group, contract, plans). */
export const SESSION_LINK_KEYS: readonly string[] = [
	SESSION_KEYS.group, SESSION_KEYS.client, SESSION_KEYS.clientB, SESSION_KEYS.attendees, SESSION_KEYS.present, SESSION_KEYS.absent, SESSION_KEYS.excused,
	SESSION_KEYS.contract, SESSION_KEYS.contractB, SESSION_KEYS.actionPlan, SESSION_KEYS.actionPlanB, SESSION_KEYS.retourPlan,
];

/** The session's properties that name people. */
export const SESSION_PEOPLE_KEYS: readonly string[] = [SESSION_KEYS.client, SESSION_KEYS.clientB, SESSION_KEYS.attendees, SESSION_KEYS.present, SESSION_KEYS.absent, SESSION_KEYS.excused];

/** The keys built from a step id, as their template literals read (`step_${id}_planned`). */
export const SESSION_KEY_PATTERNS = ["step_${…}_planned", "step_${…}_actual"] as const;

/** The keys that consultation B has its own of (`client_b`, `contract_b`…). */
export type PerConsultationKey = "client" | "topic" | "contract" | "actionPlan";

/** The session property of one consultation: A's key (`client`), or B's (`client_b`). */
export function consultationProperty(key: PerConsultationKey, consultation: Consultation): string {
	return consultation === "b" ? `${SESSION_KEYS[key]}_b` : SESSION_KEYS[key];
}

/** The topic the session's client brought: consultation B's (`topic_b`) for client B, else A's. */
export function topicOfClient(fm: Readonly<Record<string, unknown>>, consultation: Consultation | null): string {
	const topic = fm.client_b !== undefined && consultation === "b" ? fm.topic_b : fm.topic;
	return typeof topic === "string" ? topic : "";
}

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
	/** The contract and action plan of each consultation (`contract`, `contract_b`…). */
	contracts: Record<Consultation, NoteRef | null>;
	actionPlans: Record<Consultation, NoteRef | null>;
	/** The client's preparation note, once linked. */
	preparation: NoteRef | null;
	/** `duration` in minutes (a number, or digits), null when missing or not above 0. */
	duration: number | null;
	/** The session's own setting, "" when it says nothing (then the group's holds). */
	time: string;
	mode: string;
	place: string;
	facilitator: string;
}

function minutesOf(value: unknown): number | null {
	const minutes = typeof value === "number" ? value : Number(asText(value));
	return Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : null;
}

/** The session says it holds two consultations (`consultations: 2`); a `client_b` alone does not count. */
export function declaredConsultations(fm: Readonly<Record<string, unknown>> | null | undefined): 1 | 2 {
	return fm?.consultations === 2 || fm?.consultations === "2" ? 2 : 1;
}

/** `consultations: 2`, or a `client_b`: the session holds two consultations. */
export function consultationCount(fm: Record<string, unknown> | null | undefined): 1 | 2 {
	if (!fm) return 1;
	return declaredConsultations(fm) === 2 || linkText(fm.client_b) !== "" ? 2 : 1;
}

export function readSession(fm: Record<string, unknown>, resolve: ResolveLink): SessionNote {
	const listed = Array.isArray(fm.steps) && fm.steps.every((id) => typeof id === "string") ? fm.steps : [];
	const steps = listed.length > 0 ? listed : Object.keys(fm).flatMap((key) => plannedStepOf(key) ?? []);
	return {
		date: asDate(fm.date),
		group: ref(fm.group, resolve),
		client: ref(fm.client, resolve),
		topic: asText(fm.topic),
		clientB: ref(fm.client_b, resolve),
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
		contracts: { a: ref(fm.contract, resolve), b: ref(fm.contract_b, resolve) },
		actionPlans: { a: ref(fm.action_plan, resolve), b: ref(fm.action_plan_b, resolve) },
		preparation: ref(fm.preparation, resolve),
		duration: minutesOf(fm.duration),
		time: asText(fm.time),
		mode: asText(fm.mode),
		place: asText(fm.place),
		facilitator: asText(fm.facilitator),
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

/** What a new session note says, links already written by the store. */
export interface NewSession {
	method: string;
	/** Omitted for a session run on the sidebar alone (no group, client or topic chosen). */
	group?: string;
	date: string;
	client?: string;
	topic?: string;
	/** The client and topic are chosen at step 0. */
	chooseAtStep0?: boolean;
	second?: { client: string; topic: string };
	duration: number;
	opening: boolean;
	attendees?: string[];
	facilitator: string;
	status: (typeof SESSION_STATUSES)[number];
	/** The step ids in order: written as `steps` unless `listSteps` is false, and for the minutes. */
	steps: readonly string[];
	listSteps: boolean;
	planned: Record<string, number>;
	/** Written beside the planned minutes when the session was run. */
	actual?: Record<string, number>;
	lang: string;
}

export function sessionProperties(s: NewSession): Properties {
	return {
		type: TYPES.session,
		codev_schema: SCHEMA_VERSION,
		method: s.method,
		...(s.group !== undefined ? { group: s.group } : {}),
		date: s.date,
		...(s.client !== undefined ? { client: s.client } : {}),
		...(s.topic !== undefined ? { topic: s.topic } : {}),
		...(s.chooseAtStep0 ? { choose_at_step_0: true } : {}),
		...(s.second ? { client_b: s.second.client, topic_b: s.second.topic, consultations: 2 } : {}),
		duration: s.duration,
		opening: s.opening,
		...(s.attendees ? { attendees: s.attendees } : {}),
		facilitator: s.facilitator,
		status: s.status,
		...(s.listSteps ? { steps: [...s.steps] } : {}),
		...stepMinuteProperties(s.steps, s.planned, s.actual),
		lang: s.lang,
		publish: false,
	};
}

/** The session was held to its end (`status: done`). */
export function isSessionDone(fm: Readonly<Record<string, unknown>> | null | undefined): boolean {
	return fm?.status === "done";
}

/** The session's `status` (the sidebar sets it at start and end). */
export function setSessionStatus(fm: Record<string, unknown>, status: (typeof SESSION_STATUSES)[number]): void {
	fm.status = status;
}

/** Step 6's record of one session: who came, each rating given, the means and what people take away. */
export interface SessionEvaluation {
	/** Property links, by attendance. */
	present: string[];
	absent: string[];
	excused: string[];
	/** Those who gave a rating (fond or forme, 1..5 or null), in order. */
	ratings: ReadonlyArray<{ link: string; fond: number | null; forme: number | null }>;
	means: { fond: number | null; forme: number | null };
	learnings: ReadonlyArray<{ link: string; text: string }>;
}

/**
 * Writes the evaluation: attendance lists; `ratings` ("[[P]] fond:4 forme:5"), and the same
 * ratings as aligned lists (`rated`, `fond_scores`, `forme_scores`) so Bases reads one person's
 * ratings without parsing text; the means (`rating_fond`, `rating_forme`); `learnings`.
 */
export function writeEvaluation(fm: Record<string, unknown>, e: SessionEvaluation): void {
	fm.present = [...e.present];
	fm.absent = [...e.absent];
	fm.excused = [...e.excused];
	fm.ratings = e.ratings.map((r) => ratingItem(r.link, r.fond, r.forme));
	fm.rated = e.ratings.map((r) => r.link);
	fm.fond_scores = e.ratings.map((r) => r.fond);
	fm.forme_scores = e.ratings.map((r) => r.forme);
	fm.rating_fond = e.means.fond;
	fm.rating_forme = e.means.forme;
	fm.learnings = e.learnings.map((l) => attributedItem(l.link, l.text));
	if (fm.publish === undefined) fm.publish = false;
}

/**
 * Links the session to the plans reported at its retour (`retour_plan`): earlier links to these
 * plans (`reported`) give way to the new ones, others stay; a single link is written as one text.
 */
export function linkRetourPlans(fm: Record<string, unknown>, links: readonly string[], reported: (item: unknown) => boolean): void {
	const all = [...asList(fm.retour_plan).filter((item) => !reported(item)), ...links];
	fm.retour_plan = all.length === 1 ? all[0] : all;
}

/** Step 0's choice: the client and topic (no longer « to choose »), the client among the attendees. */
export function writeStepZeroChoice(fm: Record<string, unknown>, clientLink: string, clientPath: string, topic: string): void {
	fm.client = clientLink;
	fm.topic = topic;
	delete fm.choose_at_step_0;
	appendLinkProperty(fm, "attendees", clientLink, clientPath);
}

/** Links the client's preparation from the session, unless a preparation is linked already. */
export function linkPreparation(fm: Record<string, unknown>, link: string): void {
	if (fm.preparation === undefined || fm.preparation === null || fm.preparation === "") fm.preparation = link;
}

/** The session's `group` and `date` as written (trimmed text), for the notes that copy them. */
export function writtenGroupAndDate(fm: Readonly<Record<string, unknown>>): { group: string; date: string } {
	return { group: asText(fm.group), date: asText(fm.date) };
}

/** Links the session's attendance sheet (`attendance_sheet`) unless the property names it already. */
export function linkAttendanceSheet(fm: Record<string, unknown>, link: string, namesSheet: (value: unknown) => boolean): void {
	if (!namesSheet(fm.attendance_sheet)) fm.attendance_sheet = link;
}

/**
 * The properties the timer plans a session from, as written: the sidebar checks each value and
 * says what is wrong (a wrong method, minutes, status) rather than reading it leniently.
 */
export interface WrittenPlan {
	/** `method` as written (undefined when absent). */
	method: unknown;
	/** `steps` when a non-empty list of texts, else null. */
	steps: string[] | null;
	/** Each `step_<id>_planned` value as written, by step id, in the note's order. */
	planned: ReadonlyMap<string, unknown>;
	/** `opening` when it is true or false. */
	opening: boolean | null;
	/** `duration` as written (undefined when absent). */
	duration: unknown;
	/** `status` as written, null when the note has none. */
	status: { value: unknown } | null;
	consultations: 1 | 2;
}

export function readWrittenPlan(fm: Readonly<Record<string, unknown>>): WrittenPlan {
	const steps = Array.isArray(fm.steps) && fm.steps.length > 0 && fm.steps.every((id) => typeof id === "string") ? fm.steps : null;
	const planned = new Map<string, unknown>();
	for (const [key, value] of Object.entries(fm)) {
		const id = plannedStepOf(key);
		if (id !== null) planned.set(id, value);
	}
	return {
		method: fm.method,
		steps,
		planned,
		opening: typeof fm.opening === "boolean" ? fm.opening : null,
		duration: fm.duration,
		status: "status" in fm ? { value: fm.status } : null,
		consultations: declaredConsultations(fm),
	};
}
