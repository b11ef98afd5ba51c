/**
 * Every message in the catalogs is shown somewhere, and every message id the code spells exists.
 * The code is read as TypeScript: a whole string literal is a use of that id; a template
 * (`linked.kind.${kind}`) or a concatenation ("error." + code) uses every id it can produce.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";

const SRC = join(__dirname, "../../src");
const CATALOG = /[\\/]i18n[\\/](en|fr|parts[\\/][^\\/]+)\.ts$/;
const ID_SHAPE = /^[a-z][\w-]*(?:\.[\w-]+)+$/;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Uses {
	/** Whole literals that look like message ids, with the file that spells them. */
	literals: Map<string, string>;
	/** Ids built at run time, as patterns over the ids they can produce. */
	patterns: RegExp[];
}

function collectUses(): Uses {
	const uses: Uses = { literals: new Map(), patterns: [] };
	for (const file of sourceFiles(SRC).filter((path) => !CATALOG.test(path))) {
		const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ID_SHAPE.test(node.text)) uses.literals.set(node.text, relative(SRC, file));
			if (ts.isTemplateExpression(node)) {
				const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
				if (/^[a-z][\w-]*\./.test(parts[0] ?? "") && parts.every((part) => /^[\w.-]*$/.test(part))) uses.patterns.push(new RegExp(`^${parts.map(escape).join("[\\w.-]+")}$`));
			}
			if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isStringLiteral(node.left) && /^[a-z][\w.-]*\.$/.test(node.left.text)) {
				uses.patterns.push(new RegExp(`^${escape(node.left.text)}`));
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return uses;
}

describe("message catalogs", () => {
	const keys = Object.keys(en);
	const uses = collectUses();

	it("holds no message the code never shows", () => {
		const unused = keys.filter((key) => !uses.literals.has(key) && !uses.patterns.some((pattern) => pattern.test(key)));
		expect(unused).toEqual([]);
	});

	it("has every message id the code spells", () => {
		const known = new Set(keys);
		const namespaces = new Set(keys.map((key) => key.split(".")[0]));
		const missing = [...uses.literals].filter(([literal]) => namespaces.has(literal.split(".")[0]) && !known.has(literal) && !uses.patterns.some((pattern) => pattern.test(literal)));
		expect(missing).toEqual([]);
	});
});
