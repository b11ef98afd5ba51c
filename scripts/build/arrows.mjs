// `function f(a){…}` is 9 bytes more than `const f=a=>{…}`, and esbuild's last minification then
// merges the consts and writes `{return x}` bodies as `x`. esbuild does not do it itself: hoisting,
// `this`, `arguments` and `new` make it unsafe in general. This pass does it where it can prove
// that the program stays the same: each declaration becomes a `const` at the very start of the
// statement list where hoisting initialised it (creating an arrow evaluates nothing, so every
// call still finds it), and only when nothing could tell an arrow from a function: no `this`,
// `arguments`, `new.target` or `super` of its own, no generator, a name bound once and never
// assigned, and no reference used but to call it or to pass it on. Anything unsure stays a
// `function`. A second pass gives methods that read `this` often a one-letter alias of it.
import { parse, tokenizer } from "acorn";
import { applyEdits, mustParse } from "./edits.mjs";

/** A scope: `function` (where `var` goes: a function's body, the program, a static block), `params`, `block`, `name` (a function expression's own name), `class`. */
class Scope {
	constructor(kind, parent) {
		this.kind = kind;
		this.parent = parent;
		this.bindings = new Map();
	}

	declare(name, kind, node) {
		let binding = this.bindings.get(name);
		if (!binding) {
			binding = { name, scope: this, defs: [], refs: [] };
			this.bindings.set(name, binding);
		}
		binding.defs.push({ kind, node });
		return binding;
	}

	varScope() {
		let scope = this;
		while (scope.kind !== "function") scope = scope.parent;
		return scope;
	}

	resolve(name) {
		for (let scope = this; scope; scope = scope.parent) {
			const binding = scope.bindings.get(name);
			if (binding) return binding;
		}
		return null;
	}
}

function isNode(value) {
	return value !== null && typeof value === "object" && typeof value.type === "string";
}

/**
 * Every binding of the program and every identifier read or written, each resolved to the scope
 * that declares it (shadowing included; `null` for a global). `parents` maps a node to
 * `{ node, key }` of the node holding it. Strict mode only: a block's functions are the block's.
 */
