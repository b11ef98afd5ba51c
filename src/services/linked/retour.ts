/**
 * Step 0 of a session: the retour. Every action still open in the group's earlier plans comes
 * back, grouped by client (the previous session's clients first, then every member with open
 * actions: absent last time, or carried over for months). For each the client says done,
 * partly, not tried or let go, and optionally what they learned; plus, in a few lines, what has
 * changed since. The answers are written as dated entries under each action's own line (one
 * action is one line in one plan), found by its block id or its text, never by its position.
 * Pure (NoteStore).
 */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import type { CodevIndex, IndexedNote } from "../../index/codevIndex";
import {
	applyUpdatesToPlanText,
	parsePlanActions,
	planCountProperties,
	planStatus,
	planRetourLines,
	setPlanRetourLine,
	type Outcome,
	type ParsedAction,
} from "../../notes/linked/actionPlanNote";
import { renderRetourContent, replaceRetourBlock } from "../../notes/linked/retourBlock";
import { appendToStepSection, findBlocks, findStepSection, RETOUR_END, RETOUR_START } from "../../notes/markers";
import { oneLine } from "../../notes/text";
import { PLAN_KEYS, readPlan, recordRetour } from "../../notes/schema/plan";
import { linkRetourPlans, SESSION_KEYS } from "../../notes/schema/session";
import { noLinks } from "../../notes/schema/values";
import { shortDate } from "../../notes/dates";
import { basenameOf, type NoteStore } from "../noteStore";
import { indexFor, sessionContext, tryUpdateProperties, type LinkedOptions, type LinkedResult } from "./common";
import { utcDay } from "../../codev/dates";

export const RETOUR_STEP = "retour";

export interface RetourItem {
	planPath: string;
	/** The date of the plan the action was written in (yyyy-MM-dd). */
	planDate: string | null;
	/** Block id or text: how the answer finds the action again. */
	key: string;
	/** The action alone (no owner, no dates). */
	text: string;
	/** The owner as written ("[[Bruno Petit]]"), or null; the client's own actions need not repeat it. */
	owner: string | null;
	due: string | null;
	/** What was said at this session already (a re-run), else null. */
	outcome: Outcome | null;
	learning: string;
	/** Reported at an earlier retour, or planned before the previous session: carried over. */
	carried: boolean;
}

export interface RetourPerson {
	/** The plans' client (a person note), or null when the plans name none. */
	client: string | null;
	clientName: string;
	items: RetourItem[];
	/** « Ce qui a changé depuis » as written at this session already (a re-run), else "". */
	changed: string;
}

export interface RetourAnswer {
	planPath: string;
	key: string;
	outcome: Outcome | null;
	learning: string;
}

interface PlanRead {
	plan: IndexedNote;
	client: string | null;
	actions: ParsedAction[];
	text: string;
}

/** Every plan of the group's sessions before `date`, read, with its client. */
async function earlierPlans(store: NoteStore, index: CodevIndex, group: string, date: string): Promise<PlanRead[]> {
	const out: PlanRead[] = [];
	for (const session of index.sessionsOfGroup(group)) {
		if (session.date === null || session.date >= date) continue;
		for (const plan of index.plansOfSession(session.path)) {
			if (!store.exists(plan.path)) continue;
			const text = await store.read(plan.path);
			out.push({ plan, client: index.target(plan.path, PLAN_KEYS.client), actions: parsePlanActions(text).actions, text });
		}
	}
	return out;
}

/**
 * The people to hear at this session's retour, each with their open actions (and those already
 * answered at this session, so a re-run shows them). Errors: no group, date, opening section,
 * earlier session, or nothing open.
 */
