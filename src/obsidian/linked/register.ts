/**
 * Linked notes: contract, contributions, action plan, retour, client progress.
 * Registers the index, the progress view, the palette commands and the sidebar's step buttons.
 */
import type { WorkspaceLeaf } from "obsidian";
import { addStepCommands, addTaskCommands } from "../commands";
import type { CodevHost } from "../host";
import { activePersonPath, runCreateActionPlan, runCreateContract, runLogContribution, runRetour, runWriteProgress } from "./commands";
import { ClientProgressView, PROGRESS_VIEW_TYPE } from "./progressView";
import { notice } from "../notice";

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
		notice("linked.notice.no-person");
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

	addStepCommands(host, [
		{
			id: LINKED_COMMANDS.retour,
			name: "linked.command.retour",
			steps: ["retour"],
			run: async (s) => {
				await runRetour(host, s);
			},
		},
		{
			id: LINKED_COMMANDS.contract,
			name: "linked.command.create-contract",
			steps: ["contrat"],
			run: async (s, c) => {
				await runCreateContract(host, s, c);
			},
		},
		{
			id: LINKED_COMMANDS.contribution,
			name: "linked.command.log-contribution",
			steps: ["consultation"],
			run: (s, c) => {
				runLogContribution(host, s, c);
			},
		},
		{
			id: LINKED_COMMANDS.plan,
			name: "linked.command.create-action-plan",
			steps: ["synthese"],
			run: async (s, c) => {
				await runCreateActionPlan(host, s, c);
			},
		},
	]);
	addTaskCommands(host, [
		{
			id: LINKED_COMMANDS.showProgress,
			name: "linked.command.show-progress",
			run: async () => {
				await showClientProgress(host);
			},
		},
		{
			id: LINKED_COMMANDS.writeProgress,
			name: "linked.command.write-progress",
			run: async () => {
				await runWriteProgress(host);
			},
		},
	]);
}
