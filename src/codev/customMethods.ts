/**
 * Custom methods next to the built-ins: lookup, checks and the small edits the settings make.
 * Pure TypeScript: no Obsidian import here. Built-ins always win: a custom method may never take
 * a built-in id, and a lookup finds the built-in first, so a built-in can never be lost.
 */
import { BUILTIN_METHODS, CLASSIC_METHOD, getMethod } from "./methods";
import { validateMethod } from "./methodValidation";
import { fail, ok, type CoreError, type MethodDef, type Result, type StepDef } from "./types";

/** The method with this id: a built-in first, then a custom one; "method-unknown" otherwise. */
export function resolveMethod(id: string, customMethods: readonly MethodDef[]): Result<MethodDef> {
	const found = getMethod(id) ?? customMethods.find((method) => method.id === id);
	return found ? ok(found) : fail("method-unknown", { id });
}

/** Like `resolveMethod`, falling back to the classic method (a deleted default must not block a session). */
export function methodOrClassic(id: string, customMethods: readonly MethodDef[]): MethodDef {
	const found = resolveMethod(id, customMethods);
	return found.ok ? found.value : CLASSIC_METHOD;
}

/** Every method a facilitator can choose, built-ins first; a custom method shadowed by a built-in id is left out. */
export function listMethods(customMethods: readonly MethodDef[]): MethodDef[] {
	const seen = new Set(BUILTIN_METHODS.map((method) => method.id));
	const custom = customMethods.filter((method) => !seen.has(method.id) && seen.add(method.id));
	return [...BUILTIN_METHODS, ...custom];
}

/**
 * Validates `raw` as a custom method among `others` (the other custom methods): its id must be
 * neither a built-in id ("method-id-builtin") nor another custom method's ("method-id-taken").
 */
export function checkCustomMethod(raw: unknown, others: readonly MethodDef[]): Result<MethodDef> {
	const checked = validateMethod(raw);
	if (!checked.ok) return checked;
	const { id } = checked.value;
	if (getMethod(id)) return fail("method-id-builtin", { id });
	if (others.some((method) => method.id === id)) return fail("method-id-taken", { id });
	return checked;
}

export interface CustomMethodProblem {
	index: number;
	error: CoreError;
}

/** The valid custom methods of a stored list; each invalid one is dropped and reported, never thrown. */
export function readCustomMethods(raw: unknown): { methods: MethodDef[]; problems: CustomMethodProblem[] } {
	const methods: MethodDef[] = [];
	const problems: CustomMethodProblem[] = [];
	if (!Array.isArray(raw)) return { methods, problems: raw === undefined ? [] : [{ index: -1, error: { code: "method-not-object" } }] };
	for (const [index, item] of (raw as unknown[]).entries()) {
		const checked = checkCustomMethod(item, methods);
		if (checked.ok) methods.push(checked.value);
		else problems.push({ index, error: checked.error });
	}
	return { methods, problems };
}

/** A deep, mutable copy (built-ins are frozen). Methods are plain data, so JSON is enough. */
export function cloneMethod(method: MethodDef): MethodDef {
	return JSON.parse(JSON.stringify(method)) as MethodDef;
}

/** A new id from `base` that no method in `taken` uses: "express-copy", "express-copy-2"… */
export function freeMethodId(base: string, taken: readonly string[]): string {
	const used = new Set([...taken, ...BUILTIN_METHODS.map((method) => method.id)]);
	const stem = `${base}-copy`;
	if (!used.has(stem)) return stem;
	let n = 2;
	while (used.has(`${stem}-${n}`)) n++;
	return `${stem}-${n}`;
}

const COPY_OF = { fr: "Copie de ", en: "Copy of " } as const;

/** An editable copy of `source` under a fresh id, named "Copie de … / Copy of …". */
export function copyMethod(source: MethodDef, customMethods: readonly MethodDef[]): MethodDef {
	const copy = cloneMethod(source);
	copy.id = freeMethodId(source.id, customMethods.map((method) => method.id));
	copy.name = { fr: COPY_OF.fr + source.name.fr, en: COPY_OF.en + source.name.en };
	return copy;
}

/** A copy of `method` with step `index` moved by `delta` (-1 up, +1 down); unchanged at the ends. */
export function moveStep(method: MethodDef, index: number, delta: number): MethodDef {
	const target = index + delta;
	const steps = [...method.steps];
	const [step] = steps.splice(index, 1);
	if (!step || target < 0 || target > steps.length) return method;
	steps.splice(target, 0, step);
	return { ...method, steps };
}

/** A copy of `method` without step `index`. */
export function removeStep(method: MethodDef, index: number): MethodDef {
	return { ...method, steps: method.steps.filter((_, i) => i !== index) };
}

/** A copy of `method` with a new step "Étape n / Step n" at the end (before closing rounds), weight 10. */
export function addStep(method: MethodDef): MethodDef {
	const ids = new Set(method.steps.map((step) => step.id));
	let n = method.steps.length + 1;
	while (ids.has(`step_${n}`)) n++;
	const empty = { fr: "", en: "" };
	const step: StepDef = {
		id: `step_${n}`,
		name: { fr: `Étape ${n}`, en: `Step ${n}` },
		purpose: { ...empty },
		guidance: { client: { ...empty }, consultants: { ...empty }, facilitator: { ...empty } },
		prompts: [],
		weight: 10,
	};
	const firstClosing = method.steps.findIndex((s) => s.closing);
	const at = firstClosing < 0 ? method.steps.length : firstClosing;
	return { ...method, steps: [...method.steps.slice(0, at), step, ...method.steps.slice(at)] };
}

/** A copy of `method` with step `index` replaced by `update(step)`. */
export function updateStep(method: MethodDef, index: number, update: (step: StepDef) => StepDef): MethodDef {
	return { ...method, steps: method.steps.map((step, i) => (i === index ? update(step) : step)) };
}
