/**
 * Step 0 of the next session: the previous client's open action plan is pulled into the new
 * session's opening section (found by `%% codev-step: retour %%`), each action with its outcome
 * (tried / partly / not tried) and what the client learned; then the plan's checkboxes and
 * properties are updated, with a link back to the session. Pure (NoteStore).
 *
 * Two-consultation sessions: the previous session's two clients each have their plan, so
 * `findRetourPlans` returns every open plan to report on (A first), and each plan's retour is its
 * own block in the opening section, found again by the plan's link on the block's first line.
 */
import type { Consultation } from "../../codev/consultations";
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import { consultationOfNote, type CodevIndex, type IndexedNote } from "../../index/codevIndex";
import { toIsoDate } from "../../notes/dates";
import { applyRetourToPlanText, parsePlanActions, type Outcome, type ParsedAction } from "../../notes/linked/actionPlanNote";
import { renderRetourContent } from "../../notes/linked/retourBlock";
import { appendToStepSection, findBlocks, findStepSection, replaceBlock, RETOUR_END, RETOUR_START } from "../../notes/markers";
import { basenameOf, type NoteStore } from "../noteStore";
import { indexFor, resolveProperty, sessionContext, tryUpdateProperties, type LinkedOptions, type LinkedResult } from "./common";

export const RETOUR_STEP = "retour";

export interface RetourCandidate {
	planPath: string;
	/** The session the plan came from. */
	fromSession: string | null;
	client: string | null;
	/** The consultation the plan came from in its session ("a" for a one-client session). */
	consultation: Consultation;
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
 * Finds the plans to report on: the open plans of the group's previous session (both
 * consultations, A first), and for each of its clients without one there, that client's latest
 * open plan. Errors say what could not be found.
 */
export async function findRetourPlans(store: NoteStore, sessionPath: string, options?: LinkedOptions): Promise<Result<RetourCandidate[]>> {
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
	const usable = (plan: IndexedNote): boolean => isCandidate(plan, index, sessionPath, date) && store.exists(plan.path);
	const clients = index.clientsOfSession(previous.path);
	const plans = index
		.plansOfSession(previous.path)
		.filter(usable)
		.sort((a, b) => consultationOfNote(a).localeCompare(consultationOfNote(b)));
	const covered = new Set(plans.map((plan) => index.target(plan.path, "client")));
	const fallbacks = clients
		.filter((client) => !covered.has(client))
		.flatMap((client) => index.openPlansOfClient(client).filter((plan) => usable(plan) && !plans.includes(plan)).slice(0, 1));
	const chosen = [...plans, ...fallbacks].filter((plan, i, all) => all.findIndex((p) => p.path === plan.path) === i);
	if (chosen.length === 0) return fail("linked-no-open-plan", { name: basenameOf(previous.path) });
	const candidates: RetourCandidate[] = [];
	for (const plan of chosen) {
		const parsed = parsePlanActions(await store.read(plan.path));
		const client = index.target(plan.path, "client") ?? (clients.length === 1 ? (clients[0] ?? null) : null);
		candidates.push({ planPath: plan.path, fromSession: previous.path, client, consultation: consultationOfNote(plan), ...parsed });
	}
	return ok(candidates);
}

/** The first plan to report on: one not yet reported in this session, else the first (a re-run). */
export async function findRetourPlan(store: NoteStore, sessionPath: string, options?: LinkedOptions): Promise<Result<RetourCandidate>> {
	const found = await findRetourPlans(store, sessionPath, options);
	if (!found.ok) return found;
	const index = indexFor(store, options);
	const pending = found.value.find((candidate) => index.target(candidate.planPath, "retour") !== sessionPath);
	const first = pending ?? found.value[0];
	return first ? ok(first) : fail("linked-no-open-plan", { name: basenameOf(sessionPath) });
}

/** The session with this plan's retour block rewritten, else a new block at the end of the opening section. */
function writeRetourBlock(text: string, planLink: string, content: string[]): string {
	const replaced = replaceBlock(text, RETOUR_START, RETOUR_END, content, (inner) => inner.some((line) => line.includes(planLink)));
	if (replaced.ok) return replaced.text;
	if (replaced.reason === "unpaired") return text;
	return appendToStepSection(text, RETOUR_STEP, [RETOUR_START, ...content, RETOUR_END]) ?? text;
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
	const blocks = findBlocks(sessionText.split("\n"), RETOUR_START, RETOUR_END);
	// One marker deleted by hand: rewriting would take the facilitator's text after it.
	if (blocks === "unpaired") return fail("marker-unpaired", { name: basenameOf(sessionPath), marker: RETOUR_START });
	const hasBlock = blocks.length > 0;
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
	await store.process(sessionPath, (text) => writeRetourBlock(text, store.bodyLink(planPath, sessionPath), content));
	await tryUpdateProperties(store, sessionPath, (fm) => {
		// One plan: `retour_plan`; a second plan reported in the same session is added to the list.
		const link = store.propertyLink(planPath, sessionPath);
		const current = fm.retour_plan;
		const list = Array.isArray(current) ? (current as unknown[]) : current === undefined || current === null || current === "" ? [] : [current];
		const others = list.filter((item) => store.resolveLink(String(item), sessionPath) !== planPath);
		fm.retour_plan = others.length === 0 ? link : [...others, link];
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
