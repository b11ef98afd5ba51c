// An arrow function whose body declares `let a=…,b=…;` pays 4 bytes for `let ` and keeps esbuild
// from writing `{…;return x}` as the expression `(…,x)`. Its locals can be parameters
// instead: `(x,a,b)=>{a=…,b=…;…}`, which the last minification shortens further. The same
// program as long as
//  - each declaration is a statement of the body itself that gives each name a value and comes
//    after no statement spelling its names: a caller may pass more arguments than the function
//    declares (`map` does), and the value it gives is replaced before anything can read it;
//  - or it is a loop's head whose names nothing outside the loop spells and no function or
//    class made in the loop could keep (one binding per iteration or a shared one is then the
//    same), and a `for…of`/`for…in` head gets its value before each run of the body;
//  - or it is a statement of a block whose names are spelled only in that block, after it, and
//    by no function or class made in a loop around it;
//  - the names are plain identifiers, and so are the parameters (a default or a pattern could
//    read a name that would become a later parameter);
//  - nothing reads the function's `length`, which grows: no code in src/ reads `length` of a
//    function or of a value typed any or unknown (test/release/locals.test.ts asks the
//    TypeScript checker), and Obsidian and the DOM only call the callbacks they are given.
// An arrow has no `arguments`; a method is taken only when it reads none of its own, and never
// a getter (no parameter allowed) or a setter (exactly one).
import { parse } from "acorn";
import { applyEdits } from "./edits.mjs";

/** How many times each identifier is spelled under a node (keys and member names included). */
function spellings(node, out = new Map()) {
	if (!node || typeof node.type !== "string") return out;
	if (node.type === "Identifier") out.set(node.name, (out.get(node.name) ?? 0) + 1);
	for (const value of Object.values(node)) {
		if (Array.isArray(value)) for (const v of value) spellings(v, out);
		else if (value && typeof value.type === "string") spellings(value, out);
	}
	return out;
}

const isFunctionOrClass = (node) => /Function|Class/.test(node.type);

/** Names spelled by a function or class made under `node`: one that outlives a loop's turn could tell its bindings apart. */
function captured(node) {
	const names = new Map();
	for (const scope of innerScopes(node)) spellings(scope, names);
	return names;
}

/** The nodes under `node` that are functions or classes, outermost only. */
function innerScopes(node, out = []) {
	for (const value of Object.values(node)) {
		for (const child of Array.isArray(value) ? value : [value]) {
			if (!child || typeof child.type !== "string") continue;
			if (isFunctionOrClass(child)) out.push(child);
			else innerScopes(child, out);
		}
	}
	return out;
}

/** The loops of a function's own code (not of a function or class inside it). */
function ownLoops(node, out = []) {
	for (const value of Object.values(node)) {
		for (const child of Array.isArray(value) ? value : [value]) {
			if (!child || typeof child.type !== "string" || isFunctionOrClass(child)) continue;
			if (child.type === "ForOfStatement" || child.type === "ForInStatement" || child.type === "ForStatement") out.push(child);
			ownLoops(child, out);
		}
	}
	return out;
}

/**
 * The `let`/`const` heads of a function's loops whose names can be parameters: every spelling of
 * each name in the whole function is inside the loop (so no other binding of that name is in
 * play), none is inside a function or class made in the loop (which could tell one binding per
 * iteration from a shared one), and a `for…of`/`for…in` head gets its value before the body runs.
 */
function movableLoopHeads(fn) {
	const all = spellings(fn);
	const out = [];
	for (const loop of ownLoops(fn.body)) {
		const head = loop.type === "ForStatement" ? loop.init : loop.left;
		if (!head || head.type !== "VariableDeclaration" || head.kind === "var") continue;
		if (!head.declarations.every((d) => d.id.type === "Identifier" && (loop.type !== "ForStatement" || d.init !== null))) continue;
		const inLoop = spellings(loop);
		const kept = captured(loop);
		const right = loop.type === "ForStatement" ? new Map() : spellings(loop.right);
		const names = head.declarations.map((d) => d.id.name);
		if (names.every((name) => inLoop.get(name) === all.get(name) && !kept.has(name) && !right.has(name))) out.push(head);
	}
	return out;
}

