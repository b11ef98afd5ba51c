// The French and English texts (message catalogs, method guidance, note templates) are most of
// main.js's string bytes, and they compress about three to one. Obsidian installs main.js alone
// and mobile forbids eval, so the code itself cannot be compressed; the texts can. After esbuild
// has minified the bundle, this pass moves every long string literal, and every object literal
// made of string properties (the catalogs), into one table: JSON, deflated (scripts/build/
// deflate.mjs, optimal parsing: pure JavaScript, so the bytes do not depend on the machine's
// zlib), 7 bits a character. A prelude of about 1.5 KB inflates it once, synchronously, when
// main.js is evaluated. Sources and tests never see it.
import { parse, tokenizer } from "acorn";
import esbuild from "esbuild";
import { deflateSync } from "fflate";
import { deflateBest } from "./deflate.mjs";
import { aliasValues } from "./aliases.mjs";
import { localsAsParameters } from "./locals.mjs";
import { shortenFunctions } from "./arrows.mjs";
import vm from "node:vm";

/**
 * Shorter literals cost more as a table entry (its variable, two letters once minified, and its
 * share of the table) than they save. The three lengths were measured together once each entry
 * had a variable of its own (11, 6 and 24: -0.7 KB against 13, 8 and 20; each way off pays less).
 */
const MIN_LITERAL_CHARS = 11;
/** Literals with no space (CSS classes, error codes, ids) repeat more and compress less. */
const MIN_WORD_CHARS = 6;
/** A run of string properties in an object literal, an array of strings, or texts side by side in a call's arguments, moves as one from this length. */
const MIN_OBJECT_CHARS = 24;
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

/**
 * Runs of consecutive items that hold text (`isText`), of `minItems` or more and long enough to
 * move as one table entry: an object literal's text properties, a call's text arguments.
 */
function textRuns(items, isText, minItems) {
	const runs = [];
	let run = [];
	const close = () => {
		if (run.length >= minItems && run[run.length - 1].end - run[0].start >= MIN_OBJECT_CHARS) runs.push(run);
		run = [];
	};
	for (const item of items) {
		if (isText(item)) run.push(item);
		else close();
	}
	close();
	return runs;
}

/** A text that stands as an expression (not a key, a directive or a module name). */
function isMovableText(node, parent, key) {
	const text = textOf(node, parent);
	if (text === null || node.end - node.start < (/\s/.test(text) ? MIN_LITERAL_CHARS : MIN_WORD_CHARS)) return false;
	// `require("obsidian")` stays readable to tools; `typeof x == "function"` stays a pattern engines know.
	if (parent.type === "CallExpression" && parent.callee.type === "Identifier" && parent.callee.name === "require") return false;
	if (parent.type === "BinaryExpression" && [parent.left, parent.right].some((side) => side.type === "UnaryExpression" && side.operator === "typeof")) return false;
	if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && key === "key" && !parent.computed) return false;
	if (parent.type === "ExpressionStatement" && parent.directive !== undefined) return false;
	return !/^(Import|Export)/.test(parent.type);
}

function tableName(code) {
	const names = new Set();
	for (const token of tokenizer(code, { ecmaVersion: "latest" })) if (token.type.label === "name") names.add(token.value);
	// The entries are named `<table>$<n>`: no name of the bundle may look like one.
	const free = (candidate) => !names.has(candidate) && ![...names].some((n) => n.startsWith(`${candidate}$`));
	const name = TABLE_NAMES.find(free);
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
		return `${name}$${index.get(keyed)}`;
	};
	const edits = [];
	const visit = (node, parent, key) => {
		if (node.type === "ObjectExpression") {
			const runs = textRuns(node.properties, (p) => textPropertyKey(p) !== null, 1);
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
		if ((node.type === "CallExpression" || node.type === "NewExpression") && node.arguments.length > 1) {
			// Texts side by side in a call (`l("fr", "en")`) move as one array, spread back: `l(...$$n)`.
			const runs = textRuns(node.arguments, (arg) => textOf(arg, node) !== null, 2);
			if (runs.length > 0) {
				for (const r of runs) edits.push({ start: r[0].start, end: r[r.length - 1].end, text: `...${ref(r.map((arg) => textOf(arg, node)))}` });
				const moved = new Set(runs.flat());
				walk(node.callee, node, "callee", visit);
				for (const arg of node.arguments) if (!moved.has(arg)) walk(arg, node, "arguments", visit);
				return false;
			}
		}
		if (node.type === "ArrayExpression" && node.elements.length > 1 && node.end - node.start >= MIN_OBJECT_CHARS && node.elements.every((e) => textOf(e, node) !== null)) {
			// A copy too: `[...$$n]` is a fresh array each time, as the literal was.
			const value = node.elements.map((e) => textOf(e, node));
			edits.push({ start: node.start, end: node.end, text: `[...${ref(value)}]` });
			return false;
		}
		if (parent && isMovableText(node, parent, key)) {
			// Minified code writes `return"…"`: keep the keyword apart from the reference.
			const before = /[\w$]/.test(code[node.start - 1] ?? "") ? " " : "";
			const after = /[\w$]/.test(code[node.end] ?? "") ? " " : "";
			edits.push({ start: node.start, end: node.end, text: before + ref(textOf(node, parent)) + after });
		}
		return undefined;
	};
	walk(ast, null, null, visit);
	return { edits, table };
}

