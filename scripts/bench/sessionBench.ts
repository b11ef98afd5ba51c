/** Creating a session with its contract and action plan over MemoryStore: time per command. */
import { CLASSIC_METHOD } from "../../src/codev/methods";
import { indexFromStore } from "../../src/index/codevIndex";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";
import { createActionPlan, createContract } from "../../src/services/linked";
import { startSession } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";
import { fmtMs, median, timeMsAsync, type Row } from "./measure";

const MEMBERS = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Julien Lefèvre", "Nadia Petit", "Thomas Moreau", "Camille Roux"];

async function oneSession(store: MemoryStore, n: number, withIndex = false): Promise<[number, number, number]> {
	const settings = defaultSettings("fr");
	let sessionPath = "";
	const start = await timeMsAsync(async () => {
		const day = String(1 + (n % 28)).padStart(2, "0");
		const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, "0");
		const result = await startSession(store, {
			group: { name: "Cap Managers" }, date: `2026-${month}-${day}`, client: { name: MEMBERS[n % MEMBERS.length] ?? "X" }, topic: `Sujet ${n}`, duration: 120, opening: true,
			attendees: MEMBERS.map((name) => ({ name })), facilitator: "Claire", method: CLASSIC_METHOD,
		}, settings, "fr");
		if (!result.ok) throw new Error(result.error.code);
		sessionPath = result.value.sessionPath;
	});
	// The plugin passes its live index; scripts let the service build one from the store (timed).
	const options = withIndex ? { index: indexFromStore(store) } : undefined;
	const contract = await timeMsAsync(async () => {
		const result = await createContract(store, sessionPath, { request: "M'aider à dire non", goal: "Un refus clair", help: ["ideas"], reformulation: "", validated: true }, "fr", options);
		if (!result.ok) throw new Error(result.error.code);
	});
	const plan = await timeMsAsync(async () => {
		const result = await createActionPlan(store, sessionPath, { actions: [{ text: "Essayer" }, { text: "Noter" }] }, "fr", options);
		if (!result.ok) throw new Error(result.error.code);
	});
	return [start, contract, plan];
}

export async function benchSessions(rows: Row[]): Promise<void> {
	// MemoryStore scans every file per lookup (a test double, unlike VaultStore's key set), and
	// the linked services rebuild the index from it when none is passed: both grow with the vault.
	for (const existing of [0, 30]) {
		const seed = new MemoryStore(parseYamlStrict);
		for (let n = 0; n < existing; n++) await oneSession(seed, n);
		for (const withIndex of [false, true]) {
			const times: Array<[number, number, number]> = [];
			for (let run = 0; run < 7; run++) {
				const store = new MemoryStore(parseYamlStrict);
				for (const [path, text] of seed.files) store.files.set(path, text);
				times.push(await oneSession(store, existing, withIndex));
			}
			const vault = existing === 0 ? "empty vault" : `${existing} sessions already (${seed.files.size} notes)`;
			const label = `${vault}, ${withIndex ? "live index passed (plugin)" : "index rebuilt from the store (scripts)"}`;
			if (!withIndex) rows.push({ area: "Commands", measure: `start session (group + 7 people + note), ${vault}`, value: fmtMs(median(times.map((t) => t[0]))), goal: "" });
			rows.push({ area: "Commands", measure: `create contract, ${label}`, value: fmtMs(median(times.map((t) => t[1]))), goal: "" });
			rows.push({ area: "Commands", measure: `create action plan, ${label}`, value: fmtMs(median(times.map((t) => t[2]))), goal: "" });
		}
	}
}
