/**
 * Step 5: the client's action plan note, Tasks-compatible, linked to session, contract, client
 * and group; and what happens at that step to the client's actions still open from earlier
 * plans (kept with a new due date, reworded, or let go: edited in their own plan, listed in the
 * new one with a link back). Pure (NoteStore).
 */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import { translator } from "../../i18n";
import { shortDate } from "../../notes/dates";
import { parseLocalDate, utcDay } from "../../codev/dates";
import {
	applyUpdatesToPlanText,
	parsePlanActions,
	planCountProperties,
	renderPlanBody,
	withIds,
	type ActionUpdate,
	type CarriedReference,
	type PlanActionInput,
} from "../../notes/linked/actionPlanNote";
import { oneLine } from "../../notes/text";
import { renderFrontmatter } from "../../notes/frontmatter";
import { PLAN_KEYS, planDate, planProperties } from "../../notes/schema/plan";
import { basenameOf, type NoteStore } from "../noteStore";
import {
	consultationOption,
	indexFor,
	linkedNotePath,
	linkedStart,
	linkFromSession,
	PLAN_TYPE,
	existingNote,
	readSessionNote,
	sessionContext,
	tryUpdateProperties,
	type LinkedOptions,
	type LinkedResult,
} from "./common";
import { findContract } from "./contract";
import { personText } from "./contribution";
import { dayBefore, nextSessionDate } from "./dueDate";
import { typeOf } from "../../notes/schema/kinds";

export interface ActionInput {
	text: string;
	/** Person path or name; the client when omitted. */
	owner?: string;
	/** yyyy-MM-dd; the default due date when omitted, none when null. */
	due?: string | null;
}

/** What the client decides at step 5 about an action still open from an earlier plan. */
export interface EarlierChoice {
	planPath: string;
	key: string;
	choice: "keep" | "reword" | "let-go";
	/** The new wording (reword). */
	text?: string;
	/** The new due date (keep, reword); the default due date when omitted. */
	due?: string | null;
}

export interface ActionPlanInput {
	/** « Ce que je retiens »: what the client keeps, in their words. */
	kept?: string;
	actions: ActionInput[];
	earlier?: EarlierChoice[];
}

/** An action still open in one of the client's earlier plans, offered again at step 5. */
export interface EarlierAction {
	planPath: string;
	planDate: string | null;
	key: string;
	text: string;
	due: string | null;
	/** The latest outcome said of it, with its date. */
	latest: { outcome: string; date: string } | null;
}

/** The action plan of one consultation of the session (options.consultation, default "a"): `action_plan` (`action_plan_b`), else the index. */
export function findActionPlan(store: NoteStore, sessionPath: string, options?: LinkedOptions): string | null {
	const consultation = consultationOption(options);
	const fm = store.frontmatter(sessionPath);
	const linked = fm ? existingNote(store, readSessionNote(store, sessionPath, fm).actionPlans[consultation]) : null;
	if (linked && typeOf(store.frontmatter(linked)) === PLAN_TYPE) return linked;
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

/** The client's actions still open in their plans from before this session (oldest plan first). */
export async function earlierOpenActions(store: NoteStore, sessionPath: string, options?: LinkedOptions): Promise<EarlierAction[]> {
	const context = sessionContext(store, sessionPath, [], consultationOption(options));
	if (!context.ok || context.value.client === null || context.value.date === null) return [];
	const { client, date } = context.value;
	const index = indexFor(store, options);
	const plans = index
		.linkingTo(client, PLAN_KEYS.client, PLAN_TYPE)
		.filter((plan) => plan.date !== null && plan.date < date && index.target(plan.path, PLAN_KEYS.session) !== sessionPath && store.exists(plan.path))
		.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.path.localeCompare(b.path));
	const out: EarlierAction[] = [];
	for (const plan of plans) {
		for (const action of parsePlanActions(await store.read(plan.path)).actions) {
			if (!action.open) continue;
			const last = action.entries[action.entries.length - 1];
			out.push({ planPath: plan.path, planDate: plan.date, key: action.key, text: action.text, due: action.due, latest: last ? { outcome: last.outcome, date: last.date } : null });
		}
	}
	return out;
}

/** A due date is empty or a real calendar date: Tasks reads nothing else after 📅. */
export function invalidDue(values: ReadonlyArray<string | null | undefined>): string | null {
	for (const value of values) if (typeof value === "string" && value.trim() !== "" && parseLocalDate(value.trim()) === null) return value;
	return null;
}

/** `[[Plan#^id|text]]` (or `[text](Plan.md#^id)`): a link to one action's line. */
function blockLink(store: NoteStore, planPath: string, sourcePath: string, id: string, text: string): string {
	const link = store.bodyLink(planPath, sourcePath, text.replace(/[[\]|#^]/g, " ").trim());
	if (link.startsWith("[[")) return link.replace(/(\|[^\]]*)?\]\]$/, (tail) => `#^${id}${tail}`);
	return link.replace(/\)$/, `#^${id})`);
}

