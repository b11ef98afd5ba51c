import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { linkTarget } from "../../src/notes/links";
import { writeAttendanceSheet, writeCertificate } from "../../src/services/around/attendance";
import { findLog, readLog, writeLog, writeLogTrend, type LogGrid } from "../../src/services/around/facilitatorLog";
import { LOG_CRITERIA } from "../../src/notes/schema/facilitatorLog";
import { TYPES } from "../../src/notes/schema/kinds";
import { generateBilan } from "../../src/services/cycle";
import { MemoryStore } from "../../src/services/memoryStore";
import { exportClientSheet } from "../../src/services/sheet/clientSheet";
import { buildDemoVault, DEMO_GROUP, DEMO_MEMBERS, DEMO_TODAY } from "../../scripts/demoVault";
import { copyStore } from "../tools/stores";

let base: MemoryStore;
beforeAll(async () => {
	base = (await buildDemoVault()).store;
}, 60_000);

const copy = (): MemoryStore => copyStore(base);

const grid = (scores: number[], line: (c: string) => string): LogGrid => Object.fromEntries(LOG_CRITERIA.map((c, i) => [c, { score: scores[i] ?? null, line: line(c) }])) as LogGrid;
const groupSessions = (store: MemoryStore): string[] => store.notesOfType("codev-session").filter((p) => linkTarget(store.frontmatter(p)?.group) === DEMO_GROUP).sort();

describe("facilitator's log", () => {
	it("writes a private note per session, linked from the session's private section, and updates only its grid", async () => {
		const store = copy();
		const session = groupSessions(store)[2] ?? "";
		const first = await writeLog(store, session, grid([3, 4, 5, 2], (c) => `first ${c}`), "fr");
		if (!first.ok) throw new Error(first.error.code);
		const text = store.files.get(first.value.path) ?? "";
		expect(store.frontmatter(first.value.path)).toMatchObject({ type: TYPES.log, publish: false, log_framing: 3, log_listening: 4, log_ethics: 5, log_energy: 2 });
		expect(text).toContain("- **Cadre et temps** 3/5\u00a0: first framing");
		expect(text).toContain("## Ce que je ferais autrement");
		const sessionText = store.files.get(session) ?? "";
		expect(sessionText.slice(sessionText.indexOf("%% codev-private %%"))).toContain("Journal de l'animateur\u00a0: [[");
		expect(store.frontmatter(session)).not.toHaveProperty("facilitator_log");
		await store.process(first.value.path, (note) => note.replace("## Mes interventions\n", "## Mes interventions\nJ'ai recadré trop tôt.\n"));
		const second = await writeLog(store, session, grid([4, 4, 5, 3], (c) => `second ${c}`), "fr");
		if (!second.ok) throw new Error(second.error.code);
		expect(second.value).toEqual({ path: first.value.path, created: false });
		expect(store.files.get(first.value.path)).toContain("J'ai recadré trop tôt.");
		expect(await readLog(store, first.value.path)).toEqual(grid([4, 4, 5, 3], (c) => `second ${c}`));
		expect(findLog(store, session)).toBe(first.value.path);
	});

	it("shows the grid's trend over the cycle, regenerated in place", async () => {
		const store = copy();
		const sessions = groupSessions(store);
		for (const [i, s] of sessions.slice(0, 4).entries()) await writeLog(store, s, grid([2 + (i % 4), 3, 4, 5 - i], () => "ok"), "en");
		const trend = await writeLogTrend(store, store.findNote("group", DEMO_GROUP) ?? "", "en");
		if (!trend.ok) throw new Error(trend.error.code);
		expect(trend.value.sessions).toBe(4);
		const text = store.files.get(trend.value.path) ?? "";
		expect(store.frontmatter(trend.value.path)).toMatchObject({ type: TYPES.journal, publish: false });
		expect(text).toContain("| Date | Framing and time | Listening | Code of ethics | The group's energy |");
		expect(text).toContain("- Framing and time: ▃▅▆█ average 3.5 ↗");
		expect(text).toContain("- The group's energy: █▆▅▃ average 3.5 ↘");
		await writeLog(store, sessions[4] ?? "", grid([5, 5, 5, 5], () => "ok"), "en");
		const again = await writeLogTrend(store, store.findNote("group", DEMO_GROUP) ?? "", "en");
		expect(again.ok && again.value).toMatchObject({ path: trend.value.path, created: false, sessions: 5 });
	});

	it("never reaches a client sheet, a bilan, an attendance sheet or a certificate (any log text)", { timeout: 120_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...DEMO_MEMBERS), async (secret, client) => {
				const store = copy();
				const token = `LOG⟨${secret}⟩`;
				for (const session of groupSessions(store)) {
					const written = await writeLog(store, session, grid([3, 3, 3, 3], (c) => `${token} ${c}`), "fr");
					if (!written.ok) throw new Error(written.error.code);
					await store.process(written.value.path, (text) => `${text}\n${token} notes libres\n`);
				}
				const outputs: string[] = [];
				const sheet = await exportClientSheet(store, store.findNote("person", client) ?? "", { includeNames: false, folder: "Fiches", today: DEMO_TODAY }, "fr");
				if (sheet.ok) outputs.push(sheet.value.path);
				const groupPath = store.findNote("group", DEMO_GROUP) ?? "";
				const bilan = await generateBilan(store, groupPath, "fr", DEMO_TODAY);
				if (bilan.ok) outputs.push(bilan.value.path);
				for (const session of groupSessions(store)) {
					const attendance = await writeAttendanceSheet(store, session, "fr", DEMO_TODAY);
					if (attendance.ok) outputs.push(attendance.value.path);
				}
				const certificate = await writeCertificate(store, groupPath, store.findNote("person", client) ?? "", "fr", DEMO_TODAY);
				if (certificate.ok) outputs.push(certificate.value.path);
				expect(outputs.length).toBeGreaterThanOrEqual(9);
				for (const path of outputs) expect(store.files.get(path), path).not.toContain(token);
			}),
			{ numRuns: 8 },
		);
	});
});

describe("the demo vault's logs and preparation", () => {
	it("has a facilitator log for at least three sessions, whose text appears in no shareable note", async () => {
		const { DEMO_LOGS } = await import("../../scripts/demoVault");
		const logs = base.notesOfType(TYPES.log);
		expect(logs.length).toBeGreaterThanOrEqual(3);
		const shareable = ["codev-client-sheet", "codev-bilan", "codev-attendance", "codev-certificate", "codev-preparation"].flatMap((type) => base.notesOfType(type));
		expect(shareable.length).toBeGreaterThan(10);
		for (const entry of DEMO_LOGS) {
			for (const text of [...entry.lines, entry.note]) {
				expect(logs.some((log) => base.files.get(log)?.includes(text))).toBe(true);
				for (const path of shareable) expect(base.files.get(path), path).not.toContain(text);
			}
		}
		expect(base.notesOfType(TYPES.journal)).toHaveLength(1);
	});

	it("has a preparation note linked from its session", () => {
		const [preparation] = base.notesOfType("codev-preparation");
		const name = (preparation ?? "").replace(/^.*\//, "").replace(/\.md$/, "");
		const session = base.notesOfType("codev-session").find((p) => linkTarget(base.frontmatter(p)?.preparation) === name);
		expect(session).toBeDefined();
		expect(base.files.get(preparation ?? "")).toContain("Préparer un entretien annuel difficile");
	});
});