export function analyse(ast) {
	const parents = new Map();
	const references = [];
	const declarations = new Map();
	const scopeOf = new Map();

	const link = (child, parent, key) => {
		if (isNode(child)) parents.set(child, { node: parent, key });
	};

	/** Names bound by a pattern, defaults and computed keys visited as expressions of `scope`. */
	const bindPattern = (pattern, parent, key, target, kind, scope) => {
		link(pattern, parent, key);
		switch (pattern.type) {
			case "Identifier":
				declarations.set(pattern, target.declare(pattern.name, kind, pattern));
				return;
			case "ObjectPattern":
				for (const p of pattern.properties) {
					link(p, pattern, "properties");
					if (p.type === "RestElement") bindPattern(p.argument, p, "argument", target, kind, scope);
					else {
						if (p.computed) expression(p.key, p, "key", scope);
						bindPattern(p.value, p, "value", target, kind, scope);
					}
				}
				return;
			case "ArrayPattern":
				for (const e of pattern.elements) if (e) bindPattern(e, pattern, "elements", target, kind, scope);
				return;
			case "RestElement":
				bindPattern(pattern.argument, pattern, "argument", target, kind, scope);
				return;
			case "AssignmentPattern":
				bindPattern(pattern.left, pattern, "left", target, kind, scope);
				expression(pattern.right, pattern, "right", scope);
				return;
			default:
				throw new Error(`arrows: unexpected pattern ${pattern.type}`);
		}
	};

	/** An assignment's target: identifiers are written, the rest is read. */
	const target = (pattern, parent, key, scope) => {
		link(pattern, parent, key);
		switch (pattern.type) {
			case "Identifier":
				references.push({ node: pattern, scope, write: true });
				return;
			case "ObjectPattern":
				for (const p of pattern.properties) {
					link(p, pattern, "properties");
					if (p.type === "RestElement") target(p.argument, p, "argument", scope);
					else {
						if (p.computed) expression(p.key, p, "key", scope);
						target(p.value, p, "value", scope);
					}
				}
				return;
			case "ArrayPattern":
				for (const e of pattern.elements) if (e) target(e, pattern, "elements", scope);
				return;
			case "RestElement":
				target(pattern.argument, pattern, "argument", scope);
				return;
			case "AssignmentPattern":
				target(pattern.left, pattern, "left", scope);
				expression(pattern.right, pattern, "right", scope);
				return;
			default:
				expression(pattern, parent, key, scope);
		}
	};

	/** A function's parameters and body; a declaration's name is bound by its caller. */
	const fn = (node, scope) => {
		let outer = scope;
		if (node.type === "FunctionExpression" && node.id) {
			outer = new Scope("name", scope);
			link(node.id, node, "id");
			declarations.set(node.id, outer.declare(node.id.name, "name", node.id));
		} else if (node.id) link(node.id, node, "id");
		const params = new Scope("params", outer);
		scopeOf.set(node, params);
		for (const p of node.params) bindPattern(p, node, "params", params, "param", params);
		if (node.body.type === "BlockStatement") {
			const body = new Scope("function", params);
			link(node.body, node, "body");
			scopeOf.set(node.body, body);
			statements(node.body.body, node.body, "body", body);
		} else expression(node.body, node, "body", params);
	};

	const klass = (node, scope) => {
		const inner = new Scope("class", scope);
		scopeOf.set(node, inner);
		if (node.id) {
			link(node.id, node, "id");
			declarations.set(node.id, inner.declare(node.id.name, "class-inner", node.id));
		}
		if (node.superClass) expression(node.superClass, node, "superClass", inner);
		link(node.body, node, "body");
		for (const member of node.body.body) {
			link(member, node.body, "body");
			if (member.type === "StaticBlock") {
				const block = new Scope("function", inner);
				scopeOf.set(member, block);
				statements(member.body, member, "body", block);
				continue;
			}
			if (member.computed) expression(member.key, member, "key", inner);
			else link(member.key, member, "key");
			if (member.value) expression(member.value, member, "value", inner);
		}
	};

	/** Declarations of a statement list first (hoisting), then its statements. */
	const statements = (list, parent, key, scope) => {
		for (const s of list) {
			if (s.type === "FunctionDeclaration") {
				link(s.id, s, "id");
				declarations.set(s.id, scope.declare(s.id.name, "function", s));
			} else if (s.type === "ClassDeclaration") {
				declarations.set(s.id, scope.declare(s.id.name, "class", s));
			}
		}
		for (const s of list) statement(s, parent, key, scope);
	};

	const declaration = (node, scope) => {
		const where = node.kind === "var" ? scope.varScope() : scope;
		for (const d of node.declarations) {
			link(d, node, "declarations");
			bindPattern(d.id, d, "id", where, node.kind, scope);
			if (d.init) expression(d.init, d, "init", scope);
		}
	};

	const statement = (node, parent, key, scope) => {
		link(node, parent, key);
		switch (node.type) {
			case "FunctionDeclaration":
				fn(node, scope);
				return;
			case "ClassDeclaration":
				link(node.id, node, "id");
				klass(node, scope);
				return;
			case "VariableDeclaration":
				declaration(node, scope);
				return;
			case "BlockStatement": {
				const block = new Scope("block", scope);
				scopeOf.set(node, block);
				statements(node.body, node, "body", block);
				return;
			}
			case "StaticBlock":
				throw new Error("arrows: a static block outside a class");
			case "ForStatement":
			case "ForInStatement":
			case "ForOfStatement": {
				const head = new Scope("block", scope);
				scopeOf.set(node, head);
				const init = node.type === "ForStatement" ? node.init : node.left;
				const initKey = node.type === "ForStatement" ? "init" : "left";
				if (init?.type === "VariableDeclaration") {
					link(init, node, initKey);
					declaration(init, head);
				} else if (init) {
					if (node.type === "ForStatement") expression(init, node, initKey, head);
					else target(init, node, initKey, head);
				}
				for (const k of ["test", "update", "right"]) if (node[k]) expression(node[k], node, k, head);
				statement(node.body, node, "body", head);
				return;
			}
			case "SwitchStatement": {
				expression(node.discriminant, node, "discriminant", scope);
				const block = new Scope("block", scope);
				scopeOf.set(node, block);
				const all = node.cases.flatMap((c) => c.consequent);
				for (const c of node.cases) {
					link(c, node, "cases");
					if (c.test) expression(c.test, c, "test", block);
				}
				for (const s of all) {
					if (s.type === "FunctionDeclaration") {
						link(s.id, s, "id");
						declarations.set(s.id, block.declare(s.id.name, "function", s));
					} else if (s.type === "ClassDeclaration") declarations.set(s.id, block.declare(s.id.name, "class", s));
				}
				for (const c of node.cases) for (const s of c.consequent) statement(s, c, "consequent", block);
				return;
			}
			case "TryStatement":
				statement(node.block, node, "block", scope);
				if (node.handler) {
					const h = node.handler;
					link(h, node, "handler");
					const catchScope = new Scope("block", scope);
					scopeOf.set(h, catchScope);
					if (h.param) bindPattern(h.param, h, "param", catchScope, "catch", catchScope);
					statement(h.body, h, "body", catchScope);
				}
				if (node.finalizer) statement(node.finalizer, node, "finalizer", scope);
				return;
			case "LabeledStatement":
				link(node.label, node, "label");
				statement(node.body, node, "body", scope);
				return;
			case "BreakStatement":
			case "ContinueStatement":
				if (node.label) link(node.label, node, "label");
				return;
			case "ExpressionStatement":
			case "ReturnStatement":
			case "ThrowStatement":
			case "IfStatement":
			case "WhileStatement":
			case "DoWhileStatement":
			case "EmptyStatement":
			case "DebuggerStatement":
				for (const [k, v] of Object.entries(node)) {
					if (!isNode(v)) continue;
					if (/Statement$|Declaration$/.test(v.type)) statement(v, node, k, scope);
					else expression(v, node, k, scope);
				}
				return;
			default:
				throw new Error(`arrows: unexpected statement ${node.type}`);
		}
	};

	const expression = (node, parent, key, scope) => {
		link(node, parent, key);
		switch (node.type) {
			case "Identifier":
				references.push({ node, scope, write: false });
				return;
			case "FunctionExpression":
			case "ArrowFunctionExpression":
				fn(node, scope);
				return;
			case "ClassExpression":
				klass(node, scope);
				return;
			case "MemberExpression":
				expression(node.object, node, "object", scope);
				if (node.computed) expression(node.property, node, "property", scope);
				else link(node.property, node, "property");
				return;
			case "Property":
				if (node.computed) expression(node.key, node, "key", scope);
				else link(node.key, node, "key");
				expression(node.value, node, "value", scope);
				return;
			case "AssignmentExpression":
				target(node.left, node, "left", scope);
				if (node.operator !== "=" && node.left.type === "Identifier") references.push({ node: node.left, scope, write: false });
				expression(node.right, node, "right", scope);
				return;
			case "UpdateExpression":
				target(node.argument, node, "argument", scope);
				return;
			case "MetaProperty":
				link(node.meta, node, "meta");
				link(node.property, node, "property");
				return;
			case "Literal":
			case "ThisExpression":
			case "Super":
			case "TemplateElement":
				return;
			default:
				if (/Statement$|Declaration$|Pattern$/.test(node.type)) throw new Error(`arrows: unexpected ${node.type} in an expression`);
				for (const [k, v] of Object.entries(node)) {
					if (Array.isArray(v)) {
						for (const child of v) if (isNode(child)) expression(child, node, k, scope);
					} else if (isNode(v)) expression(v, node, k, scope);
				}
		}
	};

	if (ast.type !== "Program") throw new Error("arrows: not a program");
	const program = new Scope("function", null);
	scopeOf.set(ast, program);
	statements(ast.body, ast, "body", program);
	for (const ref of references) {
		const binding = ref.scope.resolve(ref.node.name);
		ref.binding = binding;
		if (binding) binding.refs.push(ref);
	}
	return { parents, references, declarations, scopeOf };
}

