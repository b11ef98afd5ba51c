/**
 * The demo vault's Hélène Côté (scripts/demoVault.ts), client twice in the cycle, as the client
 * progress view receives her story: shared by its browser test and the listing screenshots.
 */
import type { ClientStory } from "../../src/notes/linked/progress";

const PLAN = "Codev/Séances/2026-01-13 Cap Managers 2026 – Hélène Côté – Plan d'action.md";
const PLAN_B = "Codev/Séances/2026-07-07 Cap Managers 2026 – Camille Roux et Hélène Côté – Plan d'action B.md";
const session = (date: string, client: string): string => `Codev/Séances/${date} Cap Managers 2026 – ${client}.md`;

/** Hélène's story as the demo vault tells it (scripts/demoVault.ts). */
export const STORY: ClientStory = {
	person: "Codev/Personnes/Hélène Côté.md",
	months: [
		{
			session: session("2026-01-13", "Hélène Côté"),
			date: "2026-01-13",
			topic: "Un collègue conteste mes décisions en réunion d'équipe",
			group: "Codev/Groupes/Cap Managers 2026.md",
			contract: null,
			request: "Dans cette séance, j'aimerais que vous m'aidiez à trouver comment répondre à Paul sans entrer dans le rapport de force.",
			plans: [{ path: PLAN, status: "open", retourSession: session("2026-07-07", "Camille Roux et Hélène Côté") }],
			kept: "Distinguer les décisions ouvertes de celles qui sont prises.",
			actions: [
				{ planPath: PLAN, id: "c5c3oz", text: "Proposer un entretien individuel à Paul avant la réunion de février", due: "2026-02-09", outcome: "done", outcomeDate: "2026-02-10", learning: "L'entretien avec Paul a détendu la relation ; il a proposé de m'aider.", open: false, since: "2026-01-13" },
				{ planPath: PLAN, id: "c7rymex", text: "Annoncer à chaque réunion d'équipe le statut des décisions (ouverte / prise)", due: "2026-09-07", outcome: "not-tried", outcomeDate: "2026-07-07", learning: "Pas de réunion d'équipe en juin : je reprends en septembre.", open: true, since: "2026-01-13" },
			],
			changed: [
				{ date: "2026-02-10", text: "Paul me salue de nouveau en réunion ; je me sens moins sur la défensive." },
				{ date: "2026-07-07", text: "Les réunions sont plus calmes depuis que je dis quelles décisions sont prises." },
			],
		},
		{
			session: session("2026-07-07", "Camille Roux et Hélène Côté"),
			date: "2026-07-07",
			topic: "Gagner en visibilité auprès de la direction",
			group: "Codev/Groupes/Cap Managers 2026.md",
			contract: null,
			request: "Dans cette séance, j'aimerais que vous m'aidiez à faire connaître le travail de mon équipe.",
			plans: [{ path: PLAN_B, status: "open", retourSession: null }],
			kept: "Faire parler les résultats de l'équipe, pas seulement moi.",
			actions: [
				{ planPath: PLAN_B, id: "c59nurc", text: "Proposer au directeur un point mensuel de quinze minutes", due: "2026-09-07", outcome: null, outcomeDate: null, learning: "", open: true, since: "2026-07-07" },
				{ planPath: PLAN_B, id: "c2lc6wz", text: "Faire présenter un résultat par un membre de l'équipe", due: "2026-09-07", outcome: null, outcomeDate: null, learning: "", open: true, since: "2026-07-07" },
			],
			changed: [],
		},
	],
	open: [],
	counts: { done: 1, partly: 0, notTried: 1, letGo: 0, pending: 2 },
	asConsultant: [
		{ session: session("2026-02-10", "Marc Dubois"), date: "2026-02-10", topic: "Appréhension avant de présenter la réorganisation au comité de direction", client: "Codev/Personnes/Marc Dubois.md" },
		{ session: session("2026-03-10", "Sofia Benali"), date: "2026-03-10", topic: "Affirmer mon leadership auprès de mes anciens pairs", client: "Codev/Personnes/Sofia Benali.md" },
		{ session: session("2026-04-14", "Julien Lefèvre"), date: "2026-04-14", topic: "Dire non sans culpabiliser face aux demandes urgentes", client: "Codev/Personnes/Julien Lefèvre.md" },
	],
};
STORY.open = STORY.months.flatMap((m) => m.actions.filter((a) => a.open));
