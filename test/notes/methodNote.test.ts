import { describe, expect, it } from "vitest";
import { copyMethod } from "../../src/codev/customMethods";
import { BUILTIN_METHODS, CLOSING_ROUNDS, EXPRESS_METHOD } from "../../src/codev/methods";
import { validateMethod } from "../../src/codev/methodValidation";
import { LANGS, type CoreError, type MethodDef, type Result } from "../../src/codev/types";
import { parseMethodNote, renderMethodNote, stepIdFromName } from "../../src/notes/methodNote";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { valueOf as value, errorOf } from "../tools/results";

const parse = (text: string): Result<MethodDef> => parseMethodNote(text, parseYamlStrict);

/** What a facilitator might type by hand, in French, with free notes between the fields. */
const HAND_WRITTEN = `---
type: codev-method
id: flash
name_fr: Codev flash
name_en: Flash codev
min_minutes: 30
max_minutes: 60
tags: [codev]
---
# Codev flash

Ma variante pour les pauses de midi.

## Exposé
- weight: 5
- name_en: Presentation
- purpose_fr: Le client présente sa situation : contexte, enjeux.
- prompt_fr: Le sujet en une phrase
- prompt_en: The topic in one sentence
- prompt_fr: Ce qui a déjà été tenté

Une remarque libre, ignorée.

## Questions d'information
* id: questions
* weight: 7,5
* facilitator_fr: Pas de conseil déguisé.

### Sous-titre ignoré

## Météo
- weight: 3
- closing: oui
`;

describe("parseMethodNote", () => {
	it("reads a hand-written note: ids from headings, one language filling the other, free text ignored", () => {
		const method = value(parse(HAND_WRITTEN));
		expect(method.id).toBe("flash");
		expect(method.name).toEqual({ fr: "Codev flash", en: "Flash codev" });
		expect([method.minMinutes, method.maxMinutes, method.defaultMinutes]).toEqual([30, 60, undefined]);
		expect(method.steps.map((s) => s.id)).toEqual(["expose", "questions", "meteo"]);
		const [expose, questions, meteo] = method.steps;
		expect(expose?.name).toEqual({ fr: "Exposé", en: "Presentation" });
		expect(expose?.purpose).toEqual({ fr: "Le client présente sa situation : contexte, enjeux.", en: "Le client présente sa situation : contexte, enjeux." });
		expect(expose?.prompts).toEqual([
			{ fr: "Le sujet en une phrase", en: "The topic in one sentence" },
			{ fr: "Ce qui a déjà été tenté", en: "Ce qui a déjà été tenté" },
		]);
		expect(questions?.weight).toBe(7.5);
		expect(questions?.guidance.facilitator.fr).toBe("Pas de conseil déguisé.");
		expect(meteo?.closing).toBe(true);
	});

	it("reads headings as English names when lang is en", () => {
		const text = "---\ntype: codev-method\nid: mini\nlang: en\nname_en: Mini\n---\n## Presentation\n- weight: 1\n- name_fr: Exposé\n";
		const method = value(parse(text));
		expect(method.name).toEqual({ fr: "Mini", en: "Mini" });
		expect(method.steps[0]).toMatchObject({ id: "presentation", name: { fr: "Exposé", en: "Presentation" } });
	});

	it("ignores headings and fields inside code blocks", () => {
		const text = "---\ntype: codev-method\nid: mini\nname_fr: Mini\n---\n## Un\n- weight: 1\n```\n## Pas une étape\n- colour: blue\n```\n";
		expect(value(parse(text)).steps.map((s) => s.id)).toEqual(["un"]);
	});

	const base = "---\ntype: codev-method\nid: mini\nname_fr: Mini\n---\n";
	const cases: Array<[string, string, CoreError]> = [
		["not a method note", "---\ntype: codev-session\n---\n## A\n- weight: 1\n", { code: "method-note-type", vars: { type: "codev-method" } }],
		["no front matter", "## A\n- weight: 1\n", { code: "method-note-type", vars: { type: "codev-method" } }],
		["broken YAML", "---\ntype: [codev-method\n---\n", { code: "template-frontmatter" }],
		["an unknown property", "---\ntype: codev-method\nid: mini\nname_fr: Mini\ncolour: blue\n---\n## A\n- weight: 1\n", { code: "method-unknown-field", vars: { field: "colour" } }],
		["a newer format", "---\ntype: codev-method\ncodev_schema: 2\nid: mini\nname_fr: Mini\n---\n## A\n- weight: 1\n", { code: "method-note-schema", vars: { version: "2" } }],
		["a third language", "---\ntype: codev-method\nlang: de\nid: mini\nname_fr: Mini\n---\n## A\n- weight: 1\n", { code: "method-note-lang" }],
		["no steps", `${base}Rien ici.\n`, { code: "steps-empty" }],
		["no name", "---\ntype: codev-method\nid: mini\n---\n## A\n- weight: 1\n", { code: "method-name-missing", vars: { id: "mini" } }],
		["no id", "---\ntype: codev-method\nname_fr: Mini\n---\n## A\n- weight: 1\n", { code: "method-id-invalid", vars: { id: "" } }],
		["an unknown step field", `${base}## A\n- weight: 1\n- durée: 5\n`, { code: "step-unknown-field", vars: { step: "A", field: "durée" } }],
		["a misspelt step field", `${base}## A\n- weigth: 1\n`, { code: "step-unknown-field", vars: { step: "A", field: "weigth" } }],
		["a missing weight", `${base}## A\n- purpose_fr: x\n`, { code: "step-weight-invalid", vars: { step: "a" } }],
		["a weight in words", `${base}## A\n- weight: cinq\n`, { code: "step-weight-invalid", vars: { step: "a" } }],
		["a negative weight", `${base}## A\n- weight: -2\n`, { code: "step-weight-invalid", vars: { step: "a" } }],
		["zero total weight", `${base}## A\n- weight: 0\n## B\n- weight: 0\n`, { code: "method-zero-weight" }],
		["duplicate names", `${base}## Tour\n- weight: 1\n- id: a\n## Tour\n- weight: 1\n- id: b\n`, { code: "steps-duplicate-name", vars: { name: "Tour" } }],
		["duplicate ids", `${base}## A\n- weight: 1\n## B\n- id: a\n- weight: 1\n`, { code: "steps-duplicate-id", vars: { step: "a" } }],
		["a flag that is not yes or no", `${base}## A\n- weight: 1\n- opening: peut-être\n`, { code: "step-flag-invalid", vars: { step: "a", field: "opening" } }],
	];
	for (const [label, text, error] of cases) {
		it(`refuses ${label}`, () => {
			expect(errorOf(parse(text))).toEqual(error);
		});
	}
});

