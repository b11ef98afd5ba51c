import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { aliasValues } from "../../scripts/build/aliases.mjs";

/** Runs a program as Obsidian runs main.js, as a function's body, and returns its exports. */
function run(code: string): Record<string, unknown> {
	const module = { exports: {} as Record<string, unknown> };
	const body = vm.runInContext(`(function (module) {${code}\n})`, vm.createContext({})) as (m: typeof module) => void;
	body(module);
	return module.exports;
}

/** The program before and after the pass: the same exports, and the output for more checks. */
function same(code: string, minUses = 1): string {
	const out = aliasValues(code, minUses);
	expect(run(out)).toEqual(run(code));
	return out;
}

describe("literals and ECMAScript globals read through variables", () => {
	it("keeps every value, next to keywords and operators too, and declares the variables first, after the prologue", () => {
		const out = same(`"use strict";
const f = (x) => { if (x === null) return""; return x === void 0 ? !0 : !1; };
const g = (o) => ""in o;
const h = (x) => typeof x == "string" ? String(x).length : Number(x);
const kinds = (x) => [typeof x === "string", x === "string", "string" + x];
module.exports = { a: f(null), b: f(void 0), c: f(1), d: g({ "": 1 }), e: g({}), f: h("abc"), g: h("7"), keys: Object.keys({ a: 1 }), max: Math.max(1, 3), set: [...new Set([1, 1, 2])], map: new Map([[1, 2]]).get(1), kinds: [kinds("a"), kinds(1)] };`);
		expect(out).toMatch(/^"use strict";var \$alias\d+=/);
		// Each value spelled once, in the declaration.
		expect(out.match(/\bnull\b/g)).toHaveLength(1);
		expect(out.match(/void 0/g)).toHaveLength(1);
		expect(out.match(/\bString\b/g)).toHaveLength(1);
		// A short string read often enough is a variable too, in a type test as anywhere.
		expect(out.match(/"string"/g)).toHaveLength(1);
		expect(run(out)).toMatchObject({ a: "", b: true, c: false, d: true, e: false, f: 3, g: 1, max: 3 });
	});

	it("leaves keys, a local that shadows a global, and every global when the program assigns one", () => {
		const out = same(`"use strict";
const o = { "": 1, null: 2 };
class K { ""() { return "key"; } }
function local() { const Map = (x) => "local " + x; return Map(1); }
module.exports = { o, k: new K()[""](), local: local(), real: new Map().size };`);
		// A quoted key of an object literal reads the same computed; a bare one stays.
		expect(out).toMatch(/\{ \[\$alias\d+\]: 1, null: 2 \}/);
		expect(out).toContain('""() {');
		expect(out).toContain('return Map(1)');
		expect(out).not.toMatch(/new Map\(\)/);
		const assigned = `"use strict";Math = Object.create(Math);module.exports = { pi: Math.PI, n: Number("2") };`;
		const untouched = aliasValues(assigned, 1);
		expect(untouched).toContain("Math.PI");
		expect(untouched).toContain('Number("2")');
		expect(run(untouched)).toEqual(run(assigned));
	});

	it("writes an object literal's quoted key computed, but not __proto__, a pattern's key or a class's constructor", () => {
		const code = `"use strict";
const a = { "aria-label": 1 }, b = { "aria-label": 2 }, c = { "aria-label": 3 };
const proto = { "__proto__": { inherited: 1 } }, p2 = { "__proto__": null }, p3 = { "__proto__": null };
const { "aria-label": got } = a;
class K { "constructor"() { this.made = "constructor"; } }
module.exports = { a, b, c, got, inherited: proto.inherited, made: new K().made, own: Object.keys(proto) };`;
		const out = same(code);
		expect(out).toMatch(/\{ \[\$alias\d+\]: 1 \}/);
		expect(out).toContain('{ "__proto__": { inherited: 1 } }');
		expect(out).toContain('{ "aria-label": got }');
		expect(out).toContain('"constructor"() {');
		expect(run(out)).toMatchObject({ got: 1, inherited: 1, made: "constructor", own: [] });
	});

	it("leaves a value used fewer times than it pays, and code with nothing to alias as it was", () => {
		expect(aliasValues('"use strict";module.exports={a:null};', 3)).toBe('"use strict";module.exports={a:null};');
		expect(aliasValues('"use strict";module.exports={a:1};')).toBe('"use strict";module.exports={a:1};');
	});
});