/** Whether `fn`'s own code (parameters and body, not its nested functions' or classes' members) uses `this`, `arguments`, `new.target` or `super`. */
function usesOwnThis(fn) {
	let found = false;
	const visit = (node, parent, key) => {
		if (found || !isNode(node)) return;
		switch (node.type) {
			case "ThisExpression":
			case "Super":
				found = true;
				return;
			case "MetaProperty":
				if (node.meta.name === "new") found = true;
				return;
			case "Identifier":
				if (node.name === "arguments" && !(parent?.type === "MemberExpression" && key === "property" && !parent.computed) && !(parent?.type === "Property" && key === "key" && !parent.computed)) found = true;
				return;
			case "FunctionExpression":
			case "FunctionDeclaration":
				if (node !== fn) return;
				break;
			case "ClassBody":
				// Computed keys run with the enclosing `this`; methods, fields and static blocks have their own.
				for (const member of node.body) if (member.computed) visit(member.key, member, "key");
				return;
			default:
				break;
		}
		for (const [k, v] of Object.entries(node)) {
			if (Array.isArray(v)) for (const child of v) visit(child, node, k);
			else visit(v, node, k);
		}
	};
	visit(fn, null, null);
	return found;
}

/** A reference that hands the function on (an argument, a property, a return value): safe while no `new` anywhere could get it. */
const ESCAPES = "handed on";

