/**
 * No loss: every command that writes is run against a vault where a note already sits at the
 * path it would create — same name, other case, NFD instead of NFC, accents stripped — and
 * against notes the facilitator has written in. The existing note must come out byte for byte,
 * a free name must be chosen, and the user's text in edited notes must survive outside the
 * properties and marked sections the plugin owns.
 */
import { describe, expect, it } from "vitest";
import type { App as AppOriginal } from "obsidian";
import { TFile } from "obsidian";
import { App } from "obsidian-test-mocks/obsidian";
import CodevFacilitatorPlugin from "../../src/main";
import { insertSessionTemplate } from "../../src/obsidian/sessionCommands";
import type { MemoryStore } from "../../src/services/memoryStore";
import { addTopicToBacklog, createDashboards, createGroup, exportCalendar, generateBilan, recordEvaluation } from "../../src/services/cycle";
import { applyRetour, createActionPlan, createContract, findRetour, logContribution, writeClientProgress } from "../../src/services/linked";
import { defaultSettings } from "../../src/settings/model";
import { expectPreserved, expectUntouchedExcept, expectValidUniquePaths, foldKey, snapshotFiles } from "./helpers";
import { startOk } from "../tools/sessions";
import { newStore } from "../tools/stores";

const CONTRACT = { request: "M'aider à dire non", goal: "Un refus clair", help: ["ideas" as const], reformulation: "Tu veux refuser sans rompre", validated: true };
const NOW = new Date(Date.UTC(2026, 5, 1, 8));
const CYCLE_GROUP = { name: "Cap Managers", members: ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Julien Lefèvre", "Nadia Petit"], facilitator: "Claire", cadence: { kind: "monthly", nth: 2, weekday: "tue" } as const, start: "2026-01-01" };

/** Other spellings of a path that a case- or normalisation-insensitive file system treats as the same file. */
function collidingVariants(path: string): Array<[string, string]> {
	const variants: Array<[string, string]> = [
		["same name", path],
		["upper case", path.toUpperCase()],
		["lower case", path.toLowerCase()],
		["NFD", path.normalize("NFD")],
		["NFD and upper case", path.normalize("NFD").toUpperCase()],
	];
	return variants.filter(([, v], i) => variants.findIndex(([, w]) => w === v) === i);
}

/** An accent-stripped twin: another file on every file system; it must simply be left alone. */
function accentless(path: string): string {
	return path.normalize("NFD").replace(/\p{M}/gu, "");
}

interface Writer {
	name: string;
	/** Builds what the command needs (not counted as the command's writes). */
	setup(store: MemoryStore): Promise<Record<string, string>>;
	/** Runs the command; returns the paths it created. */
	run(store: MemoryStore, ctx: Record<string, string>): Promise<string[]>;
	/** Skips (and reports) a taken path instead of choosing a free name: the dashboards' contract. */
	skipsTaken?: boolean;
}

async function cycleGroup(store: MemoryStore): Promise<string> {
	const group = await createGroup(store, CYCLE_GROUP, defaultSettings("fr"), "fr");
	if (!group.ok) throw new Error(group.error.code);
	return group.value.groupPath;
}

const WRITERS: Writer[] = [
	{
		name: "startSession",
		setup: () => Promise.resolve({}),
		run: async (store) => (await startOk(store)).created,
	},
	{
		name: "createContract",
		setup: async (store) => ({ session: (await startOk(store)).sessionPath }),
		run: async (store, ctx) => {
			const result = await createContract(store, ctx.session ?? "", CONTRACT, "fr");
			if (!result.ok) throw new Error(result.error.code);
			return result.value.created ? [result.value.path] : [];
		},
	},
	{
		name: "createActionPlan",
		setup: async (store) => ({ session: (await startOk(store)).sessionPath }),
		run: async (store, ctx) => {
			const result = await createActionPlan(store, ctx.session ?? "", { actions: [{ text: "Essayer un refus" }] }, "fr");
			if (!result.ok) throw new Error(result.error.code);
			return result.value.created ? [result.value.path] : [];
		},
	},
	{
		name: "createGroup",
		setup: () => Promise.resolve({}),
		run: async (store) => {
			const result = await createGroup(store, CYCLE_GROUP, defaultSettings("fr"), "fr");
			if (!result.ok) throw new Error(result.error.code);
			return result.value.created;
		},
	},
	{
		name: "generateBilan",
		setup: async (store) => {
			const group = await cycleGroup(store);
			await startOk(store, { group: { name: "Cap Managers", path: group }, date: "2026-01-13" });
			return { group };
		},
		run: async (store, ctx) => {
			const result = await generateBilan(store, ctx.group ?? "", "fr", "2026-06-01");
			if (!result.ok) throw new Error(result.error.code);
			return result.value.created ? [result.value.path] : [];
		},
	},
	{
		name: "createDashboards",
		setup: () => Promise.resolve({}),
		run: async (store) => (await createDashboards(store, "Codev/Tableaux de bord", "fr")).created,
		skipsTaken: true,
	},
	{
		name: "exportCalendar",
		setup: async (store) => ({ group: await cycleGroup(store) }),
		run: async (store, ctx) => {
			const result = await exportCalendar(store, ctx.group ?? "", "fr", NOW);
			if (!result.ok) throw new Error(result.error.code);
			return result.value.created ? [result.value.path] : [];
		},
	},
];

function expectUniqueKeys(store: MemoryStore): void {
	const keys = [...store.files.keys()].map(foldKey);
	expect(new Set(keys).size).toBe(keys.length);
}

async function createdInCleanVault(writer: Writer): Promise<string[]> {
	const store = newStore();
	const ctx = await writer.setup(store);
	return writer.run(store, ctx);
}

describe("no loss: an existing note at a target path is never overwritten", () => {
	for (const writer of WRITERS) {
		it(`${writer.name}: every colliding spelling of every created path is kept, a free name is used`, async () => {
			const targets = await createdInCleanVault(writer);
			expect(targets.length).toBeGreaterThan(0);
			for (const target of targets) {
				for (const [label, variant] of [...collidingVariants(target), ["accents stripped", accentless(target)] as [string, string]]) {
					const store = newStore();
					const ctx = await writer.setup(store);
					const mine = `---\ntags: [perso]\n---\n# Mes notes (${label})\nNe pas toucher.\r\n`;
					store.files.set(variant, mine);
					const before = snapshotFiles(store);
					const created = await writer.run(store, ctx);
					expect(store.files.get(variant), `${writer.name} / ${label}: ${variant}`).toBe(mine);
					for (const path of created) {
						expect(before.has(path), `${path} existed`).toBe(false);
						expect(foldKey(path)).not.toBe(foldKey(variant));
					}
					// The same note is still made, under a free name when the spelling collides.
					const collides = foldKey(variant) === foldKey(target);
					expect(created).toHaveLength(writer.skipsTaken && collides ? targets.length - 1 : targets.length);
					expectValidUniquePaths(created);
					expectUniqueKeys(store);
				}
			}
		});
	}

	it("insert template (mocked app): a template with the same name in another case or NFD is kept", async () => {
		for (const existing of ["Codev/Modèles/Séance de codéveloppement.md", "codev/modèles/SÉANCE DE CODÉVELOPPEMENT.md", "Codev/Modèles/Séance de codéveloppement.md".normalize("NFD")]) {
			const app: AppOriginal = App.createConfigured__({ files: { [existing]: "mon modèle\n" } }).asOriginalType__();
			const plugin = new CodevFacilitatorPlugin(app, { id: "codev-facilitator", name: "Codev", version: "0", minAppVersion: "1.8.7", description: "", author: "" });
			await plugin.onload();
			plugin.settings.language = "fr";
			plugin.settings.templatesFolder = "Codev/Modèles";
			plugin.noteLanguage = () => "fr";
			const path = await insertSessionTemplate(plugin);
			expect(path).toBe("Codev/Modèles/Séance de codéveloppement 2.md");
			const kept = app.vault.getAbstractFileByPath(existing);
			if (!(kept instanceof TFile)) throw new Error(`${existing} is gone`);
			expect(await app.vault.read(kept)).toBe("mon modèle\n");
		}
	});
});

// ------------------------------------------------------------------ the user's text in edited notes

const USER_PROPS = { mine: "à garder", tags: ["perso", "confidentiel"], rating: 3 };

/** Adds the facilitator's own properties and lines: at the top, under every heading, at the end, with CRLF and marker look-alikes. */
async function writeIn(store: MemoryStore, path: string): Promise<void> {
	await store.updateProperties(path, (fm) => Object.assign(fm, structuredClone(USER_PROPS)));
	await store.process(path, (text) => {
		const lines = text.split("\n");
		const bodyStart = lines.indexOf("---", 1) + 1;
		const out = lines.slice(0, bodyStart);
		out.push("Ma première ligne, avant tout.");
		for (const line of lines.slice(bodyStart)) {
			out.push(line);
			if (/^#{1,6} /.test(line)) out.push(`> mon aparté sous « ${line.slice(0, 30)} »\r`);
		}
		return `${out.join("\n")}\n- une puce à moi\n%% un commentaire à moi %%\nDernière ligne sans retour final`;
	});
}

describe("no loss: the user's text in notes the commands edit", () => {
	it("startSession adds members and groups to existing notes through properties only", async () => {
		const store = newStore();
		const first = await startOk(store);
		const group = "Codev/Groupes/Groupe Horizon.md";
		const person = "Codev/Personnes/Marc Dubois.md";
		await writeIn(store, group);
		await writeIn(store, person);
		const before = snapshotFiles(store);
		const second = await startOk(store, { date: "2026-02-10", group: { name: "Groupe Horizon", path: group }, client: { name: "MARC DUBOIS" }, attendees: [{ name: "Nadia Petit" }] });
		expect(second.created).toEqual(["Codev/Personnes/Nadia Petit.md", second.sessionPath]);
		expectPreserved(before.get(group) ?? "", store.files.get(group) ?? "", { ownedProperties: ["members"] });
		expectPreserved(before.get(person) ?? "", store.files.get(person) ?? "", { ownedProperties: ["groups"] });
		expectUntouchedExcept(before, store, [group]);
		expect(first.sessionPath).not.toBe(second.sessionPath);
	});

	it("contract, contribution, plan, evaluation: the session note keeps every user line", async () => {
		const store = newStore();
		const { sessionPath } = await startOk(store);
		await writeIn(store, sessionPath);
		const before = store.files.get(sessionPath) ?? "";
		expect((await createContract(store, sessionPath, CONTRACT, "fr")).ok).toBe(true);
		expect((await logContribution(store, sessionPath, { who: "Marc Dubois", kind: "ideas", text: "Proposer un autre créneau" }, "fr")).ok).toBe(true);
		expect((await createActionPlan(store, sessionPath, { actions: [{ text: "Essayer" }] }, "fr")).ok).toBe(true);
		const entries = [{ personPath: "Codev/Personnes/Marc Dubois.md", status: "present" as const, fond: 4, forme: 5, takeaway: "Oser" }];
		expect((await recordEvaluation(store, sessionPath, entries, "fr")).ok).toBe(true);
		expect((await recordEvaluation(store, sessionPath, entries, "fr")).ok).toBe(true);
		const owned = ["contract", "action_plan", "present", "absent", "excused", "ratings", "rating_fond", "rating_forme", "learnings"];
		expectPreserved(before, store.files.get(sessionPath) ?? "", { ownedProperties: owned });
		expect(store.files.get(sessionPath)).toContain("Dernière ligne sans retour final");
	});

	it("applyRetour: the next session and the previous plan keep the user's lines (checkboxes are the plugin's)", async () => {
		const store = newStore();
		const s1 = (await startOk(store, { client: { name: "Marc Dubois" } })).sessionPath;
		const plan = await createActionPlan(store, s1, { actions: [{ text: "Essayer un refus" }, { text: "Noter les demandes" }] }, "fr");
		if (!plan.ok) throw new Error(plan.error.code);
		const s2 = (await startOk(store, { date: "2026-02-10", group: { name: "Groupe Horizon", path: "Codev/Groupes/Groupe Horizon.md" } })).sessionPath;
		await writeIn(store, s2);
		await writeIn(store, plan.value.path);
		const before = snapshotFiles(store);
		const found = await findRetour(store, s2);
		if (!found.ok) throw new Error(found.error.code);
		const [first, second] = found.value[0]?.items ?? [];
		if (!first || !second) throw new Error("no actions");
		const answers = [
			{ planPath: first.planPath, key: first.key, outcome: "done" as const, learning: "ça marche" },
			{ planPath: second.planPath, key: second.key, outcome: null, learning: "" },
		];
		for (let run = 0; run < 2; run++) {
			const result = await applyRetour(store, s2, { client: found.value[0]?.client ?? null, clientName: "Marc Dubois", answers, changed: "Plus serein." }, "fr");
			expect(result.ok).toBe(true);
		}
		expectPreserved(before.get(s2) ?? "", store.files.get(s2) ?? "", { ownedProperties: ["retour_plan"] });
		expectPreserved(before.get(plan.value.path) ?? "", store.files.get(plan.value.path) ?? "", {
			ownedProperties: ["status", "retour", "retour_date", "actions_done", "actions_partly", "actions_not_tried", "actions_let_go", "actions_pending"],
			// The checkboxes, their dated outcomes, and the overall retour in the plan's marked « Retour » block.
			ownedLine: (line) => /^\s*- \[.\] /.test(line) || /^\s+- \d{4}-\d{2}-\d{2} · /.test(line) || /^- \d{4}-\d{2}-\d{2} · /.test(line) || /^\*Écrit à la séance suivante/.test(line),
		});
	});

	it("writeClientProgress and addTopicToBacklog: person and group notes keep the user's text", async () => {
		const store = newStore();
		await startOk(store);
		const person = "Codev/Personnes/Hélène Côté.md";
		const group = "Codev/Groupes/Groupe Horizon.md";
		await writeIn(store, person);
		await writeIn(store, group);
		const before = snapshotFiles(store);
		expect((await writeClientProgress(store, person, "fr")).ok).toBe(true);
		expect((await writeClientProgress(store, person, "fr")).ok).toBe(true);
		expect((await addTopicToBacklog(store, group, "Un sujet <b>gras</b>", person)).ok).toBe(true);
		expectPreserved(before.get(person) ?? "", store.files.get(person) ?? "");
		expectPreserved(before.get(group) ?? "", store.files.get(group) ?? "", { ownedProperties: ["topics_backlog"] });
		expectUntouchedExcept(before, store, [person, group]);
	});

	it("generateBilan on an existing bilan rewrites only its marked sections", async () => {
		const store = newStore();
		const group = await cycleGroup(store);
		await startOk(store, { group: { name: "Cap Managers", path: group }, date: "2026-01-13" });
		const first = await generateBilan(store, group, "fr", "2026-06-01");
		if (!first.ok) throw new Error(first.error.code);
		await writeIn(store, first.value.path);
		const before = store.files.get(first.value.path) ?? "";
		await startOk(store, { group: { name: "Cap Managers", path: group }, date: "2026-02-10", client: { name: "Marc Dubois" } });
		const second = await generateBilan(store, group, "fr", "2026-06-01");
		expect(second.ok && second.value).toMatchObject({ path: first.value.path, created: false, missingSections: [] });
		expectPreserved(before, store.files.get(first.value.path) ?? "", { ownedProperties: ["generated"] });
	});

	it("createDashboards and exportCalendar never rewrite a file that is not their own", async () => {
		const store = newStore();
		const group = await cycleGroup(store);
		const dashboards = await createDashboards(store, "Codev", "fr");
		for (const path of dashboards.created) store.files.set(path, `# édité à la main\n${store.files.get(path) ?? ""}`);
		const before = snapshotFiles(store);
		const again = await createDashboards(store, "codev", "fr");
		expect(again.created).toEqual([]);
		expect(again.skipped).toHaveLength(dashboards.created.length);
		expectUntouchedExcept(before, store, []);
		const ics = group.replace(/\.md$/, ".ics");
		store.files.set(ics.toUpperCase(), "BEGIN:VCALENDAR\nPRODID:-//Autre//\nEND:VCALENDAR\n");
		const exported = await exportCalendar(store, group, "fr", NOW);
		expect(exported.ok && exported.value.created).toBe(true);
		expect(store.files.get(ics.toUpperCase())).toContain("PRODID:-//Autre//");
	});
});

describe("the preservation oracle itself", () => {
	const before = "---\nmine: 1\n---\n# T\nligne A\nligne B\n%% codev-x:start %%\nold\n%% codev-x:end %%\n";
	it("accepts insertions and rewritten marked blocks", () => {
		expectPreserved(before, "---\nmine: 1\nnew: 2\n---\n# T\nligne A\n- ajout\nligne B\n%% codev-x:start %%\nnew\n%% codev-x:end %%\n");
	});
	it.each([
		["a dropped line", before.replace("ligne A\n", "")],
		["an edited line", before.replace("ligne B", "ligne b")],
		["a changed user property", before.replace("mine: 1", "mine: 2")],
		["reordered lines", before.replace("ligne A\nligne B", "ligne B\nligne A")],
	])("rejects %s", (_label, after) => {
		expect(() => expectPreserved(before, after)).toThrow();
	});
});
