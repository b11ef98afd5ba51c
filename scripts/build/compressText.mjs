// The French and English texts (message catalogs, method guidance, note templates) are most of
// main.js's string bytes, and they compress about three to one. Obsidian installs main.js alone
// and mobile forbids eval, so the code itself cannot be compressed; the texts can. After esbuild
// has minified the bundle, this pass moves every long string literal, and every object literal
// made of string properties (the catalogs), into one table: JSON, deflated (fflate, level 9: pure
// JavaScript, so the bytes do not depend on the machine's zlib), base64. A prelude of about 5 KB
// inflates it once, synchronously, when main.js is evaluated. Sources and tests never see it.
import { parse, tokenizer } from "acorn";
import esbuild from "esbuild";
import { deflateSync } from "fflate";
import path from "node:path";
import { fileURLToPath } from "node:url";

// fflate is resolved from the project root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Shorter literals cost more as a table reference (`$[123]`) than they save once deflated. */
const MIN_LITERAL_CHARS = 16;
/** An object literal of string properties moves whole when it is at least this long. */
const MIN_OBJECT_CHARS = 200;
const TABLE_NAMES = ["$", "_", "$$", "_$", "$_", "__", "$t", "$T"];

/** Calls `visit(node, parent, key)` for every node of an ESTree tree. */
function walk(node, parent, key, visit) {
	if (visit(node, parent, key) === false) return;
	for (const [childKey, value] of Object.entries(node)) {
		if (Array.isArray(value)) {
			for (const child of value) if (child && typeof child.type === "string") walk(child, node, childKey, visit);
		} else if (value && typeof value.type === "string") {
			walk(value, node, childKey, visit);
		}
	}
}

/** The string a literal stands for: "…", or a template with no `${}` (esbuild prints multi-line strings so). */
function textOf(node, parent) {
	if (node?.type === "Literal" && typeof node.value === "string") return node.value;
	if (node?.type === "TemplateLiteral" && node.expressions.length === 0 && parent?.type !== "TaggedTemplateExpression") return node.quasis[0].value.cooked;
	return null;
}

/** The key of `a:"…"` or `"a b":"…"` with a text value; null for anything else (and for `__proto__`, which a literal treats apart). */
function textPropertyKey(p) {
	if (p.type !== "Property" || p.kind !== "init" || p.computed || p.method || p.shorthand || textOf(p.value, p) === null) return null;
	const name = p.key.type === "Identifier" ? p.key.name : typeof p.key.value === "string" ? p.key.value : null;
	return name === "__proto__" ? null : name;
}

/** Runs of consecutive text properties in an object literal, long enough to move as one object. */
function textRuns(node) {
	const runs = [];
	let run = [];
	const close = () => {
		if (run.length > 0 && run[run.length - 1].end - run[0].start >= MIN_OBJECT_CHARS) runs.push(run);
		run = [];
	};
	for (const p of node.properties) {
		if (textPropertyKey(p) === null) close();
		else run.push(p);
	}
	close();
	return runs;
}

/** A text that stands as an expression (not a key, a directive or a module name). */
function isMovableText(node, parent, key) {
	const text = textOf(node, parent);
	if (text === null || node.end - node.start < MIN_LITERAL_CHARS || !/\s/.test(text)) return false;
	if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && key === "key" && !parent.computed) return false;
	if (parent.type === "ExpressionStatement" && parent.directive !== undefined) return false;
	return !/^(Import|Export)/.test(parent.type);
}

function tableName(code) {
	const names = new Set();
	for (const token of tokenizer(code, { ecmaVersion: "latest" })) if (token.type.label === "name") names.add(token.value);
	const name = TABLE_NAMES.find((candidate) => !names.has(candidate));
	if (!name) throw new Error("compressText: every table name is taken in the bundle");
	return name;
}

