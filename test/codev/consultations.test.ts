import { describe, expect, it } from "vitest";
import {
	BREAK_STEP_ID,
	describePlanStep,
	partitionSteps,
	planStepName,
	splitTwoConsultations,
	twoConsultationBounds,
} from "../../src/codev/consultations";
import { BUILTIN_METHODS, CLASSIC_METHOD, EXPRESS_METHOD, INTERVISION_METHOD, stepsFor } from "../../src/codev/methods";
import { sessionBounds, splitMinutes } from "../../src/codev/timing";
import { declaredConsultations } from "../../src/notes/schema/session";

const sum = (minutes: Record<string, number>): number => Object.values(minutes).reduce((a, b) => a + b, 0);
const lengths = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("one consultation: every built-in method", () => {
	for (const method of BUILTIN_METHODS) {
		for (const opening of [true, false]) {
			it(`${method.id}${opening ? " with opening" : ""}: sums exactly for every length it allows between 30 and 240, refuses the others`, () => {
				const { min, max } = sessionBounds(method);
				const steps = stepsFor(method, opening);
				for (const total of lengths(30, 240)) {
					const split = splitMinutes(steps, total, undefined, method);
					if (total < min || total > max) {
						expect(split.ok, `${total}`).toBe(false);
						continue;
					}
					if (!split.ok) throw new Error(`${method.id} ${total}: ${split.error.code}`);
					expect(sum(split.value), `${method.id} ${total}`).toBe(total);
					expect(Object.values(split.value).every((m) => m >= 1)).toBe(true);
				}
			});
		}
	}
});

describe("two consultations: splitTwoConsultations", () => {
	for (const method of BUILTIN_METHODS) {
		for (const opening of [true, false]) {
			it(`${method.id}${opening ? " with opening" : ""}: sums exactly for every length 90–240, consultations A and B alike`, () => {
				const parts = partitionSteps(stepsFor(method, opening));
				if (!parts) throw new Error("no parts");
				for (const total of lengths(90, 240)) {
					const split = splitTwoConsultations(method, total, opening);
					if (!split.ok) throw new Error(`${method.id} ${total}: ${split.error.code}`);
					const { minutes, steps } = split.value;
					expect(sum(minutes), `${method.id} ${total}`).toBe(total);
					expect(Object.values(minutes).every((m) => m >= 2)).toBe(true);
					expect(steps.map((s) => s.id)).toEqual(Object.keys(minutes));
					expect(BREAK_STEP_ID in minutes).toBe(total > 120);
					const a = parts.consultation.reduce((acc, s) => acc + (minutes[s.id] ?? 0), 0);
					const b = parts.consultation.reduce((acc, s) => acc + (minutes[`b_${s.id}`] ?? 0), 0);
					expect(a - b === 0 || a - b === 1, `${method.id} ${total}: A ${a}, B ${b}`).toBe(true);
				}
			});
		}
	}

	it("orders shared opening, consultation A, break, consultation B, shared closing (classic, 3 h)", () => {
		const split = splitTwoConsultations(CLASSIC_METHOD, "3h", true);
		if (!split.ok) throw new Error(split.error.code);
		expect(split.value.steps.map((s) => s.id)).toEqual([
			"retour", "expose", "clarification", "contrat", "consultation", "synthese", "break",
			"b_expose", "b_clarification", "b_contrat", "b_consultation", "b_synthese", "apprentissages",
		]);
		expect(split.value.steps.map((s) => s.consultation)).toEqual([null, "a", "a", "a", "a", "a", null, "b", "b", "b", "b", "b", null]);
		expect(split.value.minutes.break).toBe(10);
		expect(split.value.consultations).toBe(2);
	});

	it("refuses lengths below the minimum with its own message code; short methods start at 60", () => {
		expect(splitTwoConsultations(CLASSIC_METHOD, 89, true)).toEqual({ ok: false, error: { code: "two-consultations-too-short", vars: { min: 90 } } });
		expect(splitTwoConsultations(CLASSIC_METHOD, 241, true)).toMatchObject({ ok: false, error: { code: "duration-too-long" } });
		expect(twoConsultationBounds(EXPRESS_METHOD)).toEqual({ min: 60, max: 240 });
		expect(twoConsultationBounds(INTERVISION_METHOD).min).toBe(60);
		for (const method of [EXPRESS_METHOD, INTERVISION_METHOD]) {
			for (const total of lengths(60, 89)) {
				const split = splitTwoConsultations(method, total, true);
				expect(split.ok && sum(split.value.minutes), `${method.id} ${total}`).toBe(total);
			}
		}
		expect(splitTwoConsultations(CLASSIC_METHOD, "soon", true)).toMatchObject({ ok: false, error: { code: "duration-not-a-number" } });
	});

	it("refuses a method with a single core step", () => {
		const one = { ...CLASSIC_METHOD, id: "one", steps: CLASSIC_METHOD.steps.slice(1, 2) };
		expect(splitTwoConsultations(one, 120, false)).toMatchObject({ ok: false, error: { code: "two-consultations-unsupported" } });
	});

	it("keeps requested closing rounds in the shared closing", () => {
		const split = splitTwoConsultations(CLASSIC_METHOD, 200, true, ["meteo"]);
		if (!split.ok) throw new Error(split.error.code);
		expect(split.value.steps.slice(-2).map((s) => s.id)).toEqual(["apprentissages", "meteo"]);
		expect(sum(split.value.minutes)).toBe(200);
	});
});

describe("plan step ids back to step definitions (for the sidebar)", () => {
	it("maps b_ ids to consultation B, break to the break, plain ids to A or shared", () => {
		expect(describePlanStep("b_contrat", CLASSIC_METHOD, 2)).toMatchObject({ id: "b_contrat", consultation: "b", step: { id: "contrat" } });
		expect(describePlanStep("contrat", CLASSIC_METHOD, 2)).toMatchObject({ consultation: "a", step: { id: "contrat" } });
		expect(describePlanStep("retour", CLASSIC_METHOD, 2)).toMatchObject({ consultation: null });
		expect(describePlanStep("apprentissages", CLASSIC_METHOD, 2)).toMatchObject({ consultation: null });
		expect(describePlanStep("break", CLASSIC_METHOD, 2)).toMatchObject({ consultation: null, step: { id: "break" } });
		expect(describePlanStep("contrat", CLASSIC_METHOD, 1)).toMatchObject({ consultation: null });
		expect(describePlanStep("b_contrat", CLASSIC_METHOD, 1)).toBeUndefined();
		expect(describePlanStep("nope", CLASSIC_METHOD, 2)).toBeUndefined();
		const b = describePlanStep("b_expose", CLASSIC_METHOD, 2);
		expect(b && planStepName(b, "fr")).toBe("Exposé de la problématique (B)");
		expect(declaredConsultations({ consultations: 2 })).toBe(2);
		expect(declaredConsultations({})).toBe(1);
	});
});
