/**
 * Client rotation: who has been client, how often, and a suggested next client.
 * Rules (METHOD.md: each member becomes client in turn; a member may stay consultant):
 *   1. never the client of the last session held;
 *   2. members marked absent for the next session are skipped;
 *   3. fewest times client first (so those never client come first);
 *   4. then the one whose last turn is the oldest; then the group's member order.
 */
import { sortSessions, type PersonRef, type SessionRecord } from "./records";

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
}

/** `sessions` are the group's held sessions; former members keep their history (they are listed after). */
export function computeRotation(members: readonly PersonRef[], sessions: readonly SessionRecord[]): Rotation {
	const byId = new Map<string, RotationEntry>();
	for (const person of members) if (!byId.has(person.id)) byId.set(person.id, { person, timesClient: 0, lastClientDate: null });
	let lastClient: PersonRef | null = null;
	for (const session of sortSessions(sessions)) {
		if (!session.client) continue;
		const entry = byId.get(session.client.id) ?? { person: session.client, timesClient: 0, lastClientDate: null };
		entry.timesClient += 1;
		entry.lastClientDate = session.date || entry.lastClientDate;
		byId.set(session.client.id, entry);
		lastClient = session.client;
	}
	const entries = [...byId.values()];
	return { entries, neverClient: entries.filter((e) => e.timesClient === 0 && members.some((m) => m.id === e.person.id)).map((e) => e.person), lastClient };
}

/** The suggested next client, or null when nobody fits (everyone absent, or only the last client left). */
export function suggestNextClient(members: readonly PersonRef[], sessions: readonly SessionRecord[], absentIds: readonly string[] = []): PersonRef | null {
	const rotation = computeRotation(members, sessions);
	const absent = new Set(absentIds);
	const order = new Map(members.map((m, index) => [m.id, index]));
	const candidates = rotation.entries.filter(
		(entry) => order.has(entry.person.id) && !absent.has(entry.person.id) && entry.person.id !== rotation.lastClient?.id,
	);
	candidates.sort(
		(a, b) =>
			a.timesClient - b.timesClient ||
			(a.lastClientDate ?? "").localeCompare(b.lastClientDate ?? "") ||
			(order.get(a.person.id) ?? 0) - (order.get(b.person.id) ?? 0),
	);
	return candidates[0]?.person ?? null;
}