/**
 * The deflated bytes as a string of 7 bits a character: printable or not, every ASCII character
 * is one byte of main.js (base64 spends 8 bits on 6). The five a string literal cannot hold raw
 * (NUL, LF, CR, `"` and `\`) are written 128 higher, two bytes in UTF-8; `& 127` reads all alike.
 */
export function sevenBit(bytes) {
	let out = "";
	let bits = 0;
	let count = 0;
	const put = (value) => {
		out += String.fromCharCode(value === 0 || value === 10 || value === 13 || value === 34 || value === 92 ? value + 128 : value);
	};
	for (const byte of bytes) {
		bits = (bits << 8) | byte;
		count += 8;
		while (count >= 7) {
			count -= 7;
			put((bits >> count) & 127);
		}
		bits &= (1 << count) - 1;
	}
	if (count > 0) put((bits << (7 - count)) & 127);
	return out;
}

/**
 * Reads the table back when main.js is evaluated: the 7-bit string to bytes, then a small
 * inflater (RFC 1951, canonical Huffman codes decoded a bit at a time: about as fast as fflate
 * on this table when cold, at a tenth of its size; distance codes 30 and 31 reach back 64 KB, as
 * scripts/build/deflate.mjs writes them), then UTF-8 and JSON. `DATA` and `SIZE` are filled in
 * after esbuild has minified it, so that esbuild never escapes the data's characters.
 */
const INFLATE = `
const text = DATA;
const data = new Uint8Array((text.length * 7) >> 3);
for (let i = 0, bits = 0, have = 0, at = 0; i < text.length; i++) {
	bits = (bits << 7) | (text.charCodeAt(i) & 127);
	have += 7;
	if (have >= 8) {
		have -= 8;
		data[at++] = (bits >> have) & 255;
	}
}
const out = new Uint8Array(SIZE);
let pos = 0, acc = 0, count = 0, o = 0;
const read = (n) => {
	for (; count < n; count += 8) acc |= data[pos++] << count;
	const v = acc & ((1 << n) - 1);
	acc >>>= n;
	count -= n;
	return v;
};
// A code as counts of each length and symbols in code order.
const tree = (lengths) => {
	const counts = new Uint16Array(16), offsets = new Uint16Array(16), symbols = new Uint16Array(lengths.length);
	for (const l of lengths) counts[l]++;
	counts[0] = 0;
	for (let i = 1; i < 16; i++) offsets[i] = offsets[i - 1] + counts[i - 1];
	lengths.forEach((l, s) => l && (symbols[offsets[l]++] = s));
	return [counts, symbols];
};
const decode = ([counts, symbols]) => {
	let sum = 0, code = 0, len = 0;
	do {
		code = 2 * code + read(1);
		sum += counts[++len];
		code -= counts[len];
	} while (code >= 0);
	return symbols[sum + code];
};
const base = (n, extra) => {
	const b = [], e = [];
	for (let i = 0, v = n ? 3 : 1; i < (n ? 29 : 32); i++) {
		e[i] = n ? (i < 8 ? 0 : (i - 4) >> 2) : i < 4 ? 0 : (i - 2) >> 1;
		b[i] = v;
		v += 1 << e[i];
	}
	if (n) (b[28] = 258), (e[28] = 0);
	return [b, e];
};
const [lengthBase, lengthExtra] = base(1), [distBase, distExtra] = base(0);
let last;
do {
	last = read(1);
	const type = read(2);
	/*stored*/if (type === 0) {
		read(count & 7);
		const n = read(16);
		read(16);
		pos -= count >> 3;
		acc = count = 0;
		out.set(data.subarray(pos, pos + n), o);
		o += n;
		pos += n;
		continue;
	}/*stored end*/
	let lengths;
	let literals = 288;
	/*fixed*/if (type === 1) {
		lengths = [];
		for (let i = 0; i < 320; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : i < 288 ? 8 : 5;
	} else/*fixed end*/ {
		literals = read(5) + 257;
		const all = literals + read(5) + 1, codes = read(4) + 4, codeLengths = new Uint8Array(19);
		for (let i = 0; i < codes; i++) codeLengths[[16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15][i]] = read(3);
		const lengthCode = tree(codeLengths);
		lengths = [];
		while (lengths.length < all) {
			const s = decode(lengthCode);
			if (s < 16) lengths.push(s);
			else {
				const [times, value] = s === 16 ? [3 + read(2), lengths[lengths.length - 1]] : s === 17 ? [3 + read(3), 0] : [11 + read(7), 0];
				for (let i = 0; i < times; i++) lengths.push(value);
			}
		}
	}
	const literalCode = tree(lengths.slice(0, literals)), distCode = tree(lengths.slice(literals));
	for (let s; (s = decode(literalCode)) !== 256; ) {
		if (s < 256) out[o++] = s;
		else {
			s -= 257;
			const n = lengthBase[s] + read(lengthExtra[s]), d = decode(distCode), back = distBase[d] + read(distExtra[d]);
			for (let i = 0; i < n; i++, o++) out[o] = out[o - back];
		}
	}
} while (!last);
TABLE = JSON.parse(new TextDecoder().decode(out));
`;

