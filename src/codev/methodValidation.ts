/**
 * Checking a method given as data (settings, a method note). Pure TypeScript: no Obsidian import.
 *
 * `validateMethod` never throws: it returns a normalised MethodDef or the first problem as an
 * error code (the UI shows `error.<code>`). Rules:
 * - fields: method {id, name, description, steps, minMinutes, maxMinutes, defaultMinutes}; step
 *   {id, name, purpose, guidance, prompts, weight, opening, closing}; guidance {client,
 *   consultants, facilitator}; a text {fr, en}. Any other field is refused (a typo would be lost).
 * - a text may be a plain string or give only one language: the other language then repeats it
 *   (a facilitator who writes in French only is not blocked). A name is required in at least one
 *   language; purpose, guidance and prompts are optional (empty).
 * - ids: a method id is lower-case ASCII letters, digits, "-" or "_"; a step id the same without
 *   "-" (it becomes part of property keys such as `step_<id>_planned`).
 * - at least one step; step ids unique; step names unique in each language (case-insensitive);
 *   weights finite and >= 0, with a positive total; an opening step only first, closing steps
 *   only last; bounds whole minutes, 1 <= min <= default <= max <= ABSOLUTE_MAX_MINUTES and at
 *   least one minute per step.
 */
import { ABSOLUTE_MAX_MINUTES, MAX_SESSION_MINUTES, MIN_SESSION_MINUTES } from "./timing";
import { fail, ok, ROLES, type Localized, type MethodDef, type Result, type Role, type StepDef } from "./types";

export const METHOD_ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
export const STEP_ID_PATTERN = /^[a-z][a-z0-9_]*$/;

const METHOD_FIELDS = new Set(["id", "name", "description", "steps", "minMinutes", "maxMinutes", "defaultMinutes"]);
const STEP_FIELDS = new Set(["id", "name", "purpose", "guidance", "prompts", "weight", "opening", "closing"]);
const TEXT_FIELDS = new Set(["fr", "en"]);

type Vars = Record<string, string | number>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

const unknownField = (record: Record<string, unknown>, allowed: Set<string>): string | undefined => Object.keys(record).find((key) => !allowed.has(key));

/** A text: a string, or {fr?, en?}; one language fills the other. Empty when absent. */
function readText(raw: unknown, field: string, vars: Vars): Result<Localized> {
	if (raw === undefined || raw === null) return ok({ fr: "", en: "" });
	if (typeof raw === "string") return ok({ fr: raw.trim(), en: raw.trim() });
	if (!isRecord(raw)) return fail("method-text-invalid", { ...vars, field });
	const extra = unknownField(raw, TEXT_FIELDS);
	if (extra !== undefined) return fail("method-unknown-field", { ...vars, field: `${field}.${extra}` });
	const { fr, en } = raw;
	if ((fr !== undefined && typeof fr !== "string") || (en !== undefined && typeof en !== "string")) return fail("method-text-invalid", { ...vars, field });
	const frText = (fr ?? "").trim();
	const enText = (en ?? "").trim();
	return ok({ fr: frText || enText, en: enText || frText });
}

const isEmpty = (text: Localized): boolean => text.fr === "" && text.en === "";

function readGuidance(raw: unknown, vars: Vars): Result<Record<Role, Localized>> {
	if (raw === undefined || raw === null) raw = {};
	if (!isRecord(raw)) return fail("method-text-invalid", { ...vars, field: "guidance" });
	const extra = unknownField(raw, new Set(ROLES));
	if (extra !== undefined) return fail("method-unknown-field", { ...vars, field: `guidance.${extra}` });
	const guidance = {} as Record<Role, Localized>;
	for (const role of ROLES) {
		const text = readText(raw[role], `guidance.${role}`, vars);
		if (!text.ok) return text;
		guidance[role] = text.value;
	}
	return ok(guidance);
}

function readPrompts(raw: unknown, vars: Vars): Result<Localized[]> {
	if (raw === undefined || raw === null) return ok([]);
	if (!Array.isArray(raw)) return fail("method-text-invalid", { ...vars, field: "prompts" });
	const prompts: Localized[] = [];
	for (const item of raw) {
		const text = readText(item, "prompts", vars);
		if (!text.ok) return text;
		if (!isEmpty(text.value)) prompts.push(text.value);
	}
	return ok(prompts);
}

function readFlag(raw: unknown, field: string, vars: Vars): Result<boolean> {
	if (raw === undefined || raw === null) return ok(false);
	return typeof raw === "boolean" ? ok(raw) : fail("step-flag-invalid", { ...vars, field });
}

