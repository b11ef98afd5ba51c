/**
 * Linked notes: contract, contributions, action plan, retour, client progress.
 * Registers the index, the progress view, the palette commands and the sidebar's step buttons.
 */
import type { WorkspaceLeaf } from "obsidian";
import type { Consultation } from "../../codev/consultations";
import { Notice } from "obsidian";
import { t } from "../../i18n";
import type { CodevHost } from "../host";
import { activePersonPath, runCreateActionPlan, runCreateContract, runLogContribution, runRetour, runWriteProgress } from "./commands";
import { ClientProgressView, PROGRESS_VIEW_TYPE } from "./progressView";

/** Stable command ids (without the plugin prefix). */
export const LINKED_COMMANDS = {
	contract: "create-contract",
	contribution: "log-contribution",
	plan: "create-action-plan",
	retour: "retour",
	showProgress: "show-client-progress",
	writeProgress: "write-client-progress",
} as const;

export async function showClientProgress(host: CodevHost, person: string | null = activePersonPath(host.app)): Promise<ClientProgressView | null> {
	if (person === null) {
		new Notice(t("linked.notice.no-person"));
		return null;
	}
	const { workspace } = host.app;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(PROGRESS_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return null;
		await leaf.setViewState({ type: PROGRESS_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
	const view = leaf.view instanceof ClientProgressView ? leaf.view : null;
	await view?.showPerson(person);
	return view;
}

export function registerLinked(host: CodevHost): void {
	host.registerView(PROGRESS_VIEW_TYPE, (leaf) => new ClientProgressView(leaf, () => host.index));

	const sessionCommands: Array<{ id: string; stepId: string; label: () => string; run: (session: string | null, consultation?: Consultation) => unknown }> = [
		{ id: LINKED_COMMANDS.retour, stepId: "retour", label: () => t("linked.command.retour"), run: (s) => runRetour(host, s) },
		{ id: LINKED_COMMANDS.contract, stepId: "contrat", label: () => t("linked.command.create-contract"), run: (s, c) => runCreateContract(host, s, c) },
		{ id: LINKED_COMMANDS.contribution, stepId: "consultation", label: () => t("linked.command.log-contribution"), run: (s, c) => runLogContribution(host, s, c) },
		{ id: LINKED_COMMANDS.plan, stepId: "synthese", label: () => t("linked.command.create-action-plan"), run: (s, c) => runCreateActionPlan(host, s, c) },
	];
	for (const command of sessionCommands) {
		host.addCommand({
			id: command.id,
			name: command.label(),
			// Always listed: run without a session note, it says why instead of silently hiding.
			checkCallback: (checking) => {
				if (!checking) void command.run(null);
				return true;
			},
		});
		host.stepActions.push({
			stepId: command.stepId,
			commandId: command.id,
			label: command.label,
			run: async (session, consultation) => {
				await command.run(session, consultation);
			},
		});
	}
	host.addCommand({ id: LINKED_COMMANDS.showProgress, name: t("linked.command.show-progress"), callback: () => void showClientProgress(host) });
	host.addCommand({ id: LINKED_COMMANDS.writeProgress, name: t("linked.command.write-progress"), callback: () => void runWriteProgress(host) });
}
