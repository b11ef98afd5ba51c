import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseNote } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { memberStats } from "../../src/services/cycle";
import { basenameOf } from "../../src/services/noteStore";
import { buildDemoVault, DEMO_SESSIONS, type DemoVault } from "../../scripts/demoVault";
import { tasksProblems } from "../linked/helpers";

/** Every [[link]] target in a text (aliases, headings and block refs stripped). */
function wikilinks(text: string): string[] {
	// Inside a table, Obsidian writes the alias pipe escaped: [[target\|alias]].
	return [...text.matchAll(/\[\[([^\]|#^]+)(?:[#^|][^\]]*)?\]\]/g)].map((m) => (m[1] ?? "").replace(/\\$/, "").trim());
}

/** Obsidian's resolution: a path (with or without .md), else a basename anywhere in the vault. */
function resolves(target: string, paths: string[]): boolean {
	const lower = target.toLowerCase();
	return paths.some((p) => {
		const candidate = p.toLowerCase();
		return candidate === lower || candidate === `${lower}.md` || candidate.endsWith(`/${lower}.md`) || basenameOf(candidate) === lower;
	});
}

describe("demo vault", () => {
	let demo: DemoVault;
	beforeAll(async () => {
		demo = await buildDemoVault();
	}, 120_000);

	it("has front matter that a strict YAML parser reads, with publish: false, in every note", () => {
		for (const [notePath, text] of demo.store.files) {
			if (!notePath.endsWith(".md")) continue;
			const parsed = parseNote(text, parseYamlStrict);
			expect(parsed.ok, notePath).toBe(true);
			if (parsed.ok) expect(parsed.value.data.publish, notePath).toBe(false);
		}
	});

	it("has only links that resolve by Obsidian's rules", () => {
		const paths = [...demo.store.files.keys()];
		for (const [notePath, text] of demo.store.files) {
			for (const target of wikilinks(text)) expect(resolves(target, paths), `${notePath} → [[${target}]]`).toBe(true);
		}
	});

	it("links each client's person note from sessions in at least two different months", () => {
		const sessions = demo.store.notesOfType("codev-session");
		expect(sessions.length).toBeGreaterThanOrEqual(6);
		for (const { client } of DEMO_SESSIONS) {
			const months = new Set(
				sessions.filter((p) => wikilinks(demo.store.files.get(p) ?? "").includes(client)).map((p) => String(demo.store.frontmatter(p)?.date instanceof Date ? (demo.store.frontmatter(p)?.date as Date).toISOString().slice(0, 7) : "")),
			);
			expect(months.size, client).toBeGreaterThanOrEqual(2);
		}
	});

	it("holds a group on another method and a session with two clients, each with its contract and plan", () => {
		const sessions = demo.store.notesOfType("codev-session").map((p) => demo.store.frontmatter(p) ?? {});
		expect(sessions.some((fm) => fm.method === "express")).toBe(true);
		const two = sessions.find((fm) => fm.consultations === 2);
		expect(two).toBeDefined();
		for (const key of ["client", "client_b", "contract", "contract_b", "action_plan", "action_plan_b"]) expect(typeof two?.[key], key).toBe("string");
		const plans = demo.store.notesOfType("codev-action-plan").map((p) => demo.store.frontmatter(p) ?? {});
		expect(plans.filter((fm) => fm.consultation === "b")).toHaveLength(1);
	});

	it("carries actions over month to month: partly then carried into a later plan, not tried then let go, partly then done", () => {
		const plans = demo.store.notesOfType("codev-action-plan");
		const lines = plans.flatMap((path) => (demo.store.files.get(path) ?? "").split("\n"));
		const entriesOf = (text: string): string[] => {
			const at = lines.findIndex((line) => /^- \[.\] /.test(line) && line.includes(text));
			const out: string[] = [];
			for (let i = at + 1; /^\t- \d{4}/.test(lines[i] ?? ""); i++) out.push((lines[i] ?? "").replace(/ — .*$/, "").trim());
			return [lines[at]?.slice(0, 5) ?? "", ...out];
		};
		expect(entriesOf("Annoncer à chaque réunion d'équipe")).toEqual(["- [ ]", "- 2026-02-10 · En partie", "- 2026-03-10 · En partie", "- 2026-07-07 · Pas essayé"]);
		expect(entriesOf("Appeler le président du comité")).toEqual(["- [-]", "- 2026-03-10 · Pas essayé", "- 2026-04-14 · Abandonné"]);
		expect(entriesOf("Un rendez-vous individuel avec chaque membre")).toEqual(["- [x]", "- 2026-04-14 · En partie", "- 2026-05-12 · Fait"]);
		// Carried into Hélène's July plan with a link back to its line, never copied.
		const july = plans.find((path) => path.includes("Plan d'action B")) ?? "";
		expect(demo.store.files.get(july)).toMatch(/## Actions reportées\n- Reporté depuis le 13 janv\. 2026\u00a0: \[\[[^\]]*#\^c[\w-]+\|Annoncer à chaque réunion d'équipe/);
		expect(lines.filter((line) => /^- \[.\] .*Annoncer à chaque réunion d'équipe/.test(line))).toHaveLength(1);
		for (const path of plans) {
			const fm = demo.store.frontmatter(path) ?? {};
			if (fm.status === "done") expect(typeof fm.retour, path).toBe("string");
			for (const line of (demo.store.files.get(path) ?? "").split("\n").filter((l) => /^- \[.\] /.test(l))) expect(tasksProblems(line), line).toEqual([]);
		}
		// Hélène, client twice: her progress tells both months, what is still open and what changed.
		const helene = demo.store.files.get("Codev/Personnes/Hélène Côté.md") ?? "";
		expect(helene).toContain("#### [[2026-01-13 Cap Managers 2026 – Hélène Côté|13 janv. 2026 — Un collègue conteste mes décisions en réunion d'équipe]]");
		expect(helene).toContain("#### [[2026-07-07 Cap Managers 2026 – Camille Roux et Hélène Côté|7 juil. 2026 — Gagner en visibilité auprès de la direction]]");
		expect(helene).toContain("- Fait le 10 févr. 2026 · Proposer un entretien individuel à Paul avant la réunion de février");
		expect(helene).toContain("**Ce qui a changé** (10 févr. 2026)");
		expect(helene).toMatch(/### Encore ouvert\n- \[\[[^\]]*Hélène Côté – Plan d'action#\^c[\w-]+\|Annoncer à chaque réunion d'équipe/);
	});

	it("dashboards name only properties the notes carry, and no person note holds a statistic", () => {
		const bases = [...demo.store.files.entries()].filter(([p]) => p.endsWith(".base"));
		expect(bases).toHaveLength(3);
		const typesIn = (filters: unknown): string[] => [...JSON.stringify(filters ?? {}).matchAll(/type == \\"(codev-[a-z-]+)\\"/g)].map((m) => m[1] ?? "");
		for (const [basePath, text] of bases) {
			const base = parseYamlStrict(text) as { filters: unknown; properties: Record<string, unknown>; views: Array<Record<string, unknown>> };
			for (const view of base.views) {
				const types = typesIn(view.filters).length > 0 ? typesIn(view.filters) : typesIn(base.filters);
				const notes = types.flatMap((type) => demo.store.notesOfType(type)).map((p) => demo.store.frontmatter(p) ?? {});
				expect(notes.length, `${basePath} ${String(view.name)}`).toBeGreaterThan(0);
				const named = JSON.stringify([view.order, view.sort, view.groupBy, view.summaries]).match(/note\.[a-z_]+/g) ?? [];
				const filtered = JSON.stringify(view.filters ?? []).match(/\b[a-z_]+(?= [<>=!]=?)/g) ?? [];
				for (const key of [...named.map((n) => n.slice(5)), ...filtered.filter((k) => k !== "type")]) {
					expect(notes.some((fm) => key in fm), `${basePath} › ${String(view.name)} › ${key}`).toBe(true);
				}
			}
			for (const key of Object.keys(base.properties)) {
				const all = typesIn(base.filters).flatMap((type) => demo.store.notesOfType(type)).map((p) => demo.store.frontmatter(p) ?? {});
				expect(all.some((fm) => key.slice(5) in fm), `${basePath} › properties › ${key}`).toBe(true);
			}
		}
		const people = demo.store.notesOfType("codev-person");
		for (const person of people) {
			expect(demo.store.frontmatter(person), person).not.toHaveProperty("times_client");
			expect(demo.store.frontmatter(person), person).not.toHaveProperty("attendance_rate");
		}
		// What the members view shows, computed from the sessions.
		const stats = memberStats(demo.store, people, "2026-12-31");
		for (const { client } of DEMO_SESSIONS) expect(stats.find((row) => row.name === client)?.timesClient, client).toBeGreaterThanOrEqual(1);
		expect(stats.filter((row) => row.attendancePercent !== null).length).toBeGreaterThanOrEqual(DEMO_SESSIONS.length);
	});

	it("is deterministic", { timeout: 60_000 }, async () => {
		const again = await buildDemoVault();
		expect([...again.store.files.entries()]).toEqual([...demo.store.files.entries()]);
	});
});

describe("npm run demo (the script)", () => {
	const root = path.resolve(__dirname, "..", "..");
	const run = (vault: string): string => execFileSync("node", ["scripts/run-ts.mjs", "scripts/demo.ts", "--vault", vault], { cwd: root, encoding: "utf8" });

	it.skipIf(!existsSync(path.join(root, "main.js")))("installs the plugin, and a second run neither duplicates nor clobbers a note the user changed", { timeout: 120_000 }, () => {
		const vault = mkdtempSync(path.join(tmpdir(), "codev-demo-"));
		const first = run(vault);
		expect(first).toMatch(/created \d+ notes/);
		expect(JSON.parse(readFileSync(path.join(vault, ".obsidian/community-plugins.json"), "utf8"))).toContain("codev-facilitator");
		for (const file of ["main.js", "manifest.json", "styles.css"]) expect(existsSync(path.join(vault, ".obsidian/plugins/codev-facilitator", file))).toBe(true);
		const changed = path.join(vault, "Codev/Personnes/Marc Dubois.md");
		writeFileSync(changed, `${readFileSync(changed, "utf8")}\nMes notes.\n`);
		const second = run(vault);
		expect(second).toContain("created 0 notes");
		expect(second).toContain("Codev/Personnes/Marc Dubois.md");
		expect(readFileSync(changed, "utf8")).toContain("Mes notes.");
	});
});
