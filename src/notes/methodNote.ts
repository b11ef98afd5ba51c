/**
 * A codev method written as a Markdown note. Pure TypeScript: no Obsidian import here.
 *
 * Format (readable and writable by hand):
 *
 *     ---
 *     type: codev-method
 *     codev_schema: 1
 *     id: flash                     # lower-case letters, digits, - or _
 *     lang: fr                      # language of the ## headings (fr or en; default fr)
 *     name_fr: Codev flash
 *     name_en: Flash codev          # one name is enough: the other language repeats it
 *     description_fr: …             # optional, also description_en
 *     min_minutes: 30               # optional bounds of the session length (default 45–240)
 *     max_minutes: 60
 *     default_minutes: 45
 *     ---
 *     # Codev flash                 (free text before the first ## is ignored)
 *
 *     ## Exposé                     (one ## heading per step, in order: the step's name in `lang`)
 *     - id: expose                  (optional: made from the heading, "Exposé" → "expose")
 *     - weight: 5                   (required: its share of the session, e.g. minutes at the default length)
 *     - name_en: Presentation
 *     - purpose_fr: Le client présente sa situation.
 *     - purpose_en: The client presents their situation.
 *     - client_fr: … / client_en / consultants_fr / consultants_en / facilitator_fr / facilitator_en
 *     - prompt_fr: Le sujet en une phrase      (repeatable; the n-th prompt_fr pairs with the n-th prompt_en)
 *     - prompt_en: The topic in one sentence
 *     - opening: yes                (optional step held first, like the « retour »; yes/no, oui/non, true/false)
 *     - closing: yes                (optional closing round, held at the end only when asked for)
 *
 * Each field is one list item `- key: value` on one line; the value is plain text to the end of
 * the line (no quoting). Any other line (paragraphs, ### headings, code blocks) is a free note and
 * is ignored, but a list item `- word: …` with an unknown key is refused, as is an unknown front
 * matter property (except tags, aliases, cssclasses, publish). The definition then goes through
 * `validateMethod`, so the same rules and error codes apply as in the settings.
 */
import { validateMethod } from "../codev/methodValidation";
import { fail, ROLES, type Lang, type Localized, type MethodDef, type Result, type StepDef } from "../codev/types";
import { parseNote, renderFrontmatter, type YamlParser } from "./frontmatter";
import { oneLine } from "./text";
import { TYPES } from "./schema/kinds";
import { METHOD_NOTE_SCHEMA, methodProperties, readMethod } from "./schema/method";

export const METHOD_NOTE_TYPE = TYPES.method;
export { METHOD_NOTE_SCHEMA };

const TEXT_KEYS = ["name", "purpose", ...ROLES] as const;
const STEP_KEYS = new Set(["id", "weight", "opening", "closing", "prompt_fr", "prompt_en", ...TEXT_KEYS.flatMap((key) => [`${key}_fr`, `${key}_en`])]);

