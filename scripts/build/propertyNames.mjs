// Minify keeps property names in full, and they are a quarter of main.js's code. esbuild can
// rename them (mangleProps), but only by name, so this pass proves, with the TypeScript checker,
// which names are ours alone: a name is renamed only when
//  - every use of it in src/ is a property declared in src/ (no index-signature or `any` read:
//    front matter, data.json and parsed YAML are read that way, and their keys must stay);
//  - no declaration file (DOM, every ES lib, Node, Obsidian, dependencies) has it, so a value
//    handed to Obsidian, the DOM or the runtime never loses a member they read;
//  - no string makes it a key at run time: `"key" in x` and `x[k]` with k a key union keep those
//    names; `x[k]` with k of type string keeps every name of x's type; and if any such key reads
//    a value typed any, unknown or object (whose real type the checker cannot see), every word
//    of every string or template in src/ keeps its name (module names, strings in types, message
//    ids and the catalogs' texts outside their `{placeholders}` apart); nor a member a test
//    spies on by name;
//  - no value of a type that has it flows where names matter: JSON, data.json, local storage,
//    front matter, `Object.keys`/`entries`, `in`, or any `any`/`unknown`/`Record` slot (a class's
//    methods excepted: they live on its prototype, which none of those read); `x[k]` keeps every
//    name of x's type, or only k's when the checker knows them one by one (string literals).
// Anything else keeps its name. The proof takes half a minute, so its result is committed
// (propertyNames.json, written by `node scripts/build/propertyNames.mjs`) and
// test/release/propertyNames.test.ts checks that every listed name is still proven. The whole
// suite can also run renamed (`MANGLE=1 npx vitest run`, see vitest.config.ts).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Words that could be keys, when a key of type string reads an opaque value. */
const WORD = /[A-Za-z_$][\w$]*/g;

function inSrc(decl, srcDir) {
	return decl.getSourceFile().fileName.startsWith(srcDir);
}

/** The message catalogs (src/i18n/): their texts are shown, never read as names but by their placeholders. */
function isCatalog(sf) {
	return /[\\/]src[\\/]i18n[\\/](parts[\\/][^\\/]+|en|fr)\.ts$/.test(sf.fileName);
}

/** Property names of a type and of the types of its properties, once each. */
function deepNames(checker, type, out, srcDir, withMethods, seen = new Set()) {
	if (!type || seen.has(type)) return;
	seen.add(type);
	// Outside src/ every member name is kept already; only our own types need walking.
	const symbol = type.aliasSymbol ?? type.getSymbol?.();
	if (symbol?.declarations?.length && !symbol.declarations.some((d) => inSrc(d, srcDir)) && !type.isUnionOrIntersection() && !checker.getTypeArguments?.(type)?.length) return;
	if (type.isUnionOrIntersection()) {
		for (const t of type.types) deepNames(checker, t, out, srcDir, withMethods, seen);
		return;
	}
	for (const arg of checker.getTypeArguments?.(type) ?? []) deepNames(checker, arg, out, srcDir, withMethods, seen);
	const index = type.getNumberIndexType?.() ?? type.getStringIndexType?.();
	if (index) deepNames(checker, index, out, srcDir, withMethods, seen);
	for (const prop of type.getProperties?.() ?? []) {
		// A class's methods and accessors live on its prototype: JSON, keys and spreads never see them.
		if (!withMethods && (prop.declarations ?? []).length > 0 && prop.declarations.every((d) => (ts.isMethodDeclaration(d) || ts.isGetAccessor(d) || ts.isSetAccessor(d)) && ts.isClassLike(d.parent))) continue;
		out.add(prop.name);
		const decl = prop.valueDeclaration ?? prop.declarations?.[0];
		if (decl && inSrc(decl, srcDir)) deepNames(checker, checker.getTypeOfSymbolAtLocation(prop, decl), out, srcDir, withMethods, seen);
	}
}

