import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { freeName, freePath, nameKey, noteNameFromPattern, sanitizeFolderPath, sanitizeNoteName } from "../../src/notes/names";

const FORBIDDEN_CHARS = ["*", '"', "\\", "/", "<", ">", ":", "|", "?", "#", "^", "[", "]", "%"];
const FORBIDDEN = /[*"\\/<>:|?#^[\]%]/u;
const CONTROL = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
// Independent oracle: Windows compares the part before the first dot, trailing spaces ignored.
const isReserved = (name: string) => /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu.test(name.split(".")[0]!.trimEnd());

// Arbitrary strings biased towards the awkward parts: forbidden chars, controls, edges, reserved names.
const tricky = fc.constantFrom(...FORBIDDEN_CHARS, " ", ".", "\t", "\n", "\u0000", "\u0085", "\u202E", "\u2066", "\u200B", "\u200D", "\u0301", "\uFEFF", "CON", "nul", "Com1", "lpt9", "e\u0301", "👨‍👩‍👧", "🚀");
const unit = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), tricky);
const anyText = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(""));
const longText = fc.array(fc.oneof(unit, fc.string({ unit: "grapheme", minLength: 50, maxLength: 200 })), { maxLength: 20 }).map((parts) => parts.join(""));

function withoutSegmenter(run: () => void): void {
	const saved: unknown = Reflect.get(Intl, "Segmenter");
	Reflect.set(Intl, "Segmenter", undefined);
	try {
		run();
	} finally {
		Reflect.set(Intl, "Segmenter", saved);
	}
}

function hasBrokenSurrogate(text: string): boolean {
	return /\p{Cs}/u.test(text);
}

describe("sanitizeNoteName", () => {
	it.each(FORBIDDEN_CHARS)("strips %j", (char) => {
		expect(sanitizeNoteName(`a${char}b`, "x")).toBe("ab");
	});

	it("strips control and bidi override characters", () => {
		expect(sanitizeNoteName("a\u0000b\u0007c\u009Fd", "x")).toBe("abcd");
		expect(sanitizeNoteName("\u202Eabc\u202C \u2066def\u2069", "x")).toBe("abc def");
		expect(sanitizeNoteName("zero\u200Bwidth\uFEFF", "x")).toBe("zerowidth");
	});

	it("turns tabs and newlines into single spaces", () => {
		expect(sanitizeNoteName("  Groupe\t\tA \n\r B  ", "x")).toBe("Groupe A B");
		expect(sanitizeNoteName("a : b", "x")).toBe("a b");
	});

	it("keeps accents, emoji, RTL letters and emoji ZWJ sequences", () => {
		expect(sanitizeNoteName("Hélène Côté", "x")).toBe("Hélène Côté");
		expect(sanitizeNoteName("🚀 Projet", "x")).toBe("🚀 Projet");
		expect(sanitizeNoteName("مشروع", "x")).toBe("مشروع");
		expect(sanitizeNoteName("Famille 👨‍👩‍👧", "x")).toBe("Famille 👨‍👩‍👧");
	});

	it("returns NFC for NFD input", () => {
		const nfd = "Hélène Côté".normalize("NFD");
		expect(nfd).not.toBe(nfd.normalize("NFC"));
		expect(sanitizeNoteName(nfd, "x")).toBe("Hélène Côté".normalize("NFC"));
	});

	it("recomposes after a removed character unblocks a composition", () => {
		expect(sanitizeNoteName("e\u0007\u0301", "x")).toBe("é");
	});

	it("trims leading and trailing spaces and dots", () => {
		expect(sanitizeNoteName(" ..Séance. . ", "x")).toBe("Séance");
		expect(sanitizeNoteName("v1.2 notes", "x")).toBe("v1.2 notes");
	});

	it("falls back when nothing is left", () => {
		expect(sanitizeNoteName(" . .. ", "Codev")).toBe("Codev");
		expect(sanitizeNoteName("???", " Groupe: A ")).toBe("Groupe A");
		expect(sanitizeNoteName("", "")).not.toBe("");
	});

	it.each([
		["CON", "CON_"],
		["nul", "nul_"],
		["Com1", "Com1_"],
		["lpt9.md", "lpt9_.md"],
		["CON  ", "CON_"],
		["con.txt", "con_.txt"],
		["aux .tar.gz", "aux_ .tar.gz"],
		["COM¹", "COM¹_"],
	])("suffixes the reserved name %j", (input, expected) => {
		expect(sanitizeNoteName(input, "x")).toBe(expected);
	});

	it("leaves names that merely start like reserved ones", () => {
		expect(sanitizeNoteName("Console", "x")).toBe("Console");
		expect(sanitizeNoteName("COM10", "x")).toBe("COM10");
		expect(sanitizeNoteName("Nul part", "x")).toBe("Nul part");
	});

	it("truncates 300+ characters without breaking a surrogate pair", () => {
		const result = sanitizeNoteName("a" + "🚀".repeat(200), "x");
		expect(result.length).toBeLessThanOrEqual(120);
		expect(result.length).toBe(119);
		expect(hasBrokenSurrogate(result)).toBe(false);
	});

	it("truncates without splitting a combining sequence", () => {
		const result = sanitizeNoteName("e\u0301\u0323".repeat(100), "x", 10);
		expect(result).toBe("e\u0323\u0301".normalize("NFC").repeat(5));
	});

	it("re-trims after truncation", () => {
		expect(sanitizeNoteName("abc .def", "x", 5)).toBe("abc");
	});

	it("truncates by clusters without Intl.Segmenter", () => {
		withoutSegmenter(() => {
			expect(sanitizeNoteName("a" + "🚀".repeat(200), "x").length).toBe(119);
			expect(sanitizeNoteName("e\u0301\u0323".repeat(100), "x", 10)).toBe("e\u0323\u0301".normalize("NFC").repeat(5));
			expect(sanitizeNoteName("x👍🏽👍🏽", "x", 5)).toBe("x👍🏽");
		});
	});

	it("keeps a reserved name guarded even at tiny limits", () => {
		expect(sanitizeNoteName("CON", "x", 3)).toBe("CO");
		expect(sanitizeNoteName("con.txt", "x", 6)).toBe("con_.t");
		expect(sanitizeNoteName("anything", "fb", 0)).toBe("a");
	});
});