/** Member names on a function that read the same on an arrow. */
const SAME_ON_ARROWS = new Set(["call", "apply"]);

/**
 * Why a reference could tell an arrow from the function, or null when it only calls it or hands
 * it on: as a callee, an argument, a value stored (an alias declared or assigned is followed).
 */
function unsafeUse(ref, parents, declarations, seen) {
	let node = ref.node;
	if (ref.write) return "assigned";
	for (;;) {
		const up = parents.get(node);
		if (!up) return "no parent";
		const { node: parent, key } = up;
		switch (parent.type) {
			case "CallExpression":
				return key === "callee" ? null : ESCAPES;
			case "NewExpression":
				return key === "callee" ? "new" : ESCAPES;
			case "MemberExpression":
				// `x[f]` makes a key of its source text, which differs.
				if (key !== "object") return "a key";
				if (!parent.computed && parent.property.name === "bind") return ESCAPES;
				return !parent.computed && SAME_ON_ARROWS.has(parent.property.name) ? null : `.${parent.computed ? "[]" : parent.property.name}`;
			case "ChainExpression":
			case "AwaitExpression":
			case "ParenthesizedExpression":
				node = parent;
				continue;
			case "ConditionalExpression":
				if (key === "test") return null;
				node = parent;
				continue;
			case "LogicalExpression":
				node = parent;
				continue;
			case "SequenceExpression":
				if (parent.expressions[parent.expressions.length - 1] !== node) return null;
				node = parent;
				continue;
			case "UnaryExpression":
				return parent.operator === "typeof" || parent.operator === "void" || parent.operator === "!" ? null : `unary ${parent.operator}`;
			case "BinaryExpression":
				// `==` with a string would compare the source text.
				return parent.operator === "===" || parent.operator === "!==" || (parent.operator === "instanceof" && key === "left") ? null : `binary ${parent.operator}`;
			case "VariableDeclarator":
				if (key !== "init") return "declarator id";
				if (parent.id.type !== "Identifier") return "destructured";
				return aliasUse(declarations.get(parent.id), parents, declarations, seen);
			case "AssignmentExpression":
				if (key !== "right" || parent.operator !== "=") return "assigned";
				if (parent.left.type === "Identifier") {
					const up2 = parents.get(parent);
					// `a = f` read as a value too: unsure.
					if (up2?.node.type !== "ExpressionStatement") return "assignment's value";
					return "assigned to a variable";
				}
				return ESCAPES;
			case "Property":
				return key === "value" ? ESCAPES : "property key";
			case "ArrayExpression":
			case "SpreadElement":
			case "ReturnStatement":
				return ESCAPES;
			case "ExpressionStatement":
				return null;
			case "ArrowFunctionExpression":
				return key === "body" ? ESCAPES : "arrow parameter";
			case "TemplateLiteral":
				return "template";
			default:
				return parent.type;
		}
	}
}

