import esbuild from "esbuild";
import process from "node:process";
import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { compressTextPlugin } from "./scripts/build/compressText.mjs";

const prod = process.argv[2] === "production";
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// js-yaml@3 (pulled in by gray-matter) hides two runtime requires inside try/catch:
// type/binary.js `_require('buffer')` and type/js/function.js `_require('esprima')`.
// Both run at module init; neutralise them so the bundle only ever asks for 'obsidian'.
const noNodeBufferInJsYaml = {
	name: "no-node-buffer-in-js-yaml",
	setup(build) {
		build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/](binary|js[\\/]function)\.js$/ }, async (args) => {
			const src = await readFile(args.path, "utf8");
			return {
				contents: src.replace(/_require\('buffer'\)\.Buffer/, "undefined").replace(/_require\('esprima'\)/, "undefined"),
				loader: "js",
			};
		});
	},
};

// gray-matter's default engines evaluate `---js` front matter with eval(). A vault holds notes
// written by others, so the engine is replaced at bundle time by one that refuses.
const noEvalInGrayMatter = {
	name: "no-eval-in-gray-matter",
	setup(build) {
		build.onLoad({ filter: /gray-matter[\\/]lib[\\/]engines\.js$/ }, () => ({
			contents: `'use strict';
const yaml = require('js-yaml');
const refuse = { parse() { throw new Error('Only YAML front matter is supported'); }, stringify() { throw new Error('Only YAML front matter is supported'); } };
module.exports = {
  yaml: { parse: yaml.safeLoad.bind(yaml), stringify: yaml.safeDump.bind(yaml) },
  json: { parse: JSON.parse.bind(JSON), stringify: (o) => JSON.stringify(o, null, 2) },
  javascript: refuse,
};`,
			loader: "js",
		}));
	},
};


