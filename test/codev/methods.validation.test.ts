import { describe, expect, it } from "vitest";
import { CLASSIC_METHOD, EXPRESS_METHOD } from "../../src/codev/methods";
import { validateMethod } from "../../src/codev/methodValidation";
import type { CoreError, MethodDef } from "../../src/codev/types";
import { errorOf } from "../tools/results";

/** A small valid method as plain JSON, the way settings store it. */
function raw(): Record<string, unknown> {
	return {
		id: "flash",
		name: { fr: "Codev flash", en: "Flash codev" },
		steps: [
			{ id: "expose", name: { fr: "Exposé", en: "Presentation" }, weight: 5 },
			{ id: "questions", name: { fr: "Questions", en: "Questions" }, weight: 10 },
			{ id: "idees", name: { fr: "Idées", en: "Ideas" }, weight: 15 },
		],
	};
}

function steps(method: Record<string, unknown>): Array<Record<string, unknown>> {
	return method.steps as Array<Record<string, unknown>>;
}

function withChange(change: (m: Record<string, unknown>) => void): Record<string, unknown> {
	const m = raw();
	change(m);
	return m;
}

describe("validateMethod accepts", () => {
	it("a minimal method, filling optional texts with empty ones", () => {
		const result = validateMethod(raw());
		if (!result.ok) throw new Error(result.error.code);
		const [first] = result.value.steps;
		expect(first?.purpose).toEqual({ fr: "", en: "" });
		expect(first?.guidance.facilitator).toEqual({ fr: "", en: "" });
		expect(first?.prompts).toEqual([]);
		expect(first && "opening" in first).toBe(false);
	});

	it("a text in one language only, repeated in the other; a plain string for both", () => {
		const m = withChange((m) => {
			m.name = { fr: "Codev flash" };
			steps(m)[0] = { id: "expose", name: "Exposé", purpose: { en: "Tell the story." }, prompts: ["Le sujet", { fr: "Contexte", en: "Context" }], weight: 5 };
		});
		const result = validateMethod(m);
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.name).toEqual({ fr: "Codev flash", en: "Codev flash" });
		expect(result.value.steps[0]?.name).toEqual({ fr: "Exposé", en: "Exposé" });
		expect(result.value.steps[0]?.purpose).toEqual({ fr: "Tell the story.", en: "Tell the story." });
		expect(result.value.steps[0]?.prompts).toEqual([{ fr: "Le sujet", en: "Le sujet" }, { fr: "Contexte", en: "Context" }]);
	});

	it("zero weights as long as the total is positive, and a weight in decimals", () => {
		expect(validateMethod(withChange((m) => ((steps(m)[0] as { weight: number }).weight = 0))).ok).toBe(true);
		expect(validateMethod(withChange((m) => ((steps(m)[0] as { weight: number }).weight = 2.5))).ok).toBe(true);
	});

	it("a copy of a built-in, unchanged", () => {
		const copy = JSON.parse(JSON.stringify(EXPRESS_METHOD)) as MethodDef;
		expect(validateMethod(copy)).toEqual({ ok: true, value: EXPRESS_METHOD });
	});
});

