/**
 * The built-in methods, as data (METHOD.md). Pure TypeScript: no Obsidian import here.
 *
 * Built-in ids are stable (stored in settings and session notes): "classic" (steps 1–6 plus the
 * optional opening "retour", so "six steps" and "seven steps" are one method with a toggle),
 * "express" (30–60 min) and "intervision" (the incident method, about 65 min). The closing rounds
 * "quatre_a" (the 4 A) and "meteo" are optional steps any method can end with (`stepsFor`).
 * Custom methods: see methodValidation.ts (validateMethod) and customMethods.ts (resolveMethod).
 */
import type { MethodDef, StepDef } from "./types";
import { CLOSING_ROUNDS } from "./methods/closing";
import { EXPRESS_METHOD } from "./methods/express";
import { INTERVISION_METHOD } from "./methods/intervision";
import { deepFreeze, guide, l } from "./methods/text";

export { CLOSING_ROUNDS, METEO_STEP, QUATRE_A_STEP } from "./methods/closing";
export { EXPRESS_METHOD } from "./methods/express";
export { INTERVISION_METHOD } from "./methods/intervision";

const RETOUR: StepDef = {
	id: "retour",
	opening: true,
	name: l("Retour et choix du sujet", "Follow-up and choice of topic"),
	purpose: l(
		"Le client de la séance précédente raconte ce qu'il a expérimenté depuis, puis le groupe choisit le client et le sujet du jour.",
		"The previous client tells what they tried since last time, then the group agrees on today's client and topic.",
	),
	guidance: guide(
		l(
			"Le client précédent raconte ce qu'il a essayé depuis la dernière séance et ce qu'il en retire. Ceux qui ont un sujet le proposent en une phrase.",
			"The previous client tells what they tried since the last session and what came of it. Those who have a subject propose it in one sentence.",
		),
		l(
			"Écoutent le retour sans le commenter, puis s'accordent sur le client et le sujet de la séance.",
			"Listen to the follow-up without commenting, then agree on today's client and topic.",
		),
		l(
			"Rappelle le code de déontologie (confidentialité, bienveillance, non-jugement) et garde le retour bref. Aide le groupe à retenir un sujet réel et actuel, sur lequel le client peut agir.",
			"Recalls the code of ethics (confidentiality, benevolence, no judgement) and keeps the follow-up short. Helps the group pick a real, current subject on which the client can act.",
		),
	),
	prompts: [
		l("Retour du client précédent : ce qu'il a essayé, ce qui a changé", "Previous client's follow-up: what they tried, what changed"),
		l("Sujets proposés", "Subjects proposed"),
		l("Client et sujet retenus", "Client and topic chosen"),
	],
	weight: 10,
};

const EXPOSE: StepDef = {
	id: "expose",
	name: l("Exposé de la problématique", "Presentation"),
	purpose: l(
		"Le client présente son problème, son projet ou sa préoccupation, sans être interrompu.",
		"The client presents their problem, project or preoccupation, without being interrupted.",
	),
	guidance: guide(
		l(
			"Présente la situation : le contexte, les personnes en jeu, ce qu'il a déjà tenté et ce qui le préoccupe.",
			"Presents the situation: the context, the people involved, what they have already tried and what concerns them.",
		),
		l(
			"Écoutent sans interrompre et notent leurs questions pour l'étape suivante.",
			"Listen without interrupting and note their questions for the next step.",
		),
		l(
			"Protège la parole du client : personne ne l'interrompt. Veille à ce que l'exposé porte sur une situation réelle dont le client est partie prenante.",
			"Protects the client's speaking time: nobody interrupts. Keeps the presentation on a real situation in which the client is involved.",
		),
	),
	prompts: [
		l("Le sujet en une phrase", "The topic in one sentence"),
		l("Contexte et personnes en jeu", "Context and people involved"),
		l("Ce que le client a déjà tenté", "What the client has already tried"),
	],
	weight: 10,
};

