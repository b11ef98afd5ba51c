import { afterEach, describe, expect, it, vi } from "vitest";
import type { App as AppOriginal } from "obsidian";
import { App, Notice, Plugin } from "obsidian-test-mocks/obsidian";
import { computeRotation } from "../../src/codev/cycle/rotation";
import { setLanguage } from "../../src/i18n";
import { CodevIndex, indexFromStore } from "../../src/index/codevIndex";
import { isConflictCopy } from "../../src/notes/conflicts";
import { startCodevIndex } from "../../src/obsidian/indexAdapter";
import type { CodevHost } from "../../src/obsidian/host";
import { collectBilanData, readGroup } from "../../src/services/cycle";
import { readGroupSessions } from "../../src/services/cycle/sessionRecords";
import { clientProgress, createActionPlan, createContract, findRetour } from "../../src/services/linked";
import type { MemoryStore } from "../../src/services/memoryStore";
import { defaultSettings } from "../../src/settings/model";
import { storeFrontmatter as fm } from "../tools/frontmatter";
import { addSession, MEMBERS } from "../tools/sessions";
import { newStore, noteText as text } from "../tools/stores";

const ALICE = "Codev/Personnes/Alice Martin.md";
const GROUP = "Codev/Groupes/Managers 2026.md";
const manifest = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.8.7", description: "", author: "" };

class TestHost extends Plugin {
	settings = defaultSettings("en");
	index = new CodevIndex();
}

function copyAs(store: MemoryStore, path: string, copy: string): string {
	const target = path.replace(/\.md$/, copy);
	store.files.set(target, text(store, path));
	return target;
}

async function cycle() {
	const store = newStore();
	const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
	const plan = await createActionPlan(store, s1, { actions: [{ text: "Proposer un autre créneau" }] }, "fr");
	if (!plan.ok) throw new Error(plan.error.code);
	const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
	return { store, s1, s2, plan: plan.value.path };
}

describe("sync conflict copies", () => {
	it("recognises the names Obsidian Sync, Dropbox, Syncthing and others give them, and nothing else", () => {
		for (const name of ["Séance (Conflicted copy Mac 202601141030)", "Séance (Marc's conflicted copy 2026-01-14)", "Séance.sync-conflict-20260114-093000-ABCDEFG", "Séance (conflict 1)", "Séance (copie en conflit de Marc 2026-01-14)"]) {
			expect(isConflictCopy(`Codev/${name}.md`), name).toBe(true);
		}
		for (const name of ["Cap 2", "Gérer un conflit (équipe)", "Conflict resolution", "Séance (1)"]) expect(isConflictCopy(`Codev/${name}.md`), name).toBe(false);
	});

	it("conflict copies of a session and a plan are left out of rotation, attendance, bilan, progress and the retour", async () => {
		const { store, s1, s2, plan } = await cycle();
		copyAs(store, s1, " (Conflicted copy Mac 202601141030).md");
		copyAs(store, s1, ".sync-conflict-20260114-093000-ABCDEFG.md");
		copyAs(store, s1, " (conflict 1).md");
		const planCopy = copyAs(store, plan, " (Conflicted copy Mac 202601141030).md");

		const sessions = readGroupSessions(store, GROUP);
		expect(sessions.map((s) => s.path).sort()).toEqual([s1, s2].sort());
		const members = readGroup(store, GROUP)?.members ?? [];
		const alice = computeRotation(members, sessions).entries.find((e) => e.person.id === ALICE);
		expect(alice?.timesClient).toBe(1);
		const bilan = await collectBilanData(store, GROUP, "Codev/Groupes/Bilan.md", "2026-03-01", "fr");
		expect(bilan?.sessions).toHaveLength(2);
		const index = indexFromStore(store);
		expect(index.sessionsAsClient(ALICE)).toHaveLength(1);
		expect(index.sessionsAsAttendee(ALICE)).toHaveLength(2);
		expect(clientProgress(index, ALICE).asClient).toHaveLength(1);
		const retour = await findRetour(store, s2, { index });
		const asked = retour.ok ? retour.value.flatMap((person) => person.items.map((item) => item.planPath)) : [];
		expect(asked).toEqual([plan]);
		expect(asked).not.toContain(planCopy);
	});
});