describe("sanitizeNoteName properties", () => {
	const params = { numRuns: 500 };

	it("is always a safe, non-empty NFC name within the limit", () => {
		fc.assert(
			fc.property(longText, anyText, fc.integer({ min: 1, max: 200 }), (input, fallback, max) => {
				const result = sanitizeNoteName(input, fallback, max);
				expect(result).not.toBe("");
				expect(result).not.toMatch(FORBIDDEN);
				expect(result).not.toMatch(CONTROL);
				expect(result).not.toMatch(/^[ .]|[ .]$/);
				expect(result).not.toMatch(/ {2}/);
				expect(result.length).toBeLessThanOrEqual(max);
				expect(result).toBe(result.normalize("NFC"));
				expect(isReserved(result)).toBe(false);
			}),
			params,
		);
	});

	it("is idempotent", () => {
		fc.assert(
			fc.property(longText, anyText, fc.integer({ min: 1, max: 200 }), (input, fallback, max) => {
				const once = sanitizeNoteName(input, fallback, max);
				expect(sanitizeNoteName(once, fallback, max)).toBe(once);
			}),
			params,
		);
	});

	it("gives the same name for NFC and NFD spellings", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (input) => {
				expect(sanitizeNoteName(input.normalize("NFD"), "x")).toBe(sanitizeNoteName(input.normalize("NFC"), "x"));
			}),
			params,
		);
	});

	it("never leaves a broken surrogate, with or without Intl.Segmenter", () => {
		const check = (input: string, max: number) => {
			expect(hasBrokenSurrogate(sanitizeNoteName(input, "x", max))).toBe(false);
		};
		fc.assert(fc.property(longText, fc.integer({ min: 1, max: 60 }), check), params);
		withoutSegmenter(() => fc.assert(fc.property(longText, fc.integer({ min: 1, max: 60 }), check), params));
	});
});

describe("sanitizeFolderPath", () => {
	it("sanitises each segment and drops empty, '.' and '..' segments", () => {
		expect(sanitizeFolderPath("/Codev/../Groupe: A/./Séances/", "x")).toBe("Codev/Groupe A/Séances");
		expect(sanitizeFolderPath("Codev//2026 ", "x")).toBe("Codev/2026");
	});

	it("treats backslashes as separators", () => {
		expect(sanitizeFolderPath("Codev\\Groupes\\CON", "x")).toBe("Codev/Groupes/CON_");
	});

	it("falls back, and an empty fallback means the vault root", () => {
		expect(sanitizeFolderPath("../..", "Codev/Sessions")).toBe("Codev/Sessions");
		expect(sanitizeFolderPath("/", "")).toBe("");
	});

	it("never yields a traversal segment or edge slash", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(anyText, fc.constantFrom("..", ".", "", "\\", "/")), { maxLength: 8 }), (parts) => {
				const result = sanitizeFolderPath(parts.join("/"), "");
				expect(result).not.toMatch(/^\/|\/$|\/\/|\\/);
				for (const segment of result ? result.split("/") : []) {
					expect(segment).toBe(sanitizeNoteName(segment, "x"));
				}
			}),
		);
	});
});

