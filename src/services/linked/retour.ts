/**
 * Step 0 of the next session: the previous client's open action plan is pulled into the new
 * session's opening section (found by `%% codev-step: retour %%`), each action with its outcome
 * (tried / partly / not tried) and what the client learned; then the plan's checkboxes and
 * properties are updated, with a link back to the session. Pure (NoteStore).
 */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import type { CodevIndex, IndexedNote } from "../../index/codevIndex";
import { toIsoDate } from "../../notes/dates";
import { applyRetourToPlanText, parsePlanActions, type Outcome, type ParsedAction } from "../../notes/linked/actionPlanNote";
import { RETOUR_END, RETOUR_START, renderRetourContent } from "../../notes/linked/retourBlock";
import { appendToStepSection, findBetween, findStepSection, replaceBetween } from "../../notes/linked/sections";
import { basenameOf, type NoteStore } from "../noteStore";
import { indexFor, resolveProperty, sessionContext, tryUpdateProperties, type LinkedOptions, type LinkedResult } from "./common";

export const RETOUR_STEP = "retour";

export interface RetourCandidate {
	planPath: string;
	/** The session the plan came from. */
	fromSession: string | null;
	client: string | null;
	actions: ParsedAction[];
	/** False when the plan's `%% codev-actions %%` marker was removed (all checkboxes were read). */
	markerFound: boolean;
}

export interface RetourAnswer {
	outcome: Outcome | null;
	learning: string;
}

function isCandidate(plan: IndexedNote, index: CodevIndex, sessionPath: string, sessionDate: string): boolean {
	if (index.target(plan.path, "retour") === sessionPath) return true; // a re-run at the same session
	return plan.frontmatter.status !== "done" && (plan.date === null || plan.date < sessionDate);
}

/**
 * Finds the plan to report on: the open plan of the group's previous session, else the
 * previous client's latest open plan. Errors say what could not be found.
 */
export async function findRetourPlan(store: NoteStore, sessionPath: string, options?: LinkedOptions): Promise<Result<RetourCandidate>> {
	const context = sessionContext(store, sessionPath, []);
	if (!context.ok) return context;
	const { group, date } = context.value;
	const name = basenameOf(sessionPath);
	if (group === null) return fail("linked-property-missing", { name, property: "group" });
	if (date === null) return fail("linked-property-missing", { name, property: "date" });
	if (!findStepSection((await store.read(sessionPath)).split("\n"), RETOUR_STEP)) return fail("linked-no-retour-section", { name });
	const index = indexFor(store, options);
	const previous = index.previousSession(group, date, sessionPath);
	if (!previous) return fail("linked-no-previous-session", { name });
	const client = index.target(previous.path, "client");
	const plans = index.plansOfSession(previous.path).filter((plan) => isCandidate(plan, index, sessionPath, date));
	const fallback = client ? index.openPlansOfClient(client).filter((plan) => isCandidate(plan, index, sessionPath, date)) : [];
	const plan = [...plans, ...fallback].find((p) => store.exists(p.path));
	if (!plan) return fail("linked-no-open-plan", { name: basenameOf(previous.path) });
	const parsed = parsePlanActions(await store.read(plan.path));
	return ok({ planPath: plan.path, fromSession: previous.path, client: client ?? index.target(plan.path, "client"), ...parsed });
}

export interface RetourResult extends LinkedResult {
	/** "done" when every action has an outcome. */
	status: "done" | "open";
}

/**
 * Writes the retour block in the session (rewriting only a previous block of this kind), then
 * the plan's checkboxes (Vault.process) and properties (processFrontMatter): `status`, `retour`,
 * `retour_date` and the counts. `answers[i]` belongs to the plan's i-th action.
 */
export async function applyRetour(
	store: NoteStore,
	sessionPath: string,
	planPath: string,
	answers: RetourAnswer[],
	lang: Lang,
	options?: LinkedOptions,
): Promise<Result<RetourResult>> {
	const warnings: RetourResult["warnings"] = [];
	const context = sessionContext(store, sessionPath, warnings);
	if (!context.ok) return context;
	if (!store.exists(planPath)) return fail("linked-note-missing", { path: planPath });
	const sessionText = await store.read(sessionPath);
	const hasBlock = findBetween(sessionText.split("\n"), RETOUR_START, RETOUR_END) !== null;
	if (!hasBlock && !findStepSection(sessionText.split("\n"), RETOUR_STEP)) return fail("linked-no-retour-section", { name: basenameOf(sessionPath) });

	const { actions, markerFound } = parsePlanActions(await store.read(planPath));
	if (!markerFound) warnings.push({ code: "linked-actions-marker-missing", vars: { name: basenameOf(planPath) } });
	if (answers.length !== actions.length) warnings.push({ code: "linked-actions-changed", vars: { name: basenameOf(planPath) } });
	const count = Math.min(answers.length, actions.length);
	const settled = actions.map((action, i) => (i < count ? (answers[i]?.outcome ?? null) : action.outcome));
	const isoDate = context.value.date ?? toIsoDate(options?.today ?? new Date());

	// The session first: if it cannot be written, the plan is left as it was.
	const planFm = store.frontmatter(planPath) ?? {};
	// Never the current session's client: the retour is about the plan's own client.
	const client = resolveProperty(store, planFm, "client", planPath) ?? indexFor(store, options).target(planPath, "client");
	const content = renderRetourContent(
		store.bodyLink(planPath, sessionPath),
		client ? store.bodyLink(client, sessionPath) : "",
		actions.map((action, i) => ({ description: action.description, outcome: settled[i] ?? null, learning: i < count ? (answers[i]?.learning ?? "") : "" })),
		lang,
	);
	await store.process(sessionPath, (text) => {
		return replaceBetween(text, RETOUR_START, RETOUR_END, content) ?? appendToStepSection(text, RETOUR_STEP, [RETOUR_START, ...content, RETOUR_END]) ?? text;
	});
	await tryUpdateProperties(store, sessionPath, (fm) => {
		fm.retour_plan = store.propertyLink(planPath, sessionPath);
	}, warnings);

	const updates = answers.slice(0, count).map((answer, index) => ({ index, outcome: answer.outcome, learning: answer.learning }));
	await store.process(planPath, (text) => applyRetourToPlanText(text, updates, isoDate, lang));
	const status = settled.every((outcome) => outcome !== null) ? "done" : "open";
	await tryUpdateProperties(store, planPath, (fm) => {
		fm.status = status;
		fm.retour = store.propertyLink(sessionPath, planPath);
		fm.retour_date = isoDate;
		fm.actions_tried = settled.filter((o) => o === "tried").length;
		fm.actions_partly = settled.filter((o) => o === "partly").length;
		fm.actions_not_tried = settled.filter((o) => o === "not-tried").length;
	}, warnings);
	return ok({ path: planPath, created: false, status, warnings });
}
