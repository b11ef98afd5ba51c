/**
 * The method library: peer-consultation methods a facilitator can add to the vault as method
 * notes (`type: codev-method`), then use like their own. Not built-ins: once written, the note is
 * the facilitator's to adapt. Texts kept short (they ship in the bundle). Pure TypeScript.
 */
import { deepFreeze, guide, l } from "./methods/text";
import type { Localized, MethodDef, StepDef } from "./types";

export interface LibraryMethod {
	method: MethodDef;
	/** Where the method comes from, written on the note. */
	source: Localized;
}

type Text = [string, string];
/** A step from [fr, en] pairs: name, purpose, client, consultants, facilitator, one prompt. */
function step(id: string, weight: number, name: Text, purpose: Text, client: Text, consultants: Text, facilitator: Text, prompt?: Text): StepDef {
	return {
		id,
		name: l(...name),
		purpose: l(...purpose),
		guidance: guide(l(...client), l(...consultants), l(...facilitator)),
		prompts: prompt ? [l(...prompt)] : [],
		weight,
	};
}

const QUESTIONS = (weight: number): StepDef =>
	step(
		"questions",
		weight,
		["Questions d'information", "Information questions"],
		["Comprendre la situation par des questions ouvertes.", "Understand the situation through open questions."],
		["Répond brièvement, sans se justifier.", "Answers briefly, without justifying."],
		["Posent des questions ouvertes, sans conseil déguisé.", "Ask open questions, with no disguised advice."],
		["Renvoie à plus tard toute solution.", "Holds any solution for later."],
		["Faits apportés", "Facts given"],
	);

const EVALUATION = (weight: number): StepDef =>
	step(
		"evaluation",
		weight,
		["Évaluation", "Evaluation"],
		["Chacun dit ce qu'il retient et comment la séance s'est passée.", "Everyone says what they keep and how the session went."],
		["Dit ce que la séance lui apporte.", "Says what the session gave them."],
		["Disent ce qu'ils retiennent pour leur pratique.", "Say what they keep for their own practice."],
		["Recueille l'évaluation et rappelle la confidentialité.", "Collects the evaluation and recalls confidentiality."],
		["Apprentissages de chacun", "Each person's learnings"],
	);

const BALINT: LibraryMethod = {
	source: l("M. Balint, Le médecin, son malade et la maladie (1957) ; groupes Balint.", "M. Balint, The Doctor, His Patient and the Illness (1957); Balint groups."),
	method: {
		id: "balint",
		name: l("Groupe Balint", "Balint group"),
		description: l(
			"Méthode réflexive : le groupe explore la relation en jeu dans le cas, sans conseiller.",
			"A reflective method: the group explores the relationship in the case, without advising.",
		),
		minMinutes: 45,
		maxMinutes: 120,
		defaultMinutes: 75,
		steps: [
			step(
				"recit",
				15,
				["Récit du cas", "Telling the case"],
				["Le présentateur raconte une relation professionnelle qui le travaille.", "The presenter tells of a work relationship that troubles them."],
				["Raconte librement, sans notes, ce qui lui vient.", "Tells freely, without notes, what comes to mind."],
				["Écoutent, attentifs à ce qu'ils ressentent.", "Listen, attentive to what they feel."],
				["Accueille le récit sans le guider.", "Welcomes the account without steering it."],
				["Le cas en quelques lignes", "The case in a few lines"],
			),
			step(
				"faits",
				10,
				["Questions factuelles", "Factual questions"],
				["Compléter les faits manquants, brièvement.", "Fill in missing facts, briefly."],
				["Répond aux seules questions de faits.", "Answers factual questions only."],
				["Posent quelques questions de faits.", "Ask a few factual questions."],
				["Arrête les questions qui interprètent déjà.", "Stops questions that already interpret."],
			),
			step(
				"exploration",
				30,
				["Exploration par le groupe", "Group exploration"],
				["Le groupe explore la relation : émotions, hypothèses, images.", "The group explores the relationship: feelings, hypotheses, images."],
				["Se met en retrait et écoute sans répondre.", "Steps back and listens without answering."],
				["Disent ce qu'ils ressentent et imaginent, sans conseiller ni juger.", "Say what they feel and imagine, without advising or judging."],
				["Ramène le groupe à la relation, pas à la solution.", "Brings the group back to the relationship, not the solution."],
				["Ce qui se joue dans la relation", "What is at play in the relationship"],
			),
			step(
				"retour",
				10,
				["Retour du présentateur", "The presenter's response"],
				["Le présentateur dit ce qui l'a touché.", "The presenter says what struck them."],
				["Dit ce qui résonne, sans se justifier.", "Says what resonates, without justifying."],
				["Écoutent sans relancer le débat.", "Listen without reopening the debate."],
				["Protège le présentateur.", "Protects the presenter."],
				["Ce qui a résonné", "What resonated"],
			),
			EVALUATION(10),
		],
	},
};