describe("nameKey", () => {
	it("ignores case and normalisation form", () => {
		expect(nameKey("HÉLÈNE")).toBe(nameKey("hélène".normalize("NFD")));
		expect(nameKey("İstanbul")).toBe("i\u0307stanbul");
	});

	it("is stable", () => {
		fc.assert(
			fc.property(anyText, (name) => {
				expect(nameKey(nameKey(name))).toBe(nameKey(name));
			}),
		);
	});
});

describe("freeName", () => {
	it("returns the base when free, else the first free number", () => {
		expect(freeName("Séance", () => false)).toBe("Séance");
		const taken = new Set(["Séance", "Séance 2", "Séance 4"]);
		expect(freeName("Séance", (c) => taken.has(c))).toBe("Séance 3");
	});

	it("gives up instead of looping forever", () => {
		expect(() => freeName("x", () => true)).toThrow(/No free name/);
	});

	it("never returns an existing name", () => {
		fc.assert(
			fc.property(anyText, fc.array(anyText, { maxLength: 20 }), fc.array(fc.integer({ min: 2, max: 30 })), (base, others, numbers) => {
				const taken = new Set([base, ...others, ...numbers.map((n) => `${base} ${n}`)].map(nameKey));
				const result = freeName(base, (c) => taken.has(nameKey(c)));
				expect(taken.has(nameKey(result))).toBe(false);
			}),
		);
	});

	it("stays unique across 50 creations with the same name, case-insensitively", () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const base = sanitizeNoteName(raw, "Codev");
				const created = new Set<string>();
				for (let i = 0; i < 50; i++) {
					// Users retype the name with varying case and normalisation.
					const typed = i % 2 ? base.toUpperCase().normalize("NFD") : base;
					created.add(nameKey(freeName(sanitizeNoteName(typed, "Codev"), (c) => created.has(nameKey(c)))));
				}
				expect(created.size).toBe(50);
			}),
			{ numRuns: 50 },
		);
	});
});

describe("freePath", () => {
	it("builds folder/base N.ext", () => {
		const taken = new Set(["Codev/Séance.md", "Codev/Séance 2.md"]);
		expect(freePath("Codev", "Séance", "md", (p) => taken.has(p))).toBe("Codev/Séance 3.md");
		expect(freePath("Codev/", "Séance", ".md", () => false)).toBe("Codev/Séance.md");
	});

	it("uses the vault root for an empty folder", () => {
		expect(freePath("", "Séance", "md", () => false)).toBe("Séance.md");
		expect(freePath("", "Séance", "", () => false)).toBe("Séance");
	});

	it("shortens a long base so 'base 99.ext' fits", () => {
		const taken = new Set<string>();
		for (let i = 0; i < 99; i++) {
			const path = freePath("Codev", "é".repeat(300), "md", (p) => taken.has(p));
			taken.add(path);
			expect(path.slice("Codev/".length).length).toBeLessThanOrEqual(120);
		}
		expect(taken.size).toBe(99);
	});
});

describe("noteNameFromPattern", () => {
	const formatDate = (key: string) => (key === "date:YYYY-MM-DD" ? "2026-01-13" : key.startsWith("date:") ? `[${key}]` : null);

	it("expands date and value placeholders", () => {
		const name = noteNameFromPattern("{{date:YYYY-MM-DD}} {{group}} – {{client}}", { group: "Groupe A", client: "Hélène" }, formatDate);
		expect(name).toBe("2026-01-13 Groupe A – Hélène");
	});

	it("drops unknown keys, including inherited ones", () => {
		expect(noteNameFromPattern("{{ group }} {{missing}} {{constructor}}", { group: "A" }, formatDate)).toBe("A");
	});

	it("sanitises illegal characters coming from a date format", () => {
		expect(noteNameFromPattern("{{time:HH:mm}} {{topic}}", { topic: "Délégation?" }, (key) => (key === "time:HH:mm" ? "14:30" : null))).toBe("1430 Délégation");
	});

	it("does not re-expand placeholders found in values", () => {
		expect(noteNameFromPattern("{{a}}", { a: "{{b}}", b: "no" }, formatDate)).toBe("{{b}}");
	});

	it("falls back to Codev", () => {
		expect(noteNameFromPattern("{{missing}} ...", {}, formatDate)).toBe("Codev");
	});
});
