/**
 * One or two consultations in a session (METHOD.md, "Timing": long sessions and the end of a cycle
 * often hold two clients). Pure TypeScript: no Obsidian import here.
 *
 * A two-consultation session is one flat list of steps, so the timer, the properties and the note
 * markers all use the same "plan step ids":
 *   shared opening (plain ids: "retour"), consultation A (plain ids: "expose"… "synthese"),
 *   "break" when the session is longer than 2 hours, consultation B ("b_expose"… "b_synthese"),
 *   shared closing (plain ids: "apprentissages", closing rounds).
 * Consultation A keeps the plain ids so that everything written for one client (property keys
 * `step_<id>_planned`, markers `%% codev-step: <id> %%`, step actions) works unchanged for A.
 */
import { stepsFor } from "./methods";
import { deepFreeze, guide, l } from "./methods/text";
import { allocateMinutes, MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, parseDurationMinutes } from "./timing";
import { fail, ok, type Lang, type MethodDef, type Result, type StepDef } from "./types";

export type Consultation = "a" | "b";

/** Plan step id of the break between the two consultations. */
export const BREAK_STEP_ID = "break";
/** Prefix of consultation B's plan step ids. */
export const SECOND_PREFIX = "b_";
/** A break is held only in sessions longer than this (METHOD.md: "a break when it runs longer"). */
export const BREAK_AFTER_MINUTES = 120;
/** Below this, two consultations are too rushed (unless the method is a short one: see twoConsultationBounds). */
export const TWO_CONSULTATIONS_MIN_MINUTES = 90;

export const BREAK_STEP: StepDef = deepFreeze({
	id: BREAK_STEP_ID,
	name: l("Pause", "Break"),
	purpose: l("Une pause entre les deux consultations.", "A break between the two consultations."),
	guidance: guide(
		l("Se repose ; ne poursuit pas la consultation en aparté.", "Rests; does not carry on the consultation aside."),
		l("Se reposent ; gardent pour eux ce qui a été dit (confidentialité).", "Rest; keep what was said to themselves (confidentiality)."),
		l("Annonce l'heure de reprise et le client de la seconde consultation.", "Announces when the group resumes and who is the second client."),
	),
	prompts: [],
	weight: 0,
});

/** One step of a session plan: its plan id, its definition, and the consultation it belongs to (null: shared or break). */
export interface PlanStep {
	id: string;
	step: StepDef;
	consultation: Consultation | null;
}

export interface SessionLayout {
	consultations: 1 | 2;
	steps: PlanStep[];
	/** Planned minutes per plan step id, summing exactly to the session length. */
	minutes: Record<string, number>;
}

/** "expose" for A (or a one-client session), "b_expose" for B. */
export function planStepId(consultation: Consultation | null, stepId: string): string {
	return consultation === "b" ? `${SECOND_PREFIX}${stepId}` : stepId;
}

/** "A" / "B", as shown in headings. */
export function consultationLetter(consultation: Consultation): string {
	return consultation.toUpperCase();
}

export interface StepParts {
	opening: StepDef[];
	/** The steps each consultation runs (classic: steps 1–5). */
	consultation: StepDef[];
	/** The shared closing: the method's last core step (classic: apprentissages) and any closing round. */
	closing: StepDef[];
}

/** Splits a step list into shared opening, per-consultation steps and shared closing; null with fewer than two core steps. */
export function partitionSteps(steps: readonly StepDef[]): StepParts | null {
	const core = steps.filter((step) => !step.opening && !step.closing);
	const last = core[core.length - 1];
	if (core.length < 2 || !last) return null;
	return {
		opening: steps.filter((step) => step.opening),
		consultation: core.slice(0, -1),
		closing: steps.filter((step) => step === last || step.closing),
	};
}

/** Lengths a two-consultation session may have with this method: 90–240, from 60 for short methods (express). */
export function twoConsultationBounds(method: Pick<MethodDef, "minMinutes" | "maxMinutes">): { min: number; max: number } {
	return {
		min: Math.min(TWO_CONSULTATIONS_MIN_MINUTES, 2 * (method.minMinutes ?? MIN_SESSION_MINUTES)),
		max: Math.max(MAX_SESSION_MINUTES, method.maxMinutes ?? 0),
	};
}

/** Minutes of the break for a session of `total` minutes (0 when none is held). */
export function breakMinutesFor(total: number): number {
	if (total <= BREAK_AFTER_MINUTES) return 0;
	return total > 180 ? 15 : 10;
}

/** The flat plan of a two-consultation session, in order, without minutes. */
export function twoConsultationSteps(steps: readonly StepDef[], withBreak: boolean): Result<PlanStep[]> {
	const parts = partitionSteps(steps);
	if (!parts) return fail("two-consultations-unsupported");
	const shared = (step: StepDef): PlanStep => ({ id: step.id, step, consultation: null });
	const inConsultation = (consultation: Consultation) => (step: StepDef): PlanStep => ({ id: planStepId(consultation, step.id), step, consultation });
	const plan = [
		...parts.opening.map(shared),
		...parts.consultation.map(inConsultation("a")),
		...(withBreak ? [shared(BREAK_STEP)] : []),
		...parts.consultation.map(inConsultation("b")),
		...parts.closing.map(shared),
	];
	const seen = new Set<string>();
	for (const { id } of plan) {
		if (seen.has(id)) return fail("steps-duplicate-id", { step: id });
		seen.add(id);
	}
	return ok(plan);
}

