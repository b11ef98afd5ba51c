/**
 * npm run demo [-- --vault <dir>]: writes the demo vault (default demo-vault/ at the repository
 * root) with the built plugin installed and enabled. Never clobbers: a note that exists with other
 * content (changed by you) is left as is and reported; plugin files are refreshed from the build.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDemoVault } from "./demoVault";

const PLUGIN_ID = "codev-facilitator";

function argValue(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Property types for Obsidian's Properties view (numbers, dates, lists of links). */
const PROPERTY_TYPES: Record<string, string> = {
	date: "date",
	duration: "number",
	attendees: "multitext",
	members: "multitext",
	groups: "multitext",
	tags: "tags",
	publish: "checkbox",
	opening: "checkbox",
	codev_schema: "number",
	start: "date",
	due: "date",
	next_session: "date",
	retour_date: "date",
	calendar: "multitext",
	present: "multitext",
	absent: "multitext",
	excused: "multitext",
	help: "multitext",
	rating_fond: "number",
	rating_forme: "number",
	sessions_planned: "number",
	validated: "checkbox",
};

type Outcome = "created" | "unchanged" | "left";

function writeIfAbsent(file: string, text: string): Outcome {
	if (existsSync(file)) return readFileSync(file, "utf8") === text ? "unchanged" : "left";
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text, { flag: "wx" });
	return "created";
}

function mergeJson(file: string, merge: (current: unknown) => unknown): void {
	let current: unknown = undefined;
	if (existsSync(file)) {
		try {
			current = JSON.parse(readFileSync(file, "utf8"));
		} catch {
			throw new Error(`${file}: not valid JSON; fix or remove it, nothing was written there`);
		}
	}
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(merge(current), null, 2)}\n`);
}

async function main(): Promise<void> {
	const root = path.resolve(path.dirname(process.argv[1] ?? "."), "..", "..", "..");
	const vault = path.resolve(argValue("--vault") ?? path.join(root, "demo-vault"));
	const { store, log } = await buildDemoVault();

	const outcomes: Record<Outcome, string[]> = { created: [], unchanged: [], left: [] };
	for (const [notePath, text] of [...store.files.entries()].sort()) outcomes[writeIfAbsent(path.join(vault, notePath), text)].push(notePath);

	const obsidianDir = path.join(vault, ".obsidian");
	const pluginDir = path.join(obsidianDir, "plugins", PLUGIN_ID);
	mkdirSync(pluginDir, { recursive: true });
	for (const file of ["main.js", "manifest.json", "styles.css"]) {
		const source = path.join(root, file);
		if (!existsSync(source)) throw new Error(`${source} is missing: run npm run build first`);
		copyFileSync(source, path.join(pluginDir, file));
	}
	mergeJson(path.join(obsidianDir, "community-plugins.json"), (current) => {
		const list = Array.isArray(current) ? current.filter((x): x is string => typeof x === "string") : [];
		return list.includes(PLUGIN_ID) ? list : [...list, PLUGIN_ID];
	});
	mergeJson(path.join(obsidianDir, "types.json"), (current) => {
		const types = typeof current === "object" && current !== null && "types" in current ? (current as { types: Record<string, string> }).types : {};
		return { types: { ...PROPERTY_TYPES, ...types } };
	});

	for (const line of log) console.log(`  ${line}`);
	console.log(`\nDemo vault: ${vault}`);
	console.log(`  created ${outcomes.created.length} notes, ${outcomes.unchanged.length} already there unchanged`);
	if (outcomes.left.length > 0) console.log(`  left as you changed them (${outcomes.left.length}):\n${outcomes.left.map((p) => `    ${p}`).join("\n")}`);
	console.log(`  plugin installed and enabled in ${path.relative(vault, pluginDir)}`);
	console.log(`\nOpen it in Obsidian: "Open folder as vault" → ${vault}`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
