/**
 * The live session's own step buttons: « Choose the client and the topic » at step 0 and
 * « Attendance and evaluation » at the closing step, both on the running session (sidebar and
 * palette alike).
 */
import { openEvaluation } from "../cycle/register";
import { addStepCommands } from "../commands";
import type { CodevHost } from "../host";
import { sessionOrNotice } from "../linked/commands";
import { runChooseAtStepZero } from "./stepZero";

/** The closing steps where the group evaluates the session, across the built-in methods. */
const EVALUATION_STEPS = ["apprentissages", "evaluation", "quatre_a", "meteo"];
const OPENING_STEPS = ["retour"];

export const LIVE_COMMANDS = { choose: "choose-client-topic", evaluation: "session-evaluation" } as const;

export function registerLive(host: CodevHost): void {
	addStepCommands(host, [
		{
			id: LIVE_COMMANDS.choose,
			name: "live.command.choose",
			steps: OPENING_STEPS,
			run: (session) => {
				runChooseAtStepZero(host, session);
			},
		},
		{ id: LIVE_COMMANDS.evaluation, name: "live.command.evaluation", steps: EVALUATION_STEPS, run: (given) => evaluate(host, given) },
	]);
}

function evaluate(host: CodevHost, given: string | null): void {
	const session = sessionOrNotice(host, given);
	if (session) openEvaluation(host, session);
}