/** The inflater without stored and fixed-code blocks, which scripts/build/deflate.mjs never writes (the build's check would catch one). */
function dynamicOnly(source) {
	const out = source.replace(/\/\*stored\*\/[\s\S]*?\/\*stored end\*\//, "").replace(/\/\*fixed\*\/[\s\S]*?\/\*fixed end\*\//, "");
	if (out.length === source.length || /\/\*(stored|fixed)/.test(out)) throw new Error("compressText: the inflater's block markers are not there");
	return out;
}

/** A free name for the deflated string until the last minification is done (esbuild would escape its characters). */
const DATA_HOLE = "CODEV_TEXT_DATA";

/** Puts the deflated string where the prelude left its place. */
function fillData(code, data) {
	if (code.split(DATA_HOLE).length !== 2) throw new Error("compressText: the inflater's data placeholder is not there once");
	return code.replace(DATA_HOLE, () => `"${data}"`);
}

/** The loader with its data left as DATA_HOLE, and that data (7 bits a character). */
async function openPrelude(name, table, level) {
	const json = new TextEncoder().encode(JSON.stringify(table));
	const deflated = level === "best" ? deflateBest(json) : deflateSync(json, { level });
	const { code } = await esbuild.transform(`(()=>{${level === "best" ? dynamicOnly(INFLATE) : INFLATE}})();`, { minify: true, target: "es2020", format: "esm" });
	for (const hole of ["TABLE=", "DATA", "SIZE"]) if (code.split(hole).length !== 2) throw new Error(`compressText: the inflater's ${hole} placeholder is not there once`);
	const open = code.trim().replace("TABLE=", () => `${name}=`).replace("DATA", DATA_HOLE).replace("SIZE", () => String(json.length));
	const loader = `var ${name};${open}\n`;
	// The inflater is ours: check it gives back the very table before main.js is written.
	const context = vm.createContext({ TextDecoder });
	const data = sevenBit(deflated);
	vm.runInContext(fillData(loader, data), context);
	if (JSON.stringify(vm.runInContext(name, context)) !== JSON.stringify(table)) throw new Error("compressText: the inflater does not give the table back");
	return { loader, data };
}

/** `var name;` and the code that fills it with the table; `level` (fflate's, 0 to 9) is for tests. */
export async function prelude(name, table, level = "best") {
	const { loader, data } = await openPrelude(name, table, level);
	return fillData(loader, data);
}

/**
 * esbuild has named the bundle's top-level variables before the table existed, and names the
 * top level apart from the functions' locals: the table, read a thousand times, would keep a
 * two-character name. Minified again inside one function, every variable, the table's included,
 * is named by how often it is read. The "use strict" prologue stays first and covers the function.
 */
async function minifyAgain(code) {
	const ast = parse(code, { ecmaVersion: "latest", sourceType: "script" });
	const first = ast.body.find((statement) => statement.directive === undefined);
	if (!first) return code;
	const { code: body } = await esbuild.transform(`(()=>{${code.slice(first.start)}})();`, { minify: true, target: "es2020", charset: "utf8" });
	return code.slice(0, first.start) + body;
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
	const { loader, data } = await openPrelude(name, table, "best");
	// Each entry in a variable of its own: the last minification names the variables by use, and
	// `ab` is shorter than `w[123]`. The same values, read once, before any other code runs.
	const entries = `var[${table.map((_, i) => `${name}$${i}`).join(",")}]=${name};`;
	edits.splice(after === -1 ? edits.length : after, 0, { start: insertAt, end: insertAt, text: loader + entries });
	let out = "";
	let at = 0;
	for (const edit of edits) {
		out += code.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	// Before the last minification, which merges the declarations these add and names their variables: arrow functions and `this` aliases (arrows.mjs), an arrow's first locals as parameters (locals.mjs), literals and globals through variables (aliases.mjs).
	return fillData(await minifyAgain(aliasValues(localsAsParameters(shortenFunctions(out + code.slice(at))))), data);
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