const usableWeight = (step: StepDef): number => (Number.isFinite(step.weight) && step.weight > 0 ? step.weight : 0);

/**
 * The split of a two-consultation session: shared opening, consultation A, a break above 2 hours,
 * consultation B, shared closing. Whole minutes that add up exactly to the total; the two
 * consultations differ by one minute at most (A gets the odd one). Refused below
 * `twoConsultationBounds(method).min` ("two-consultations-too-short").
 */
export function splitTwoConsultations(method: MethodDef, totalMinutes: unknown, opening: boolean, closingIds: readonly string[] = []): Result<SessionLayout> {
	const parsed = parseDurationMinutes(totalMinutes);
	if (!parsed.ok) return parsed;
	const total = parsed.value;
	const bounds = twoConsultationBounds(method);
	if (total < bounds.min) return fail("two-consultations-too-short", { min: bounds.min });
	if (total > bounds.max) return fail("duration-too-long", { max: bounds.max });
	const steps = stepsFor(method, opening, closingIds);
	const pause = breakMinutesFor(total);
	const plan = twoConsultationSteps(steps, pause > 0);
	if (!plan.ok) return plan;
	const parts = partitionSteps(steps);
	if (!parts) return fail("two-consultations-unsupported");

	const consultationWeights = parts.consultation.map(usableWeight);
	const consultationWeight = consultationWeights.reduce((a, b) => a + b, 0);
	const weights = consultationWeight > 0 ? consultationWeights : parts.consultation.map(() => 1);
	const blockWeight = 2 * (consultationWeight > 0 ? consultationWeight : parts.consultation.length);
	const shared = [...parts.opening, ...parts.closing];
	const available = total - pause;
	if (available < shared.length + 2 * parts.consultation.length) return fail("two-consultations-too-short", { min: bounds.min });
	const outer = allocateMinutes([...parts.opening.map(usableWeight), blockWeight, ...parts.closing.map(usableWeight)], available);
	const block = outer[parts.opening.length] ?? 0;
	const forA = Math.ceil(block / 2);
	const a = allocateMinutes(weights, forA);
	const b = allocateMinutes(weights, block - forA);

	const minutes: Record<string, number> = {};
	parts.opening.forEach((step, i) => (minutes[step.id] = outer[i] ?? 0));
	parts.closing.forEach((step, i) => (minutes[step.id] = outer[parts.opening.length + 1 + i] ?? 0));
	parts.consultation.forEach((step, i) => {
		minutes[planStepId("a", step.id)] = a[i] ?? 0;
		minutes[planStepId("b", step.id)] = b[i] ?? 0;
	});
	if (pause > 0) minutes[BREAK_STEP_ID] = pause;
	return ok({ consultations: 2, steps: plan.value, minutes: Object.fromEntries(plan.value.map((p) => [p.id, minutes[p.id] ?? 0])) });
}

/** A one-consultation plan from a split keyed by step id (planSessionMinutes). */
export function singleConsultationLayout(steps: readonly StepDef[], minutes: Record<string, number>): SessionLayout {
	return { consultations: 1, steps: steps.map((step) => ({ id: step.id, step, consultation: null })), minutes: { ...minutes } };
}

/**
 * What a plan step id stands for, in a session of `consultations` clients (for the sidebar, which
 * reads ids from `step_<id>_planned` keys): "b_expose" → the exposé of consultation B, "break" →
 * BREAK_STEP, "expose" → the exposé of consultation A (or of the only one). `findStep` looks a
 * step up by its own id (the method's steps, closing rounds…); undefined when nothing fits.
 */
export function describePlanStep(id: string, method: MethodDef, consultations: 1 | 2, findStep?: (stepId: string) => StepDef | undefined): PlanStep | undefined {
	const lookup = (stepId: string): StepDef | undefined => method.steps.find((step) => step.id === stepId) ?? findStep?.(stepId);
	if (consultations === 2) {
		if (id === BREAK_STEP_ID && !lookup(id)) return { id, step: BREAK_STEP, consultation: null };
		if (id.startsWith(SECOND_PREFIX)) {
			const base = lookup(id.slice(SECOND_PREFIX.length));
			if (base) return { id, step: base, consultation: "b" };
		}
	}
	const step = lookup(id);
	if (!step) return undefined;
	const perConsultation = consultations === 2 && (partitionSteps(method.steps)?.consultation.some((s) => s.id === id) ?? false);
	return { id, step, consultation: perConsultation ? "a" : null };
}

/** The name to show for a plan step: "Exposé de la problématique (B)" in consultation B, else the step's name. */
export function planStepName(planStep: PlanStep, lang: Lang): string {
	const name = planStep.step.name[lang];
	return planStep.consultation === null ? name : `${name} (${consultationLetter(planStep.consultation)})`;
}
