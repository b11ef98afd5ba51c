/**
 * The action plan note (`type: codev-action-plan`, step 5): its property keys, the typed record
 * features read, and the writers of its properties (at creation, and after each retour: the
 * counts, `status`, `retour`, `retour_date`). The actions themselves live in the note's body
 * (notes/linked/actionPlanNote.ts); the properties only count them, for views that read
 * properties alone. Pure.
 */
import type { Consultation } from "../../codev/consultations";
import type { Properties } from "../properties";
import { noteConsultation } from "./contract";
import { noteHead, noteTail, schemaOf } from "./kinds";
import { asDate, asText, ref, type NoteRef, type ResolveLink } from "./values";

/** Every property of a plan note but the common ones (kinds.ts). `actions_tried` and `outcome` are read from older plans only. */
export const PLAN_KEYS = {
	session: "session",
	contract: "contract",
	client: "client",
	consultation: "consultation",
	group: "group",
	date: "date",
	kept: "kept",
	status: "status",
	done: "actions_done",
	partly: "actions_partly",
	notTried: "actions_not_tried",
	letGo: "actions_let_go",
	pending: "actions_pending",
	tried: "actions_tried",
	carried: "carried",
	nextSession: "next_session",
	due: "due",
	retour: "retour",
	retourDate: "retour_date",
	outcome: "outcome",
} as const;

export const PLAN_LINK_KEYS: readonly string[] = [PLAN_KEYS.session, PLAN_KEYS.contract, PLAN_KEYS.client, PLAN_KEYS.group, PLAN_KEYS.retour];

/** The schema of plans whose `[-]` means "not tried" (written before the retour kept such actions open). */
export const LEGACY_PLAN_SCHEMA = 1;
export const PLAN_SCHEMA = 2;

export interface ActionCounts {
	done: number;
	partly: number;
	notTried: number;
	letGo: number;
	/** Never reported yet. */
	pending: number;
}

export interface PlanNote {
	session: NoteRef | null;
	contract: NoteRef | null;
	client: NoteRef | null;
	consultation: Consultation;
	group: NoteRef | null;
	date: string | null;
	/** « Ce que je retiens » as the property holds it, trimmed ("" when absent). */
	kept: string;
	/** "open" / "done" as written ("" when absent). */
	status: string;
	counts: ActionCounts;
	due: string;
	outcome: string;
	retour: NoteRef | null;
	retourDate: string | null;
	schema: number;
}

function count(value: unknown): number {
	return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/**
 * A plan's counts from its properties, for views that read properties only (the group view).
 * Written by the same rule (planCountProperties); a schema-1 plan's `actions_tried` is "done"
 * and its `actions_not_tried` still open.
 */
export function countsFromProperties(fm: Readonly<Record<string, unknown>>): ActionCounts {
	return {
		done: count(fm.actions_done) + count(fm.actions_tried),
		partly: count(fm.actions_partly),
		notTried: count(fm.actions_not_tried),
		letGo: count(fm.actions_let_go),
		pending: count(fm.actions_pending),
	};
}

/** The plan's `date` (the session's, yyyy-MM-dd), null when missing or not a date. */
export function planDate(fm: Readonly<Record<string, unknown>> | null | undefined): string | null {
	return fm ? asDate(fm.date) : null;
}

export function readPlan(fm: Readonly<Record<string, unknown>>, resolve: ResolveLink): PlanNote {
	return {
		session: ref(fm.session, resolve),
		contract: ref(fm.contract, resolve),
		client: ref(fm.client, resolve),
		consultation: noteConsultation(fm.consultation),
		group: ref(fm.group, resolve),
		date: asDate(fm.date),
		kept: typeof fm.kept === "string" ? fm.kept.trim() : "",
		status: asText(fm.status),
		counts: countsFromProperties(fm),
		due: asText(fm.due),
		outcome: asText(fm.outcome),
		retour: ref(fm.retour, resolve),
		retourDate: asDate(fm.retour_date),
		schema: schemaOf(fm),
	};
}

/** The properties a plan carries about its actions (the dashboards and the group view read them). */
export function countProperties(status: "done" | "open", c: ActionCounts): Properties {
	return { status, actions_done: c.done, actions_partly: c.partly, actions_not_tried: c.notTried, actions_let_go: c.letGo, actions_pending: c.pending };
}

/** What a new plan says, links already written by the store (null: none). */
export interface PlanProperties {
	session: string;
	contract: string | null;
	client: string | null;
	/** Written only in a two-consultation session (or for consultation B). */
	consultation?: Consultation;
	group: string | null;
	date: string | null;
	kept: string;
	counts: Properties;
	carried: number;
	nextSession: string | null;
	due: string | null;
	lang: string;
}

export function planProperties(p: PlanProperties): Properties {
	return {
		...noteHead("plan", PLAN_SCHEMA),
		session: p.session,
		contract: p.contract,
		client: p.client,
		...(p.consultation ? { consultation: p.consultation } : {}),
		group: p.group,
		date: p.date,
		kept: p.kept,
		...p.counts,
		carried: p.carried,
		next_session: p.nextSession,
		due: p.due,
		...noteTail(p.lang),
	};
}

/**
 * A retour's mark on a plan: the new counts, the session it was reported at and its date. A
 * schema-1 plan's `[-]` lines were rewritten as open ones by then: from now on `[-]` means let go.
 */
export function recordRetour(fm: Record<string, unknown>, counts: Properties, sessionLink: string, isoDate: string): void {
	Object.assign(fm, counts);
	delete fm.actions_tried;
	if (Number(fm.codev_schema) === LEGACY_PLAN_SCHEMA) fm.codev_schema = PLAN_SCHEMA;
	fm.retour = sessionLink;
	fm.retour_date = isoDate;
}

/** The plan's `codev_schema` read from its front matter text (0 when absent), for readers of the body alone. */
export function planSchemaOf(text: string): number {
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
	const value = /^codev_schema:\s*["']?(\d+)/m.exec(front)?.[1];
	return value ? Number(value) : 0;
}