const TEN_STEPS: LibraryMethod = {
	source: l("D'après J. Hendriksen, Intervisie bij werk en opleiding (méthode en dix étapes).", "After J. Hendriksen, Intervisie bij werk en opleiding (ten-step method)."),
	method: {
		id: "dix-etapes",
		name: l("Intervision en dix étapes", "Ten-step intervision"),
		description: l(
			"Méthode d'intervision complète : du choix de la question au plan d'action, en dix étapes.",
			"A complete intervision method: from choosing the question to the action plan, in ten steps.",
		),
		minMinutes: 60,
		maxMinutes: 150,
		defaultMinutes: 90,
		steps: [
			step(
				"sujets",
				5,
				["Propositions de sujets", "Topics proposed"],
				["Chacun propose un sujet en une phrase.", "Everyone proposes a topic in one sentence."],
				["Propose un sujet réel et actuel.", "Proposes a real, current topic."],
				["Proposent leur sujet.", "Propose their topic."],
				["Note les sujets.", "Notes the topics."],
				["Sujets proposés", "Topics proposed"],
			),
			step(
				"choix",
				5,
				["Choix du sujet", "Choice of topic"],
				["Le groupe retient un sujet et son porteur.", "The group picks one topic and its bringer."],
				["Accepte d'être le porteur.", "Agrees to be the bringer."],
				["Choisissent ensemble.", "Choose together."],
				["Fait choisir vite et sans vote forcé.", "Has the group choose quickly, without a forced vote."],
			),
			step(
				"expose",
				10,
				["Exposé", "Presentation"],
				["Le porteur présente la situation.", "The bringer presents the situation."],
				["Présente les faits et ce qui le préoccupe.", "Presents the facts and what concerns them."],
				["Écoutent sans interrompre.", "Listen without interrupting."],
				["Protège la parole du porteur.", "Protects the bringer's speaking time."],
				["Le sujet en une phrase", "The topic in one sentence"],
			),
			QUESTIONS(15),
			step(
				"question",
				5,
				["Formulation de la question", "Stating the question"],
				["Le porteur formule la question qu'il veut travailler.", "The bringer states the question they want to work on."],
				["Formule sa question.", "States their question."],
				["Vérifient qu'elle est claire.", "Check it is clear."],
				["Fait écrire la question.", "Has the question written down."],
				["Question retenue", "Question kept"],
			),
			step(
				"analyse",
				15,
				["Analyse", "Analysis"],
				["Le groupe propose des hypothèses sur ce qui se joue.", "The group offers hypotheses about what is going on."],
				["Écoute et note.", "Listens and takes notes."],
				["Proposent des hypothèses, sans chercher à avoir raison.", "Offer hypotheses, without trying to be right."],
				["Fait passer des faits aux hypothèses.", "Moves the group from facts to hypotheses."],
				["Hypothèses", "Hypotheses"],
			),
			step(
				"conseils",
				15,
				["Conseils", "Advice"],
				["Chacun donne un conseil sur la question.", "Everyone gives advice on the question."],
				["Écoute sans débattre.", "Listens without debating."],
				["Donnent chacun un conseil concret.", "Each give one concrete piece of advice."],
				["Fait parler chacun à son tour.", "Has everyone speak in turn."],
				["Conseils reçus", "Advice received"],
			),
			step(
				"choix_porteur",
				5,
				["Choix du porteur", "The bringer's choice"],
				["Le porteur dit ce qu'il retient.", "The bringer says what they keep."],
				["Choisit les conseils qui lui parlent.", "Chooses the advice that speaks to them."],
				["Écoutent.", "Listen."],
				["Rappelle que le porteur est libre.", "Recalls that the bringer is free."],
			),
			step(
				"plan",
				5,
				["Plan d'action", "Action plan"],
				["Le porteur dit ce qu'il fera et quand.", "The bringer says what they will do and when."],
				["Écrit une ou deux actions.", "Writes one or two actions."],
				["Soutiennent le plan.", "Support the plan."],
				["Note la date du retour.", "Notes when the bringer will report back."],
				["Actions et échéances", "Actions and due dates"],
			),
			EVALUATION(10),
		],
	},
};

