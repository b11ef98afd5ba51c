import { BREAK_STEP, consultationLetter, type Consultation, type PlanStep, type SessionLayout } from "../codev/consultations";
import { stepsFor } from "../codev/methods";
import type { Lang, MethodDef, StepDef } from "../codev/types";
import { fail, ok, type Result } from "../codev/types";
import { translator } from "../i18n";
import { parseNote, renderFrontmatter, type Properties, type YamlParser } from "./frontmatter";
import { dropStepSections, PRIVATE_MARKER, stepMarker } from "./markers";
import { colonFor, inert, oneLine } from "./text";
import { utcDay } from "../codev/dates";

/**
 * The session template: Markdown with {{placeholders}}. Step sections carry a marker comment
 * (`%% codev-step: <id> %%`, invisible in reading view) so the plugin finds them even when a
 * user renames a heading. The built-in template is rendered from the steps the session holds; a
 * user's template loses the sections of steps the session does not hold.
 */

/** The number shown before a step: the opening is 0, the consultation steps count from 1. */
export function stepNumber(steps: StepDef[], index: number): number {
	const step = steps[index];
	if (step?.opening) return 0;
	return steps.slice(0, index + 1).filter((s) => !s.opening).length;
}

/** A step's section: heading with its minutes placeholder, marker, purpose, prompts. */
function renderSection(planId: string, step: StepDef, prefix: string, level: string, lang: Lang): string {
	const t = translator(lang);
	return [
		`${level} ${prefix}${oneLine(step.name[lang])} · {{minutes:${planId}}} min`,
		stepMarker(planId),
		`*${t("note.purpose")}${colonFor(lang)} ${oneLine(step.purpose[lang])}*`,
		"",
		...step.prompts.map((prompt) => `- ${oneLine(prompt[lang])}`),
		...(step.prompts.length > 0 ? [""] : []),
	].join("\n");
}

/** The steps a session holds, in order (the start flow's SessionLayout fits): what the built-in template is made of. */
export type TemplateLayout = Pick<SessionLayout, "consultations" | "steps">;

/**
 * The number of each plan step as the method counts it (see stepNumber): consultation B's steps
 * take the number of the same step in A; the break has none.
 */
function planNumbers(steps: readonly PlanStep[]): Map<PlanStep, number | null> {
	const numbers = new Map<PlanStep, number | null>();
	const byStep = new Map<string, number>();
	let count = 0;
	for (const plan of steps) {
		if (plan.consultation === "b") numbers.set(plan, byStep.get(plan.step.id) ?? null);
		else if (plan.step === BREAK_STEP) numbers.set(plan, null);
		else {
			const number = plan.step.opening ? 0 : ++count;
			byStep.set(plan.step.id, number);
			numbers.set(plan, number);
		}
	}
	return numbers;
}

function consultationHeading(which: Consultation, lang: Lang): string[] {
	const t = translator(lang);
	return [
		`## ${t("note.heading.consultation", { letter: consultationLetter(which), client: which === "b" ? "{{client_b}}" : "{{client}}" })}`,
		`**${t("note.label.topic")}**${colonFor(lang)} ${which === "b" ? "{{topic_b}}" : "{{topic}}"}`,
		"",
	];
}

/** One section per plan step; with two consultations, each consultation's steps under its own heading. */
function stepSections(layout: TemplateLayout, lang: Lang): string[] {
	const numbers = planNumbers(layout.steps);
	const out: string[] = [];
	let current: Consultation | null = null;
	for (const plan of layout.steps) {
		const within = layout.consultations === 2 ? plan.consultation : null;
		if (within !== null && within !== current) out.push(...consultationHeading(within, lang));
		current = within;
		const number = numbers.get(plan) ?? null;
		out.push(renderSection(plan.id, plan.step, number === null ? "" : `${number}. `, within === null ? "##" : "###", lang));
	}
	return out;
}

function clientLines(two: boolean, lang: Lang): string[] {
	const t = translator(lang);
	const colon = colonFor(lang);
	if (!two) return [`> **${t("note.label.client")}**${colon} {{client_link}}`, `> **${t("note.label.topic")}**${colon} {{topic}}`];
	return (["a", "b"] as const).map((which) => {
		const suffix = which === "b" ? "_b" : "";
		return `> **${t("note.label.client-of", { letter: consultationLetter(which) })}**${colon} {{client${suffix}_link}} — {{topic${suffix}}}`;
	});
}

/**
 * The built-in template of a session, from the steps it holds (the layout the start flow
 * computed): nothing to drop afterwards.
 */
