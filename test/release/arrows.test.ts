import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { aliasThis, shortenFunctions, toArrows } from "../../scripts/build/arrows.mjs";

/** Runs a program as Obsidian runs main.js, as a function's body, and returns its exports. */
function run(code: string): Record<string, unknown> {
	const module = { exports: {} as Record<string, unknown> };
	const body = vm.runInContext(`(function (module) {${code}\n})`, vm.createContext({})) as (m: typeof module) => void;
	body(module);
	return module.exports;
}

/** The program before and after the pass: the same exports, and the output for more checks. */
function same(code: string): string {
	const out = toArrows(code, { functionBody: true });
	expect(run(out)).toEqual(run(code));
	return out;
}

const functions = (code: string) => code.match(/\bfunction\b/g)?.length ?? 0;

describe("function declarations written as arrow functions", () => {
	it("keeps hoisting: a function called before its declaration, mutual recursion, default parameters that call others", () => {
		const out = same(`"use strict";
const early = isEven(10);
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
function withDefault(a = base()) { return a + 1; }
function base() { return 41; }
// The default reads the outer twice: a parameter never sees the body's declarations.
function shadowed(a = twice(2)) { function twice() { return "body"; } return [a, twice()]; }
function twice(n) { return n * 2; }
module.exports = { early, odd: isOdd(7), withDefault: withDefault(), given: withDefault(1), shadowed: shadowed() };`);
		expect(functions(out)).toBe(0);
		expect(run(out)).toEqual({ early: true, odd: true, withDefault: 42, given: 2, shadowed: [4, "body"] });
		expect(out).toMatch(/^"use strict";;const isEven=\(n\)=>/);
	});

	it("leaves a function that uses this, arguments or new.target, one constructed, extended, tested with instanceof or given a prototype, a generator and one assigned", () => {
		const out = same(`"use strict";
function self() { return this; }
function count() { return arguments.length; }
function arrowThis() { return (() => this)(); }
function target() { return typeof new.target; }
function Point(x) { return { x }; }
function Base() {}
function Tagged() {}
Tagged.prototype.kind = "t";
class Derived extends Base {}
function* numbers() { yield 1; yield 2; }
function reassigned() { return 1; }
reassigned = () => 2;
function keyed() { return class { [this.key] = 1; }; }
function alias() { return 3; }
const ctor = alias;
module.exports = {
	self: self.call(7), count: count(1, 2, 3), arrowThis: arrowThis.call("t"), target: [target(), new target() instanceof target],
	point: new Point(1), derived: new Derived() instanceof Base, kind: new Tagged().kind, numbers: [...numbers()], reassigned: reassigned(),
	keyed: Object.keys(new (keyed.call({ key: "k" }))()), alias: new ctor() instanceof alias,
};`);
		expect(functions(out)).toBe(11);
	});

	it("converts a function whose own code has no this when only a nested function or class member has one", () => {
		const out = same(`"use strict";
function outer() { return function () { return this; }.call(5); }
function withClass() { return new (class { constructor() { this.v = 2; } })().v; }
function withMethod() { return { v: 3, m() { return this.v; } }.m(); }
module.exports = { outer: outer(), withClass: withClass(), withMethod: withMethod() };`);
		expect(out).toContain("const outer=()=>");
		expect(out).toContain("const withClass=()=>");
		expect(out).toContain("const withMethod=()=>");
	});

	it("resolves each name to its own scope: shadowing in nested scopes, a block's function, a name also a parameter or a var", () => {
		const out = same(`"use strict";
function A() { return "outer"; }
function inner() { function A() {} return new A() instanceof A; }
function param(A) { return typeof A; }
function sameAsParam(x) { function x() { return "fn"; } return typeof x; }
function withVar() { return typeof v; }
function v() {}
var v;
const squares = [];
for (let i = 0; i < 3; i++) {
	squares.push(square(i));
	function square(n) { return n * n + i; }
}
let seen;
{
	seen = typeof blockOnly;
	function blockOnly() {}
}
module.exports = { a: A(), inner: inner(), param: param(1), sameAsParam: sameAsParam(1), withVar: withVar(), squares, seen, outside: typeof blockOnly };`);
		expect(run(out)).toMatchObject({ a: "outer", inner: true, squares: [0, 2, 6], seen: "function", outside: "undefined" });
		expect(out).toContain("const A=()=>");
		// The inner A is constructed; x is also a parameter; v is also a var.
		expect(out).toContain("function A() {}");
		expect(out).toContain("function x()");
		expect(out).toContain("function v()");
		expect(out).toContain("const square=(n)=>");
		expect(out).toContain("const blockOnly=()=>");
	});

	it("keeps async functions async", async () => {
		const code = `"use strict";
const pending = later(4);
async function later(x) { await null; return x * 2; }
module.exports = { pending, kind: Object.prototype.toString.call(later) };`;
		const out = toArrows(code, { functionBody: true });
		expect(out).toContain("const later=async (x)=>");
		const [before, after] = [run(code), run(out)];
		expect(after.kind).toBe(before.kind);
		expect(await after.pending).toBe(await before.pending);
	});

	it("leaves a function handed on where a new could get it, and one in a switch's cases", () => {
		const out = same(`"use strict";
function callback() { return 1; }
function make(C) { return new C(); }
function later() { switch (1) { case 0: function hoisted() { return 2; } case 1: return hoisted(); } }
module.exports = { made: typeof make(callback), later: later() };`);
		expect(out).toContain("function callback()");
		expect(out).toContain("function hoisted()");
		expect(out).toContain("const make=(C)=>");
		// With every constructor known, a callback handed on may be an arrow.
		const known = same(`"use strict";
function double(n) { return n * 2; }
const Box = class {};
module.exports = { doubled: [1, 2].map(double), box: new Box() instanceof Box, named: { double }.double(4) };`);
		expect(functions(known)).toBe(0);
	});

	it("leaves a global program, a sloppy one and a function read as f.name as they were; refuses code it cannot parse", () => {
		expect(toArrows(`"use strict";function f(){return 1}module.exports=f();`)).toBe(`"use strict";function f(){return 1}module.exports=f();`);
		expect(toArrows(`function f(){return 1}module.exports=f();`, { functionBody: true })).toBe(`function f(){return 1}module.exports=f();`);
		expect(same(`"use strict";function f(){return 1}module.exports={name:f.name};`)).toContain("function f()");
		expect(() => toArrows(`"use strict";function (`, { functionBody: true })).toThrow();
	});

	it("keeps a function body's directives first, and gives the same bytes twice", () => {
		const code = `"use strict";function outer(){"use strict";return inner();function inner(){return 1}}module.exports={v:outer()};`;
		const out = same(code);
		expect(out).toBe(`"use strict";;const outer=()=>{"use strict";;const inner=()=>{return 1};return inner();;};;module.exports={v:outer()};`);
		expect(toArrows(code, { functionBody: true })).toBe(out);
	});
});