const GOSSIP: LibraryMethod = {
	source: l("Roddelmethode, pratique néerlandaise d'intervision (J. Hendriksen).", "Roddelmethode, Dutch intervision practice (J. Hendriksen)."),
	method: {
		id: "roddel",
		name: l("Roddelmethode (méthode du commérage)", "Roddelmethode (gossip method)"),
		description: l(
			"Le client écoute dos au groupe pendant que le groupe parle du cas entre soi.",
			"The client listens with their back turned while the group talks about the case.",
		),
		minMinutes: 30,
		maxMinutes: 90,
		defaultMinutes: 60,
		steps: [
			step(
				"expose",
				10,
				["Exposé", "Presentation"],
				["Le client présente son cas.", "The client presents their case."],
				["Présente les faits et sa question.", "Presents the facts and their question."],
				["Écoutent sans interrompre.", "Listen without interrupting."],
				["Explique le déroulé avant de commencer.", "Explains how it will go before starting."],
				["Le sujet en une phrase", "The topic in one sentence"],
			),
			QUESTIONS(10),
			step(
				"roddel",
				20,
				["Commérage", "Gossip round"],
				["Le groupe parle du cas entre soi, le client de dos.", "The group talks about the case among themselves, the client's back turned."],
				["Tourne le dos, écoute et note, sans réagir.", "Turns their back, listens and notes, without reacting."],
				["Parlent du client à la troisième personne : hypothèses, ressentis, idées.", "Talk about the client in the third person: hypotheses, feelings, ideas."],
				["Garde le ton bienveillant et fait respecter le silence du client.", "Keeps the tone kind and the client's silence respected."],
				["Ce que le client a entendu", "What the client heard"],
			),
			step(
				"reaction",
				10,
				["Réaction du client", "The client's response"],
				["Le client se retourne et dit ce qui l'a frappé.", "The client turns back and says what struck them."],
				["Dit ce qu'il retient et ce qu'il fera.", "Says what they keep and what they will do."],
				["Écoutent sans se justifier.", "Listen without justifying."],
				["Aide le client à nommer un premier pas.", "Helps the client name a first step."],
				["Ce que le client retient", "What the client keeps"],
			),
			EVALUATION(10),
		],
	},
};

const FIVE_STEPS: LibraryMethod = {
	source: l("Méthode courte d'intervision en cinq étapes (pratique néerlandaise).", "Short five-step intervision method (Dutch practice)."),
	method: {
		id: "cinq-etapes",
		name: l("Méthode courte en cinq étapes", "Five-step short method"),
		description: l("Une consultation courte : question, informations, reformulation, conseils, retour.", "A short consultation: question, information, reformulation, advice, response."),
		minMinutes: 30,
		maxMinutes: 75,
		defaultMinutes: 45,
		steps: [
			step(
				"question",
				5,
				["Question du client", "The client's question"],
				["Le client pose sa question et son contexte.", "The client states their question and its context."],
				["Formule sa question en une phrase.", "States their question in one sentence."],
				["Écoutent.", "Listen."],
				["Vérifie que la question appartient au client.", "Checks the question is the client's own."],
				["La question en une phrase", "The question in one sentence"],
			),
			QUESTIONS(10),
			step(
				"reformulation",
				5,
				["Reformulation", "Reformulation"],
				["Le groupe reformule la question ; le client confirme.", "The group reformulates the question; the client confirms."],
				["Confirme ou corrige.", "Confirms or corrects."],
				["Reformulent la question.", "Reformulate the question."],
				["Fait valider la reformulation.", "Has the reformulation confirmed."],
				["Question reformulée", "Question reformulated"],
			),
			step(
				"conseils",
				15,
				["Conseils", "Advice"],
				["Chacun donne un conseil.", "Everyone gives one piece of advice."],
				["Écoute et note, sans débattre.", "Listens and notes, without debating."],
				["Donnent chacun un conseil concret.", "Each give one concrete piece of advice."],
				["Fait parler chacun à son tour.", "Has everyone speak in turn."],
				["Conseils reçus", "Advice received"],
			),
			step(
				"retour",
				10,
				["Retour du client", "The client's response"],
				["Le client dit ce qu'il retient et ce qu'il fera.", "The client says what they keep and what they will do."],
				["Choisit un premier pas.", "Chooses a first step."],
				["Disent ce qu'ils retiennent.", "Say what they keep."],
				["Clôt et rappelle la confidentialité.", "Closes and recalls confidentiality."],
				["Premier pas", "First step"],
			),
		],
	},
};

export const LIBRARY_METHODS: readonly LibraryMethod[] = deepFreeze([BALINT, TEN_STEPS, GOSSIP, FIVE_STEPS]);
