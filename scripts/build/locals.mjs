// An arrow function whose body declares `let a=…,b=…;` pays 4 bytes for `let ` and keeps esbuild
// from writing `{…;return x}` as the expression `(…,x)`. Its locals can be parameters
// instead: `(x,a,b)=>{a=…,b=…;…}`, which the last minification shortens further. The same
// program as long as
//  - each declaration is a statement of the body itself (not of a block or a loop), gives each
//    name a value, and no statement before it spells its names: a caller may pass more
//    arguments than the arrow declares (`map` does), and the value it gives is replaced before
//    anything can read it;
//  - the names are plain identifiers, and so are the parameters (a default or a pattern could
//    read a name that would become a later parameter);
//  - nothing reads the arrow's `length`, which grows: the bundle never does (checked: no `.length`
//    read of a function value is possible without a reference to it that is not a call, and the
//    arrows pass already keeps such references apart), and the callbacks handed to Obsidian or
//    the DOM are only called.
// An arrow has no `arguments`, so no other code can see the difference.
import { parse } from "acorn";

/** Every identifier a node spells, keys and member names included (more than its reads: the test only needs to be safe). */
function spelled(node, out = new Set()) {
	if (!node || typeof node.type !== "string") return out;
	if (node.type === "Identifier") out.add(node.name);
	for (const value of Object.values(node)) {
		if (Array.isArray(value)) for (const v of value) spelled(v, out);
		else if (value && typeof value.type === "string") spelled(value, out);
	}
	return out;
}

/**
 * The body's `let`/`const` statements whose every declarator names a plain identifier with a
 * value, and whose names no statement before them spells: nothing can read such a name before
 * its declaration gives it its value (a closure made earlier would have to spell it).
 */
function movableDeclarations(body) {
	const out = [];
	const before = new Set();
	for (const statement of body) {
		const movable = statement.type === "VariableDeclaration" && statement.kind !== "var" && statement.declarations.every((d) => d.id.type === "Identifier" && d.init !== null && !before.has(d.id.name));
		if (movable) out.push(statement);
		spelled(statement, before);
	}
	return out;
}

/** The arrows whose first locals can become parameters, with those declarations. */
function candidates(ast) {
	const found = [];
	const visit = (node) => {
		if (!node || typeof node.type !== "string") return;
		// Plain parameters only: a default or a pattern could read a name that would then be a later parameter.
		if (node.type === "ArrowFunctionExpression" && node.body.type === "BlockStatement" && node.params.every((p) => p.type === "Identifier")) {
			const declarations = movableDeclarations(node.body.body);
			if (declarations.length > 0) found.push({ arrow: node, declarations });
		}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) for (const v of value) visit(v);
			else if (value && typeof value.type === "string") visit(value);
		}
	};
	visit(ast);
	return found;
}

/** The code with each candidate arrow's first locals moved into its parameters. */
export function localsAsParameters(code) {
	const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
	const edits = [];
	for (const { arrow, declarations } of candidates(ast)) {
		const names = declarations.flatMap((s) => s.declarations.map((d) => d.id.name));
		const last = arrow.params[arrow.params.length - 1];
		// `x=>` has no parentheses: the list is written whole.
		const paramsStart = arrow.params.length > 0 ? arrow.params[0].start : null;
		const bare = paramsStart !== null && code[paramsStart - 1] !== "(";
		if (bare) edits.push({ start: paramsStart, end: last.end, text: `(${code.slice(paramsStart, last.end)},${names.join(",")})` });
		else if (last) edits.push({ start: last.end, end: last.end, text: `,${names.join(",")}` });
		else {
			const open = code.indexOf("(", arrow.async ? code.indexOf("async", arrow.start) + 5 : arrow.start);
			edits.push({ start: open + 1, end: open + 1, text: names.join(",") });
		}
		for (const statement of declarations) edits.push({ start: statement.start, end: statement.declarations[0].start, text: "" });
	}
	if (edits.length === 0) return code;
	edits.sort((a, b) => a.start - b.start || a.end - b.end);
	let out = "";
	let at = 0;
	for (const e of edits) {
		if (e.start < at) throw new Error("locals: overlapping edits");
		out += code.slice(at, e.start) + e.text;
		at = e.end;
	}
	out += code.slice(at);
	try {
		parse(out, { ecmaVersion: "latest", sourceType: "script" });
	} catch (error) {
		throw new Error(`locals: the output does not parse (${error.message})`);
	}
	return out;
}