function readStep(raw: unknown, index: number): Result<StepDef> {
	const position = { step: `#${index + 1}` };
	if (!isRecord(raw)) return fail("step-not-object", position);
	const id = raw.id;
	const vars = { step: typeof id === "string" && id !== "" ? id : position.step };
	const extra = unknownField(raw, STEP_FIELDS);
	if (extra !== undefined) return fail("step-unknown-field", { ...vars, field: extra });
	if (typeof id !== "string" || !STEP_ID_PATTERN.test(id)) return fail("step-id-invalid", vars);
	const name = readText(raw.name, "name", vars);
	if (!name.ok) return name;
	if (isEmpty(name.value)) return fail("step-name-missing", vars);
	const purpose = readText(raw.purpose, "purpose", vars);
	if (!purpose.ok) return purpose;
	const guidance = readGuidance(raw.guidance, vars);
	if (!guidance.ok) return guidance;
	const prompts = readPrompts(raw.prompts, vars);
	if (!prompts.ok) return prompts;
	const weight = raw.weight;
	if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) return fail("step-weight-invalid", vars);
	const opening = readFlag(raw.opening, "opening", vars);
	if (!opening.ok) return opening;
	const closing = readFlag(raw.closing, "closing", vars);
	if (!closing.ok) return closing;
	if (opening.value && closing.value) return fail("step-opening-and-closing", vars);
	const step: StepDef = { id, name: name.value, purpose: purpose.value, guidance: guidance.value, prompts: prompts.value, weight };
	// Flags only when set, so a validated built-in deep-equals the original.
	if (opening.value) step.opening = true;
	if (closing.value) step.closing = true;
	return ok(step);
}

/** Step ids and names unique, opening first, closing last, a positive total weight. */
function checkStepList(steps: StepDef[]): Result<StepDef[]> {
	const ids = new Set<string>();
	const names: Record<"fr" | "en", Set<string>> = { fr: new Set(), en: new Set() };
	for (const [index, step] of steps.entries()) {
		if (ids.has(step.id)) return fail("steps-duplicate-id", { step: step.id });
		ids.add(step.id);
		for (const lang of ["fr", "en"] as const) {
			const key = step.name[lang].toLocaleLowerCase();
			if (names[lang].has(key)) return fail("steps-duplicate-name", { name: step.name[lang] });
			names[lang].add(key);
		}
		if (step.opening && index > 0) return fail("step-opening-not-first", { step: step.id });
		if (step.closing && steps.slice(index + 1).some((next) => !next.closing)) return fail("step-closing-not-last", { step: step.id });
	}
	if (steps.reduce((sum, step) => sum + step.weight, 0) <= 0) return fail("method-zero-weight");
	return ok(steps);
}

function readBounds(raw: Record<string, unknown>, stepCount: number): Result<Pick<MethodDef, "minMinutes" | "maxMinutes" | "defaultMinutes">> {
	const bounds: Pick<MethodDef, "minMinutes" | "maxMinutes" | "defaultMinutes"> = {};
	for (const key of ["minMinutes", "maxMinutes", "defaultMinutes"] as const) {
		const value = raw[key];
		if (value === undefined || value === null) continue;
		if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > ABSOLUTE_MAX_MINUTES) {
			return fail("method-bounds-invalid", { field: key, max: ABSOLUTE_MAX_MINUTES });
		}
		bounds[key] = value;
	}
	const min = bounds.minMinutes ?? MIN_SESSION_MINUTES;
	const max = bounds.maxMinutes ?? MAX_SESSION_MINUTES;
	if (min > max) return fail("method-bounds-order", { min, max });
	if (bounds.defaultMinutes !== undefined && (bounds.defaultMinutes < min || bounds.defaultMinutes > max)) return fail("method-bounds-order", { min, max });
	if (min < stepCount) return fail("method-too-many-steps", { steps: stepCount, min });
	return ok(bounds);
}

/** A method from unknown data, normalised (trimmed texts, both languages filled), or the first problem. */
export function validateMethod(raw: unknown): Result<MethodDef> {
	if (!isRecord(raw)) return fail("method-not-object");
	const extra = unknownField(raw, METHOD_FIELDS);
	if (extra !== undefined) return fail("method-unknown-field", { field: extra });
	const id = raw.id;
	if (typeof id !== "string" || !METHOD_ID_PATTERN.test(id)) return fail("method-id-invalid", { id: typeof id === "string" ? id : "" });
	const name = readText(raw.name, "name", {});
	if (!name.ok) return name;
	if (isEmpty(name.value)) return fail("method-name-missing", { id });
	const description = readText(raw.description, "description", {});
	if (!description.ok) return description;
	if (!Array.isArray(raw.steps) || raw.steps.length === 0) return fail("steps-empty");
	const steps: StepDef[] = [];
	for (const [index, item] of (raw.steps as unknown[]).entries()) {
		const step = readStep(item, index);
		if (!step.ok) return step;
		steps.push(step.value);
	}
	const checked = checkStepList(steps);
	if (!checked.ok) return checked;
	const bounds = readBounds(raw, steps.length);
	if (!bounds.ok) return bounds;
	const method: MethodDef = { id, name: name.value, steps, ...bounds.value };
	if (!isEmpty(description.value)) method.description = description.value;
	return ok(method);
}