/** Applies the step-5 choices to the earlier plans; returns the carried references for the new plan. */
async function applyEarlierChoices(
	store: NoteStore,
	choices: EarlierChoice[],
	newPath: string,
	isoDate: string,
	defaultDue: string | null,
	lang: Lang,
	warnings: LinkedResult["warnings"],
): Promise<CarriedReference[]> {
	const carried: CarriedReference[] = [];
	for (const planPath of [...new Set(choices.map((c) => c.planPath))]) {
		if (!store.exists(planPath)) continue;
		const mine = choices.filter((c) => c.planPath === planPath);
		const updates: ActionUpdate[] = mine.map((c) =>
			c.choice === "let-go" ? { key: c.key, outcome: "let-go" } : { key: c.key, due: c.due === undefined ? defaultDue : c.due, ...(c.choice === "reword" && c.text ? { text: c.text } : {}) },
		);
		let after = parsePlanActions("").actions;
		await store.process(planPath, (text) => {
			const edit = applyUpdatesToPlanText(text, updates, isoDate, lang);
			after = edit.actions;
			for (const key of edit.missing) warnings.push({ code: "linked-actions-changed", vars: { name: basenameOf(planPath), text: key.replace(/^text:|^\^/, "") } });
			return edit.text;
		});
		await tryUpdateProperties(store, planPath, (fm) => Object.assign(fm, planCountProperties(after)), warnings);
		const since = planDate(store.frontmatter(planPath));
		for (const choice of mine) {
			if (choice.choice === "let-go") continue;
			const wanted = choice.choice === "reword" && choice.text ? oneLine(choice.text).toLowerCase() : null;
			const action = after.find((a) => a.key === choice.key || (wanted !== null && a.text.toLowerCase() === wanted));
			if (!action?.id) continue;
			carried.push({ link: blockLink(store, planPath, newPath, action.id, action.text), since, due: action.due });
		}
	}
	return carried;
}

/**
 * Creates the action plan note beside the session note: « Ce que je retiens », one Tasks
 * checkbox per action with its owner (the client by default), due date (the day before the
 * group's next session by default) and block id; the earlier actions the client keeps listed
 * with a link back. Refuses a due date Tasks cannot read. An existing plan is returned
 * untouched (`created: false`).
 */
export async function createActionPlan(
	store: NoteStore,
	sessionPath: string,
	input: ActionPlanInput,
	lang: Lang,
	options?: LinkedOptions,
): Promise<Result<LinkedResult>> {
	const start = linkedStart(store, sessionPath, options, findActionPlan);
	if (!start.ok) return start;
	const { session, warnings, existing } = start.value;
	if (existing) return ok({ path: existing, created: false, warnings: [] });
	const consultation = session.consultation;
	const bad = invalidDue([...input.actions.map((a) => a.due), ...(input.earlier ?? []).map((c) => c.due)]);
	if (bad !== null) return fail("linked-due-invalid", { value: bad });

	const t = translator(lang);
	const two = session.consultations === 2;
	const dates = planDates(store, sessionPath, options);
	const contract = findContract(store, sessionPath, options);
	const path = linkedNotePath(store, sessionPath, t("linked.name.plan"), session, consultation);
	const actions: PlanActionInput[] = withIds(
		input.actions
			.filter((action) => action.text.trim() !== "")
			.map((action) => ({
				text: action.text,
				owner: action.owner !== undefined && action.owner !== session.client ? personText(store, action.owner, path) : session.client ? store.bodyLink(session.client, path) : session.clientName,
				due: action.due === undefined ? dates.due : action.due?.trim() || null,
			})),
		basenameOf(path),
	);
	const isoDate = session.date ?? utcDay(new Date(options?.today ?? Date.now()));
	const carried = await applyEarlierChoices(store, input.earlier ?? [], path, isoDate, dates.due, lang, warnings);
	const kept = input.kept ?? "";
	const props = planProperties({
		session: store.propertyLink(sessionPath, path),
		contract: contract ? store.propertyLink(contract, path) : null,
		client: session.client ? store.propertyLink(session.client, path) : null,
		...(two || consultation === "b" ? { consultation } : {}),
		group: session.group ? store.propertyLink(session.group, path) : null,
		date: session.date,
		kept: oneLine(kept),
		counts: planCountProperties(actions.map(() => ({ outcome: null }))),
		carried: carried.length,
		nextSession: dates.nextSession,
		due: dates.due,
		lang,
	});
	const body = renderPlanBody(
		{ kept, actions, carried },
		{
			session: store.bodyLink(sessionPath, path),
			contract: contract ? store.bodyLink(contract, path) : null,
			client: session.client ? store.bodyLink(session.client, path) : null,
			group: session.group ? store.bodyLink(session.group, path) : null,
		},
		session.clientName,
		lang,
		(iso) => shortDate(iso, lang),
	);
	await store.create(path, renderFrontmatter(props) + body);

	await linkFromSession(store, sessionPath, path, consultation, { property: "actionPlan", step: "synthese", label: t("linked.note.label.plan"), lang }, warnings);
	return ok({ path, created: true, warnings });
}