describe("this aliased in methods that read it often", () => {
	const code = `"use strict";
class Base {
	constructor(n) { this.n = n; this.m = n + 1; this.o = n + 2; }
	sum(k = this.n) { const add = (x) => x + this.n + this.m; return [k, add(this.o), this.n * this.m]; }
	static make() { return [this.name, this.name.length, new this(1).sum(), this === Base]; }
	get all() { return this.n + this.m + this.o; }
	inner() { return [this.n, this.m, this.o, function () { return this; }.call(9)]; }
	few() { return this.n + this.m; }
	directive() { "use strict"; return this.n + this.m + this.o + this.n; }
}
class Derived extends Base {
	constructor() { super(5); this.p = this.n + this.m + this.o; }
	twice() { return [super.sum(), this.p, this.p, this.p, this.p]; }
}
class Sequence extends Base {
	constructor(n) { super(n), this.q = this.n, this.r = this.m, this.s = this.o; }
}
class Late extends Base {
	constructor(n) { const k = n * 2; super(k); this.q = this.n + this.m + this.o + this.n; }
}
const literal = { a: 1, get b() { return this.a + this.a + this.a + this.a; }, c() { return [this.a, this.a, this.a, this.b]; } };
module.exports = { base: new Base(1).sum(), make: Base.make(), all: new Base(2).all, inner: new Base(3).inner(), few: new Base(4).few(), directive: new Base(5).directive(), derived: new Derived().twice(), sequence: new Sequence(6), late: new Late(7), literal: [literal.b, literal.c(), literal.c.call({ a: 2, b: 0 })] };`;

	it("gives the same results, after super() only in a derived constructor, and leaves a method holding a function alone", () => {
		const out = aliasThis(code, 4);
		expect(run(out)).toEqual(run(code));
		expect(out.split("let $this=this;").length - 1).toBe(8);
		expect(out).toContain("constructor() { super(5);;let $this=this; $this.p = $this.n + $this.m + $this.o; }");
		expect(out).toContain("constructor(n) { super(n);let $this=this;$this.q = $this.n,");
		expect(out).toContain("constructor(n) { const k = n * 2; super(k); this.q = this.n");
		expect(out).toContain("inner() { return [this.n,");
		expect(out).toContain("few() { return this.n + this.m; }");
		// The default parameter keeps its own `this`; the alias goes after a directive.
		expect(out).toContain("sum(k = this.n) {let $this=this; const add");
		expect(out).toContain('directive() { "use strict";;let $this=this; return $this.n');
		expect(aliasThis(code, 99)).toBe(code);
	});

	it("picks a name the program does not use", () => {
		const taken = code.replace('"use strict";', '"use strict";const $this = 1, $this1 = 2;');
		const out = aliasThis(taken, 4);
		expect(out).toContain("let $this2=this;");
		expect(run(out)).toEqual(run(taken));
	});

	it("runs both passes as the build does", () => {
		const both = `${code.slice(0, -2)}, helper: helper() };\nfunction helper() { return new Base(7).all; }`;
		const out = shortenFunctions(both);
		expect(out).toContain("const helper=()=>");
		expect(out).toContain("let $this=this;");
		expect(run(out)).toEqual(run(both));
	});
});