describe("renderMethodNote", () => {
	it("round-trips every built-in method and closing round, in both languages", () => {
		const withClosing: MethodDef = { ...copyMethod(EXPRESS_METHOD, []), steps: [...EXPRESS_METHOD.steps, ...CLOSING_ROUNDS] };
		for (const method of [...BUILTIN_METHODS, withClosing]) {
			for (const lang of LANGS) {
				expect(value(parse(renderMethodNote(method, lang))), `${method.id} ${lang}`).toEqual(method);
			}
		}
	});

	it("round-trips a hand-written note once normalised", () => {
		const method = value(parse(HAND_WRITTEN));
		expect(value(parse(renderMethodNote(method, "fr")))).toEqual(method);
		expect(value(parse(renderMethodNote(method, "en")))).toEqual(method);
	});

	it("round-trips texts that YAML or Markdown would misread, keeping them on one line", () => {
		const method = value(
			validateMethod({
				id: "tricky",
				name: { fr: "Oui: non # pas un commentaire", en: "yes" },
				description: { fr: "« Guillemets » et 'apostrophes'", en: '"quoted" [[link]]' },
				steps: [
					{ id: "a", name: { fr: "## pas un titre", en: "- weight: 9" }, purpose: { fr: "Ligne un\nligne deux", en: "x" }, weight: 1 },
					{ id: "b", name: "B", prompts: ["- prompt_fr: imbriqué"], weight: 2 },
				],
			}),
		);
		const back = value(parse(renderMethodNote(method, "fr")));
		expect(back.name).toEqual(method.name);
		expect(back.description).toEqual(method.description);
		expect(back.steps[0]?.name).toEqual(method.steps[0]?.name);
		expect(back.steps[0]?.purpose.fr).toBe("Ligne un ligne deux");
		expect(back.steps[1]?.prompts).toEqual(method.steps[1]?.prompts);
	});

	it("writes a readable note: type, one ## heading per step named in the note's language", () => {
		const text = renderMethodNote(EXPRESS_METHOD, "fr");
		expect(text.startsWith("---\ntype: codev-method\ncodev_schema: 1\nid: express\nlang: fr\n")).toBe(true);
		expect(text).toContain("min_minutes: 30\nmax_minutes: 60\ndefault_minutes: 45\n");
		expect(text).toContain("## Exposé éclair\n\n- id: expose\n- weight: 5\n- name_en: Short presentation\n");
		expect(text.match(/^## /gm)).toHaveLength(EXPRESS_METHOD.steps.length);
		expect(renderMethodNote(EXPRESS_METHOD, "en")).toContain("## Short presentation\n\n- id: expose\n- weight: 5\n- name_fr: Exposé éclair\n");
	});
});

describe("stepIdFromName", () => {
	it("makes a property-safe id from a heading", () => {
		expect(stepIdFromName("Exposé de la problématique")).toBe("expose_de_la_problematique");
		expect(stepIdFromName("Tour des 4 A")).toBe("tour_des_4_a");
		expect(stepIdFromName("4 A")).toBe("a");
		expect(stepIdFromName("—")).toBe("step");
	});
});
