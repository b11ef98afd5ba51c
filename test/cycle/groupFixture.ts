/**
 * A realistic cycle for the group view (7 members, 6 sessions held, one member who left): shared
 * by the group view's browser test and the directory's listing screenshots.
 */
import type { PersonRef, SessionRecord } from "../../src/codev/cycle/records";
import type { GroupInfo } from "../../src/services/cycle/group";

export const NAMES = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Paul Martin", "Inès Roy", "Luc Girard", "Nadia Morel"];
const person = (name: string): PersonRef => ({ id: `Codev/Personnes/${name}.md`, name });
export const [helene, marc, sofia, paul, ines, luc, nadia] = NAMES.map(person) as [PersonRef, PersonRef, PersonRef, PersonRef, PersonRef, PersonRef, PersonRef];
export const CALENDAR = ["2026-01-13", "2026-02-10", "2026-03-10", "2026-05-12", "2026-06-09", "2026-07-14", "2026-09-08", "2026-10-13"];

export function group(name = "Horizon", members = [helene, marc, sofia, paul, ines, nadia]): GroupInfo {
	return {
		path: `Codev/Groupes/${name}.md`,
		name,
		uid: "1a2b3c4d",
		members,
		// Luc left after session 4: his history stays.
		formerMembers: [luc],
		facilitator: "Claire",
		cadence: "monthly-2-tue",
		start: "2026-01-01",
		planned: CALENDAR.length,
		calendar: CALENDAR,
		holidays: [],
		duration: 120,
		time: "14:00",
		mode: "in-person",
		backlog: ["[[Paul Martin]]: Déléguer sans tout reprendre", "[[Inès Roy]]: Annoncer une réorganisation"],
	};
}

function session(index: number, client: PersonRef, topic: string, absent: PersonRef[], ratings: Array<[number, number]>, learnings: Array<[PersonRef, string]> = []): SessionRecord {
	const date = CALENDAR[index] ?? "";
	const roster = index < 4 ? [helene, marc, sofia, paul, ines, luc, nadia] : [helene, marc, sofia, paul, ines, nadia];
	const present = roster.filter((p) => !absent.includes(p));
	return {
		path: `Codev/Séances/${date} Horizon – ${client.name}.md`,
		date,
		client,
		topic,
		status: "done",
		present,
		absent: absent.slice(0, 1),
		excused: absent.slice(1),
		ratings: ratings.map(([fond, forme], i) => ({ person: present[i] ?? helene, fond, forme })),
		learnings: learnings.map(([p, text]) => ({ person: p, text })),
		helpKinds: [],
	};
}

export const SESSIONS: SessionRecord[] = [
	session(0, helene, "Gagner en visibilité", [], [[3, 3], [4, 3], [3, 4], [3, 3], [4, 3]], [[helene, "Oser demander un retour à ma directrice"]]),
	session(1, marc, "Dire non sans culpabiliser", [sofia], [[4, 3], [3, 4], [4, 4], [3, 3]]),
	session(2, sofia, "Reprendre une équipe en difficulté", [paul, luc], [[4, 4], [4, 4], [3, 4], [4, 5]], [[sofia, "Commencer par écouter avant de réorganiser"], [marc, "Mes questions ouvertes aident plus que mes conseils"]]),
	session(3, luc, "Changer de poste en interne", [], [[4, 4], [5, 4], [4, 4], [4, 5], [5, 4]]),
	session(4, paul, "Un conflit entre deux collègues", [nadia], [[5, 4], [4, 5], [5, 5], [4, 4]], [[paul, "Nommer le conflit sans juger"]]),
	session(5, ines, "Annoncer une réorganisation", [], [[5, 5], [4, 5], [5, 4], [5, 5], [4, 5]], [[ines, "Préparer les questions difficiles à l'avance"]]),
];
