/**
 * Intervision, the Dutch incident method, a close cousin of codev (METHOD.md, "Timing"): about
 * 65 minutes, 5 review of the last session, 15 questions, 10 analysis, 10 advice, 10 evaluation;
 * the remaining 15 go to choosing and telling the incident. Pure TypeScript: no Obsidian import here.
 */
import type { MethodDef } from "../types";
import { deepFreeze, guide, l } from "./text";

export const INTERVISION_METHOD: MethodDef = deepFreeze({
	id: "intervision",
	name: l("Intervision : méthode des incidents", "Intervision: incident method"),
	description: l(
		"Méthode néerlandaise voisine du codéveloppement, d'environ 65 minutes : un incident concret et récent, des questions, une analyse, des conseils et une évaluation.",
		"A Dutch method close to codevelopment, about 65 minutes: a concrete, recent incident, questions, an analysis, advice and an evaluation.",
	),
	minMinutes: 30,
	maxMinutes: 120,
	defaultMinutes: 65,
	steps: [
		{
			id: "retour",
			opening: true,
			name: l("Retour sur la séance précédente", "Review of the last session"),
			purpose: l(
				"Celui qui a apporté l'incident précédent dit ce qu'il a fait des conseils reçus.",
				"The person who brought the previous incident tells what they did with the advice received.",
			),
			guidance: guide(
				l(
					"Le porteur de l'incident précédent raconte ce qu'il a essayé et ce qui a changé.",
					"The previous incident's bringer tells what they tried and what changed.",
				),
				l("Écoutent sans commenter.", "Listen without commenting."),
				l(
					"Garde ce retour bref et rappelle la confidentialité et le non-jugement.",
					"Keeps the review short and recalls confidentiality and non-judgement.",
				),
			),
			prompts: [l("Ce que le porteur précédent a essayé", "What the previous bringer tried"), l("Ce qui a changé depuis", "What changed since")],
			weight: 5,
		},
		{
			id: "incident",
			name: l("Choix et récit de l'incident", "Choice and account of the incident"),
			purpose: l(
				"Le groupe choisit un incident concret et récent, puis son porteur le raconte tel qu'il s'est passé.",
				"The group chooses a concrete, recent incident, then the person who brought it tells it as it happened.",
			),
			guidance: guide(
				l(
					"Raconte un moment précis : ce qui s'est passé, qui était là, ce qu'il a fait et ressenti.",
					"Tells one precise moment: what happened, who was there, what they did and felt.",
				),
				l(
					"Proposent leurs incidents en une phrase, choisissent ensemble, puis écoutent sans interrompre.",
					"Propose their incidents in one sentence, choose together, then listen without interrupting.",
				),
				l(
					"Aide le groupe à retenir un incident réel et récent, dont le porteur est acteur.",
					"Helps the group pick a real, recent incident in which the bringer took part.",
				),
			),
			prompts: [
				l("Incidents proposés", "Incidents proposed"),
				l("L'incident retenu en une phrase", "The chosen incident in one sentence"),
				l("Ce qui s'est passé", "What happened"),
			],
			weight: 15,
		},
		{
			id: "questions",
			name: l("Questions d'information", "Information questions"),
			purpose: l(
				"Les participants posent des questions ouvertes pour comprendre la situation, sans la juger.",
				"The participants ask open questions to understand the situation, without judging it.",
			),
			guidance: guide(
				l("Répond et précise ; peut dire qu'il ne sait pas.", "Answers and specifies; may say they do not know."),
				l("Posent des questions ouvertes, une à la fois, sans conseil déguisé.", "Ask open questions, one at a time, with no disguised advice."),
				l(
					"Veille à ce que les questions servent à comprendre et renvoie tout conseil à l'étape des conseils.",
					"Makes sure questions serve understanding and holds any advice for the advice step.",
				),
			),
			prompts: [l("Faits et précisions apportés", "Facts and details given"), l("Ce qui a éclairé la situation", "What shed light on the situation")],
			weight: 15,
		},
		{
			id: "analyse",
			name: l("Analyse", "Analysis"),
			purpose: l(
				"Le groupe formule ce qui est en jeu dans l'incident et le porteur dit quelle question il veut travailler.",
				"The group states what is at stake in the incident and the bringer says which question they want to work on.",
			),
			guidance: guide(
				l("Écoute les hypothèses, puis formule la question qu'il retient.", "Listens to the hypotheses, then states the question they keep."),
				l("Proposent des hypothèses sur ce qui se joue, sans chercher à avoir raison.", "Offer hypotheses about what is going on, without trying to be right."),
				l(
					"Aide le groupe à passer des faits aux hypothèses et fait valider la question par le porteur.",
					"Helps the group move from facts to hypotheses and has the bringer confirm the question.",
				),
			),
			prompts: [l("Hypothèses du groupe", "The group's hypotheses"), l("Question retenue par le porteur", "Question kept by the bringer")],
			weight: 10,
		},
		{
			id: "conseils",
			name: l("Conseils", "Advice"),
			purpose: l(
				"Chacun donne un conseil concret sur la question retenue ; le porteur choisit ce qu'il veut essayer.",
				"Everyone gives one concrete piece of advice on the chosen question; the bringer chooses what they want to try.",
			),
			guidance: guide(
				l(
					"Écoute sans débattre, puis dit quels conseils il retient et ce qu'il fera.",
					"Listens without debating, then says which advice they keep and what they will do.",
				),
				l("Donnent chacun un conseil concret, en commençant par « À ta place, je… ».", 'Each give one concrete piece of advice, starting with "If I were you, I would…".'),
				l(
					"Veille à ce que chacun parle à son tour et que le porteur reste libre de ses choix.",
					"Makes sure everyone speaks in turn and the bringer stays free in their choices.",
				),
			),
			prompts: [l("Conseils reçus : qui a dit quoi", "Advice received: who said what"), l("Conseils retenus et action prévue", "Advice kept and action planned")],
			weight: 10,
		},
		{
			id: "evaluation",
			name: l("Évaluation", "Evaluation"),
			purpose: l("Chacun dit ce qu'il a appris et comment la séance s'est déroulée.", "Everyone says what they learned and how the session went."),
			guidance: guide(
				l("Dit ce que la séance lui apporte.", "Says what the session gave them."),
				l(
					"Disent ce qu'ils retiennent pour leur pratique et évaluent le déroulement.",
					"Say what they keep for their own practice and evaluate how it went.",
				),
				l(
					"Recueille l'évaluation du fond et de la forme et rappelle la confidentialité avant de clore.",
					"Collects the evaluation of substance and form and recalls confidentiality before closing.",
				),
			),
			prompts: [l("Apprentissages de chacun", "Each person's learnings"), l("Évaluation du fond et de la forme (1 à 5)", "Evaluation of substance and form (1 to 5)")],
			weight: 10,
		},
	],
});