export function sessionTemplate(layout: TemplateLayout, lang: Lang): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const body = [
		"# {{title}}",
		"",
		`> [!abstract] ${t("note.callout-title")}`,
		`> **${t("note.label.group")}**${colon} {{group_link}}`,
		...clientLines(layout.consultations === 2, lang),
		`> **${t("note.label.duration")}**${colon} {{duration_text}} · **${t("note.label.facilitator")}**${colon} {{facilitator}}`,
		"",
		`## ${t("note.heading.attendees")}`,
		"{{attendees}}",
		"",
		...stepSections(layout, lang),
		`## ${t("note.heading.private")}`,
		PRIVATE_MARKER,
		`*${t("note.private.hint")}*`,
		"",
	];
	return renderFrontmatter({ tags: ["codev"] }) + body.join("\n");
}

/**
 * The built-in template of a method, one consultation, every step of it (the opening and its
 * closing steps included): what "Insert template" writes for the facilitator to adapt.
 */
export function defaultSessionTemplate(method: MethodDef, lang: Lang): string {
	const ownClosing = method.steps.filter((step) => step.closing).map((step) => step.id);
	const steps = stepsFor(method, true, ownClosing).map((step): PlanStep => ({ id: step.id, step, consultation: null }));
	return sessionTemplate({ consultations: 1, steps }, lang);
}

export interface TemplateValues {
	/** Plain values: {{title}}, {{topic}}… */
	values: Record<string, string>;
	/** Planned minutes per step id: {{minutes:<id>}}. */
	minutes: Record<string, number>;
	/** {{date}}, {{date:FORMAT}}, {{time}}, {{time:FORMAT}} (whole key, Moment letters) → text; null for other keys. */
	formatDate: (key: string) => string | null;
	/**
	 * Step ids the session holds, for a template written for every step (a user's, the method's):
	 * its sections of other steps are removed. Left out for `sessionTemplate`, which has no others.
	 */
	stepIds?: readonly string[];
}

export interface RenderedNote {
	text: string;
	unknownPlaceholders: string[];
}

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function fill(text: string, values: TemplateValues, unknown: Set<string>): string {
	return text.replace(PLACEHOLDER, (whole, raw: string) => {
		const date = values.formatDate(raw);
		if (date !== null) return date;
		if (raw.startsWith("minutes:")) {
			const minutes = values.minutes[raw.slice(8)];
			return minutes === undefined ? "" : String(minutes);
		}
		const value = values.values[raw];
		// Typed values never bring Templater or Dataview code into the note (the template's own may).
		if (value !== undefined) return inert(value);
		unknown.add(raw);
		return whole;
	});
}

/** Checks a user template before use: YAML front matter only, every placeholder closed. */
export function validateTemplate(text: string, parseYaml: YamlParser): Result<{ data: Record<string, unknown>; body: string }> {
	const parsed = parseNote(text, parseYaml);
	if (!parsed.ok) return parsed;
	const opened = (parsed.value.body.match(/\{\{/g) ?? []).length;
	const closed = (parsed.value.body.match(/\}\}/g) ?? []).length;
	if (opened !== closed) return fail("template-unclosed");
	return ok({ data: parsed.value.data, body: parsed.value.body });
}

function templateProperty(value: unknown, values: TemplateValues, unknown: Set<string>): unknown {
	if (typeof value === "string") return fill(value, values, unknown);
	if (Array.isArray(value)) return value.map((item) => templateProperty(item, values, unknown));
	if (value instanceof Date) return utcDay(value);
	return value;
}

function asPropertyValue(value: unknown): Properties[string] | undefined {
	if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
	if (Array.isArray(value)) return value.filter((item) => ["string", "number", "boolean"].includes(typeof item)).map(String);
	return undefined; // nested objects from a template are not carried over (not Obsidian properties)
}

/**
 * Template → note text. The plugin's properties win over the template's; the template's other
 * properties are kept after them. Placeholders are filled in the body and in string properties.
 */
export function renderSessionNote(template: string, properties: Properties, values: TemplateValues, parseYaml: YamlParser): Result<RenderedNote> {
	const checked = validateTemplate(template, parseYaml);
	if (!checked.ok) return checked;
	const unknown = new Set<string>();
	const merged: Properties = { ...properties };
	for (const [key, raw] of Object.entries(checked.value.data)) {
		if (key in merged) continue;
		const value = asPropertyValue(templateProperty(raw, values, unknown));
		if (value !== undefined) merged[key] = value;
	}
	const sections = values.stepIds ? dropStepSections(checked.value.body, new Set(values.stepIds)) : checked.value.body;
	const body = fill(sections, values, unknown);
	return ok({ text: renderFrontmatter(merged) + body.replace(/^\n+/, ""), unknownPlaceholders: [...unknown] });
}
