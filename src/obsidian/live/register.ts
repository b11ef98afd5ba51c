/**
 * The live session's own step buttons: « Choose the client and the topic » at step 0 and
 * « Attendance and evaluation » at the closing step, both on the running session (sidebar and
 * palette alike).
 */
import { t, type MessageKey } from "../../i18n";
import { openEvaluation } from "../cycle/register";
import type { CodevHost } from "../host";
import { sessionOrNotice } from "../linked/commands";
import { runChooseAtStepZero } from "./stepZero";

/** The closing steps where the group evaluates the session, across the built-in methods. */
const EVALUATION_STEPS = ["apprentissages", "evaluation", "quatre_a", "meteo"];
const OPENING_STEPS = ["retour"];

export const LIVE_COMMANDS = { choose: "choose-client-topic", evaluation: "session-evaluation" } as const;

function addStepCommand(host: CodevHost, id: string, name: MessageKey, steps: string[], run: (session: string | null) => unknown): void {
	host.addCommand({
		id,
		name: t(name),
		checkCallback: (checking) => {
			if (!checking) void run(null);
			return true;
		},
	});
	for (const stepId of steps) {
		host.stepActions.push({ stepId, commandId: id, label: () => t(name), run: async (session) => void (await run(session)) });
	}
}

export function registerLive(host: CodevHost): void {
	addStepCommand(host, LIVE_COMMANDS.choose, "live.command.choose", OPENING_STEPS, (session) => runChooseAtStepZero(host, session));
	addStepCommand(host, LIVE_COMMANDS.evaluation, "live.command.evaluation", EVALUATION_STEPS, (given) => {
		const session = sessionOrNotice(host, given);
		return session ? openEvaluation(host, session) : null;
	});
}
