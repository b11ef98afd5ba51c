// An arrow function whose body starts `let a=…,b=…;` pays 4 bytes for `let ` and keeps esbuild
// from writing `{…;return x}` as the expression `(…,x)`. Its first locals can be parameters
// instead: `(x,a,b)=>{a=…,b=…;…}`, which the last minification shortens further. The same
// program as long as
//  - the declarations are the body's first statements and each gives its name a value (a caller
//    may pass more arguments than the arrow declares, `map` does: the value it gives is replaced
//    before anything reads it);
//  - the names are plain identifiers, and so are the parameters (a default or a pattern could
//    read a name that would become a later parameter);
//  - nothing reads the arrow's `length`, which grows: the bundle never does (checked: no `.length`
//    read of a function value is possible without a reference to it that is not a call, and the
//    arrows pass already keeps such references apart), and the callbacks handed to Obsidian or
//    the DOM are only called.
// An arrow has no `arguments`, so no other code can see the difference.
import { parse } from "acorn";

/** Leading `let`/`const` statements of a block whose every declarator names a plain identifier with a value. */
function leadingDeclarations(body) {
	const out = [];
	for (const statement of body) {
		if (statement.type !== "VariableDeclaration" || statement.kind === "var") break;
		if (!statement.declarations.every((d) => d.id.type === "Identifier" && d.init !== null)) break;
		out.push(statement);
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
			const declarations = leadingDeclarations(node.body.body);
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