describe("hand edits through the Properties panel", () => {
	it("a date as date-time, attendees typed as one text and a plain-text client are read the same by rotation, attendance, bilan and progress", async () => {
		const { store, s1 } = await cycle();
		await store.updateProperties(s1, (props) => {
			props.date = "2026-01-13T09:30";
			props.attendees = MEMBERS.join(", ");
			props.client = "Alice Martin";
		});
		expect(fm(store, s1).attendees).toBe(MEMBERS.join(", "));
		const session = readGroupSessions(store, GROUP).find((s) => s.path === s1);
		expect(session?.date).toBe("2026-01-13");
		expect(session?.present.map((p) => p.id)).toEqual(MEMBERS.map((name) => `Codev/Personnes/${name}.md`));
		expect(session?.client?.id).toBe(ALICE);
		const members = readGroup(store, GROUP)?.members ?? [];
		expect(computeRotation(members, readGroupSessions(store, GROUP)).entries.find((e) => e.person.id === ALICE)?.timesClient).toBe(1);
		const bilan = await collectBilanData(store, GROUP, "Codev/Groupes/Bilan.md", "2026-03-01", "fr");
		expect(bilan?.sessions).toHaveLength(2);
		const index = indexFromStore(store);
		expect(index.get(s1)?.date).toBe("2026-01-13");
		expect(index.sessionsAsClient(ALICE).map((n) => n.path)).toEqual([s1]);
		expect(index.sessionsAsAttendee("Codev/Personnes/Bruno Petit.md").map((n) => n.path)).toContain(s1);
		expect(clientProgress(index, ALICE).asClient.map((e) => e.session)).toEqual([s1]);
	});
});

describe("the live index", () => {
	afterEach(() => vi.restoreAllMocks());

	async function live(files: Record<string, string>) {
		const mockApp = App.createConfigured__({ files });
		const app: AppOriginal = mockApp.asOriginalType__();
		const host = new TestHost(mockApp, manifest) as unknown as TestHost & CodevHost;
		startCodevIndex(host);
		mockApp.workspace.setLayoutReady__();
		await new Promise((resolve) => setTimeout(resolve, 0));
		return { app, host };
	}

	it("a contract arriving through sync before its session resolves as soon as the session arrives, without a restart", async () => {
		const store = newStore();
		const session = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const contract = await createContract(store, session, { request: "Savoir dire non", goal: "", help: ["ideas"], reformulation: "", validated: true }, "fr");
		if (!contract.ok) throw new Error(contract.error.code);
		const sessionText = text(store, session);
		const files = Object.fromEntries([...store.files].filter(([path]) => path !== session));
		const { app, host } = await live(files);
		expect(host.index.contractsOfSession(session)).toEqual([]);
		await app.vault.create(session, sessionText);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(host.index.contractsOfSession(session).map((n) => n.path)).toEqual([contract.value.path]);
		expect(clientProgress(host.index, ALICE).asClient[0]?.contract).toBe(contract.value.path);
	});

	it("names each conflict copy once in a Notice, however often it changes", async () => {
		setLanguage("en");
		const { store, s1 } = await cycle();
		const copy = s1.replace(/\.md$/, " (Conflicted copy Mac 202601141030).md");
		const notices = vi.spyOn(Notice.prototype, "constructor__");
		const { app, host } = await live({ ...Object.fromEntries(store.files), [copy]: text(store, s1) });
		await app.vault.process(app.vault.getFileByPath(copy)!, (t) => `${t}\nmore`);
		await new Promise((resolve) => setTimeout(resolve, 0));
		const texts = notices.mock.calls.map((call): string => (typeof call[0] === "string" ? call[0] : ""));
		expect(texts.filter((t) => t.includes("Conflicted copy"))).toHaveLength(1);
		expect(texts[0]).toContain("sync conflict copy");
		expect(host.index.sessionsAsClient(ALICE)).toHaveLength(1);
	});
});