const HEADING = /^##\s+(.*?)\s*#*\s*$/;
// Any single word before a colon counts as a key (accents too: "- durée: 5" is refused, not skipped).
const FIELD = /^\s*[-*+]\s+(\p{L}[\p{L}\p{N}_]*)\s*:(.*)$/u;
const FENCE = /^\s*(```|~~~)/;

/** "Exposé de la problématique" → "expose_de_la_problematique": a step id from a heading. */
export function stepIdFromName(name: string): string {
	const slug = name
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "_")
		.replace(/^[_0-9]+|_+$/g, "");
	return slug === "" ? "step" : slug;
}

interface RawStep {
	heading: string;
	fields: Map<string, string[]>;
}

/** The ## sections and their `- key: value` items; a problem for an unknown key. */
function readSections(body: string): Result<RawStep[]> {
	const steps: RawStep[] = [];
	let inFence = false;
	for (const line of body.split(/\r?\n/)) {
		if (FENCE.test(line)) inFence = !inFence;
		if (inFence) continue;
		const heading = HEADING.exec(line);
		if (heading) {
			steps.push({ heading: heading[1] ?? "", fields: new Map() });
			continue;
		}
		const current = steps[steps.length - 1];
		const field = FIELD.exec(line);
		if (!current || !field) continue;
		const key = (field[1] ?? "").toLowerCase();
		if (!STEP_KEYS.has(key)) return fail("step-unknown-field", { step: current.heading, field: key });
		const values = current.fields.get(key) ?? [];
		values.push((field[2] ?? "").trim());
		current.fields.set(key, values);
	}
	return { ok: true, value: steps };
}

const YES = new Set(["yes", "oui", "true", "vrai", "1"]);
const NO = new Set(["no", "non", "false", "faux", "0", ""]);

/** yes/no as booleans; anything else stays a string so validateMethod names the field. */
function readFlag(value: string | undefined): unknown {
	if (value === undefined) return undefined;
	const word = value.toLowerCase();
	return YES.has(word) ? true : NO.has(word) ? false : value;
}

function readWeight(value: string | undefined): unknown {
	if (value === undefined || value.trim() === "") return undefined;
	const number = Number(value.replace(",", "."));
	return Number.isNaN(number) ? value : number;
}

/** A raw step object (validated later) from one section. */
function toRawStep(section: RawStep, lang: Lang): Record<string, unknown> {
	// A key given twice: the last one wins, as in YAML.
	const one = (key: string): string | undefined => section.fields.get(key)?.slice(-1)[0];
	const text = (key: string): Partial<Localized> => ({ fr: one(`${key}_fr`), en: one(`${key}_en`) });
	const name = text("name");
	if (name[lang] === undefined || name[lang] === "") name[lang] = section.heading;
	const frPrompts = section.fields.get("prompt_fr") ?? [];
	const enPrompts = section.fields.get("prompt_en") ?? [];
	const prompts = Array.from({ length: Math.max(frPrompts.length, enPrompts.length) }, (_, i) => ({ fr: frPrompts[i], en: enPrompts[i] }));
	return {
		id: one("id") || stepIdFromName(name[lang] ?? section.heading),
		name,
		purpose: text("purpose"),
		guidance: Object.fromEntries(ROLES.map((role) => [role, text(role)])),
		prompts,
		weight: readWeight(one("weight")),
		opening: readFlag(one("opening")),
		closing: readFlag(one("closing")),
	};
}

/** A method from the text of a method note (see the format above). */
export function parseMethodNote(text: string, parseYaml: YamlParser): Result<MethodDef> {
	const parsed = parseNote(text, parseYaml);
	if (!parsed.ok) return parsed;
	const props = readMethod(parsed.value.data);
	if (!props.ok) return props;
	const { lang, ...method } = props.value;
	const sections = readSections(parsed.value.body);
	if (!sections.ok) return sections;
	return validateMethod({
		id: method.id,
		name: method.name,
		description: method.description,
		steps: sections.value.map((section) => toRawStep(section, lang)),
		minMinutes: method.minMinutes,
		maxMinutes: method.maxMinutes,
		defaultMinutes: method.defaultMinutes,
	});
}

// ---------------------------------------------------------------------------------------------
// Rendering

const INTRO: Localized = {
	fr: "Méthode de codéveloppement lue par le plugin Codev facilitator : une section ## par étape, dans l'ordre, avec des champs « - clé: valeur » sur une ligne.",
	en: "Codev method read by the Codev facilitator plugin: one ## section per step, in order, with “- key: value” fields on one line.",
};

function stepLines(step: StepDef, lang: Lang): string[] {
	const other: Lang = lang === "fr" ? "en" : "fr";
	const lines = [`## ${oneLine(step.name[lang])}`, "", `- id: ${step.id}`, `- weight: ${step.weight}`];
	if (step.opening) lines.push("- opening: yes");
	if (step.closing) lines.push("- closing: yes");
	const field = (key: string, value: string): void => {
		if (value.trim() !== "") lines.push(`- ${key}: ${oneLine(value)}`);
	};
	field(`name_${other}`, step.name[other]);
	field("purpose_fr", step.purpose.fr);
	field("purpose_en", step.purpose.en);
	for (const role of ROLES) {
		field(`${role}_fr`, step.guidance[role].fr);
		field(`${role}_en`, step.guidance[role].en);
	}
	for (const prompt of step.prompts) {
		field("prompt_fr", prompt.fr);
		field("prompt_en", prompt.en);
	}
	lines.push("");
	return lines;
}

/** The text of a method note for `method`, headings in `lang`; `parseMethodNote` reads it back. */
export function renderMethodNote(method: MethodDef, lang: Lang): string {
	const props = methodProperties(method, lang);
	const body = [`# ${oneLine(method.name[lang])}`, "", INTRO[lang], "", ...method.steps.flatMap((step) => stepLines(step, lang))];
	return renderFrontmatter(props) + body.join("\n");
}
