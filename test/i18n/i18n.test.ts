import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { interpolate, resolveLanguage, tError, translator } from "../../src/i18n";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("i18n", () => {
	it("has the same keys in French and English", () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
	});

	it("has the same {placeholders} in both languages, and no empty string", () => {
		for (const key of Object.keys(en) as Array<keyof typeof en>) {
			expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
			expect(fr[key].trim(), key).not.toBe("");
			expect(en[key].trim(), key).not.toBe("");
		}
	});

	it("resolves the language from Obsidian's unless the setting overrides it", () => {
		expect(resolveLanguage("auto", "fr")).toBe("fr");
		expect(resolveLanguage("auto", "fr-CA")).toBe("fr");
		expect(resolveLanguage("auto", "de")).toBe("en");
		expect(resolveLanguage("en", "fr")).toBe("en");
		expect(resolveLanguage("fr", "en")).toBe("fr");
	});

	it("fills placeholders and leaves unknown ones visible", () => {
		expect(interpolate("{a} et {b}", { a: 1 })).toBe("1 et {b}");
		expect(translator("fr")("notice.session-created", { name: "X" })).toBe("Note de séance créée : X");
	});

	it("translates core error codes, and shows an unknown code as is", () => {
		expect(tError({ code: "duration-too-short", vars: { min: 45 } }, translator("en"))).toBe("the session length must be at least 45 minutes");
		expect(tError({ code: "no-such-code" }, translator("en"))).toBe("no-such-code");
	});
});