const CLARIFICATION: StepDef = {
	id: "clarification",
	name: l("Clarification", "Clarifying questions"),
	purpose: l(
		"Les consultants posent des questions d'information pour bien comprendre la situation avant d'envisager toute piste.",
		"The consultants ask information questions to understand the situation before considering any way forward.",
	),
	guidance: guide(
		l(
			"Répond aux questions et précise la situation ; peut dire qu'il ne sait pas.",
			"Answers the questions and specifies the situation; may say they do not know.",
		),
		l(
			"Posent des questions d'information et explorent la situation, sans suggérer de solution.",
			"Ask information questions and explore the situation, without suggesting any solution.",
		),
		l(
			"Veille à ce que les questions soient des questions d'information qui ne présupposent aucune solution ; reformule une suggestion déguisée (« As-tu pensé à… ? ») ou la renvoie à la consultation.",
			"Makes sure questions are information questions that presuppose no solution; reframes a disguised suggestion (\"Have you thought of…?\") or holds it for the consultation.",
		),
	),
	prompts: [
		l("Faits et précisions apportés", "Facts and details given"),
		l("Ce qui a éclairé la situation", "What shed light on the situation"),
	],
	weight: 15,
};

const CONTRAT: StepDef = {
	id: "contrat",
	name: l("Contrat de consultation", "Contract"),
	purpose: l(
		"Le client formule sa demande : l'objectif de la séance et le type d'aide qu'il attend des consultants.",
		"The client states their request: the goal of the session and the kind of help they expect from the consultants.",
	),
	guidance: guide(
		l(
			"Formule sa demande, par exemple « Dans cette séance, j'aimerais que vous m'aidiez à… », et précise le type d'aide souhaité (questions, impressions, idées, témoignages, suggestions…).",
			"States the request, for example \"In this session, I would like you to help me…\", and the kind of help wanted (questions, impressions, ideas, experiences, suggestions…).",
		),
		l(
			"Reformulent le besoin (« Ce que j'ai compris de ton besoin, c'est… ») jusqu'à ce que tous s'accordent sur la demande.",
			"Reformulate the need (\"What I understood of your need is…\") until everyone agrees on the request.",
		),
		l(
			"Veille à ce que la demande vienne du client, dans ses mots, et porte sur ce qu'il peut faire lui-même ; fait valider le contrat par tous avant la consultation.",
			"Makes sure the request comes from the client, in their own words, and is about what they can do themselves; has everyone agree on the contract before the consultation.",
		),
	),
	prompts: [
		l("Demande du client : « Dans cette séance, j'aimerais que vous m'aidiez à… »", "Client's request: \"In this session, I would like you to help me…\""),
		l(
			"Type d'aide souhaité : questions, impressions, hypothèses, témoignages, idées, suggestions, conseils",
			"Kind of help wanted: questions, impressions, hypotheses, experiences, ideas, suggestions, advice",
		),
		l("Reformulation validée par le groupe", "Reformulation agreed by the group"),
	],
	weight: 10,
};

const CONSULTATION: StepDef = {
	id: "consultation",
	name: l("Exploration / consultation", "Consultation"),
	purpose: l(
		"Les consultants apportent, sous la forme demandée dans le contrat, leurs impressions, questions, idées, expériences et suggestions.",
		"The consultants contribute, in the form asked for in the contract, their impressions, questions, ideas, experiences and suggestions.",
	),
	guidance: guide(
		l(
			"Écoute et prend des notes, sans débattre ni se justifier ; peut demander une précision.",
			"Listens and takes notes, without debating or justifying themselves; may ask for a precision.",
		),
		l(
			"Partagent impressions, questions réflexives, hypothèses, expériences et suggestions concrètes, dans la forme demandée, sans chercher le consensus.",
			"Share impressions, reflective questions, hypotheses, experiences and concrete suggestions, in the form asked for, without seeking consensus.",
		),
		l(
			"Veille à ce que le client écoute sans débattre et que les apports respectent le contrat ; distribue la parole pour que chacun contribue, avec bienveillance et sans jugement.",
			"Makes sure the client listens without debating and that contributions keep to the contract; shares out the floor so that everyone contributes, with benevolence and without judgement.",
		),
	),
	prompts: [
		l("Apports des consultants : qui a dit quoi", "Consultants' contributions: who said what"),
		l("Questions réflexives", "Reflective questions"),
		l("Idées, options et suggestions", "Ideas, options and suggestions"),
	],
	weight: 35,
};

