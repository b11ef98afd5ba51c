/**
 * The demo vault, produced by the plugin's own services over an in-memory store, then written to
 * disk by scripts/demo.ts. Deterministic: fixed names and dates, so the output can be checked.
 */
import { CLASSIC_METHOD } from "../src/codev/methods";
import { parseYamlStrict } from "../src/notes/yamlNode";
import { MemoryStore } from "../src/services/memoryStore";
import { startSession, type NoteRef } from "../src/services/startSession";
import { defaultSettings, type CodevSettings } from "../src/settings/model";

export const DEMO_GROUP = "Cap Managers 2026";
export const DEMO_FACILITATOR = "Claire Martin";
export const DEMO_MEMBERS = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Julien Lefèvre", "Nadia Petit", "Thomas Moreau", "Camille Roux"];

export interface DemoSession {
	date: string;
	client: string;
	topic: string;
	duration: number;
	absent: string[];
}

/** One session a month, on the second Tuesday, a different client each time (METHOD.md subjects). */
export const DEMO_SESSIONS: DemoSession[] = [
	{ date: "2026-01-13", client: "Hélène Côté", topic: "Un collègue conteste mes décisions en réunion d'équipe", duration: 120, absent: [] },
	{ date: "2026-02-10", client: "Marc Dubois", topic: "Appréhension avant de présenter la réorganisation au comité de direction", duration: 120, absent: ["Camille Roux"] },
	{ date: "2026-03-10", client: "Sofia Benali", topic: "Affirmer mon leadership auprès de mes anciens pairs", duration: 120, absent: [] },
	{ date: "2026-04-14", client: "Julien Lefèvre", topic: "Dire non sans culpabiliser face aux demandes urgentes", duration: 90, absent: ["Thomas Moreau"] },
	{ date: "2026-05-12", client: "Nadia Petit", topic: "Retrouver un équilibre entre vie professionnelle et vie privée", duration: 120, absent: [] },
	{ date: "2026-06-09", client: "Thomas Moreau", topic: "Mobiliser mon équipe autour d'un objectif commun dans l'incertitude", duration: 180, absent: ["Marc Dubois"] },
];

export interface DemoVault {
	store: MemoryStore;
	settings: CodevSettings;
	/** What the scenario did, one line per step, for the script's report. */
	log: string[];
}

function personRef(store: MemoryStore, name: string): NoteRef {
	return { name, path: store.findNote("person", name) ?? undefined };
}

export async function buildDemoVault(): Promise<DemoVault> {
	const store = new MemoryStore(parseYamlStrict);
	const settings: CodevSettings = { ...defaultSettings("fr"), facilitator: DEMO_FACILITATOR };
	const log: string[] = [];
	for (const [index, session] of DEMO_SESSIONS.entries()) {
		const groupPath = store.findNote("group", DEMO_GROUP) ?? undefined;
		const result = await startSession(
			store,
			{
				group: { name: DEMO_GROUP, path: groupPath },
				date: session.date,
				client: personRef(store, session.client),
				topic: session.topic,
				duration: session.duration,
				// The group forms at its first session: no follow-up to hear yet.
				opening: index > 0,
				attendees: DEMO_MEMBERS.filter((m) => !session.absent.includes(m)).map((name) => personRef(store, name)),
				facilitator: DEMO_FACILITATOR,
				method: CLASSIC_METHOD,
			},
			settings,
			"fr",
		);
		if (!result.ok) throw new Error(`demo session ${session.date}: ${result.error.code}`);
		log.push(`session ${session.date} (${session.client}) → ${result.value.sessionPath}`);
	}
	return { store, settings, log };
}