/** An alias `const g = f`: its own references are checked the same way. */
function aliasUse(binding, parents, declarations, seen) {
	if (!binding || seen.has(binding)) return binding ? null : "no binding";
	seen.add(binding);
	if (binding.defs.length !== 1 || !["const", "let", "var"].includes(binding.defs[0].kind)) return "alias declared twice";
	let escapes = null;
	for (const ref of binding.refs) {
		const why = unsafeUse(ref, parents, declarations, seen);
		if (why === ESCAPES) escapes = why;
		else if (why) return `alias: ${why}`;
	}
	return escapes;
}

/**
 * Whether every place that constructs (`new X`, `instanceof X`, `extends X`) is known to get a
 * class, a global or a member of a `require`d module: then a function handed on (a callback, a
 * property) can never reach one, and no one can tell it is an arrow.
 */
function constructorsKnown(ast, references) {
	const bindingOf = new Map(references.map((r) => [r.node, r.binding]));
	const known = (node, seen = new Set()) => {
		if (node.type === "MemberExpression") {
			let root = node;
			while (root.type === "MemberExpression") root = root.object;
			if (root.type !== "Identifier") return false;
			const binding = bindingOf.get(root);
			if (!binding) return true;
			const def = binding.defs.length === 1 ? binding.defs[0] : null;
			const init = def && ["const", "let", "var"].includes(def.kind) && def.node.type === "Identifier" ? declaratorOf(def.node)?.init : null;
			return init?.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "require" && !bindingOf.get(init.callee) && binding.refs.every((r) => !r.write);
		}
		if (node.type !== "Identifier") return false;
		const binding = bindingOf.get(node);
		if (!binding) return node.name !== "Reflect";
		if (seen.has(binding)) return false;
		seen.add(binding);
		if (binding.defs.length !== 1 || binding.refs.some((r) => r.write)) return false;
		const def = binding.defs[0];
		// A function still declared so stays a function: it is the one constructed, not one handed on.
		if (["class", "class-inner", "function"].includes(def.kind)) return true;
		if (!["const", "let", "var"].includes(def.kind) || def.node.type !== "Identifier") return false;
		const init = declaratorOf(def.node)?.init;
		if (!init) return false;
		return init.type === "ClassExpression" || known(init, seen);
	};
	const declaratorParents = new Map();
	const declaratorOf = (id) => declaratorParents.get(id);
	const visit = (node) => {
		if (!isNode(node)) return;
		if (node.type === "VariableDeclarator" && node.id.type === "Identifier") declaratorParents.set(node.id, node);
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) value.forEach(visit);
			else visit(value);
		}
	};
	visit(ast);
	const sites = [];
	const collect = (node) => {
		if (!isNode(node)) return;
		if (node.type === "NewExpression") sites.push(node.callee);
		if (node.type === "BinaryExpression" && node.operator === "instanceof") sites.push(node.right);
		if ((node.type === "ClassDeclaration" || node.type === "ClassExpression") && node.superClass) sites.push(node.superClass);
		if (node.type === "Identifier" && node.name === "Reflect" && !bindingOf.get(node) && bindingOf.has(node)) sites.push(node);
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) value.forEach(collect);
			else collect(value);
		}
	};
	collect(ast);
	return sites.every((site) => known(site));
}

/** The directive prologue of a statement list. */
function directives(list) {
	let n = 0;
	while (n < list.length && list[n].type === "ExpressionStatement" && typeof list[n].directive === "string") n++;
	return list.slice(0, n);
}

/**
 * The declarations that may become arrows, and why each other one stays (for the build's
 * figures and the tests). `functionBody`: the program runs as a function's body (Obsidian runs
 * main.js so, and compressText's last minification wraps it in one), so its top-level
 * declarations are local, not properties of the global object.
 */
