import { describe, expect, it } from "vitest";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import { STEP_MARKER } from "../../src/notes/markers";
import { defaultSessionTemplate, renderSessionNote, sessionTemplate } from "../../src/notes/sessionTemplate";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { planSessionLayout } from "../../src/services/startSession";

/** The step ids of a note's step sections, in order. */
function sectionIds(text: string): string[] {
	return text.split("\n").flatMap((line) => STEP_MARKER.exec(line.trim())?.[1] ?? []);
}

function layout(duration: number, opening: boolean, two: boolean) {
	const planned = planSessionLayout({ method: CLASSIC_METHOD, opening, duration, overrides: {}, ...(two ? { second: { client: { name: "Sofia" }, topic: "Déléguer" } } : {}) }, 120);
	if (!planned.ok) throw new Error(planned.error.code);
	return planned.value;
}

describe("the built-in session template", () => {
	it("holds one section per step of the session's layout, in its order: no break in a two-hour session, no step 0 when not held", () => {
		for (const [duration, opening, two] of [
			[120, false, false],
			[120, true, false],
			[120, false, true],
			[180, true, true],
		] as const) {
			const plan = layout(duration, opening, two);
			expect(sectionIds(sessionTemplate(plan, "fr"))).toEqual(plan.steps.map((step) => step.id));
		}
		expect(sectionIds(sessionTemplate(layout(120, false, true), "en"))).not.toContain("break");
		expect(sectionIds(sessionTemplate(layout(180, true, true), "en"))).toContain("break");
	});

	it("numbers consultation B's steps as A's, and puts each consultation under its own heading", () => {
		const text = sessionTemplate(layout(180, true, true), "en");
		expect(text).toContain("## Consultation A — {{client}}");
		expect(text).toContain("## Consultation B — {{client_b}}");
		const headingOf = (id: string): string => {
			const lines = text.split("\n");
			return lines[lines.findIndex((line) => line === `%% codev-step: ${id} %%`) - 1] ?? "";
		};
		expect(headingOf("expose")).toMatch(/^### 1\. /);
		expect(headingOf("b_expose")).toMatch(/^### 1\. /);
		expect(headingOf("retour")).toMatch(/^## 0\. /);
		expect(headingOf("break")).toMatch(/^## [^0-9]/);
	});

	it("for a method (Insert template) holds every step, and a template of every step loses those the session does not hold", () => {
		const full = defaultSessionTemplate(CLASSIC_METHOD, "fr");
		expect(sectionIds(full)).toEqual(CLASSIC_METHOD.steps.map((step) => step.id));
		const plan = layout(120, false, false);
		const values = { values: {}, minutes: plan.minutes, formatDate: () => null };
		const fromAll = renderSessionNote(full, {}, { ...values, stepIds: plan.steps.map((step) => step.id) }, parseYamlStrict);
		const fromLayout = renderSessionNote(sessionTemplate(plan, "fr"), {}, values, parseYamlStrict);
		expect(fromAll.ok && fromLayout.ok && fromAll.value.text === fromLayout.value.text).toBe(true);
		expect(fromLayout.ok && sectionIds(fromLayout.value.text)).toEqual(plan.steps.map((step) => step.id));
	});
});
