import { describe, expect, it } from "vitest";
import {
	BUILTIN_METHODS,
	CLASSIC_METHOD,
	CLOSING_ROUNDS,
	EXPRESS_METHOD,
	INTERVISION_METHOD,
	METEO_STEP,
	QUATRE_A_STEP,
	getClosingRound,
	getMethod,
	stepsFor,
} from "../../src/codev/methods";
import { validateMethod } from "../../src/codev/methodValidation";
import { MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, planSessionMinutes, sessionBounds, splitMinutes } from "../../src/codev/timing";
import { LANGS, ROLES, type MethodDef, type StepDef } from "../../src/codev/types";
import { valueOf as value } from "../tools/results";

const sum = (split: Record<string, number>): number => Object.values(split).reduce((a, b) => a + b, 0);

/** Every way a built-in can be run: with and without its opening, with each closing round. */
function variants(method: MethodDef): Array<[string, StepDef[]]> {
	const closings: string[][] = [[], ["quatre_a"], ["meteo"], ["quatre_a", "meteo"]];
	return [true, false].flatMap((opening) => closings.map((closing): [string, StepDef[]] => [`opening=${opening} closing=${closing.join("+")}`, stepsFor(method, opening, closing)]));
}

describe("the built-in methods", () => {
	it("are classic, express and intervision, under stable ids", () => {
		expect(BUILTIN_METHODS.map((m) => m.id)).toEqual(["classic", "express", "intervision"]);
		expect(getMethod("express")).toBe(EXPRESS_METHOD);
		expect(getMethod("intervision")).toBe(INTERVISION_METHOD);
		for (const method of BUILTIN_METHODS) expect(Object.isFrozen(method), method.id).toBe(true);
	});

	it("allow 45–240 minutes for the classic method, 30–60 for express, 30–120 for intervision", () => {
		expect(sessionBounds(CLASSIC_METHOD)).toEqual({ min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES });
		expect(sessionBounds(EXPRESS_METHOD)).toEqual({ min: 30, max: 60 });
		expect(sessionBounds(INTERVISION_METHOD)).toEqual({ min: 30, max: 120 });
	});

	it("are valid by their own rules and survive validation unchanged", () => {
		for (const method of BUILTIN_METHODS) expect(value(validateMethod(method)), method.id).toEqual(method);
	});

	it("have unique step ids, usable in property keys, with every text in French and English", () => {
		for (const method of BUILTIN_METHODS) {
			for (const [label, steps] of variants(method)) {
				const ids = steps.map((s) => s.id);
				expect(new Set(ids).size, `${method.id} ${label}`).toBe(ids.length);
			}
			for (const lang of LANGS) {
				expect(method.name[lang].trim()).not.toBe("");
				expect(method.description?.[lang].trim() ?? "").not.toBe("");
			}
			for (const step of [...method.steps, ...CLOSING_ROUNDS]) {
				expect(step.id).toMatch(/^[a-z][a-z0-9_]*$/);
				for (const text of [step.name, step.purpose, ...ROLES.map((r) => step.guidance[r]), ...step.prompts]) {
					for (const lang of LANGS) expect(text[lang].trim(), `${method.id}.${step.id}.${lang}`).not.toBe("");
				}
			}
		}
	});

	it("split every integer length of their range exactly, whatever the opening and closing rounds", () => {
		for (const method of BUILTIN_METHODS) {
			const { min, max } = sessionBounds(method);
			for (const [label, steps] of variants(method)) {
				for (let total = min; total <= max; total++) {
					const split = value(splitMinutes(steps, total, undefined, method));
					expect(sum(split), `${method.id} ${label} ${total}`).toBe(total);
					expect(Object.keys(split)).toEqual(steps.map((s) => s.id));
					for (const minutes of Object.values(split)) expect(minutes).toBeGreaterThanOrEqual(1);
				}
			}
		}
	});

	it("refuse lengths outside the method's range, with the method's bounds in the message", () => {
		const express = stepsFor(EXPRESS_METHOD, true);
		expect(splitMinutes(express, 29, undefined, EXPRESS_METHOD)).toEqual({ ok: false, error: { code: "duration-too-short", vars: { min: 30 } } });
		expect(splitMinutes(express, 61, undefined, EXPRESS_METHOD)).toEqual({ ok: false, error: { code: "duration-too-long", vars: { max: 60 } } });
		// Without bounds the plugin-wide limits still hold.
		expect(splitMinutes(express, 30)).toEqual({ ok: false, error: { code: "duration-too-short", vars: { min: 45 } } });
	});

	it("plan an express session of 30 minutes with the settings' minutes rescaled", () => {
		const steps = stepsFor(EXPRESS_METHOD, true);
		const split = value(planSessionMinutes(steps, 30, 45, { consultation: 20 }, EXPRESS_METHOD));
		expect(sum(split)).toBe(30);
		expect(value(planSessionMinutes(steps, "45 min", 45, { consultation: 20 }, EXPRESS_METHOD)).consultation).toBe(20);
	});

	it("gives express its designed 45-minute split from its weights", () => {
		expect(value(splitMinutes(stepsFor(EXPRESS_METHOD, true), 45, undefined, EXPRESS_METHOD))).toEqual({
			expose: 5,
			clarification: 8,
			contrat: 4,
			consultation: 15,
			synthese: 8,
			apprentissages: 5,
		});
	});

	it("runs intervision as METHOD.md gives it: 5 review, 15 questions, 10 analysis, 10 advice, 10 evaluation", () => {
		// Step ids are data: quoted keys (MANGLE=1 leaves them alone).
		expect(value(splitMinutes(stepsFor(INTERVISION_METHOD, true), 65, undefined, INTERVISION_METHOD))).toEqual({
			"retour": 5,
			"incident": 15,
			"questions": 15,
			"analyse": 10,
			"conseils": 10,
			"evaluation": 10,
		});
		expect(INTERVISION_METHOD.steps.filter((s) => s.opening).map((s) => s.id)).toEqual(["retour"]);
	});

	it("keeps the classic method's designed splits when no closing round is held", () => {
		expect(value(splitMinutes(stepsFor(CLASSIC_METHOD, true, []), 120)).consultation).toBe(35);
	});
});

