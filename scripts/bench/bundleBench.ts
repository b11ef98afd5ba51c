/**
 * Where main.js's bytes go: rebuilds the production bundle in memory with esbuild's metafile
 * (same options as esbuild.config.mjs), lists the top inputs, groups them by feature, and
 * estimates the share of string literals (UI text, method texts) in the minified code.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { fmtKB, type Row } from "./measure";

interface Metafile {
	outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}
interface Esbuild {
	build(options: Record<string, unknown>): Promise<{ metafile: Metafile; outputFiles: Array<{ text: string }> }>;
	analyzeMetafile(metafile: Metafile, options?: { verbose?: boolean }): Promise<string>;
}

/** Feature of an input file, for the summary. */
function featureOf(input: string): string {
	const rules: Array<[RegExp, string]> = [
		[/node_modules\/date-fns/, "date-fns"],
		[/node_modules\/(gray-matter|js-yaml|kind-of|section-matter|strip-bom-string|extend-shallow|is-extendable|argparse|esprima)/, "gray-matter + js-yaml"],
		[/node_modules\//, "other dependencies"],
		[/src\/i18n\/parts\/methods|src\/codev\/methods|src\/codev\/customMethods|src\/codev\/methodValidation|src\/obsidian\/methodsSettings|src\/notes\/methodNote|src\/codev\/consultations/, "methods (texts + editor)"],
		[/src\/i18n\/parts\/sidebar|src\/sidebar-ui|src\/obsidian\/sidebar/, "sidebar"],
		[/src\/i18n\/parts\/linked|src\/notes\/linked|src\/services\/linked|src\/obsidian\/linked|src\/index\//, "linked notes + index"],
		[/src\/i18n\/parts\/cycle|src\/notes\/cycle|src\/services\/cycle|src\/obsidian\/cycle|src\/codev\/cycle/, "cycle"],
		[/src\/i18n\//, "core UI text (i18n)"],
		[/src\//, "core (session, timer, notes, settings)"],
		[/scripts\/shims/, "shims"],
	];
	return rules.find(([re]) => re.test(input))?.[1] ?? "other";
}

interface AcornToken {
	type: { label: string };
	start: number;
	end: number;
}
type Tokenizer = (code: string, options: { ecmaVersion: number }) => Iterable<AcornToken>;

/**
 * Bytes inside string and template literals of the minified JS: acorn's tokenizer (there through
 * eslint) tells regex literals from strings; without it, a rough scanner.
 */
export function stringLiteralBytes(code: string, require: NodeJS.Require): number {
	let tokenizer: Tokenizer | null = null;
	try {
		// acorn is a pinned dev dependency; without it (a stripped install), a rough scanner is used
		tokenizer = (require("acorn") as { tokenizer: Tokenizer }).tokenizer;
	} catch {
		tokenizer = null;
	}
	if (!tokenizer) return roughStringBytes(code);
	let total = 0;
	for (const token of tokenizer(code, { ecmaVersion: 2022 })) {
		if (token.type.label === "string" || token.type.label === "template") total += token.end - token.start;
	}
	return total;
}

function roughStringBytes(code: string): number {
	let total = 0;
	let i = 0;
	while (i < code.length) {
		const c = code[i];
		if (c === '"' || c === "'" || c === "`") {
			const start = i++;
			while (i < code.length && code[i] !== c) i += code[i] === "\\" ? 2 : 1;
			total += i - start + 1;
		} else if (c === "/" && code[i + 1] === "/") {
			while (i < code.length && code[i] !== "\n") i++;
		}
		i++;
	}
	return total;
}

export async function benchBundle(rows: Row[]): Promise<string> {
	const root = process.cwd();
	const require = createRequire(path.join(root, "package.json"));
	const esbuild = require("esbuild") as Esbuild;
	const configUrl = pathToFileURL(path.join(root, "esbuild.config.mjs")).href;
	// eslint-disable-next-line no-unsanitized/method -- the project's own build options (a fixed local file)
	const { bundleOptions } = (await import(/* @vite-ignore */ configUrl)) as { bundleOptions: (prod: boolean) => Record<string, unknown> };
	// main.js's own options (short ids, texts deflated); the metafile counts the inputs before the texts move.
	const result = await esbuild.build({ ...bundleOptions(true), metafile: true, write: false, outfile: path.join(root, "bench-main.js"), logLevel: "silent" });
	const built = readFileSync(path.join(root, "main.js"));
	const code = result.outputFiles[0]?.text ?? "";
	const output = Object.values(result.metafile.outputs)[0];
	if (!output) throw new Error("no output in metafile");
	const inputs = Object.entries(output.inputs).map(([file, info]) => ({ file, bytes: info.bytesInOutput })).sort((a, b) => b.bytes - a.bytes);
	const strings = stringLiteralBytes(code, require);
	rows.push({ area: "Bundle", measure: "main.js as built (minified)", value: fmtKB(built.length), goal: "≤ 250 KB" });
	rows.push({ area: "Bundle", measure: "main.js gzipped (what sync and download cost)", value: fmtKB(gzipSync(built).length), goal: "" });
	rows.push({ area: "Bundle", measure: "string literals in the minified code (estimate)", value: `${fmtKB(strings)} (${Math.round((100 * strings) / code.length)} %)`, goal: "" });

	const byFeature = new Map<string, number>();
	for (const { file, bytes } of inputs) byFeature.set(featureOf(file), (byFeature.get(featureOf(file)) ?? 0) + bytes);
	const lines = ["### By feature (bytes in output, before the minifier's renaming is counted per file)", "", "| Feature | Size | Share |", "|---|---:|---:|"];
	const sum = inputs.reduce((a, b) => a + b.bytes, 0);
	for (const [feature, bytes] of [...byFeature.entries()].sort((a, b) => b[1] - a[1])) lines.push(`| ${feature} | ${fmtKB(bytes)} | ${Math.round((100 * bytes) / sum)} % |`);
	lines.push("", "### Top 15 inputs", "", "| Input | Size |", "|---|---:|");
	for (const { file, bytes } of inputs.slice(0, 15)) lines.push(`| ${file} | ${fmtKB(bytes)} |`);
	const analysis = await esbuild.analyzeMetafile(result.metafile);
	lines.push("", "<details><summary>esbuild analyzeMetafile</summary>", "", "```", analysis.trim().split("\n").slice(0, 40).join("\n"), "```", "</details>");
	return lines.join("\n");
}
