/** Step 5: the action plan note, Tasks-compatible, linked to session, contract, client and group. Pure (NoteStore). */
import { consultationKey } from "../../codev/consultations";
import type { Lang, Result } from "../../codev/types";
import { ok } from "../../codev/types";
import { translator } from "../../i18n";
import { renderPlanBody, type PlanActionInput } from "../../notes/linked/actionPlanNote";
import { renderFrontmatter, type Properties } from "../../notes/frontmatter";
import type { NoteStore } from "../noteStore";
import {
	consultationOption,
	indexFor,
	linkedNotePath,
	linkFromSession,
	LINKED_SCHEMA,
	PLAN_TYPE,
	resolveProperty,
	sessionContext,
	type LinkedOptions,
	type LinkedResult,
} from "./common";
import { findContract } from "./contract";
import { personText } from "./contribution";
import { dayBefore, nextSessionDate } from "./dueDate";

export interface ActionInput {
	text: string;
	/** Person path or name; the client when omitted. */
	owner?: string;
	/** yyyy-MM-dd; the default due date when omitted. */
	due?: string | null;
}

export interface ActionPlanInput {
	actions: ActionInput[];
}

/** The action plan of one consultation of the session (options.consultation, default "a"): `action_plan` (`action_plan_b`), else the index. */
export function findActionPlan(store: NoteStore, sessionPath: string, options?: LinkedOptions): string | null {
	const consultation = consultationOption(options);
	const fm = store.frontmatter(sessionPath);
	const linked = fm ? resolveProperty(store, fm, consultationKey("action_plan", consultation), sessionPath) : null;
	if (linked && store.frontmatter(linked)?.type === PLAN_TYPE) return linked;
	return indexFor(store, options).plansOfSession(sessionPath, consultation).find((note) => store.exists(note.path))?.path ?? null;
}

/** The group's next session date and the default due date (the day before), for the form and the note. */
export function planDates(store: NoteStore, sessionPath: string, options?: LinkedOptions): { nextSession: string | null; due: string | null; estimated: boolean } {
	const context = sessionContext(store, sessionPath, []);
	if (!context.ok || context.value.date === null) return { nextSession: null, due: null, estimated: true };
	const { date, group } = context.value;
	const groupFm = group ? store.frontmatter(group) : null;
	const known = group
		? indexFor(store, options)
				.sessionsOfGroup(group)
				.filter((s) => s.path !== sessionPath)
				.map((s) => s.date)
				.filter((d): d is string => d !== null)
		: [];
	const next = nextSessionDate(date, groupFm, known);
	return next ? { nextSession: next.date, due: dayBefore(next.date), estimated: next.estimated } : { nextSession: null, due: null, estimated: true };
}

/**
 * Creates the action plan note beside the session note: one Tasks checkbox per action, with its
 * owner (the client by default) and due date (the day before the group's next session by
 * default), `status: open`. An existing plan is returned untouched (`created: false`).
 */
export async function createActionPlan(
	store: NoteStore,
	sessionPath: string,
	input: ActionPlanInput,
	lang: Lang,
	options?: LinkedOptions,
): Promise<Result<LinkedResult>> {
	const warnings: LinkedResult["warnings"] = [];
	const consultation = consultationOption(options);
	const context = sessionContext(store, sessionPath, warnings, consultation);
	if (!context.ok) return context;
	const existing = findActionPlan(store, sessionPath, options);
	if (existing) return ok({ path: existing, created: false, warnings: [] });

	const t = translator(lang);
	const session = context.value;
	const two = session.consultations === 2;
	const dates = planDates(store, sessionPath, options);
	const contract = findContract(store, sessionPath, options);
	const path = linkedNotePath(store, sessionPath, t("linked.name.plan"), session, consultation);
	const actions: PlanActionInput[] = input.actions
		.filter((action) => action.text.trim() !== "")
		.map((action) => ({
			text: action.text,
			owner: action.owner !== undefined ? personText(store, action.owner, path) : session.client ? store.bodyLink(session.client, path) : session.clientName,
			due: action.due === undefined ? dates.due : action.due,
		}));
	const props: Properties = {
		type: PLAN_TYPE,
		codev_schema: LINKED_SCHEMA,
		session: store.propertyLink(sessionPath, path),
		contract: contract ? store.propertyLink(contract, path) : null,
		client: session.client ? store.propertyLink(session.client, path) : null,
		...(two || consultation === "b" ? { consultation } : {}),
		group: session.group ? store.propertyLink(session.group, path) : null,
		date: session.date,
		status: "open",
		next_session: dates.nextSession,
		due: dates.due,
		lang,
		publish: false,
	};
	const body = renderPlanBody(
		actions,
		{
			session: store.bodyLink(sessionPath, path),
			contract: contract ? store.bodyLink(contract, path) : null,
			client: session.client ? store.bodyLink(session.client, path) : null,
			group: session.group ? store.bodyLink(session.group, path) : null,
		},
		session.clientName,
		lang,
	);
	await store.create(path, renderFrontmatter(props) + body);

	await linkFromSession(store, sessionPath, path, consultation, { property: "action_plan", step: "synthese", label: t("linked.note.label.plan"), lang }, warnings);
	return ok({ path, created: true, warnings });
}