export function candidates(ast, { functionBody = false } = {}) {
	const strict = directives(ast.body).some((d) => d.directive === "use strict");
	const { parents, declarations, scopeOf, references } = analyse(ast);
	const knownConstructors = constructorsKnown(ast, references);
	const kept = new Map();
	const convert = [];
	if (!strict) return { convert, kept, parents };
	const keep = (node, why) => kept.set(node, why);
	for (const [id, binding] of declarations) {
		const def = binding.defs.find((d) => d.node.id === id && d.kind === "function");
		if (!def) continue;
		const node = def.node;
		const up = parents.get(node);
		if (!up || !["Program", "BlockStatement", "StaticBlock"].includes(up.node.type)) {
			keep(node, "not in a statement list of its own (a switch's cases)");
			continue;
		}
		if (up.node.type === "Program" && !functionBody) {
			keep(node, "global");
			continue;
		}
		if (node.generator) {
			keep(node, "generator");
			continue;
		}
		if (binding.defs.length !== 1) {
			keep(node, "declared twice in its scope");
			continue;
		}
		// A function body's name may also be one of its parameters.
		const scope = binding.scope;
		if (scope.kind === "function" && scope.parent?.kind === "params" && scope.parent.bindings.has(binding.name)) {
			keep(node, "a parameter's name too");
			continue;
		}
		if (scopeOf.get(up.node) !== scope) throw new Error("arrows: a declaration's scope is not its statement list's");
		if (usesOwnThis(node)) {
			keep(node, "this, arguments, new.target or super");
			continue;
		}
		let why = null;
		const seen = new Set([binding]);
		for (const ref of binding.refs) {
			const use = unsafeUse(ref, parents, declarations, seen);
			if (use === ESCAPES) {
				if (!knownConstructors) why = "handed on where a `new` could get it";
			} else if (use) why = use;
			if (why) break;
		}
		if (why) {
			keep(node, why);
			continue;
		}
		convert.push(node);
	}
	return { convert, kept, parents };
}

/**
 * The program with its provable function declarations written as arrow functions, each a `const`
 * at the start of its statement list. Throws rather than give code acorn cannot parse.
 */
export function toArrows(code, options = {}) {
	const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
	const { convert, parents } = candidates(ast, options);
	if (convert.length === 0) return code;
	const edits = [];
	const byList = new Map();
	for (const node of convert) {
		const list = parents.get(node).node;
		if (!byList.has(list)) byList.set(list, []);
		byList.get(list).push(node);
		// An empty statement where it was: the next statement may begin with `(` or `[`.
		edits.push({ start: node.start, end: node.end, text: () => ";" });
	}
	for (const [list, nodes] of byList) {
		nodes.sort((a, b) => a.start - b.start);
		const prologue = directives(list.body);
		const at = prologue.length > 0 ? prologue[prologue.length - 1].end : list.body[0].start;
		const glue = prologue.length > 0 ? ";" : "";
		edits.push({ start: at, end: at, text: () => glue + nodes.map((n) => `const ${n.id.name}=${arrow(n)};`).join("") });
	}
	edits.sort((a, b) => a.start - b.start || a.end - b.end);
	const render = (start, end) => {
		let out = "";
		let at = start;
		for (const e of edits) {
			if (e.start < at || e.end > end) continue;
			out += code.slice(at, e.start) + e.text();
			at = e.end;
		}
		return out + code.slice(at, end);
	};
	const arrow = (n) => {
		const params = n.params.length > 0 ? render(n.params[0].start, n.params[n.params.length - 1].end) : "";
		return `${n.async ? "async " : ""}(${params})=>${render(n.body.start, n.body.end)}`;
	};
	return mustParse(render(0, code.length), "arrows");
}

/** Whether `node` holds a function or class of its own (not an arrow): its `this` would not be the method's. */
function hasInnerThisScope(node, root) {
	if (!isNode(node)) return false;
	if (node !== root && (node.type === "FunctionExpression" || node.type === "FunctionDeclaration" || node.type === "ClassExpression" || node.type === "ClassDeclaration")) return true;
	for (const value of Object.values(node)) {
		if (Array.isArray(value) ? value.some((v) => hasInnerThisScope(v, root)) : hasInnerThisScope(value, root)) return true;
	}
	return false;
}