describe("closing rounds", () => {
	it("are the 4 A and the météo, flagged closing", () => {
		expect(CLOSING_ROUNDS.map((s) => s.id)).toEqual(["quatre_a", "meteo"]);
		expect(CLOSING_ROUNDS.every((s) => s.closing === true)).toBe(true);
		expect(getClosingRound("quatre_a")).toBe(QUATRE_A_STEP);
		expect(getClosingRound("meteo")).toBe(METEO_STEP);
		expect(getClosingRound("nope")).toBeUndefined();
	});

	it("name the four A in the prompts", () => {
		const prompts = QUATRE_A_STEP.prompts.map((p) => p.fr).join("\n");
		for (const word of ["Appréciation", "Attentes", "Apprentissages", "Applications"]) expect(prompts).toContain(word);
	});

	it("are appended by stepsFor only when asked, in the order asked, unknown ids ignored", () => {
		expect(stepsFor(CLASSIC_METHOD, true)).toEqual(CLASSIC_METHOD.steps);
		const ids = stepsFor(CLASSIC_METHOD, false, ["meteo", "unknown", "quatre_a"]).map((s) => s.id);
		expect(ids).toEqual(["expose", "clarification", "contrat", "consultation", "synthese", "apprentissages", "meteo", "quatre_a"]);
	});

	it("defined by a method itself are dropped unless asked, and never doubled", () => {
		const own: StepDef = { ...QUATRE_A_STEP, weight: 7 };
		const method: MethodDef = { ...EXPRESS_METHOD, id: "x", steps: [...EXPRESS_METHOD.steps, own] };
		expect(stepsFor(method, true).map((s) => s.id)).not.toContain("quatre_a");
		const held = stepsFor(method, true, ["quatre_a"]);
		expect(held.filter((s) => s.id === "quatre_a")).toEqual([own]);
	});
});
