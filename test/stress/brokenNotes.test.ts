/**
 * Broken notes: a vault where one note is damaged (malformed YAML, properties of the wrong type,
 * missing or duplicated sections, a deleted client note). Nothing may throw; the index, the
 * services, the client progress and the bilan keep working on the other notes, and the commands
 * that touch the damaged note say what they skipped (Result errors and warnings).
 */
import { describe, expect, it } from "vitest";
import { indexFromStore } from "../../src/index/codevIndex";
import type { MemoryStore } from "../../src/services/memoryStore";
import { exportCalendar, generateBilan, readGroup, recordEvaluation, refreshGroupCalendar } from "../../src/services/cycle";
import { applyRetour, clientProgress, createActionPlan, createContract, findRetour, logContribution, writeClientProgress } from "../../src/services/linked";
import { startOk } from "../tools/sessions";
import { newStore } from "../tools/stores";

const GROUP = "Codev/Groupes/Groupe Horizon.md";
const HELENE = "Codev/Personnes/Hélène Côté.md";
const MARC = "Codev/Personnes/Marc Dubois.md";
const SOFIA = "Codev/Personnes/Sofia Benali.md";
const CONTRACT = { request: "Aide", goal: "But", help: ["ideas" as const], reformulation: "", validated: true };

/** Three sessions of one group (Hélène in January with a plan, Marc in February, Sofia in March). */
async function vault(): Promise<{ store: MemoryStore; jan: string; feb: string; mar: string; plan: string }> {
	const store = newStore();
	const jan = (await startOk(store)).sessionPath;
	const plan = await createActionPlan(store, jan, { actions: [{ text: "Dire non une fois" }] }, "fr");
	if (!plan.ok) throw new Error(plan.error.code);
	const group = { name: "Groupe Horizon", path: GROUP };
	const feb = (await startOk(store, { group, date: "2026-02-10", client: { name: "Marc Dubois" } })).sessionPath;
	const mar = (await startOk(store, { group, date: "2026-03-10", client: { name: "Sofia Benali" } })).sessionPath;
	return { store, jan, feb, mar, plan: plan.value.path };
}

function replaceFrontmatter(store: MemoryStore, path: string, yaml: string): void {
	const text = store.files.get(path) ?? "";
	const body = text.slice(text.indexOf("\n---\n", 3) + 5);
	store.files.set(path, `---\n${yaml}\n---\n${body}`);
}

type Breakage = [string, (store: MemoryStore, feb: string) => void];

const BREAKAGES: Breakage[] = [
	["malformed YAML", (store, feb) => replaceFrontmatter(store, feb, 'type: codev-session\ngroup: "[[Groupe Horizon]]"\nclient: [[[Marc\ndate: : :')],
	["a date as a number, a list as a string", (store, feb) =>
		replaceFrontmatter(store, feb, 'type: codev-session\ngroup: "[[Groupe Horizon]]"\nclient: "[[Marc Dubois]]"\ndate: 20260210\nattendees: "[[Marc Dubois]], [[Hélène Côté]]"\npresent: 3\nratings: fond\nstatus: [done]')],
	["every property of the wrong type", (store, feb) =>
		replaceFrontmatter(store, feb, "type: codev-session\ngroup: 12\nclient: true\ndate: [2026]\ntopic: {a: 1}\nattendees: {x: y}\nhelp_kinds: 3\nlearnings: false")],
	["no front matter at all", (store, feb) => store.files.set(feb, "# Séance sans propriétés\n")],
	["front matter never closed", (store, feb) => store.files.set(feb, `---\ntype: codev-session\ngroup: "[[Groupe Horizon]]"\n${"x".repeat(50)}`)],
	["its client note deleted", (store) => store.files.delete(MARC)],
	["sections removed", (store, feb) => store.files.set(feb, (store.files.get(feb) ?? "").replace(/^%% codev-step: .* %%$/gm, ""))],
	["duplicated headings and markers", (store, feb) => {
		const text = store.files.get(feb) ?? "";
		const body = text.slice(text.indexOf("\n---\n", 3) + 5);
		store.files.set(feb, text + body);
	}],
];