export async function findRetour(store: NoteStore, sessionPath: string, options?: LinkedOptions): Promise<Result<RetourPerson[]>> {
	const context = sessionContext(store, sessionPath, []);
	if (!context.ok) return context;
	const { group, date } = context.value;
	const name = basenameOf(sessionPath);
	if (group === null) return fail("linked-property-missing", { name, property: SESSION_KEYS.group });
	if (date === null) return fail("linked-property-missing", { name, property: SESSION_KEYS.date });
	if (!findStepSection((await store.read(sessionPath)).split("\n"), RETOUR_STEP)) return fail("linked-no-retour-section", { name });
	const index = indexFor(store, options);
	const previous = index.previousSession(group, date, sessionPath);
	if (!previous) return fail("linked-no-previous-session", { name });
	const people = new Map<string, RetourPerson>();
	for (const read of await earlierPlans(store, index, group, date)) {
		const clientKey = read.client ?? `?${basenameOf(read.plan.path)}`;
		const person = people.get(clientKey) ?? { client: read.client, clientName: read.client ? basenameOf(read.client) : "", items: [], changed: "" };
		const today = planRetourLines(read.text).find((line) => line.date === date);
		if (today && person.changed === "") person.changed = today.text;
		for (const action of read.actions) {
			const todays = action.entries.find((entry) => entry.date === date);
			if (!action.open && !todays) continue;
			const earlier = action.entries.some((entry) => entry.date < date);
			person.items.push({
				planPath: read.plan.path,
				planDate: read.plan.date,
				key: action.key,
				text: action.text,
				owner: action.owner,
				due: action.due,
				outcome: todays?.outcome ?? null,
				learning: todays?.learning ?? "",
				carried: earlier || (read.plan.date !== null && read.plan.date < (previous.date ?? "")),
			});
		}
		if (person.items.length > 0) people.set(clientKey, person);
	}
	if (people.size === 0) return fail("linked-no-open-plan", { name });
	const first = index.clientsOfSession(previous.path);
	const rank = (person: RetourPerson): number => (person.client && first.includes(person.client) ? first.indexOf(person.client) : first.length);
	return ok([...people.values()].sort((a, b) => rank(a) - rank(b) || a.clientName.localeCompare(b.clientName)));
}

/**
 * Who the retour form goes through, in order: the people with an action not answered at this
 * session yet; everyone when all were heard already (a re-run, to correct an answer).
 */
export function retourQueue(people: readonly RetourPerson[]): RetourPerson[] {
	const pending = people.filter((person) => person.items.some((item) => item.outcome === null));
	return pending.length > 0 ? pending : [...people];
}

/** findRetour, then retourQueue: the people the plugin's retour form asks, one after the other. */
export async function findRetourQueue(store: NoteStore, sessionPath: string, options?: LinkedOptions): Promise<Result<RetourPerson[]>> {
	const found = await findRetour(store, sessionPath, options);
	return found.ok ? ok(retourQueue(found.value)) : found;
}

export interface RetourResult extends LinkedResult {
	/** Actions of this person still open after the retour. */
	open: number;
	plans: Array<{ path: string; status: "done" | "open" }>;
}

export interface RetourInput {
	client: string | null;
	clientName: string;
	answers: RetourAnswer[];
	/** « Ce qui a changé depuis », a few lines; "" for nothing. */
	changed: string;
}

/**
 * Records one person's retour: their block in the session's opening section (rewriting only a
 * previous block of theirs), then each plan's lines (Vault.process) and properties
 * (processFrontMatter): status, counts, `retour`, `retour_date`. An answer whose action is no
 * longer in its plan changes nothing and says so.
 */
