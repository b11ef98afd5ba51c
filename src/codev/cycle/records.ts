/**
 * What the cycle computations read from a session, already resolved: people are identified
 * by an id (the person note's path when the link resolves, else the link text), so the core
 * never parses links. Built by src/services/cycle/sessionRecords.ts from the session notes.
 */
export interface PersonRef {
	id: string;
	name: string;
}

export interface Rating {
	person: PersonRef;
	/** 1..5: substance (« fond ») and form (« forme »); null when not given. */
	fond: number | null;
	forme: number | null;
}

export interface Learning {
	person: PersonRef;
	text: string;
}

export interface SessionRecord {
	path: string;
	/** yyyy-MM-dd, or "" when the note has no readable date. */
	date: string;
	client: PersonRef | null;
	topic: string;
	/** The second client and topic of a two-consultation session (`client_b`, `topic_b`). */
	clientB?: PersonRef | null;
	topicB?: string;
	status: string;
	present: PersonRef[];
	absent: PersonRef[];
	excused: PersonRef[];
	ratings: Rating[];
	learnings: Learning[];
	/** The kinds of help asked in the contract (free text or ids), when recorded. */
	helpKinds: string[];
}

/** The session's clients: A, then B in a two-consultation session. */
export function clientsOf(session: Pick<SessionRecord, "client" | "clientB">): PersonRef[] {
	const out: PersonRef[] = [];
	for (const person of [session.client, session.clientB]) if (person && !out.some((p) => p.id === person.id)) out.push(person);
	return out;
}

/** Sessions in date order; undated ones last, by path, so results are stable. */
export function sortSessions<T extends { date: string; path: string }>(sessions: readonly T[]): T[] {
	return [...sessions].sort((a, b) => (a.date || "9999") .localeCompare(b.date || "9999") || a.path.localeCompare(b.path));
}

/** A session counts as held when it has a date on or before today, or is marked done. */
export function isHeld(session: Pick<SessionRecord, "date" | "status">, todayIso: string): boolean {
	if (session.status === "done") return true;
	if (session.status === "cancelled") return false;
	return session.date !== "" && session.date <= todayIso;
}