function thisNodes(node, out = []) {
	if (!isNode(node)) return out;
	if (node.type === "ThisExpression") out.push(node);
	for (const value of Object.values(node)) {
		if (Array.isArray(value)) for (const v of value) thisNodes(v, out);
		else thisNodes(value, out);
	}
	return out;
}

/**
 * Where `let t=this` can go in a derived constructor: after its first statement when that is
 * `super(…)`, or `super(…), …` (the comma then becomes the end of a statement). `from`: the
 * `this` read from there on.
 */
function afterSuper(body, code) {
	const first = body.body[0];
	if (first?.type !== "ExpressionStatement") return null;
	const isSuper = (e) => e.type === "CallExpression" && e.callee.type === "Super";
	const e = first.expression;
	if (isSuper(e) && e.start === first.start) return { start: first.end, end: first.end, from: first.end };
	if (e.type !== "SequenceExpression" || e.start !== first.start || !isSuper(e.expressions[0]) || e.expressions[0].start !== e.start) return null;
	const [head, next] = e.expressions;
	if (code.slice(head.end, next.start).trim() !== ",") return null;
	return { start: head.end, end: next.start, from: next.start };
}

/**
 * `let t=this` at the start of a method that reads `this` at least `minUses` times, and `t`
 * for each (esbuild names it afterwards). In a derived class's constructor only right after a
 * first `super(…)` (there is no `this` before), never in a method holding a function or class
 * of its own.
 */
export function aliasThis(code, minUses) {
	const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
	const names = new Set();
	for (const token of tokenizer(code, { ecmaVersion: "latest" })) if (token.type.label === "name") names.add(token.value);
	let name = "$this";
	for (let i = 1; names.has(name); i++) name = `$this${i}`;
	const edits = [];
	const visit = (node, derived) => {
		if (!isNode(node)) return;
		if (node.type === "ClassDeclaration" || node.type === "ClassExpression") derived = node.superClass !== null;
		const method = node.type === "MethodDefinition" || (node.type === "Property" && (node.method || node.kind !== "init"));
		if (method && node.value.type === "FunctionExpression" && !hasInnerThisScope(node.value, node.value)) {
			const body = node.value.body;
			// A derived constructor has no `this` before `super()`: the alias only goes after a first `super(…)`.
			const after = node.kind === "constructor" && derived ? afterSuper(body, code) : { start: body.start + 1, end: body.start + 1, from: body.start };
			const uses = after ? thisNodes(body).filter((use) => use.start >= after.from) : [];
			if (after && uses.length >= minUses) {
				const prologue = directives(body.body);
				const at = prologue.length > 0 && !(node.kind === "constructor" && derived) ? { start: prologue[prologue.length - 1].end, end: prologue[prologue.length - 1].end } : after;
				edits.push({ start: at.start, end: at.end, text: `${at.start === body.start + 1 ? "" : ";"}let ${name}=this;` });
				for (const use of uses) edits.push({ start: use.start, end: use.end, text: name });
			}
		}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) for (const v of value) visit(v, derived);
			else visit(value, derived);
		}
	};
	visit(ast, false);
	return edits.length === 0 ? code : applyEdits(code, edits, "arrows");
}

/**
 * `this` aliased from three reads: `let t=this;` costs up to 11 bytes and each read then saves 3
 * (measured on main.js: from 2 reads −1.9 KB, 3 −2.0 KB, 4 −2.1 KB, 5 −2.0 KB, 6 −2.0 KB, 8 −1.8 KB);
 * since scripts/build/locals.mjs makes the alias a parameter (`m(a,t){t=this;…}`, 9 bytes), three
 * reads pay a little more than four.
 */
const THIS_MIN_USES = 3;

/** Both passes as the build runs them on main.js, whose code runs as a function's body. */
export function shortenFunctions(code) {
	return aliasThis(toArrows(code, { functionBody: true }), THIS_MIN_USES);
}
