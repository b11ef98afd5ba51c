// Runs a TypeScript script from scripts/ in Node: bundles it with the same gray-matter
// safeguards as the plugin (no eval engine), then imports it. Extra args are passed through.
import esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { sharedOptions } from "../esbuild.config.mjs";

const entry = process.argv[2];
if (!entry) {
	console.error("usage: node scripts/run-ts.mjs <script.ts> [args]");
	process.exit(2);
}
const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = path.join(root, "node_modules", ".cache", "codev-scripts");
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, path.basename(entry).replace(/\.ts$/, ".cjs"));
await esbuild.build({
	...sharedOptions,
	entryPoints: [path.resolve(root, entry)],
	platform: "node",
	external: [...sharedOptions.external.filter((e) => e !== "obsidian")],
	inject: [],
	alias: {},
	outfile,
	logLevel: "warning",
});
process.argv.splice(1, 2, outfile);
await import(pathToFileURL(outfile).href);
