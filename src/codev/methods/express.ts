/**
 * Express ("flash") codev: 30 to 60 minutes, the same steps kept short (METHOD.md, "Timing").
 * Step ids are the classic ones, so step actions (contract at "contrat", plan at "synthese")
 * and property keys work the same. Pure TypeScript: no Obsidian import here.
 */
import type { MethodDef } from "../types";
import { deepFreeze, guide, l } from "./text";

export const EXPRESS_METHOD: MethodDef = deepFreeze({
	id: "express",
	name: l("Codéveloppement express (flash)", "Express codevelopment (flash)"),
	description: l(
		"Une consultation courte, de 30 à 60 minutes : exposé bref, quelques questions, un contrat en une phrase, des apports, un premier pas et un mot d'apprentissage.",
		"A short consultation, 30 to 60 minutes: a brief presentation, a few questions, a one-sentence contract, contributions, a first step and a word of learning.",
	),
	minMinutes: 30,
	maxMinutes: 60,
	defaultMinutes: 45,
	steps: [
		{
			id: "expose",
			name: l("Exposé éclair", "Short presentation"),
			purpose: l(
				"Le client présente sa situation en quelques minutes, sans être interrompu.",
				"The client presents their situation in a few minutes, without being interrupted.",
			),
			guidance: guide(
				l(
					"Va à l'essentiel : la situation, ce qui le préoccupe et ce qu'il a déjà tenté.",
					"Goes to the essentials: the situation, what concerns them and what they have already tried.",
				),
				l("Écoutent sans interrompre et notent une ou deux questions.", "Listen without interrupting and note one or two questions."),
				l(
					"Protège la parole du client et l'aide à tenir en quelques minutes, sans le presser.",
					"Protects the client's speaking time and helps them keep it to a few minutes, without rushing them.",
				),
			),
			prompts: [l("Le sujet en une phrase", "The topic in one sentence"), l("Ce que le client a déjà tenté", "What the client has already tried")],
			weight: 5,
		},
		{
			id: "clarification",
			name: l("Questions de clarification", "Clarifying questions"),
			purpose: l(
				"Les consultants posent quelques questions d'information, une à la fois, sans suggérer de solution.",
				"The consultants ask a few information questions, one at a time, without suggesting any solution.",
			),
			guidance: guide(
				l("Répond brièvement et précise ce qui manque.", "Answers briefly and specifies what is missing."),
				l("Posent chacun une ou deux questions d'information, sans piste déguisée.", "Each ask one or two information questions, with no disguised suggestion."),
				l("Fait un tour de table rapide et renvoie toute suggestion à la consultation.", "Runs a quick round and holds any suggestion for the consultation."),
			),
			prompts: [l("Faits et précisions apportés", "Facts and details given"), l("Ce qui a éclairé la situation", "What shed light on the situation")],
			weight: 8,
		},
		{
			id: "contrat",
			name: l("Contrat en une phrase", "One-sentence contract"),
			purpose: l(
				"Le client dit en une phrase l'aide qu'il attend et le groupe la reformule.",
				"The client states in one sentence the help they expect, and the group reformulates it.",
			),
			guidance: guide(
				l(
					"Complète « Dans cette séance, j'aimerais que vous m'aidiez à… » et choisit le type d'aide : questions, idées, témoignages ou suggestions.",
					'Completes "In this session, I would like you to help me…" and picks the kind of help: questions, ideas, experiences or suggestions.',
				),
				l("Une personne reformule la demande ; les autres la valident.", "One person reformulates the request; the others agree to it."),
				l(
					"Veille à ce que la demande vienne du client et porte sur ce qu'il peut faire lui-même.",
					"Makes sure the request comes from the client and is about what they can do themselves.",
				),
			),
			prompts: [
				l("Demande du client : « Dans cette séance, j'aimerais que vous m'aidiez à… »", 'Client\'s request: "In this session, I would like you to help me…"'),
				l("Type d'aide souhaité", "Kind of help wanted"),
			],
			weight: 4,
		},
		{
			id: "consultation",
			name: l("Consultation express", "Quick consultation"),
			purpose: l(
				"Les consultants apportent, dans la forme demandée, une idée, une question ou une expérience chacun.",
				"The consultants contribute, in the form asked for, one idea, question or experience each.",
			),
			guidance: guide(
				l("Écoute et note, sans répondre ni se justifier.", "Listens and takes notes, without replying or justifying themselves."),
				l("Parlent chacun à leur tour, brièvement, sans chercher le consensus.", "Speak in turn, briefly, without seeking consensus."),
				l(
					"Distribue la parole pour que chacun contribue au moins une fois, avec bienveillance.",
					"Shares out the floor so that everyone contributes at least once, with benevolence.",
				),
			),
			prompts: [l("Apports des consultants : qui a dit quoi", "Consultants' contributions: who said what"), l("Idées et options", "Ideas and options")],
			weight: 15,
		},
		{
			id: "synthese",
			name: l("Synthèse et premier pas", "Synthesis and first step"),
			purpose: l("Le client dit ce qu'il retient et choisit un premier pas concret.", "The client says what they keep and chooses a concrete first step."),
			guidance: guide(
				l("Dit ce qu'il retient et formule une action précise, avec une échéance.", "Says what they keep and states one precise action, with a date."),
				l("Écoutent sans rouvrir la consultation.", "Listen without reopening the consultation."),
				l(
					"Veille à ce que le client reste libre de ses choix et reparte avec un premier pas précis.",
					"Makes sure the client stays free in their choices and leaves with a precise first step.",
				),
			),
			prompts: [l("Ce que le client retient", "What the client keeps"), l("Premier pas : action, responsable, échéance", "First step: action, owner, date")],
			weight: 8,
		},
		{
			id: "apprentissages",
			name: l("Apprentissage en une phrase", "Learnings in one sentence"),
			purpose: l("Chacun dit en une phrase ce qu'il emporte de la séance.", "Everyone says in one sentence what they take away from the session."),
			guidance: guide(
				l("Dit ce qu'il emporte et comment il a vécu la séance.", "Says what they take away and how the session felt."),
				l("Disent chacun en une phrase ce qu'ils retiennent pour leur pratique.", "Each say in one sentence what they keep for their own practice."),
				l("Fait un tour rapide et rappelle la confidentialité avant de clore.", "Runs a quick round and recalls confidentiality before closing."),
			),
			prompts: [l("Apprentissages de chacun", "Each person's learnings"), l("Satisfaction du client (1 à 5)", "Client's satisfaction (1 to 5)")],
			weight: 5,
		},
	],
});
