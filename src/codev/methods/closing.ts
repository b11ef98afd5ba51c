/**
 * Optional closing rounds (METHOD.md, "Timing" variations): any method can end with one of them
 * when the facilitator asks for it (`stepsFor`). Pure TypeScript: no Obsidian import here.
 */
import type { StepDef } from "../types";
import { deepFreeze, guide, l } from "./text";

export const QUATRE_A_STEP: StepDef = deepFreeze({
	id: "quatre_a",
	closing: true,
	name: l("Tour des 4 A", "The 4 A round"),
	purpose: l(
		"Chacun dit son appréciation de la séance, ses attentes pour la suite, ses apprentissages et ce qu'il va appliquer.",
		"Everyone gives their appreciation of the session, their expectations for what comes next, their learnings and what they will apply.",
	),
	guidance: guide(
		l(
			"Fait le tour des 4 A comme les autres : appréciation, attentes, apprentissages, applications.",
			"Goes through the 4 A like everyone else: appreciation, expectations, learnings, applications.",
		),
		l("Parlent chacun à leur tour sur les quatre A, brièvement.", "Speak in turn on the four A, briefly."),
		l("Donne la parole à chacun sans commenter et garde le tour court.", "Gives everyone the floor without commenting and keeps the round short."),
	),
	prompts: [
		l("Appréciation : ce que j'ai apprécié", "Appreciation: what I valued"),
		l("Attentes : ce que j'attends de la suite", "Expectations: what I expect next"),
		l("Apprentissages : ce que j'ai appris", "Learnings: what I learned"),
		l("Applications : ce que je vais mettre en pratique", "Applications: what I will put into practice"),
	],
	weight: 10,
});

export const METEO_STEP: StepDef = deepFreeze({
	id: "meteo",
	closing: true,
	name: l("Météo", "Weather round"),
	purpose: l("Chacun dit en une image météo comment il repart de la séance.", "Everyone says with a weather image how they leave the session."),
	guidance: guide(
		l("Donne sa météo comme les autres, en une phrase.", "Gives their weather like everyone else, in one sentence."),
		l("Donnent chacun leur météo, sans commenter celle des autres.", "Each give their weather, without commenting on the others'."),
		l("Écoute sans relancer et clôt la séance sur ce tour.", "Listens without prompting further and closes the session on this round."),
	),
	prompts: [l("Météo de chacun", "Everyone's weather"), l("Ce qui reste à reprendre la prochaine fois", "What to pick up next time")],
	weight: 5,
});

/** The built-in closing rounds, in the order the UI offers them. */
export const CLOSING_ROUNDS: readonly StepDef[] = Object.freeze([QUATRE_A_STEP, METEO_STEP]);