/** Edits (start, end, replacement) and the table they refer to. */
function collect(ast, code, name) {
	const table = [];
	const index = new Map();
	const ref = (value) => {
		const keyed = JSON.stringify(value);
		if (!index.has(keyed)) {
			index.set(keyed, table.length);
			table.push(value);
		}
		return `${name}[${index.get(keyed)}]`;
	};
	const edits = [];
	const visit = (node, parent, key) => {
		if (node.type === "ObjectExpression") {
			const runs = textRuns(node);
			for (const run of runs) {
				const value = Object.fromEntries(run.map((p) => [textPropertyKey(p), textOf(p.value, p)]));
				const whole = run.length === node.properties.length;
				// A spread copy: each evaluation still makes a fresh object, as the literal did.
				edits.push(whole ? { start: node.start, end: node.end, text: `{...${ref(value)}}` } : { start: run[0].start, end: run[run.length - 1].end, text: `...${ref(value)}` });
			}
			const moved = new Set(runs.flat());
			for (const p of node.properties) if (!moved.has(p)) walk(p, node, "properties", visit);
			return false;
		}
		if (parent && isMovableText(node, parent, key)) {
			// Minified code writes `return"…"`: keep the keyword apart from the reference.
			const glue = /[\w$]/.test(code[node.start - 1] ?? "") ? " " : "";
			edits.push({ start: node.start, end: node.end, text: glue + ref(textOf(node, parent)) });
		}
		return undefined;
	};
	walk(ast, null, null, visit);
	return { edits, table };
}

async function prelude(name, table) {
	const json = new TextEncoder().encode(JSON.stringify(table));
	const data = Buffer.from(deflateSync(json, { level: 9 })).toString("base64").replace(/=+$/, "");
	const result = await esbuild.build({
		stdin: {
			contents: `import { inflateSync, strFromU8 } from "fflate";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** base64 without atob, which a bare JavaScript context may lack. */
function fromBase64(text) {
	const value = new Uint8Array(128);
	for (let i = 0; i < 64; i++) value[ALPHABET.charCodeAt(i)] = i;
	const out = new Uint8Array((text.length * 3) >> 2);
	let bits = 0, count = 0, at = 0;
	for (let i = 0; i < text.length; i++) {
		bits = (bits << 6) | value[text.charCodeAt(i)];
		count += 6;
		if (count >= 8) {
			count -= 8;
			out[at++] = (bits >> count) & 255;
		}
	}
	return out;
}
${name} = JSON.parse(strFromU8(inflateSync(fromBase64(${JSON.stringify(data)}))));`,
			resolveDir: root,
			loader: "js",
		},
		bundle: true,
		minify: true,
		format: "iife",
		target: "es2020",
		platform: "browser",
		write: false,
		logLevel: "silent",
	});
	return `var ${name};${result.outputFiles[0].text.trim()}\n`;
}

/** The bundle with its long texts moved into the inflated table; the same bytes for the same input. */
export async function compressText(code) {
	const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
	const name = tableName(code);
	const { edits, table } = collect(ast, code, name);
	if (table.length === 0) return code;
	// After the "use strict" prologue, before any statement that could read the table.
	const first = ast.body.find((statement) => statement.directive === undefined);
	const insertAt = first ? first.start : code.length;
	edits.sort((a, b) => a.start - b.start);
	const after = edits.findIndex((e) => e.start >= insertAt);
	edits.splice(after === -1 ? edits.length : after, 0, { start: insertAt, end: insertAt, text: await prelude(name, table) });
	let out = "";
	let at = 0;
	for (const edit of edits) {
		out += code.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return out + code.slice(at);
}

/** esbuild plugin: applies compressText to the JavaScript outputs, written or in memory. */
export const compressTextPlugin = {
	name: "compress-text",
	setup(build) {
		const write = build.initialOptions.write !== false;
		build.initialOptions.write = false;
		build.onEnd(async (result) => {
			if (!result.outputFiles) return;
			const { writeFile } = await import("node:fs/promises");
			for (const [i, file] of result.outputFiles.entries()) {
				if (!file.path.endsWith(".js")) continue;
				const text = await compressText(file.text);
				const contents = new TextEncoder().encode(text);
				result.outputFiles[i] = { path: file.path, contents, text, hash: file.hash };
			}
			if (write) await Promise.all(result.outputFiles.map((file) => writeFile(file.path, file.contents)));
		});
	},
};
