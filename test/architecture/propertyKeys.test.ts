/**
 * Each note kind's property keys are spelled in its schema file only (`src/notes/schema/`):
 * every other source file reads and writes those notes through the kind's reader and writer.
 * The keys come from the schema files' own exported key lists, so a key added there is checked
 * at once. A file "spells" a key when it writes it as
 *  - a string literal, for a key with an underscore (`"client_b"`, `"retour_date"`: no other
 *    meaning is likely), or for any key in a key position: `x["key"]`, `"key" in x`, an argument
 *    of a function taking a property name (`appendLinkProperty(fm, "attendees", …)`), an item of a `…_KEYS`
 *    list;
 *  - a property of a front-matter object: `fm.key`, `frontmatter?.key`, `props.key`, and the
 *    keys of an object literal typed `Properties` or given to `renderFrontmatter`;
 *  - a key pattern of the kind (`step_${id}_planned`).
 * Plain words elsewhere ("client" as a role, "date" as an input type) are not keys.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ATTENDANCE_KEYS } from "../../src/notes/schema/attendance";
import { BILAN_KEYS } from "../../src/notes/schema/bilan";
import { CONTRACT_KEYS } from "../../src/notes/schema/contract";
import { GROUP_KEYS } from "../../src/notes/schema/group";
import { COMMON_KEYS } from "../../src/notes/schema/kinds";
import { FACILITATOR_LOG_KEYS } from "../../src/notes/schema/facilitatorLog";
import { METHOD_KEYS } from "../../src/notes/schema/method";
import { PERSON_KEYS } from "../../src/notes/schema/person";
import { PLAN_KEYS } from "../../src/notes/schema/plan";
import { PREPARATION_KEYS } from "../../src/notes/schema/preparation";
import { SESSION_KEY_PATTERNS, SESSION_KEYS } from "../../src/notes/schema/session";
import { SHEET_KEYS } from "../../src/notes/schema/sheet";

interface KindKeys {
	/** The schema file that owns these keys. */
	file: string;
	keys: Readonly<Record<string, string>>;
	/** Keys built from parts, as their template literals read with each substitution as `${…}` (`step_${…}_planned`). */
	patterns?: readonly string[];
}

/** One line per note kind: add yours here. */
const KINDS: readonly KindKeys[] = [
	{ file: "src/notes/schema/kinds.ts", keys: COMMON_KEYS },
	{ file: "src/notes/schema/session.ts", keys: SESSION_KEYS, patterns: SESSION_KEY_PATTERNS },
	{ file: "src/notes/schema/contract.ts", keys: CONTRACT_KEYS },
	{ file: "src/notes/schema/plan.ts", keys: PLAN_KEYS },
	{ file: "src/notes/schema/sheet.ts", keys: SHEET_KEYS },
	{ file: "src/notes/schema/method.ts", keys: METHOD_KEYS },
	{ file: "src/notes/schema/preparation.ts", keys: PREPARATION_KEYS },
	{ file: "src/notes/schema/facilitatorLog.ts", keys: FACILITATOR_LOG_KEYS },
	{ file: "src/notes/schema/attendance.ts", keys: ATTENDANCE_KEYS },
	{ file: "src/notes/schema/group.ts", keys: GROUP_KEYS },
	{ file: "src/notes/schema/person.ts", keys: PERSON_KEYS },
	{ file: "src/notes/schema/bilan.ts", keys: BILAN_KEYS },
];

/** Files that show keys to the user or write them into a template, with the keys they may spell. */
const SHOWN: Readonly<Record<string, readonly string[]>> = {};

/**
 * Files that still spell keys, with the keys: the list only shrinks. The test fails when a listed
 * key is no longer spelled there (take it off), as when a new one is.
 */
const NOT_MOVED_YET: Readonly<Record<string, readonly string[]>> = {};

/** Functions whose string argument is a property name. */
const KEY_TAKERS = new Set(["resolveProperty", "linkingTo", "linkedFrom", "target", "targets", "appendLinkProperty", "addLinks"]);
/** Receivers that are front matter. */
const FRONT_MATTER = /(^|\.)(fm|frontmatter|props|properties|data)$/i;

const ROOT = join(__dirname, "../..");
const SCHEMA_DIR = join("src", "notes", "schema") + "/";

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith(".ts") ? [relative(ROOT, path)] : [];
	});
}

function owners(): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const kind of KINDS) {
		for (const key of Object.values(kind.keys)) {
			const files = out.get(key) ?? new Set<string>();
			files.add(kind.file);
			out.set(key, files);
		}
	}
	// The common keys (type, codev_schema, lang, publish) are every schema file's to write.
	for (const key of Object.values(COMMON_KEYS)) for (const kind of KINDS) out.get(key)?.add(kind.file);
	return out;
}

function calleeName(call: ts.CallExpression): string {
	const callee = call.expression;
	if (ts.isIdentifier(callee)) return callee.text;
	if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
	return "";
}

