/**
 * The import graph of src/: every arrow points down the layers, no file imports itself back
 * through others, and the plugin (what src/main.ts reaches) needs only runtime dependencies.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");

/** Bottom to top. A folder may import its own files and any folder of a lower rank. */
const RANKS: Record<string, number> = {
	codev: 0,
	i18n: 1,
	notes: 2,
	settings: 3,
	index: 3,
	services: 4,
	"sidebar-ui": 5,
	obsidian: 6,
	main: 7,
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

interface Imports {
	/** Files of src/ this file imports (type-only imports included: they tie the layers too). */
	local: string[];
	/** Package names it imports. */
	packages: string[];
}

function importsOf(file: string): Imports {
	const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
	const specifiers: string[] = [];
	const visit = (node: ts.Node): void => {
		if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
		if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specifiers.push(node.arguments[0].text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	const local: string[] = [];
	const packages: string[] = [];
	for (const specifier of specifiers) {
		if (!specifier.startsWith(".")) {
			packages.push(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : (specifier.split("/")[0] ?? specifier));
			continue;
		}
		const base = resolve(dirname(file), specifier);
		const target = [`${base}.ts`, join(base, "index.ts"), base].find((candidate) => candidate.endsWith(".ts") && existsSync(candidate));
		if (!target) throw new Error(`${relative(ROOT, file)}: cannot resolve ${specifier}`);
		local.push(target);
	}
	return { local, packages };
}

const layerOf = (file: string): string => {
	const path = relative(SRC, file);
	return path.includes("/") ? (path.split("/")[0] ?? path) : path.replace(/\.ts$/, "");
};

const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(ROOT, file);

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const connect = (file: string): void => {
		index.set(file, counter);
		low.set(file, counter);
		counter += 1;
		stack.push(file);
		onStack.add(file);
		for (const next of graph.get(file)?.local ?? []) {
			if (!index.has(next)) {
				connect(next);
				low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
			} else if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
		}
		if (low.get(file) !== index.get(file)) return;
		const component: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop();
			if (member === undefined) break;
			onStack.delete(member);
			component.push(name(member));
		} while (member !== file);
		if (component.length > 1 || graph.get(file)?.local.includes(file)) found.push(component.sort());
	};
	for (const file of graph.keys()) if (!index.has(file)) connect(file);
	return found;
}

describe("import graph of src/", () => {
	it("knows the layer of every file", () => {
		expect([...graph.keys()].map(layerOf).filter((layer) => !(layer in RANKS))).toEqual([]);
	});

	it("has no arrow from a lower layer to a higher one", () => {
		const upward: string[] = [];
		for (const [file, { local }] of graph) {
			const from = layerOf(file);
			for (const target of local) {
				const to = layerOf(target);
				if (to !== from && (RANKS[to] ?? 0) >= (RANKS[from] ?? 0)) upward.push(`${name(file)} → ${name(target)}`);
			}
		}
		expect(upward).toEqual([]);
	});

	it("has no cycle", () => {
		expect(cycles()).toEqual([]);
	});

	it("keeps the plugin to its runtime dependencies (obsidian is the app's own)", () => {
		const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
		const allowed = new Set(["obsidian", ...Object.keys(manifest.dependencies ?? {})]);
		const reached = new Set<string>();
		const queue = [join(SRC, "main.ts")];
		while (queue.length > 0) {
			const file = queue.pop() as string;
			if (reached.has(file)) continue;
			reached.add(file);
			queue.push(...(graph.get(file)?.local ?? []));
		}
		const outside = [...reached].flatMap((file) => (graph.get(file)?.packages ?? []).filter((pkg) => !allowed.has(pkg)).map((pkg) => `${name(file)} → ${pkg}`));
		expect(outside).toEqual([]);
		expect(reached.size).toBeGreaterThan(50);
	});
});