export async function applyRetour(store: NoteStore, sessionPath: string, input: RetourInput, lang: Lang, options?: LinkedOptions): Promise<Result<RetourResult>> {
	const warnings: RetourResult["warnings"] = [];
	const context = sessionContext(store, sessionPath, warnings);
	if (!context.ok) return context;
	const sessionText = await store.read(sessionPath);
	const blocks = findBlocks(sessionText.split("\n"), RETOUR_START, RETOUR_END);
	// One marker deleted by hand: rewriting would take the facilitator's text after it.
	if (blocks === "unpaired") return fail("marker-unpaired", { name: basenameOf(sessionPath), marker: RETOUR_START });
	const hasBlock = blocks.length > 0;
	if (!hasBlock && !findStepSection(sessionText.split("\n"), RETOUR_STEP)) return fail("linked-no-retour-section", { name: basenameOf(sessionPath) });
	const planDate = (path: string): string | null => {
		const fm = store.frontmatter(path);
		return fm ? readPlan(fm, noLinks).date : null;
	};
	const isoDate = context.value.date ?? utcDay(new Date(options?.today ?? Date.now()));
	const planPaths = [...new Set(input.answers.map((answer) => answer.planPath))].filter((path) => {
		if (store.exists(path)) return true;
		warnings.push({ code: "linked-note-missing", vars: { path } });
		return false;
	});
	const texts = new Map<string, ParsedAction[]>();
	for (const path of planPaths) {
		const parsed = parsePlanActions(await store.read(path));
		if (!parsed.markerFound) warnings.push({ code: "linked-actions-marker-missing", vars: { name: basenameOf(path) } });
		texts.set(path, parsed.actions);
	}

	// The session first: if it cannot be written, the plans are left as they were.
	const clientLink = input.client ? store.bodyLink(input.client, sessionPath) : "";
	const items = input.answers.flatMap((answer) => {
		const action = texts.get(answer.planPath)?.find((a) => a.key === answer.key);
		if (!action) return [];
		const date = planDate(answer.planPath);
		const label = date ? shortDate(date, lang) : basenameOf(answer.planPath);
		return [{ text: action.text, outcome: answer.outcome, learning: answer.learning, planLink: store.bodyLink(answer.planPath, sessionPath, label) }];
	});
	const content = renderRetourContent(clientLink, input.clientName, input.changed, items, lang);
	const blockKey = clientLink || `**${input.clientName}`;
	await store.process(sessionPath, (text) => {
		const replaced = replaceRetourBlock(text, blockKey, content);
		if (replaced.ok) return replaced.text;
		if (replaced.reason === "unpaired") return text;
		return appendToStepSection(text, RETOUR_STEP, [RETOUR_START, ...content, RETOUR_END]) ?? text;
	});
	const reported = (item: unknown): boolean => planPaths.includes(store.resolveLink(String(item), sessionPath) ?? "");
	await tryUpdateProperties(store, sessionPath, (fm) => linkRetourPlans(fm, planPaths.map((path) => store.propertyLink(path, sessionPath)), reported), warnings);

	// The overall retour goes in the newest plan's « Retour » section; older plans lose today's line.
	const newest = [...planPaths].sort((a, b) => (planDate(b) ?? "").localeCompare(planDate(a) ?? ""))[0];
	const changedLine = oneLine(input.changed) ? `- ${isoDate} · ${store.bodyLink(sessionPath, newest ?? sessionPath, shortDate(isoDate, lang))} — ${oneLine(input.changed)}` : null;
	let open = 0;
	const plans: RetourResult["plans"] = [];
	for (const path of planPaths) {
		const updates = input.answers.filter((answer) => answer.planPath === path).map((answer) => ({ key: answer.key, outcome: answer.outcome, learning: answer.learning }));
		let after: ParsedAction[] = [];
		await store.process(path, (text) => {
			const edit = applyUpdatesToPlanText(text, updates, isoDate, lang);
			after = edit.actions;
			for (const key of edit.missing) warnings.push({ code: "linked-actions-changed", vars: { name: basenameOf(path), text: key.replace(/^text:|^\^/, "") } });
			return setPlanRetourLine(edit.text, isoDate, path === newest ? changedLine : null);
		});
		const props = planCountProperties(after);
		await tryUpdateProperties(store, path, (fm) => recordRetour(fm, props, store.propertyLink(sessionPath, path), isoDate), warnings);
		open += after.filter((action) => action.open).length;
		plans.push({ path, status: planStatus(after) });
	}
	return ok({ path: planPaths[0] ?? sessionPath, created: false, open, plans, warnings });
}