function receiverText(node: ts.Expression): string {
	// `store.frontmatter(path)?.group` reads front matter as `fm.group` does: the call's arguments are dropped.
	return node.getText().replace(/\?$/, "").replace(/\s/g, "").replace(/\((?:[^()]|\([^()]*\))*\)$/, "");
}

/** Is this object literal a set of properties (typed `Properties`, or given to renderFrontmatter / Object.assign(fm, …))? */
function isPropertiesObject(node: ts.ObjectLiteralExpression): boolean {
	const parent = node.parent;
	if (ts.isVariableDeclaration(parent) && parent.type && /\bProperties\b/.test(parent.type.getText())) return true;
	if (ts.isCallExpression(parent)) {
		const name = calleeName(parent);
		if (name === "renderFrontmatter") return true;
		if (name === "assign" && parent.arguments[0] && FRONT_MATTER.test(receiverText(parent.arguments[0]))) return true;
	}
	return false;
}

/** The keys a source file spells, each once. */
function spelledKeys(file: string, keys: ReadonlySet<string>, patterns: readonly string[]): string[] {
	const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
	const found = new Set<string>();
	const spell = (key: string) => keys.has(key) && found.add(key);
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			const parent = node.parent;
			const inKeyList = ts.isArrayLiteralExpression(parent) && ts.isVariableDeclaration(parent.parent) && /KEYS|PROPERTIES|FIELDS/i.test(parent.parent.name.getText());
			const keyPosition =
				(ts.isElementAccessExpression(parent) && parent.argumentExpression === node) ||
				(ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InKeyword && parent.left === node) ||
				(ts.isCallExpression(parent) && KEY_TAKERS.has(calleeName(parent))) ||
				inKeyList;
			if (!ts.isLiteralTypeNode(parent) && (node.text.includes("_") || keyPosition)) spell(node.text);
		}
		if (ts.isPropertyAccessExpression(node) && FRONT_MATTER.test(receiverText(node.expression))) spell(node.name.text);
		if (ts.isObjectLiteralExpression(node) && isPropertiesObject(node)) {
			for (const property of node.properties) if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) spell(property.name.text);
		}
		if (ts.isTemplateExpression(node)) {
			const shape = node.head.text + node.templateSpans.map((span) => `\${…}${span.literal.text}`).join("");
			for (const pattern of patterns) if (shape.includes(pattern)) found.add(pattern);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return [...found].sort();
}

describe("note property keys", () => {
	const byKey = owners();
	const keys = new Set(byKey.keys());
	const patterns = KINDS.flatMap((kind) => kind.patterns ?? []);
	const patternOwners = new Map<string, string>(KINDS.flatMap((kind) => (kind.patterns ?? []).map((pattern) => [pattern, kind.file] as const)));
	const files = sourceFiles(join(ROOT, "src"));

	it("finds the schema files and their keys", () => {
		for (const kind of KINDS) expect(files, kind.file).toContain(kind.file);
		expect(keys.size).toBeGreaterThan(20);
	});

	it("spells each key only in the schema file of its kind (and in the files that show it)", () => {
		const misplaced: Record<string, string[]> = {};
		// Inside the schema folder, kinds share keys (`group`, `date`…): which file spells them is the model's own business.
		for (const file of files.filter((path) => !path.startsWith(SCHEMA_DIR))) {
			const allowed = new Set([...(SHOWN[file] ?? []), ...(NOT_MOVED_YET[file] ?? [])]);
			const wrong = spelledKeys(file, keys, patterns).filter((key) => !allowed.has(key) && !(byKey.get(key)?.has(file) ?? patternOwners.get(key) === file));
			if (wrong.length > 0) misplaced[file] = wrong;
		}
		expect(misplaced).toEqual({});
	});

	it("lists only files that still spell the keys listed (the list shrinks as readers move)", () => {
		const stale: Record<string, string[]> = {};
		for (const [file, listed] of Object.entries(NOT_MOVED_YET)) {
			const spelled = new Set(files.includes(file) ? spelledKeys(file, keys, patterns) : []);
			const gone = listed.filter((key) => !spelled.has(key));
			if (gone.length > 0) stale[file] = gone;
		}
		expect(stale).toEqual({});
	});

	it("catches a key spelled outside its schema file", () => {
		// The checker itself: a known offender shape is seen.
		expect(spelledKeys("src/notes/schema/plan.ts", keys, patterns)).toEqual(expect.arrayContaining(["actions_done", "retour_date"]));
		expect(spelledKeys("src/notes/schema/session.ts", keys, patterns)).toEqual(expect.arrayContaining(["step_${…}_planned", "step_${…}_actual"]));
		// A custom method's step id (`step_${n}`) is no key.
		expect(spelledKeys("src/codev/customMethods.ts", keys, patterns)).toEqual([]);
	});
});