describe("broken notes: the rest keeps working", () => {
	it.each(BREAKAGES)("February's session with %s", async (_label, breakIt) => {
		const { store, jan, feb, mar, plan } = await vault();
		breakIt(store, feb);

		// The index builds and still knows the healthy notes.
		const index = indexFromStore(store);
		expect(index.sessionsOfGroup(GROUP).map((s) => s.path)).toEqual(expect.arrayContaining([jan, mar]));
		expect(clientProgress(index, HELENE).asClient.map((s) => s.session)).toEqual([jan]);
		expect(clientProgress(index, SOFIA).asClient.map((s) => s.session)).toEqual([mar]);
		expect(index.plansOfSession(jan).map((p) => p.path)).toEqual([plan]);

		// Commands on healthy notes work; the retour still finds January's plan through the index.
		expect((await writeClientProgress(store, HELENE, "fr")).ok).toBe(true);
		expect(store.files.get(HELENE)).toContain("Dire non sans culpabiliser");
		const contract = await createContract(store, mar, CONTRACT, "fr");
		expect(contract.ok && contract.value.warnings).toEqual([]);
		const bilan = await generateBilan(store, GROUP, "fr", "2026-06-01");
		if (!bilan.ok) throw new Error(bilan.error.code);
		const bilanText = store.files.get(bilan.value.path) ?? "";
		expect(bilanText).toContain("Hélène Côté");
		expect(bilanText).toContain("Sofia Benali");

		// Commands on the damaged note never throw: they succeed, warn, or refuse with a reason.
		const outcomes = await Promise.allSettled([
			createContract(store, feb, CONTRACT, "fr"),
			logContribution(store, feb, { who: "Hélène Côté", kind: "ideas", text: "Une idée" }, "fr"),
			createActionPlan(store, feb, { actions: [{ text: "Essayer" }] }, "fr"),
			findRetour(store, feb),
			recordEvaluation(store, feb, [{ personPath: HELENE, status: "present", fond: 4, forme: 4 }], "fr"),
			writeClientProgress(store, MARC, "fr"),
		]);
		for (const outcome of outcomes) {
			expect(outcome.status, outcome.status === "rejected" ? String(outcome.reason) : "").toBe("fulfilled");
			if (outcome.status !== "fulfilled") continue;
			const result = outcome.value;
			if (!result.ok) expect(result.error.code).toMatch(/^(linked|cycle)-/);
		}
		expect(store.files.has(jan) && store.files.has(mar)).toBe(true);
	});

	it("a session whose client note was deleted: the contract is made and says what it could not link", async () => {
		const { store, feb } = await vault();
		store.files.delete(MARC);
		const contract = await createContract(store, feb, CONTRACT, "fr");
		if (!contract.ok) throw new Error(contract.error.code);
		expect(contract.value.warnings).toMatchObject([{ code: "linked-property-missing", vars: { property: "client" } }]);
		// The client's name is still written, as text.
		expect(store.files.get(contract.value.path)).toContain("Marc Dubois");
	});

	it("sections removed: the contract is made, the missing section is reported, a contribution is refused", async () => {
		const { store, feb } = await vault();
		BREAKAGES.find(([label]) => label === "sections removed")?.[1](store, feb);
		const before = store.files.get(feb);
		const contract = await createContract(store, feb, CONTRACT, "fr");
		expect(contract.ok && contract.value.warnings.map((w) => w.code)).toEqual(["linked-section-missing"]);
		const logged = await logContribution(store, feb, { who: "x", kind: "ideas", text: "y" }, "fr");
		expect(logged).toMatchObject({ ok: false, error: { code: "linked-section-missing" } });
		expect(store.files.get(feb)?.replace(/^contract: .*\n/m, "")).toBe(before);
	});

	it("malformed YAML in a plan: the retour still writes the session and warns about the plan's properties", async () => {
		const { store, feb, plan } = await vault();
		const found = await findRetour(store, feb);
		if (!found.ok) throw new Error(found.error.code);
		replaceFrontmatter(store, plan, "type: codev-action-plan\nstatus: [open");
		const answers = (found.value[0]?.items ?? []).map((item) => ({ planPath: item.planPath, key: item.key, outcome: "done" as const, learning: "oui" }));
		const result = await applyRetour(store, feb, { client: HELENE, clientName: "Hélène Côté", answers, changed: "" }, "fr");
		if (!result.ok) throw new Error(result.error.code);
		expect(result.value.warnings.map((w) => w.code)).toContain("linked-properties-unwritable");
		expect(store.files.get(feb)).toContain("%% codev-retour:start %%");
		expect(store.files.get(plan)).toContain("status: [open");
	});

	it("a group note with wrong types: reading, the calendar and the export refuse with a reason", async () => {
		const { store } = await vault();
		replaceFrontmatter(store, GROUP, 'type: codev-group\nmembers: "[[Hélène Côté]]"\ncalendar: 12\nholidays: "noël"\ncadence: "toutes les lunes"\nstart: 2026-01-01\nsessions_planned: "six"\nduration: "long"');
		const group = readGroup(store, GROUP);
		expect(group?.members.map((m) => m.id)).toEqual([HELENE]);
		expect(group?.calendar).toEqual([]);
		const refreshed = await refreshGroupCalendar(store, GROUP, "fr");
		expect(refreshed.ok).toBe(false);
		expect((await exportCalendar(store, GROUP, "fr", new Date(Date.UTC(2026, 0, 1)))).ok).toBe(false);
		const bilan = await generateBilan(store, GROUP, "fr", "2026-06-01");
		expect(bilan.ok).toBe(true);
	});

	it("duplicated step markers: a contribution goes to the first consultation section only", async () => {
		const { store, feb } = await vault();
		BREAKAGES.find(([label]) => label === "duplicated headings and markers")?.[1](store, feb);
		const logged = await logContribution(store, feb, { who: "Hélène Côté", kind: "ideas", text: "Une seule fois" }, "fr");
		expect(logged.ok).toBe(true);
		expect((store.files.get(feb) ?? "").split("Une seule fois")).toHaveLength(2);
	});
});