/**
 * `let`/`const` statements of the function's body and of the blocks in its own code (an `if`'s,
 * a `try`'s, a `switch`'s cases, a loop's body) whose names can be parameters: every spelling of
 * each name in the whole function is inside that block, after the declaration (nothing can read
 * it before its value is given), and, when the block is in a loop, no function or class made in
 * that loop spells it (a fresh binding each time round or a shared one is then the same).
 */
function movableDeclarations(fn) {
	const all = spellings(fn);
	const out = [];
	const block = (statements, loop) => {
		// A switch's discriminant is read outside its cases' scope: only the cases count.
		const inBlock = spellings({ type: "Statements", statements });
		const kept = loop ? captured(loop) : new Map();
		const before = new Map();
		for (const statement of statements) {
			const movable = statement.type === "VariableDeclaration" && statement.kind !== "var" && statement.declarations.every((d) => d.id.type === "Identifier" && d.init !== null && !before.has(d.id.name) && inBlock.get(d.id.name) === all.get(d.id.name) && !kept.has(d.id.name));
			if (movable) out.push(statement);
			spellings(statement, before);
		}
	};
	const visit = (node, loop) => {
		for (const value of Object.values(node)) {
			for (const child of Array.isArray(value) ? value : [value]) {
				if (!child || typeof child.type !== "string" || isFunctionOrClass(child)) continue;
				const inLoop = /^(For|ForOf|ForIn|While|DoWhile)Statement$/.test(child.type) ? (loop ?? child) : loop;
				if (child.type === "BlockStatement") block(child.body, inLoop);
				else if (child.type === "SwitchStatement") block(child.cases.flatMap((c) => c.consequent), inLoop);
				visit(child, inLoop);
			}
		}
	};
	// The body itself: its parameters are plain names, which no declaration of it can repeat.
	block(fn.body.body, null);
	visit(fn.body, null);
	return out;
}

/** Whether a node reads its own `arguments` (not a nested function's: theirs are their own). */
function readsArguments(node, root = node) {
	if (!node || typeof node.type !== "string") return false;
	if (node !== root && (node.type === "FunctionExpression" || node.type === "FunctionDeclaration")) return false;
	if (node.type === "Identifier" && node.name === "arguments") return true;
	for (const value of Object.values(node)) {
		if (Array.isArray(value) ? value.some((v) => readsArguments(v, root)) : readsArguments(value, root)) return true;
	}
	return false;
}

/**
 * An arrow with a block body, or a class or object method (a getter takes no parameter and a
 * setter exactly one, so neither) that reads no `arguments` of its own.
 */
function isCandidate(node, parent) {
	if (node.body?.type !== "BlockStatement") return false;
	if (node.type === "ArrowFunctionExpression") return true;
	if (node.type !== "FunctionExpression" || node.generator || readsArguments(node)) return false;
	const method = (parent?.type === "MethodDefinition" && parent.kind !== "get" && parent.kind !== "set") || (parent?.type === "Property" && parent.method);
	return Boolean(method);
}

/** The arrows whose first locals can become parameters, with those declarations. */
function candidates(ast) {
	const found = [];
	const visit = (node, parent) => {
		if (!node || typeof node.type !== "string") return;
		// Plain parameters only: a default or a pattern could read a name that would then be a later parameter.
		if (isCandidate(node, parent) && node.params.every((p) => p.type === "Identifier")) {
			const declarations = [...movableDeclarations(node), ...movableLoopHeads(node)].sort((a, b) => a.start - b.start);
			if (declarations.length > 0) found.push({ arrow: node, declarations });
		}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) for (const v of value) visit(v, node);
			else if (value && typeof value.type === "string") visit(value, node);
		}
	};
	visit(ast, null);
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
			// A method's function starts at its "("; an async arrow's at `async`.
			const open = code.indexOf("(", arrow.type === "ArrowFunctionExpression" && arrow.async ? arrow.start + 5 : arrow.start);
			edits.push({ start: open + 1, end: open + 1, text: names.join(",") });
		}
		for (const statement of declarations) edits.push({ start: statement.start, end: statement.declarations[0].start, text: "" });
	}
	return edits.length === 0 ? code : applyEdits(code, edits, "locals");
}