describe("validateMethod refuses, naming the problem", () => {
	const cases: Array<[string, unknown, CoreError]> = [
		["not an object", "classic", { code: "method-not-object" }],
		["an array", [], { code: "method-not-object" }],
		["an unknown method field", withChange((m) => (m.colour = "blue")), { code: "method-unknown-field", vars: { field: "colour" } }],
		["a bad method id", withChange((m) => (m.id = "Mon codev")), { code: "method-id-invalid", vars: { id: "Mon codev" } }],
		["a missing method id", withChange((m) => delete m.id), { code: "method-id-invalid", vars: { id: "" } }],
		["no name in any language", withChange((m) => (m.name = { fr: " ", en: "" })), { code: "method-name-missing", vars: { id: "flash" } }],
		["a name that is a number", withChange((m) => (m.name = 3)), { code: "method-text-invalid", vars: { field: "name" } }],
		["a name in a third language", withChange((m) => (m.name = { fr: "A", de: "B" })), { code: "method-unknown-field", vars: { field: "name.de" } }],
		["no steps", withChange((m) => (m.steps = [])), { code: "steps-empty" }],
		["steps that are not a list", withChange((m) => (m.steps = { a: 1 })), { code: "steps-empty" }],
		["a step that is not an object", withChange((m) => (steps(m)[1] = "x" as never)), { code: "step-not-object", vars: { step: "#2" } }],
		["an unknown step field", withChange((m) => (steps(m)[1]!.minutes = 5)), { code: "step-unknown-field", vars: { step: "questions", field: "minutes" } }],
		["an unknown role", withChange((m) => (steps(m)[1]!.guidance = { coach: "x" })), { code: "method-unknown-field", vars: { step: "questions", field: "guidance.coach" } }],
		["a bad step id", withChange((m) => (steps(m)[1]!.id = "two-words")), { code: "step-id-invalid", vars: { step: "two-words" } }],
		["a missing step id", withChange((m) => delete steps(m)[1]!.id), { code: "step-id-invalid", vars: { step: "#2" } }],
		["a step without a name", withChange((m) => delete steps(m)[1]!.name), { code: "step-name-missing", vars: { step: "questions" } }],
		["duplicate step ids", withChange((m) => (steps(m)[2]!.id = "expose")), { code: "steps-duplicate-id", vars: { step: "expose" } }],
		["duplicate step names", withChange((m) => (steps(m)[2]!.name = { fr: "exposé ", en: "Talk" })), { code: "steps-duplicate-name", vars: { name: "exposé" } }],
		["a negative weight", withChange((m) => (steps(m)[0]!.weight = -1)), { code: "step-weight-invalid", vars: { step: "expose" } }],
		["a NaN weight", withChange((m) => (steps(m)[0]!.weight = NaN)), { code: "step-weight-invalid", vars: { step: "expose" } }],
		["an infinite weight", withChange((m) => (steps(m)[0]!.weight = Infinity)), { code: "step-weight-invalid", vars: { step: "expose" } }],
		["a weight in text", withChange((m) => (steps(m)[0]!.weight = "5")), { code: "step-weight-invalid", vars: { step: "expose" } }],
		["a missing weight", withChange((m) => delete steps(m)[0]!.weight), { code: "step-weight-invalid", vars: { step: "expose" } }],
		["zero total weight", withChange((m) => steps(m).forEach((s) => (s.weight = 0))), { code: "method-zero-weight" }],
		["a flag that is not a boolean", withChange((m) => (steps(m)[0]!.opening = "yes")), { code: "step-flag-invalid", vars: { step: "expose", field: "opening" } }],
		["a step both opening and closing", withChange((m) => Object.assign(steps(m)[0]!, { opening: true, closing: true })), { code: "step-opening-and-closing", vars: { step: "expose" } }],
		["an opening step that is not first", withChange((m) => (steps(m)[1]!.opening = true)), { code: "step-opening-not-first", vars: { step: "questions" } }],
		["a closing round before a normal step", withChange((m) => (steps(m)[1]!.closing = true)), { code: "step-closing-not-last", vars: { step: "questions" } }],
		["a length that is not whole", withChange((m) => (m.minMinutes = 30.5)), { code: "method-bounds-invalid", vars: { field: "minMinutes", max: 480 } }],
		["a length beyond a working day", withChange((m) => (m.maxMinutes = 600)), { code: "method-bounds-invalid", vars: { field: "maxMinutes", max: 480 } }],
		["a shortest length above the longest", withChange((m) => Object.assign(m, { minMinutes: 90, maxMinutes: 60 })), { code: "method-bounds-order", vars: { min: 90, max: 60 } }],
		["a default outside the range", withChange((m) => Object.assign(m, { minMinutes: 30, maxMinutes: 60, defaultMinutes: 90 })), { code: "method-bounds-order", vars: { min: 30, max: 60 } }],
		["fewer minutes than steps", withChange((m) => (m.minMinutes = 2)), { code: "method-too-many-steps", vars: { steps: 3, min: 2 } }],
	];
	for (const [label, input, error] of cases) {
		it(label, () => {
			expect(errorOf(validateMethod(input))).toEqual(error);
		});
	}

	it("never throws, whatever the input", () => {
		for (const input of [null, undefined, 0, true, { steps: [null] }, { id: "a", name: "A", steps: [{ id: "s", name: "S", weight: 1, prompts: [3] }] }]) {
			expect(() => validateMethod(input)).not.toThrow();
			expect(validateMethod(input).ok).toBe(false);
		}
	});

	it("allows closing rounds that come last, several of them", () => {
		const m = withChange((m) => {
			steps(m)[1]!.closing = true;
			steps(m)[2]!.closing = true;
		});
		expect(validateMethod(m).ok).toBe(true);
		expect(validateMethod(JSON.parse(JSON.stringify(CLASSIC_METHOD))).ok).toBe(true);
	});
});
