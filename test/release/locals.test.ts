import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { localsAsParameters } from "../../scripts/build/locals.mjs";

/** Runs a program as Obsidian runs main.js, as a function's body, and returns its exports. */
async function run(code: string): Promise<unknown> {
	const module = { exports: {} as Record<string, unknown> };
	const body = vm.runInContext(`(function (module) {${code}\n})`, vm.createContext({})) as (m: typeof module) => void;
	body(module);
	return JSON.parse(JSON.stringify(await (module.exports.result as Promise<unknown>)));
}

describe("an arrow's first locals as its parameters", () => {
	it("gives the same results, callers passing more arguments than declared included", async () => {
		const code = `"use strict";
const double = (x) => { let y = x * 2, z = y + 1; return [y, z]; };
const bare = x => { const k = x + "!"; return k; };
const none = () => { let a = 1; const b = () => a + 1; return b(); };
const later = async (x) => { let w = await Promise.resolve(x); return w * 3; };
const nested = (x) => { let f = (y) => { let z = y + x; return z; }; return f(1); };
module.exports = { result: (async () => ({ mapped: [5, 6].map(double), bare: ["a"].map(bare), none: none(), later: await later(2), nested: nested(10) }))() };`;
		const out = localsAsParameters(code);
		expect(out).not.toMatch(/\blet\b|\bconst (k|b|w|z|f)\b/);
		expect(out).toContain("(x,y,z)");
		expect(out).toContain("(x,k)");
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ mapped: [[10, 11], [12, 13]], bare: ["a!"], none: 2, later: 6, nested: 11 });
	});

	it("moves a local declared after other statements when none of them spells its name", async () => {
		const code = `"use strict";
const guarded = (x) => { if (!x) return "none"; x++; let y = x * 2; return y; };
module.exports = { result: Promise.resolve({ guarded: [0, 1, 2].map(guarded) }) };`;
		const out = localsAsParameters(code);
		expect(out).toContain("(x,y)");
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ guarded: ["none", 4, 6] });
	});

	it("leaves a local with no value, one an earlier statement spells (a closure could read it), one in a block, and an arrow with a default, a pattern or a rest parameter", async () => {
		const code = `"use strict";
const unset = (x) => { let y; if (x) y = 1; return y; };
const after = (x) => { const read = () => typeof y; let y = x; return [read(), y]; };
const inBlock = (x) => { if (x) { let y = x; return y; } return 0; };
const withDefault = (x = 1) => { let y = x; return y; };
const pattern = ({ a }) => { let y = a; return y; };
const rest = (...r) => { let y = r.length; return y; };
module.exports = { result: Promise.resolve({ unset: [1, 2].map(unset), after: after(1), inBlock: inBlock(5), withDefault: withDefault(), pattern: pattern({ a: 3 }), rest: rest(1, 2) }) };`;
		const out = localsAsParameters(code);
		// Only `read` moves: `y` is spelled before its declaration.
		expect(out).toContain("const after = (x,read) => { read = () => typeof y; let y = x;");
		expect(out.replace("(x,read) => { read =", "(x) => { const read =")).toBe(code);
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ unset: [1, 1], after: ["number", 1], inBlock: 5, withDefault: 1, pattern: 3, rest: 2 });
	});
});
