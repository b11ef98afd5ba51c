/**
 * The two shapes of palette command most features register, each from a table: a task that is
 * always listed, and a command on a session that is also a step button of the sidebar.
 */
import type { Consultation } from "../codev/consultations";
import { t, type MessageKey } from "../i18n";
import type { CodevHost } from "./host";

/**
 * A command that is always listed and runs a task (which reports its own problems). What a task
 * opens or writes is not handed back: nothing reads it, and a value given back to no one in
 * particular counts as data for the property-name proof (scripts/build/propertyNames.mjs).
 */
export interface TaskCommand {
	/** Stable id, without the plugin prefix. */
	id: string;
	name: MessageKey;
	run: () => void | Promise<void>;
}

export function addTaskCommands(host: CodevHost, commands: readonly TaskCommand[]): void {
	for (const command of commands) host.addCommand({ id: command.id, name: t(command.name), callback: () => void command.run() });
}

/** A command on the session: run from the palette it has no session yet, from the sidebar it has the shown one. */
export interface StepCommand {
	id: string;
	name: MessageKey;
	/** The method's step ids where the sidebar shows it as a button. */
	steps: readonly string[];
	run: (session: string | null, consultation?: Consultation) => void | Promise<void>;
}

export function addStepCommands(host: CodevHost, commands: readonly StepCommand[]): void {
	for (const command of commands) {
		host.addCommand({
			id: command.id,
			name: t(command.name),
			// Always listed: run without a session note, it says why instead of silently hiding.
			checkCallback: (checking) => {
				if (!checking) void command.run(null);
				return true;
			},
		});
		for (const stepId of command.steps) {
			host.stepActions.push({
				stepId,
				commandId: command.id,
				label: () => t(command.name),
				run: async (session, consultation) => {
					await command.run(session, consultation);
				},
			});
		}
	}
}
