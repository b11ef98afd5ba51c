import vm from "node:vm";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressText, prelude } from "../../scripts/build/compressText.mjs";
import { codeLengths, deflateBest } from "../../scripts/build/deflate.mjs";

/** Runs a CommonJS snippet in a bare context (no atob, no Buffer) and returns its exports as JSON. */
function run(code: string): Record<string, unknown> {
	const module = { exports: {} as Record<string, unknown> };
	vm.runInContext(code, vm.createContext({ module, TextDecoder }));
	return JSON.parse(JSON.stringify(module.exports)) as Record<string, unknown>;
}

const catalog = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${i}`, `Texte numéro ${i}, assez long pour compter : « ${"é".repeat(i)} »`]));
const source = `"use strict";
const catalog = ${JSON.stringify(catalog)};
function word(x) { if (x) return"une phrase qui suit un mot-clé"; return "une autre phrase, entre guillemets"; }
const mixed = { ...catalog, ${Object.entries(catalog).map(([k, v]) => `${k}x: ${JSON.stringify(v)}`).join(", ")}, multi: \`deux lignes,
et la seconde aussi longue\`, fn() { return 1; }, ...{ z: 1 } };
const fresh = () => ({ a: "x y z w v u t s r q p", b: "une chaîne assez longue pour sortir" });
module.exports = { catalog, mixed, keys: Object.keys(mixed).join(), fn: mixed.fn(), a: word(1), b: word(0), same: fresh() !== fresh(), key: { "a key with spaces in it": 1 }, tpl: \`\${word(1)} et la suite\` };`;

describe("texts compressed in main.js", () => {
	it("moves long texts into the table and keeps every value, key and fresh object", async () => {
		const compressed = await compressText(source);
		expect(compressed).not.toContain("une phrase qui suit");
		expect(compressed).not.toContain("Texte numéro");
		expect(compressed).not.toContain("et la seconde");
		expect(compressed).toContain('"a key with spaces in it"');
		expect(compressed.startsWith('"use strict";')).toBe(true);
		expect(run(compressed)).toEqual(run(source));
		expect(compressed).not.toMatch(/(^|[^\w.$])eval\(|new Function\(/);
	});

	it("moves words, arrays of strings and texts side by side in a call too, each array a fresh copy, and leaves typeof tests and require alone", async () => {
		const code = `"use strict";const o=require("node-builtin-x");
const pair = () => ["Groupe Balint", "Balint group"];
const kind = (x) => typeof x == "function" ? "codev-form-buttons" : "codev-muted-text";
const both = (fr, en, n) => ({ fr, en, n });
module.exports = { same: pair() === pair(), mutated: (() => { const p = pair(); p.push("x"); return pair().length; })(), pair: pair(), a: kind(() => 1), b: kind(1), short: { fr: "Copie de ", en: "Copy of " }, both: both("Séance du groupe", "The group's session", 3) };`;
		const compressed = await compressText(code);
		expect(compressed).not.toContain("codev-form-buttons");
		expect(compressed).not.toContain("Balint group");
		expect(compressed).not.toContain("Copy of");
		expect(compressed).not.toContain("The group's session");
		expect(compressed).toContain('require("node-builtin-x")');
		// The whole is minified again, so the test reads \`typeof e=="function"\`: the literal stays.
		expect(compressed).toMatch(/typeof \w+ ?== ?"function"/);
		const exports = (text: string) => {
			const module = { exports: {} as Record<string, unknown> };
			vm.runInContext(text, vm.createContext({ module, TextDecoder, require: () => ({}) }));
			return JSON.parse(JSON.stringify(module.exports)) as Record<string, unknown>;
		};
		expect(exports(compressed)).toEqual(exports(code));
		expect(exports(compressed)).toMatchObject({ same: false, mutated: 2, both: { fr: "Séance du groupe", en: "The group's session", n: 3 } });
	});

	it("gives the same bytes twice, and leaves code with no long text as it was", async () => {
		expect(await compressText(source)).toBe(await compressText(source));
		expect(await compressText('"use strict";module.exports={a:"ok"};')).toBe('"use strict";module.exports={a:"ok"};');
	});

	it("reads back tables of every deflate block kind: fixed, dynamic and stored codes", async () => {
		// A seeded generator: random words compress with dynamic codes, random characters not at all.
		let seed = 7;
		const next = (n: number): number => ((seed = (seed * 48271) % 2147483647), seed % n);
		const words = Array.from({ length: 400 }, () => `mot ${Array.from({ length: 3 + next(9) }, () => "aeiouéèàçrstlnm"[next(15)]).join("")} « ${next(1000)} »`);
		const noise = Array.from({ length: 300 }, () => ` ${Array.from({ length: 40 }, () => String.fromCharCode(32 + next(95))).join("")}`);
		for (const texts of [words, noise]) {
			const code = `"use strict";module.exports={texts:[${texts.map((t) => JSON.stringify(t)).join(",")}]};`;
			const compressed = await compressText(code);
			expect(compressed.length).toBeLessThan(code.length + 6000);
			expect(run(compressed)).toEqual({ texts });
			// Level 0 writes stored blocks, 1 fixed or dynamic codes; the loader checks itself too.
			for (const level of [0, 1, 6] as const) expect(run(`${await prelude("$", texts, level)}module.exports={texts:$};`)).toEqual({ texts });
			// main.js's own deflate writes dynamic blocks only: its inflater carries no stored-block copy.
			expect(await prelude("$", texts, 0)).toContain("subarray(");
			expect(await prelude("$", texts)).not.toContain("subarray(");
			expect(run(`${await prelude("$", texts)}module.exports={texts:$};`)).toEqual({ texts });
		}
	});

	it("reaches back 64 KB, which the plugin's inflater reads and zlib's 32 KB window does not", async () => {
		let seed = 5;
		const next = (n: number): number => ((seed = (seed * 48271) % 2147483647), seed % n);
		const noise = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + next(26))).join("");
		const far = noise(3000);
		const between = noise(40_000);
		const table = [far, between, far];
		const bytes = (t: string[]) => new TextEncoder().encode(JSON.stringify(t));
		// The repeat 43 KB back is found: it costs a few bytes, where the first copy took about 1.8 KB.
		expect(deflateBest(bytes(table)).length - deflateBest(bytes([far, between])).length).toBeLessThan(100);
		expect(() => inflateRawSync(deflateBest(bytes(table)))).toThrow();
		expect(run(`${await prelude("$", table)}module.exports={table:$};`)).toEqual({ table });
	});

	it("deflates so that zlib reads it back when no match is further than 32 KB, from empty to repetitive text, one code length at most 15 bits", () => {
		let seed = 11;
		const next = (n: number): number => ((seed = (seed * 48271) % 2147483647), seed % n);
		const texts = ["", "a", "ab", "abcabcabcabc", "x".repeat(1000), Array.from({ length: 3000 }, () => "les mots « du groupe » "[next(22)]).join(""), JSON.stringify(catalog).repeat(40)];
		for (const text of texts) {
			const bytes = new TextEncoder().encode(text);
			expect(new TextDecoder().decode(inflateRawSync(deflateBest(bytes)))).toBe(text);
		}
		// Frequencies a plain Huffman code would give 20 bits: package-merge keeps them within the limit.
		const fibonacci: number[] = [];
		for (let a = 1, b = 1; fibonacci.length < 22; [a, b] = [b, a + b]) fibonacci.push(a);
		const lengths = codeLengths(fibonacci, 15);
		expect(Math.max(...lengths)).toBe(15);
		expect(lengths.reduce((kraft, l) => kraft + 2 ** -l, 0)).toBe(1);
	});
});