const SYNTHESE: StepDef = {
	id: "synthese",
	name: l("Synthèse et plan d'action", "Synthesis and action plan"),
	purpose: l(
		"Le client dit ce qu'il retient, choisit ses options et esquisse un plan d'action.",
		"The client says what they keep, chooses their options and drafts an action plan.",
	),
	guidance: guide(
		l(
			"Dit ce qu'il retient des apports, choisit ce qu'il veut essayer et formule des actions concrètes avec une échéance.",
			"Says what they keep from the contributions, chooses what they want to try and states concrete actions with a date.",
		),
		l(
			"Écoutent, soutiennent et questionnent le plan pour le rendre réaliste ; notent en parallèle leurs propres apprentissages.",
			"Listen, support and challenge the plan to make it realistic; meanwhile note their own learnings.",
		),
		l(
			"Veille à ce que le client reste libre de ses choix et reparte avec des actions précises (quoi, qui, quand), sans que le groupe rouvre la consultation.",
			"Makes sure the client stays free in their choices and leaves with precise actions (what, who, when), without the group reopening the consultation.",
		),
	),
	prompts: [
		l("Ce que le client retient", "What the client keeps"),
		l("Options choisies", "Options chosen"),
		l("Plan d'action : action, responsable, échéance", "Action plan: action, owner, date"),
	],
	weight: 20,
};

const APPRENTISSAGES: StepDef = {
	id: "apprentissages",
	name: l("Apprentissages et régulation", "Learnings and evaluation"),
	purpose: l(
		"Chacun dit ce qu'il a appris et le groupe évalue la séance, sur le fond et sur la forme.",
		"Everyone says what they learned and the group evaluates the session, on substance and form.",
	),
	guidance: guide(
		l(
			"Dit ce qu'il a appris et donne sa satisfaction sur le fond et sur la forme de la séance.",
			"Says what they learned and rates their satisfaction with the substance and the form of the session.",
		),
		l(
			"Disent ce qu'ils retirent pour leur propre pratique et évaluent la séance.",
			"Say what they take away for their own practice and evaluate the session.",
		),
		l(
			"Donne la parole à chacun, veille à ce que les apprentissages soient personnels et transférables, et recueille l'évaluation ; rappelle la confidentialité avant de clore.",
			"Gives everyone the floor, makes sure learnings are personal and transferable, and collects the evaluation; recalls confidentiality before closing.",
		),
	),
	prompts: [
		l("Apprentissages de chacun", "Each person's learnings"),
		l("Évaluation du fond (1 à 5)", "Evaluation of the substance (1 to 5)"),
		l("Évaluation de la forme (1 à 5)", "Evaluation of the form (1 to 5)"),
	],
	weight: 20,
};

/** Payette and Champagne's consultation, with the optional opening step (METHOD.md, steps 0–6). */
export const CLASSIC_METHOD: MethodDef = deepFreeze({
	id: "classic",
	name: l("Codéveloppement classique (Payette et Champagne)", "Classic codevelopment (Payette and Champagne)"),
	description: l(
		"Les six étapes de la consultation, précédées d'un retour facultatif du client précédent ; de 1 h 30 à 3 h.",
		"The six steps of the consultation, after an optional follow-up from the previous client; 1h30 to 3h.",
	),
	steps: [RETOUR, EXPOSE, CLARIFICATION, CONTRAT, CONSULTATION, SYNTHESE, APPRENTISSAGES],
});

export const BUILTIN_METHODS: MethodDef[] = [CLASSIC_METHOD, EXPRESS_METHOD, INTERVISION_METHOD];

/** A built-in method by id (custom methods: `resolveMethod` in customMethods.ts). */
export function getMethod(id: string): MethodDef | undefined {
	return BUILTIN_METHODS.find((method) => method.id === id);
}

/** A built-in closing round ("quatre_a", "meteo") by id. */
export function getClosingRound(id: string): StepDef | undefined {
	return CLOSING_ROUNDS.find((step) => step.id === id);
}

/**
 * The steps to run, in order. The opening step is dropped unless asked for; closing steps
 * (`closing: true`) are dropped unless their id is in `closingIds`. A requested closing round the
 * method does not define itself (a built-in one, such as "quatre_a") is appended at the end, in the
 * order asked; unknown ids are ignored.
 */
export function stepsFor(method: MethodDef, includeOpening: boolean, closingIds: readonly string[] = []): StepDef[] {
	const wanted = new Set(closingIds);
	const own = method.steps.filter((step) => (includeOpening || !step.opening) && (!step.closing || wanted.has(step.id)));
	const ownIds = new Set(method.steps.map((step) => step.id));
	const extra = [...wanted].filter((id) => !ownIds.has(id)).flatMap((id) => getClosingRound(id) ?? []);
	return [...own, ...extra];
}
