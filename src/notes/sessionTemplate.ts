import { BREAK_STEP, BREAK_STEP_ID, consultationLetter, partitionSteps, planStepId, type Consultation } from "../codev/consultations";
import { stepsFor } from "../codev/methods";
import type { Lang, MethodDef, StepDef } from "../codev/types";
import { fail, ok, type Result } from "../codev/types";
import { translator } from "../i18n";
import { parseNote, renderFrontmatter, type Properties, type YamlParser } from "./frontmatter";
import { dropStepSections, PRIVATE_MARKER, stepMarker } from "./markers";
import { colonFor, inert, oneLine } from "./text";

/**
 * The session template: Markdown with {{placeholders}}. Step sections carry a marker comment
 * (`%% codev-step: <id> %%`, invisible in reading view) so the plugin finds them even when a
 * user renames a heading, and drops the sections of steps a session does not hold.
 */

/** The number shown before a step: the opening is 0, the consultation steps count from 1. */
export function stepNumber(steps: StepDef[], index: number): number {
	const step = steps[index];
	if (step?.opening) return 0;
	return steps.slice(0, index + 1).filter((s) => !s.opening).length;
}

export function renderStepSection(steps: StepDef[], index: number, lang: Lang): string {
	const step = steps[index];
	if (!step) return "";
	return renderSection(step.id, step, `${stepNumber(steps, index)}. `, "##", lang);
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

/** Which steps the built-in template holds. */
export interface TemplateLayout {
	/** Include the opening step's section (default true: a session without it drops the section). */
	opening?: boolean;
	/** Closing rounds to include (default: the method's own closing steps). */
	closingIds?: readonly string[];
	/** 2: sections "Consultation A — client" and "Consultation B — client", a break, shared opening and closing. */
	consultations?: 1 | 2;
}

function twoConsultationSections(steps: StepDef[], lang: Lang): string[] | null {
	const parts = partitionSteps(steps);
	if (!parts) return null;
	const t = translator(lang);
	const colon = colonFor(lang);
	const number = (step: StepDef): string => `${stepNumber(steps, steps.indexOf(step))}. `;
	const consultation = (which: Consultation): string[] => [
		`## ${t("note.heading.consultation", { letter: consultationLetter(which), client: which === "b" ? "{{client_b}}" : "{{client}}" })}`,
		`**${t("note.label.topic")}**${colon} ${which === "b" ? "{{topic_b}}" : "{{topic}}"}`,
		"",
		...parts.consultation.map((step) => renderSection(planStepId(which, step.id), step, number(step), "###", lang)),
	];
	return [
		...parts.opening.map((step) => renderSection(step.id, step, number(step), "##", lang)),
		...consultation("a"),
		renderSection(BREAK_STEP_ID, BREAK_STEP, "", "##", lang),
		...consultation("b"),
		...parts.closing.map((step) => renderSection(step.id, step, number(step), "##", lang)),
	];
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
 * The built-in template for a method, in one language (what "Insert template" writes): only the
 * steps `stepsFor` holds for the layout; sections of steps a session does not hold are dropped at
 * render time (opening, break).
 */
export function defaultSessionTemplate(method: MethodDef, lang: Lang, layout: TemplateLayout = {}): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const ownClosing = method.steps.filter((step) => step.closing).map((step) => step.id);
	const steps = stepsFor(method, layout.opening ?? true, layout.closingIds ?? ownClosing);
	const two = layout.consultations === 2 ? twoConsultationSections(steps, lang) : null;
	const body = [
		"# {{title}}",
		"",
		`> [!abstract] ${t("note.callout-title")}`,
		`> **${t("note.label.group")}**${colon} {{group_link}}`,
		...clientLines(two !== null, lang),
		`> **${t("note.label.duration")}**${colon} {{duration_text}} · **${t("note.label.facilitator")}**${colon} {{facilitator}}`,
		"",
		`## ${t("note.heading.attendees")}`,
		"{{attendees}}",
		"",
		...(two ?? steps.map((_, index) => renderStepSection(steps, index, lang))),
		`## ${t("note.heading.private")}`,
		PRIVATE_MARKER,
		`*${t("note.private.hint")}*`,
		"",
	];
	return renderFrontmatter({ tags: ["codev"] }) + body.join("\n");
}

export interface TemplateValues {
	/** Plain values: {{title}}, {{topic}}… */
	values: Record<string, string>;
	/** Planned minutes per step id: {{minutes:<id>}}. */
	minutes: Record<string, number>;
	/** {{date}}, {{date:FORMAT}}, {{time}}, {{time:FORMAT}} (whole key, Moment letters) → text; null for other keys. */
	formatDate: (key: string) => string | null;
	/** Step ids the session holds; sections of other steps are removed. */
	stepIds: string[];
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
	if (value instanceof Date) return value.toISOString().slice(0, 10);
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
	const body = fill(dropStepSections(checked.value.body, new Set(values.stepIds)), values, unknown);
	return ok({ text: renderFrontmatter(merged) + body.replace(/^\n+/, ""), unknownPlaceholders: [...unknown] });
}
