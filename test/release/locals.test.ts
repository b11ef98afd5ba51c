import path from "node:path";
import vm from "node:vm";
import ts from "typescript";
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

	it("moves a method's locals too, but not a getter's, a setter's or those of a method that reads its arguments", async () => {
		const code = `"use strict";
class Box { constructor(v) { this.v = v; } twice() { const t = this.v * 2; return t; } get half() { const h = this.v / 2; return h; } set value(x) { const y = x + 1; this.v = y; } count() { const n = arguments.length; return n; } }
const object = { plus(a) { let b = a + 1; return b; } };
const box = new Box(4);
box.value = 9;
module.exports = { result: Promise.resolve({ twice: box.twice(), half: box.half, count: box.count(1, 2), plus: object.plus(1) }) };`;
		const out = localsAsParameters(code);
		expect(out).toContain("twice(t) {");
		expect(out).toContain("plus(a,b) {");
		expect(out).toContain("get half() { const h");
		expect(out).toContain("set value(x) { const y");
		expect(out).toContain("count() { const n");
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ twice: 20, half: 5, count: 2, plus: 2 });
	});

	it("moves a loop's own variables when nothing outside the loop spells them and no function made in it could keep one", async () => {
		const code = `"use strict";
const sum = (xs) => { let total = 0; for (const x of xs) total += x; for (let i = 0, n = 2; i < n; i++) total += i; return total; };
const keys = (o) => { const out = []; for (const k in o) out.push(k); return out; };
const later = (xs) => { const fns = []; for (let x of xs) fns.push(() => x); return fns.map((f) => f()); };
const outside = (xs) => { let x = "outer"; for (let x of xs) void x; return x; };
module.exports = { result: Promise.resolve({ sum: sum([1, 2]), keys: keys({ a: 1, b: 2 }), later: later([1, 2]), outside: outside([1]) }) };`;
		const out = localsAsParameters(code);
		expect(out).toContain("for (x of xs) total += x; for (i = 0, n = 2;");
		expect(out).toContain("for (k in o)");
		expect(out).toContain("for (let x of xs) fns.push");
		expect(out).toContain("for (let x of xs) void x");
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ sum: 4, keys: ["a", "b"], later: [1, 2], outside: "outer" });
	});

	it("moves a block's locals when every spelling of their names is in that block, after them, and no function made in an enclosing loop spells them", async () => {
		const code = `"use strict";
const pick = (x) => { if (x > 1) { const big = x * 10; return big; } return 0; };
const each = (xs) => { const out = []; for (const v of xs) { const w = v + 1; out.push(w); } return out; };
const kept = (xs) => { const fns = []; for (const v of xs) { const w = v + 1; fns.push(() => w); } return fns.map((f) => f()); };
const cases = (k) => { const y = "outer"; switch (y) { case "outer": { const z = k + y; return z; } } return ""; };
const shadow = (k) => { const x = "outer"; switch (x) { case "outer": let x2 = k; return x2; } return ""; };
const siblings = (x) => { if (x) { const t = 1; return t; } else { const t = 2; return t; } };
module.exports = { result: Promise.resolve({ pick: [1, 2].map(pick), each: each([1, 2]), kept: kept([1, 2]), cases: cases("!"), shadow: shadow(3), siblings: [siblings(1), siblings(0)] }) };`;
		const out = localsAsParameters(code);
		expect(out).toContain("const pick = (x,big) => { if (x > 1) { big = x * 10;");
		expect(out).toContain("const each = (xs,out,v,w) => { out = []; for (v of xs) { w = v + 1;");
		expect(out).toContain("{ const w = v + 1; fns.push(() => w); }");
		expect(out).toContain("{ const t = 1; return t; } else { const t = 2; return t; }");
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ pick: [0, 20], each: [2, 3], kept: [2, 3], cases: "!outer", shadow: 3, siblings: [1, 2] });
	});

	it("leaves a switch's local whose name the discriminant reads in the scope outside", async () => {
		const code = `"use strict";
const outer = (k, y) => { switch (y) { case 1: let y = k; return y; } return -1; };
module.exports = { result: Promise.resolve({ outer: outer(5, 2) }) };`;
		expect(localsAsParameters(code)).toBe(code);
		expect(await run(code)).toEqual({ outer: -1 });
	});

	it("leaves a local with no value, one an earlier statement spells (a closure could read it), and an arrow with a default, a pattern or a rest parameter", async () => {
		const code = `"use strict";
const unset = (x) => { let y; if (x) y = 1; return y; };
const after = (x) => { const read = () => typeof y; let y = x; return [read(), y]; };
const withDefault = (x = 1) => { let y = x; return y; };
const pattern = ({ a }) => { let y = a; return y; };
const rest = (...r) => { let y = r.length; return y; };
module.exports = { result: Promise.resolve({ unset: [1, 2].map(unset), after: after(1), withDefault: withDefault(), pattern: pattern({ a: 3 }), rest: rest(1, 2) }) };`;
		const out = localsAsParameters(code);
		// Only `read` moves: `y` is spelled before its declaration.
		expect(out).toContain("const after = (x,read) => { read = () => typeof y; let y = x;");
		expect(out.replace("(x,read) => { read =", "(x) => { const read =")).toBe(code);
		expect(await run(out)).toEqual(await run(code));
		expect(await run(out)).toEqual({ unset: [1, 1], after: ["number", 1], withDefault: 1, pattern: 3, rest: 2 });
	});
});

describe("what makes the pass safe on the plugin's code", () => {
	it("src/ never reads the length of a function, or of a value typed any or unknown (a function's length grows)", { timeout: 120_000 }, () => {
		const root = path.resolve(__dirname, "..", "..");
		const config = ts.readConfigFile(path.join(root, "tsconfig.json"), (file) => ts.sys.readFile(file)).config as unknown;
		const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
		const src = path.join(root, "src") + path.sep;
		const program = ts.createProgram(parsed.fileNames.filter((f) => path.resolve(f).startsWith(src)), parsed.options);
		const checker = program.getTypeChecker();
		const reads: string[] = [];
		for (const sf of program.getSourceFiles()) {
			if (!path.resolve(sf.fileName).startsWith(src)) continue;
			const visit = (node: ts.Node): void => {
				const key = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : null;
				if (key === "length") {
					const type = checker.getTypeAtLocation((node as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression);
					if (type.getCallSignatures().length > 0 || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) reads.push(`${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
				}
				ts.forEachChild(node, visit);
			};
			visit(sf);
		}
		expect(reads).toEqual([]);
		expect(program.getSourceFiles().filter((sf) => path.resolve(sf.fileName).startsWith(src)).length).toBeGreaterThan(100);
	});
});
