import { describe, it, expect } from "vitest";
import { BUILTIN_METHODS, CLASSIC_METHOD, getMethod, stepsFor } from "../../src/codev/methods";
import { LANGS, ROLES, type Localized, type StepDef } from "../../src/codev/types";

const CLASSIC_IDS = ["retour", "expose", "clarification", "contrat", "consultation", "synthese", "apprentissages"];

function step(id: string): StepDef {
	const found = CLASSIC_METHOD.steps.find((s) => s.id === id);
	if (!found) throw new Error(`no step ${id}`);
	return found;
}

/** Every localized text of a step, with a label for failure messages. */
function textsOf(s: StepDef): Array<[string, Localized]> {
	return [
		[`${s.id}.name`, s.name],
		[`${s.id}.purpose`, s.purpose],
		...ROLES.map((role): [string, Localized] => [`${s.id}.guidance.${role}`, s.guidance[role]]),
		...s.prompts.map((prompt, index): [string, Localized] => [`${s.id}.prompts.${index}`, prompt]),
	];
}

const allTexts = (): Array<[string, Localized]> => BUILTIN_METHODS.flatMap((method) => method.steps.flatMap(textsOf));

describe("CLASSIC_METHOD", () => {
	it("has the seven steps of METHOD.md, in order", () => {
		expect(CLASSIC_METHOD.id).toBe("classic");
		expect(CLASSIC_METHOD.steps.map((s) => s.id)).toEqual(CLASSIC_IDS);
	});

	it("marks only the first step as the optional opening", () => {
		expect(CLASSIC_METHOD.steps.filter((s) => s.opening).map((s) => s.id)).toEqual(["retour"]);
		expect(CLASSIC_METHOD.steps[0]?.opening).toBe(true);
	});

	it("uses the French reference names of METHOD.md", () => {
		expect(CLASSIC_METHOD.steps.map((s) => s.name.fr)).toEqual([
			"Retour et choix du sujet",
			"Exposé de la problématique",
			"Clarification",
			"Contrat de consultation",
			"Exploration / consultation",
			"Synthèse et plan d'action",
			"Apprentissages et régulation",
		]);
	});

	it("uses the English names of METHOD.md", () => {
		expect(CLASSIC_METHOD.steps.map((s) => s.name.en)).toEqual([
			"Follow-up and choice of topic",
			"Presentation",
			"Clarifying questions",
			"Contract",
			"Consultation",
			"Synthesis and action plan",
			"Learnings and evaluation",
		]);
	});

	it("weighs the steps as the default two-hour split with opening", () => {
		const weights = Object.fromEntries(CLASSIC_METHOD.steps.map((s) => [s.id, s.weight]));
		expect(weights).toEqual({ retour: 10, expose: 10, clarification: 15, contrat: 10, consultation: 35, synthese: 20, apprentissages: 20 });
		expect(CLASSIC_METHOD.steps.reduce((sum, s) => sum + s.weight, 0)).toBe(120);
	});

	it("gives the contract step the client's request in their own words and the kind of help", () => {
		const prompts = step("contrat").prompts.map((p) => p.fr).join("\n");
		expect(prompts).toContain("« Dans cette séance, j'aimerais que vous m'aidiez à… »");
		expect(prompts).toMatch(/type d'aide/i);
	});

	it("asks for who said what in the consultation and owners and dates in the action plan", () => {
		expect(step("consultation").prompts.map((p) => p.fr).join("\n")).toMatch(/qui a dit quoi/);
		const plan = step("synthese").prompts.map((p) => p.fr).join("\n");
		expect(plan).toMatch(/responsable/);
		expect(plan).toMatch(/échéance/);
	});

	it("asks for each person's learnings and an evaluation of substance and form on 1 to 5", () => {
		const prompts = step("apprentissages").prompts;
		const fr = prompts.map((p) => p.fr).join("\n");
		const en = prompts.map((p) => p.en).join("\n");
		expect(fr).toMatch(/fond \(1 à 5\)/);
		expect(fr).toMatch(/forme \(1 à 5\)/);
		expect(en).toMatch(/substance/);
		expect(en).toMatch(/form/);
	});

	it("tells the facilitator what to watch at the key steps", () => {
		expect(step("clarification").guidance.facilitator.fr).toMatch(/questions d'information/);
		expect(step("clarification").guidance.facilitator.fr).toMatch(/ne présupposent aucune solution/);
		expect(step("consultation").guidance.facilitator.fr).toMatch(/écoute sans débattre/);
		expect(step("consultation").guidance.client.fr).toMatch(/sans débattre/);
		expect(step("retour").guidance.facilitator.fr).toMatch(/confidentialité/);
		expect(step("retour").guidance.facilitator.fr).toMatch(/bienveillance/);
	});

	it("cannot be mutated by accident", () => {
		expect(Object.isFrozen(CLASSIC_METHOD)).toBe(true);
		expect(Object.isFrozen(CLASSIC_METHOD.steps)).toBe(true);
		expect(() => {
			(CLASSIC_METHOD.steps[0] as StepDef).weight = 99;
		}).toThrow(TypeError);
		expect(CLASSIC_METHOD.steps[0]?.weight).toBe(10);
	});
});

describe("every built-in step", () => {
	it("has unique ASCII ids usable in property keys", () => {
		for (const method of BUILTIN_METHODS) {
			const ids = method.steps.map((s) => s.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
		}
	});

	it("has a positive weight and two to four prompts", () => {
		for (const s of BUILTIN_METHODS.flatMap((m) => m.steps)) {
			expect(s.weight, s.id).toBeGreaterThan(0);
			expect(s.prompts.length, s.id).toBeGreaterThanOrEqual(2);
			expect(s.prompts.length, s.id).toBeLessThanOrEqual(4);
		}
	});

	it("has non-empty French and English name, purpose, guidance for each role, and prompts", () => {
		const texts = allTexts();
		expect(texts.length).toBeGreaterThan(CLASSIC_IDS.length * 7);
		for (const [label, text] of texts) {
			for (const lang of LANGS) expect(text[lang].trim(), `${label}.${lang}`).not.toBe("");
		}
	});

	it("differs between French and English (no untranslated text) except for shared words", () => {
		for (const [label, text] of allTexts()) {
			if (text.fr === "Clarification" || text.fr === "Consultation") continue;
			expect(text.fr, label).not.toBe(text.en);
		}
	});

	it("uses French typography: guillemets with spaces, straight apostrophes, no English quotes", () => {
		for (const [label, text] of allTexts()) {
			expect(text.fr, label).not.toMatch(/"/);
			expect(text.fr, label).not.toMatch(/’/);
			expect(text.fr, label).not.toMatch(/«[^\s\u00a0\u202f]/);
			expect(text.fr, label).not.toMatch(/[^\s\u00a0\u202f]»/);
			expect(text.en, label).not.toMatch(/[«»]/);
		}
	});

	it("writes purposes and guidance as full sentences", () => {
		for (const s of BUILTIN_METHODS.flatMap((m) => m.steps)) {
			for (const text of [s.purpose, ...ROLES.map((role) => s.guidance[role])]) {
				for (const lang of LANGS) {
					expect(text[lang], `${s.id}.${lang}`).toMatch(/^[A-ZÀ-Ý]/);
					expect(text[lang], `${s.id}.${lang}`).toMatch(/\.$/);
				}
			}
		}
	});
});

describe("BUILTIN_METHODS and getMethod", () => {
	it("includes the classic method under unique ids", () => {
		expect(BUILTIN_METHODS).toContain(CLASSIC_METHOD);
		const ids = BUILTIN_METHODS.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it("finds every built-in method by id and nothing else", () => {
		for (const method of BUILTIN_METHODS) expect(getMethod(method.id)).toBe(method);
		expect(getMethod("classic")).toBe(CLASSIC_METHOD);
		expect(getMethod("unknown")).toBeUndefined();
		expect(getMethod("")).toBeUndefined();
	});
});

describe("stepsFor", () => {
	it("keeps every step, in order, with the opening", () => {
		expect(stepsFor(CLASSIC_METHOD, true)).toEqual(CLASSIC_METHOD.steps);
	});

	it("drops only the opening step without it, keeping the order", () => {
		const ids = stepsFor(CLASSIC_METHOD, false).map((s) => s.id);
		expect(ids).toEqual(CLASSIC_IDS.filter((id) => id !== "retour"));
	});

	it("returns a fresh array that callers may change without touching the method", () => {
		const steps = stepsFor(CLASSIC_METHOD, true);
		steps.pop();
		expect(CLASSIC_METHOD.steps).toHaveLength(CLASSIC_IDS.length);
	});

	it("works on any method given as data", () => {
		const [first, second] = CLASSIC_METHOD.steps as [StepDef, StepDef];
		const custom = { id: "custom", name: { fr: "Perso", en: "Custom" }, steps: [{ ...second }, { ...first, opening: true }] };
		expect(stepsFor(custom, false).map((s) => s.id)).toEqual([second.id]);
		expect(stepsFor(custom, true).map((s) => s.id)).toEqual([second.id, first.id]);
	});
});
