/**
 * Client rotation: who has been client, how often, and a suggested next client.
 * Rules (METHOD.md: each member becomes client in turn; a member may stay consultant):
 *   1. never a client of the last session held (both clients of a two-consultation session);
 *   2. members marked absent for the next session are skipped;
 *   3. fewest times client first (so those never client come first);
 *   4. then the one whose last turn is the oldest; then the group's member order.
 */
import { clientsOf, sortSessions, type PersonRef, type SessionRecord } from "./records";

export interface RotationEntry {
	person: PersonRef;
	timesClient: number;
	/** yyyy-MM-dd of the last session where they were client, or null. */
	lastClientDate: string | null;
}

export interface Rotation {
	entries: RotationEntry[];
	/** Members never client yet, in member order. */
	neverClient: PersonRef[];
	lastClient: PersonRef | null;
	/** Every client of the last session with a client (two in a two-consultation session). */
	lastClients: PersonRef[];
}

/** `sessions` are the group's held sessions; former members keep their history (they are listed after). */
export function computeRotation(members: readonly PersonRef[], sessions: readonly SessionRecord[]): Rotation {
	const byId = new Map<string, RotationEntry>();
	for (const person of members) if (!byId.has(person.id)) byId.set(person.id, { person, timesClient: 0, lastClientDate: null });
	let lastClients: PersonRef[] = [];
	for (const session of sortSessions(sessions)) {
		const clients = clientsOf(session);
		if (clients.length === 0) continue;
		for (const client of clients) {
			const entry = byId.get(client.id) ?? { person: client, timesClient: 0, lastClientDate: null };
			entry.timesClient += 1;
			entry.lastClientDate = session.date || entry.lastClientDate;
			byId.set(client.id, entry);
		}
		lastClients = clients;
	}
	const entries = [...byId.values()];
	const neverClient = entries.filter((e) => e.timesClient === 0 && members.some((m) => m.id === e.person.id)).map((e) => e.person);
	return { entries, neverClient, lastClient: lastClients[0] ?? null, lastClients };
}

/** The suggested next client, or null when nobody fits (everyone absent, or only the last client left). */
export function suggestNextClient(members: readonly PersonRef[], sessions: readonly SessionRecord[], absentIds: readonly string[] = []): PersonRef | null {
	const rotation = computeRotation(members, sessions);
	const absent = new Set(absentIds);
	const order = new Map(members.map((m, index) => [m.id, index]));
	const last = new Set(rotation.lastClients.map((person) => person.id));
	const candidates = rotation.entries.filter((entry) => order.has(entry.person.id) && !absent.has(entry.person.id) && !last.has(entry.person.id));
	candidates.sort(
		(a, b) =>
			a.timesClient - b.timesClient ||
			(a.lastClientDate ?? "").localeCompare(b.lastClientDate ?? "") ||
			(order.get(a.person.id) ?? 0) - (order.get(b.person.id) ?? 0),
	);
	return candidates[0]?.person ?? null;
}
