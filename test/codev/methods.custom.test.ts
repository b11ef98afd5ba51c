import { describe, expect, it } from "vitest";
import {
	addStep,
	checkCustomMethod,
	copyMethod,
	freeMethodId,
	listMethods,
	methodOrClassic,
	moveStep,
	readCustomMethods,
	removeStep,
	resolveMethod,
	updateStep,
} from "../../src/codev/customMethods";
import { BUILTIN_METHODS, CLASSIC_METHOD, EXPRESS_METHOD, INTERVISION_METHOD } from "../../src/codev/methods";
import { validateMethod } from "../../src/codev/methodValidation";
import type { MethodDef } from "../../src/codev/types";
import { migrateData } from "../../src/settings/model";

function custom(id = "flash"): MethodDef {
	const copy = copyMethod(EXPRESS_METHOD, []);
	return { ...copy, id, name: { fr: "Codev flash", en: "Flash codev" } };
}

describe("resolveMethod and listMethods", () => {
	it("finds built-ins first, then custom methods, and names an unknown id", () => {
		const flash = custom();
		expect(resolveMethod("express", [flash])).toEqual({ ok: true, value: EXPRESS_METHOD });
		expect(resolveMethod("flash", [flash])).toEqual({ ok: true, value: flash });
		expect(resolveMethod("gone", [flash])).toEqual({ ok: false, error: { code: "method-unknown", vars: { id: "gone" } } });
		expect(methodOrClassic("gone", [flash])).toBe(CLASSIC_METHOD);
	});

	it("never lets a custom method replace a built-in, even one that slipped into the list", () => {
		const impostor = { ...custom(), id: "classic" };
		expect(resolveMethod("classic", [impostor])).toEqual({ ok: true, value: CLASSIC_METHOD });
		expect(listMethods([impostor, custom()]).map((m) => m.id)).toEqual(["classic", "express", "intervision", "flash"]);
		expect(listMethods([custom(), custom()]).map((m) => m.id)).toEqual(["classic", "express", "intervision", "flash"]);
	});

	it("refuses a custom method with a built-in id or another custom method's id", () => {
		expect(checkCustomMethod({ ...custom(), id: "intervision" }, [])).toEqual({ ok: false, error: { code: "method-id-builtin", vars: { id: "intervision" } } });
		expect(checkCustomMethod(custom(), [custom()])).toEqual({ ok: false, error: { code: "method-id-taken", vars: { id: "flash" } } });
		expect(checkCustomMethod(custom(), [custom("other")]).ok).toBe(true);
	});
});

describe("copying and editing a custom method", () => {
	it("copies a built-in under a fresh id and name, leaving the built-in frozen and intact", () => {
		const first = copyMethod(INTERVISION_METHOD, []);
		expect(first.id).toBe("intervision-copy");
		expect(first.name.fr).toBe("Copie de Intervision : méthode des incidents");
		expect(first.name.en).toBe("Copy of Intervision: incident method");
		expect(Object.isFrozen(first.steps[0])).toBe(false);
		first.steps[0]!.weight = 99;
		expect(INTERVISION_METHOD.steps[0]?.weight).toBe(5);
		expect(copyMethod(INTERVISION_METHOD, [first]).id).toBe("intervision-copy-2");
		expect(checkCustomMethod(first, []).ok).toBe(true);
		expect(freeMethodId("classic", ["classic-copy", "classic-copy-2"])).toBe("classic-copy-3");
	});

	it("moves steps up and down, and ignores moves past either end", () => {
		const method = copyMethod(EXPRESS_METHOD, []);
		const ids = (m: MethodDef): string[] => m.steps.map((s) => s.id);
		expect(ids(moveStep(method, 1, -1)).slice(0, 2)).toEqual(["clarification", "expose"]);
		expect(ids(moveStep(method, 1, 1)).slice(1, 3)).toEqual(["contrat", "clarification"]);
		expect(moveStep(method, 0, -1)).toBe(method);
		expect(moveStep(method, method.steps.length - 1, 1)).toBe(method);
	});

	it("removes, adds and updates steps without touching the original", () => {
		const method = copyMethod(CLASSIC_METHOD, []);
		expect(removeStep(method, 0).steps.map((s) => s.id)).not.toContain("retour");
		const added = addStep(method);
		expect(added.steps[added.steps.length - 1]?.id).toBe("step_8");
		expect(added.steps[added.steps.length - 1]?.name).toEqual({ fr: "Étape 8", en: "Step 8" });
		expect(validateMethod(added).ok).toBe(true);
		const renamed = updateStep(method, 1, (s) => ({ ...s, name: { ...s.name, fr: "Exposé" } }));
		expect(renamed.steps[1]?.name.fr).toBe("Exposé");
		expect(method.steps[1]?.name.fr).toBe("Exposé de la problématique");
	});

	it("adds a new step before the closing rounds", () => {
		const method = copyMethod(EXPRESS_METHOD, []);
		method.steps.push({ ...method.steps[0]!, id: "meteo", name: { fr: "Météo", en: "Weather" }, closing: true });
		expect(addStep(method).steps.map((s) => s.id).slice(-2)).toEqual(["step_8", "meteo"]);
	});

	it("reports the first problem of an invalid edit", () => {
		const method = copyMethod(EXPRESS_METHOD, []);
		const emptied = method.steps.reduce((m) => removeStep(m, 0), method);
		expect(checkCustomMethod(emptied, [])).toEqual({ ok: false, error: { code: "steps-empty" } });
		const opening = updateStep(method, 2, (s) => ({ ...s, opening: true }));
		expect(checkCustomMethod(opening, [])).toEqual({ ok: false, error: { code: "step-opening-not-first", vars: { step: "contrat" } } });
	});
});

describe("custom methods in the settings", () => {
	it("defaults to none", () => {
		expect(migrateData(undefined, "fr").data.settings.customMethods).toEqual([]);
	});

	it("round-trip through migrateData, as saved and loaded as JSON", () => {
		const flash = custom();
		const loaded = migrateData(undefined, "en");
		loaded.data.settings.customMethods.push(flash);
		loaded.data.settings.methodId = "flash";
		const again = migrateData(JSON.parse(JSON.stringify(loaded.data)), "en");
		expect(again.problems).toEqual([]);
		expect(again.changed).toBe(false);
		expect(again.data.settings.customMethods).toEqual([flash]);
		expect(again.data.settings.methodId).toBe("flash");
	});

	it("drop an invalid custom method with a problem naming it, keeping the others, never throwing", () => {
		const stored = {
			data_version: 1,
			settings: { customMethods: [custom("good"), { ...custom("bad"), steps: [] }, { ...custom(), id: "classic" }, "junk", custom("good")] },
		};
		const loaded = migrateData(stored, "fr");
		expect(loaded.data.settings.customMethods.map((m) => m.id)).toEqual(["good"]);
		expect(loaded.problems).toEqual([
			"field:customMethods[1]:steps-empty",
			"field:customMethods[2]:method-id-builtin",
			"field:customMethods[3]:method-not-object",
			"field:customMethods[4]:method-id-taken",
		]);
		expect(loaded.changed).toBe(true);
		expect(BUILTIN_METHODS.map((m) => m.id)).toEqual(["classic", "express", "intervision"]);
	});

	it("reset a list that is not a list", () => {
		const loaded = migrateData({ data_version: 1, settings: { customMethods: { a: 1 } } }, "fr");
		expect(loaded.data.settings.customMethods).toEqual([]);
		expect(loaded.problems).toEqual(["field:customMethods"]);
		expect(readCustomMethods(undefined)).toEqual({ methods: [], problems: [] });
	});
});
