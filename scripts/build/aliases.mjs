// esbuild spells every `null`, `void 0`, `!0`, `!1`, every short string (`""`, `"fr"`, `"click"`)
// and every read of `Number`, `Object`, `Math`… in full: a minifier cannot rename what a program
// does not declare. Read once into a
// variable of the bundle's own, each becomes a one- or two-letter name after the last
// minification, an object literal's quoted key too (`{[k]:x}`). The same program: these literals
// are immutable values, a computed key is the same key (`__proto__` aside), and these globals are
// ECMAScript's own, present in every engine, read once before any other code runs and assigned
// by no one. The variables are `var`s, which esbuild leaves as they are (a `const` it would
// inline back). A string is a value like any other, `typeof x==s` included (an engine then
// compares two interned strings instead of testing the type directly: nanoseconds, in code that
// is not hot).
import { parse } from "acorn";
import { applyEdits } from "./edits.mjs";
import { analyse } from "./arrows.mjs";

/** ECMAScript's own globals, never absent and never replaced by the plugin, and Obsidian's main `window` (the plugin's code runs in it, popouts included). */
const BUILTINS = new Set(["window", "Array", "Boolean", "Date", "Error", "JSON", "Map", "Math", "Number", "Object", "Promise", "RangeError", "RegExp", "Set", "String", "Symbol", "TypeError", "Uint16Array", "Uint8Array", "WeakMap", "WeakSet"]);

/** The literal a node stands for, as a key (`null`, `void 0`, `""`, `!0`, `!1`), or null. */
function literalKey(node) {
	if (node.type === "Literal") {
		if (node.value === null && node.raw === "null") return "null";
		// Any string: the key is its JSON, which the declaration writes back.
		if (typeof node.value === "string") return JSON.stringify(node.value);
		return null;
	}
	if (node.type === "UnaryExpression" && node.argument.type === "Literal" && node.argument.raw === "0" && node.operator === "void") return "void 0";
	if (node.type === "UnaryExpression" && node.operator === "!" && node.argument.type === "Literal" && (node.argument.raw === "0" || node.argument.raw === "1")) return `!${node.argument.raw}`;
	return null;
}

/** Where a literal is syntax rather than a value: a key, a directive, a module name. */
function isValuePosition(node, parent, key) {
	if (!parent) return false;
	if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && key === "key" && !parent.computed) return false;
	if (parent.type === "ExpressionStatement" && parent.directive !== undefined) return false;
	if (parent.type === "ImportDeclaration" || parent.type === "ExportNamedDeclaration" || parent.type === "ExportAllDeclaration" || parent.type === "ImportExpression") return false;
	if (parent.type === "CallExpression" && parent.callee.type === "Identifier" && parent.callee.name === "require") return false;
	return true;
}

/** Every literal worth a variable, as [start, end, key], outermost first. */
function literalUses(ast) {
	const uses = [];
	// The type of each Property's holder: an object literal's key may be computed, a pattern's is left alone.
	const parents = new Map();
	const visit = (node, parent, key) => {
		if (node.type === "Property" && parent) parents.set(node, parent.type);
		const literal = literalKey(node);
		if (literal !== null && isValuePosition(node, parent, key)) {
			uses.push([node.start, node.end, literal]);
			return;
		}
		// An object literal's quoted key (`{"aria-label":x}`) reads the same computed (`{[k]:x}`),
		// `__proto__` aside (written plainly it sets the prototype). Not a class member's: a
		// computed "constructor" is an ordinary method.
		if (literal !== null && parent?.type === "Property" && key === "key" && !parent.computed && parent.kind === "init" && !parent.method && typeof node.value === "string" && node.value !== "__proto__" && parents.get(parent) === "ObjectExpression") {
			uses.push([node.start, node.end, literal, true]);
			return;
		}
		for (const [childKey, value] of Object.entries(node)) {
			if (Array.isArray(value)) {
				for (const child of value) if (child && typeof child.type === "string") visit(child, node, childKey);
			} else if (value && typeof value.type === "string") visit(value, node, childKey);
		}
	};
	visit(ast, null, null);
	return uses;
}

/** Reads of ECMAScript's globals that no scope of the program shadows, as [start, end, name]. */
function globalReads(ast) {
	const { references } = analyse(ast);
	const reads = [];
	for (const { node, scope, write } of references) {
		if (!BUILTINS.has(node.name)) continue;
		// A global that the program assigns anywhere is left alone.
		if (write && !scope.resolve(node.name)) return [];
		if (!write && !scope.resolve(node.name)) reads.push([node.start, node.end, node.name]);
	}
	return reads;
}

/** A name no token of the code spells, for each alias. */
function freshNames(code, keys) {
	const used = new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
	const names = new Map();
	let n = 0;
	for (const key of keys) {
		let name;
		do name = `$alias${n++}`;
		while (used.has(name));
		names.set(key, name);
	}
	return names;
}

/**
 * The code with its literals and ECMAScript globals read through variables declared first.
 * `minUses`: an alias costs its declaration, so a value used fewer times stays as it is.
 */
export function aliasValues(code, minUses = 3) {
	const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
	const uses = [...literalUses(ast), ...globalReads(ast)];
	const counts = new Map();
	for (const [, , key] of uses) counts.set(key, (counts.get(key) ?? 0) + 1);
	// The fixed values and the globals are read hundreds of times and get one-letter names; another
	// string's variable may take two letters, so it must save more than its declaration costs.
	const fixed = new Set(["null", "void 0", '""', "!0", "!1", ...BUILTINS]);
	const pays = (key) => (counts.get(key) ?? 0) >= minUses && (fixed.has(key) || (counts.get(key) ?? 0) * (key.length - 2) > key.length + 4);
	const keys = [...counts.keys()].filter(pays).sort();
	if (keys.length === 0) return code;
	const names = freshNames(code, keys);
	const prologue = ast.body.filter((statement) => statement.directive !== undefined);
	const insertAt = prologue.length > 0 ? prologue[prologue.length - 1].end : 0;
	const declaration = `var ${keys.map((key) => `${names.get(key)}=${key}`).join(",")};`;
	const edits = [{ start: insertAt, end: insertAt, text: declaration }];
	for (const [start, end, key, asKey] of uses) {
		if (!names.has(key)) continue;
		// A literal next to a keyword or another word needs a space once it is a name (`return""`, `""in x`).
		const before = !asKey && /[\w$]/.test(code[start - 1] ?? "") ? " " : "";
		const after = !asKey && /[\w$]/.test(code[end] ?? "") ? " " : "";
		edits.push({ start, end, text: asKey ? `[${names.get(key)}]` : before + names.get(key) + after });
	}
	return applyEdits(code, edits, "aliases");
}