// Message ids are long ("cycle.modal.group.members.desc") and each is spelled three times in the
// bundle (both catalogs and the call). In production every id written as a whole string literal
// becomes a short one ("a", "bX": the most written the shortest); ids built at run time (`linked.kind.${kind}`, "error." + code) keep
// their names, found by scanning the sources for such prefixes. Sources and tests keep the real ids.
const idLiteral = /(["'])([a-z][\w-]*(?:\.[\w-]+)+)\1/g;
async function sourceFiles(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
		else if (entry.name.endsWith(".ts")) out.push(path);
	}
	return out;
}
async function shortIds() {
	const files = await sourceFiles(here("./src"));
	const texts = await Promise.all(files.map((f) => readFile(f, "utf8")));
	const keys = new Set();
	texts.forEach((text, i) => {
		if (!files[i].includes("/i18n/")) return;
		for (const match of text.matchAll(/^\s*"([^"]+)":/gm)) keys.add(match[1]);
	});
	const prefixes = new Set();
	for (const text of texts) {
		for (const match of text.matchAll(/\(\s*`([a-z][\w.-]*\.)\$\{/g)) prefixes.add(match[1]);
		for (const match of text.matchAll(/"([a-z][\w.-]*\.)" ?\+/g)) prefixes.add(match[1]);
	}
	const uses = new Map();
	for (const text of texts) for (const match of text.matchAll(idLiteral)) if (keys.has(match[2])) uses.set(match[2], (uses.get(match[2]) ?? 0) + 1);
	const ids = new Map();
	for (const key of [...keys].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1))) {
		if ([...prefixes].some((prefix) => key.startsWith(prefix))) continue;
		ids.set(key, shortId(ids.size));
	}
	return ids;
}
/**
 * The n-th short id: one character, then two (54 + 54 × 64 of them). A letter first, so that no id
 * reads as an array index (an object lists those first); no dot, so that none is a real id.
 */
const ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
const ID_NEXT = `${ID_FIRST}0123456789`;
function shortId(n) {
	if (n < ID_FIRST.length) return ID_FIRST[n];
	const rest = n - ID_FIRST.length;
	if (rest >= ID_FIRST.length * ID_NEXT.length) throw new Error("short-message-ids: more ids than two characters can name");
	return ID_FIRST[Math.floor(rest / ID_NEXT.length)] + ID_NEXT[rest % ID_NEXT.length];
}
const shortMessageIds = {
	name: "short-message-ids",
	setup(build) {
		let ids = null;
		build.onStart(async () => {
			ids = await shortIds();
		});
		build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
			const text = await readFile(args.path, "utf8");
			return { contents: text.replace(idLiteral, (whole, quote, key) => (ids.has(key) ? `${quote}${ids.get(key)}${quote}` : whole)), loader: "ts" };
		});
	},
};

// Each file importing from "obsidian" gets its own `var X=require("obsidian")` in a CommonJS
// bundle, and every use reads `X.Setting`. One module in the bundle that takes the names once,
// `export const Setting = obsidian.Setting, …`, turns every use into a plain (minified) variable.
const obsidianNames = /import\s*\{([^}]*)\}\s*from\s*"obsidian"/g;
const obsidianOnce = {
	name: "obsidian-once",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, (args) => (args.namespace === "obsidian-once" ? { path: "obsidian", external: true } : { path: "obsidian", namespace: "obsidian-once" }));
		build.onLoad({ filter: /.*/, namespace: "obsidian-once" }, async () => {
			const names = new Set();
			for (const text of await Promise.all((await sourceFiles(here("./src"))).map((f) => readFile(f, "utf8")))) {
				for (const match of text.matchAll(obsidianNames)) {
					if (/^\s*import\s+type\b/.test(match[0])) continue;
					for (const part of match[1].split(",")) {
						const name = part.trim().split(/\s+as\s+/)[0].trim();
						if (name && !name.startsWith("type ")) names.add(name);
					}
				}
			}
			const list = [...names].sort();
			return { contents: `const obsidian = require("obsidian");\nexport const ${list.map((n) => `${n} = obsidian.${n}`).join(", ")};`, loader: "js" };
		});
	},
};

export const sharedOptions = {
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	// gray-matter requires 'fs' at top level but only uses it in matter.read().
	alias: { fs: here("./scripts/shims/empty.cjs") },
	// gray-matter's utils.toBuffer() uses the global Buffer on every parse.
	inject: [here("./scripts/shims/buffer-shim.js")],
	plugins: [noNodeBufferInJsYaml, noEvalInGrayMatter],
	platform: "browser",
	format: "cjs",
	target: "es2020",
	treeShaking: true,
};

/**
 * Property names proven ours alone (scripts/build/propertyNames.mjs: declared in src/ only, never
 * read by name from data, never handed where names are data): minified like variables in main.js.
 */
const ownProperties = new RegExp(`^(?:${JSON.parse(readFileSync(here("./scripts/build/propertyNames.json"), "utf8")).join("|")})$`);

/** main.js's options; the release check and a test build with them and compare the bytes. */
export function bundleOptions(prod) {
	return {
		...sharedOptions,
		banner: { js: "/* Codev facilitator — bundled by esbuild */" },
		absWorkingDir: here("./"),
		entryPoints: ["src/main.ts"],
		sourcemap: prod ? false : "inline",
		minify: prod,
		// "é" is two bytes of UTF-8 where esbuild's default ASCII output writes "\xE9" (four).
		charset: "utf8",
		...(prod ? { mangleProps: ownProperties } : {}),
		plugins: [...sharedOptions.plugins, obsidianOnce, ...(prod ? [shortMessageIds, compressTextPlugin] : [])],
	};
}

/** styles.css is generated from src/styles/*.css (one file per feature), in name order. */
async function buildStyles() {
	const dir = here("./src/styles/");
	const files = (await readdir(dir)).filter((f) => f.endsWith(".css")).sort();
	const parts = await Promise.all(files.map(async (f) => `/* ${f} */\n${(await readFile(dir + f, "utf8")).trim()}\n`));
	await writeFile(here("./styles.css"), `/* Generated from src/styles by esbuild.config.mjs: edit those files. */\n${parts.join("\n")}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await buildStyles();
	const context = await esbuild.context({ ...bundleOptions(prod), logLevel: "info", metafile: true, outfile: "main.js" });
	if (prod) {
		const result = await context.rebuild();
		if (process.env.META) console.log(await esbuild.analyzeMetafile(result.metafile));
		await context.dispose();
	} else {
		await context.watch();
	}
}