/** A slot where a value's member names are data: any, unknown, object, {} or a string-keyed record. */
function namesMatterIn(checker, type) {
	if (!type) return false;
	if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) return true;
	if (type.isUnion()) return type.types.some((t) => namesMatterIn(checker, t));
	if (type.flags & ts.TypeFlags.TypeParameter) {
		// The class's own `this`; any other type parameter is whatever the caller gives.
		if (type.isThisType) return false;
		const constraint = checker.getBaseConstraintOfType(type);
		return !constraint || constraint === type || namesMatterIn(checker, constraint);
	}
	if (type.getStringIndexType()) return true;
	return type.flags & ts.TypeFlags.Object && type.getProperties().length === 0 && checker.getSignaturesOfType(type, ts.SignatureKind.Call).length === 0;
}

const NAME_SINKS = new Set(["keys", "entries", "values", "stringify", "assign", "fromEntries", "saveData", "saveLocalStorage", "structuredClone", "freeze", "isFrozen", "getOwnPropertyNames"]);

/** The property names main.js may rename, sorted; `reasons` (optional Map) gets why the others stay. */
export function ownPropertyNames(root, reasons) {
	const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config;
	const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
	const srcDir = path.join(root, "src") + path.sep;
	const program = ts.createProgram(
		parsed.fileNames.filter((f) => f.startsWith(srcDir)),
		parsed.options,
	);
	const checker = program.getTypeChecker();
	const candidates = new Set();
	const kept = new Set();
	const keep = (name, why) => {
		if (reasons && !reasons.has(name)) reasons.set(name, new Set());
		reasons?.get(name).add(why);
		kept.add(name);
	};
	// Every TypeScript lib, not only the program's (ES2021): the runtime has newer members
	// (Intl.Segmenter's `segment`) that src/ types itself.
	const libDir = path.dirname(ts.getDefaultLibFilePath(parsed.options));
	const libs = ts.sys.readDirectory(libDir, [".d.ts"]).filter((f) => path.basename(f).startsWith("lib.")).sort();
	const declarationFiles = [...program.getSourceFiles().filter((sf) => !inSrc(sf, srcDir)), ...libs.map((f) => ts.createSourceFile(f, ts.sys.readFile(f) ?? "", ts.ScriptTarget.Latest))];
	for (const sf of declarationFiles) {
		// Every name a declaration file declares, at any depth (DOM, Obsidian, Node, libraries).
		const visit = (node) => {
			if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name)) && (ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isPropertyAssignment(node) || ts.isEnumMember(node)))
				keep(node.name.text, "declared outside src/");
			ts.forEachChild(node, visit);
		};
		visit(sf);
	}
	const escape = (type, why) => {
		const names = new Set();
		// `x[key]`, `in` and for…in reach a class's methods too.
		deepNames(checker, type, names, srcDir, ["`in` test", "for…in", "indexed by a key"].includes(why));
		for (const name of names) keep(name, why);
	};
	const symbolInSrc = (symbol) => {
		if (!symbol) return false;
		const decls = symbol.declarations ?? [];
		return decls.length > 0 && decls.every((d) => inSrc(d, srcDir));
	};
	/** A value moving from one type to another: when either side reads names as data, both sides' names stay. */
	const flow = (expr, to = checker.getContextualType(expr)) => {
		const from = checker.getTypeAtLocation(expr);
		if (to && namesMatterIn(checker, to)) escape(from, "flows where names are data");
		if (namesMatterIn(checker, from)) escape(to, "filled from a value read by name");
	};
	/** A literal (or a literal inside one) passed to a function declared outside src/, or to an untyped one. */
	const handedToLibrary = (literal) => {
		let node = literal;
		while (ts.isObjectLiteralExpression(node.parent) || ts.isPropertyAssignment(node.parent) || ts.isArrayLiteralExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isSpreadElement(node.parent) || ts.isSpreadAssignment(node.parent) || ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent)) node = node.parent;
		const call = node.parent;
		if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !(call.arguments ?? []).includes(node)) return false;
		const declaration = checker.getResolvedSignature(call)?.declaration;
		return !declaration || !inSrc(declaration, srcDir);
	};
	// The tests spy on members by name (`vi.spyOn(x, "shown")`): those keep theirs, or the suite
	// run renamed (MANGLE=1) would miss them.
	for (const file of ts.sys.readDirectory(path.join(root, "test"), [".ts"])) {
		for (const [, name] of (ts.sys.readFile(file) ?? "").matchAll(/spyOn\([^,]+,\s*["'`]([A-Za-z_$][\w$]*)["'`]/g)) keep(name, "spied on by name in a test");
	}
	// Message ids (dotted): a string that is one is looked up in the catalogs, never read as a member name.
	const messageIds = new Set();
	for (const sf of program.getSourceFiles()) {
		if (!isCatalog(sf)) continue;
		const visit = (node) => {
			if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) messageIds.add(node.name.text);
			ts.forEachChild(node, visit);
		};
		visit(sf);
	}
	/**
	 * The part of a string whose words could be member names read at run time. None for a module
	 * name, a string in a type (erased: the `in`, key and JSON rules see what runs) or a message
	 * id; a catalog's text only by its `{placeholders}`, filled from an object's names.
	 */
	const wordsThatMayBeKeys = (node, sf) => {
		if (ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isExternalModuleReference(node.parent) || ts.isImportTypeNode(node.parent?.parent))) return "";
		if (ts.isStringLiteral(node) && ts.isLiteralTypeNode(node.parent)) return "";
		if (ts.isStringLiteral(node) && node.text.includes(".") && messageIds.has(node.text)) return "";
		if (isCatalog(sf) && ts.isPropertyAssignment(node.parent) && node.parent.initializer === node) return [...node.text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).join(" ");
		return node.text;
	};
	/**
	 * A string becomes a member name at run time only through `x[key]`, `in` or a key given to a
	 * library. Keys the checker knows (literal types) keep their names below, and a value of our
	 * types indexed by any other key keeps all its names; what is left blind is a key of type
	 * `string` into a value typed any, unknown or object, whose real type is unknown. If the code
	 * has one, every word of every string in src/ keeps its name, as a word could be that key.
	 */
	const stringWords = new Set();
	const blind = [];
	const isOpaque = (type) => {
		if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) return true;
		if (type.isUnion()) return type.types.some(isOpaque);
		if (type.flags & ts.TypeFlags.TypeParameter) {
			if (type.isThisType) return false;
			const constraint = checker.getBaseConstraintOfType(type);
			return !constraint || constraint === type || isOpaque(constraint);
		}
		// `{}`: anything but null and undefined.
		return (type.flags & ts.TypeFlags.Object) !== 0 && type.getProperties().length === 0 && !type.getStringIndexType() && checker.getSignaturesOfType(type, ts.SignatureKind.Call).length === 0;
	};
	const where = (node) => {
		const sf = node.getSourceFile();
		return `${path.relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
	};
	const literalKeys = (expr) => {
		const type = checker.getTypeAtLocation(expr);
		const keys = type.isUnion() ? type.types : [type];
		return keys.every((k) => k.isStringLiteral()) ? keys.map((k) => k.value) : null;
	};
	for (const sf of program.getSourceFiles()) {
		if (!inSrc(sf, srcDir)) continue;
		const visit = (node) => {
			if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node)) {
				for (const [word] of wordsThatMayBeKeys(node, sf).matchAll(WORD)) stringWords.add(word);
			}
			if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
				candidates.add(node.name.text);
				if (!symbolInSrc(checker.getSymbolAtLocation(node.name))) keep(node.name.text, "read through an index signature or any");
			}
			if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isPropertySignature(node) || ts.isMethodSignature(node)) && node.name) {
				if (ts.isIdentifier(node.name)) candidates.add(node.name.text);
				else if (ts.isStringLiteral(node.name) || ts.isNumericLiteral(node.name)) keep(node.name.text, "quoted key");
			}
			if (ts.isObjectLiteralExpression(node)) {
				const contextual = checker.getContextualType(node);
				for (const p of node.properties) {
					if (ts.isSpreadAssignment(p)) continue;
					if (!p.name || !ts.isIdentifier(p.name)) {
						if (p.name && (ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) keep(p.name.text, "quoted key");
						continue;
					}
					candidates.add(p.name.text);
					if (contextual && namesMatterIn(checker, contextual)) {
						keep(p.name.text, "object literal written where the name is data");
						continue;
					}
					const target = contextual ? (checker.getPropertyOfType(checker.getApparentType(contextual), p.name.text) ?? (contextual.isUnion() ? contextual.types.map((t) => checker.getPropertyOfType(t, p.name.text)).find(Boolean) : undefined)) : undefined;
					if (contextual && !symbolInSrc(target)) keep(p.name.text, "object literal written where the name is data");
					// No type but its own (a generic library call infers it from the literal itself).
					else if ((!target || (target.declarations ?? []).includes(p)) && handedToLibrary(node)) keep(p.name.text, "object literal handed to a library");
				}
			}
			if (ts.isObjectBindingPattern(node)) {
				const type = checker.getTypeAtLocation(node);
				for (const el of node.elements) {
					const key = el.propertyName ?? el.name;
					if (!ts.isIdentifier(key)) continue;
					candidates.add(key.text);
					if (!symbolInSrc(checker.getPropertyOfType(type, key.text))) keep(key.text, "destructured from a value read by name");
				}
			}
			if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
				const callee = node.expression;
				const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
				for (const arg of node.arguments ?? []) {
					if (NAME_SINKS.has(name)) escape(checker.getTypeAtLocation(arg), `argument of ${name}`);
					flow(arg);
				}
			}
			if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) flow(node.right, checker.getTypeAtLocation(node.left));
			if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
				escape(checker.getTypeAtLocation(node.right), "`in` test");
				const keys = literalKeys(node.left);
				if (keys) for (const key of keys) keep(key, "tested by `in`");
				else if (isOpaque(checker.getTypeAtLocation(node.right))) blind.push(where(node));
			}
			if (ts.isForInStatement(node)) escape(checker.getTypeAtLocation(node.expression), "for…in");
			if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) flow(node.expression, checker.getTypeAtLocation(node));
			if (ts.isReturnStatement(node) && node.expression) flow(node.expression);
			if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) flow(node.body);
			if (ts.isVariableDeclaration(node) && node.initializer) flow(node.initializer, checker.getTypeAtLocation(node.name));
			if (ts.isPropertyAssignment(node)) flow(node.initializer);
			if (ts.isPropertyDeclaration(node) && node.initializer) flow(node.initializer, checker.getTypeAtLocation(node.name));
			if (ts.isArrayLiteralExpression(node)) for (const el of node.elements) flow(el);
			if (ts.isTypePredicateNode(node) && node.type) escape(checker.getTypeFromTypeNode(node.type), "checked from a value read by name");
			if (ts.isElementAccessExpression(node) && !ts.isNumericLiteral(node.argumentExpression)) {
				const keyType = checker.getTypeAtLocation(node.argumentExpression);
				// Keys the checker knows one by one (`which === "a" ? "clientPath" : "clientBPath"`) read
				// those members only; what is read flows on under the other rules.
				const keys = literalKeys(node.argumentExpression);
				if (keys) for (const key of keys) keep(key, "read by a key");
				else if (!(keyType.flags & ts.TypeFlags.NumberLike)) {
					const indexed = checker.getTypeAtLocation(node.expression);
					escape(indexed, "indexed by a key");
					if (isOpaque(indexed)) blind.push(where(node));
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(sf);
	}
	if (blind.length > 0) for (const word of stringWords) keep(word, `a word of a string in src/, and a name is read by a key of type string at ${blind[0]}`);
	return [...candidates].filter((name) => !kept.has(name) && !name.startsWith("_") && name.length > 1).sort();
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The list main.js renames, committed next to this file and refreshed by running it. */
export const NAMES_FILE = path.join(here, "propertyNames.json");

// `node scripts/build/propertyNames.mjs` proves the names again and writes the list.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const names = ownPropertyNames(path.resolve(here, "../.."));
	await writeFile(NAMES_FILE, `${JSON.stringify(names, null, "\t")}\n`);
	process.stdout.write(`${NAMES_FILE}: ${names.length} names\n`);
}
