import { Modal, Notice, type App } from "obsidian";
import { t, tError } from "../../i18n";
import { toIsoDate } from "../../codev/dates";
import { readGroup } from "../../services/cycle/group";
import { groupOfSession } from "../../services/cycle/sessionRecords";
import { nextSessionOf, preparationOfSession, preparedTopic, writePreparation } from "../../services/around/preparation";
import { chooseGroup } from "../cycle/register";
import { addTaskCommands } from "../commands";
import type { CodevHost } from "../host";
import { storeOf } from "../vaultStore";
import { openNote } from "./open";
import { namedSetting, submitRow } from "../namedSetting";
import { notice } from "../notice";

const COMMAND_ID = "prepare-next-session";
const OPEN_ID = "open-client-preparation";


/** Who will be client, and at which of the coming dates (the next one and the suggested client first). */
class PreparationModal extends Modal {

	constructor(
		app: App,
		private readonly members: Array<{ id: string; name: string }>,
		private readonly dates: string[],
		private client: string,
		private date: string,
		private readonly onSubmit: (client: string, date: string) => Promise<void>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t("preparation.command"));
		const el = this.contentEl;
		namedSetting(el, "note.label.client").addDropdown((d) => {
			for (const m of this.members) d.addOption(m.id, m.name);
			d.setValue(this.client).onChange((v) => (this.client = v));
		});
		namedSetting(el, "attendance.date").addDropdown((d) => {
			for (const date of this.dates) d.addOption(date, date);
			d.setValue(this.date).onChange((v) => (this.date = v));
		});
		submitRow(el, "preparation.submit", () => this.client !== "", () => this.onSubmit(this.client, this.date), () => this.close());
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

function prepare(host: CodevHost, groupPath: string | null): void {
	if (!groupPath) return;
	const store = storeOf(host);
	const next = nextSessionOf(store, groupPath, toIsoDate(host.now()));
	const group = readGroup(store, groupPath);
	if (!next.ok || !group) return void new Notice(next.ok ? t("cycle.pick.none") : tError(next.error));
	const members = group.members.filter((p) => !p.id.startsWith("?"));
	new PreparationModal(host.app, members, next.value.dates, next.value.client?.id ?? members[0]?.id ?? "", next.value.date, async (clientPath, date) => {
		const result = await writePreparation(store, { groupPath, clientPath, date, folder: host.settings.sessionsFolder, lang: host.noteLanguage() });
		if (!result.ok) return void new Notice(tError(result.error), 10000);
		notice("preparation.notice.written", { path: result.value.path });
		await openNote(host.app, result.value.path);
	}).open();
}

async function openPreparation(host: CodevHost, sessionPath: string | null): Promise<void> {
	const session = sessionPath ?? host.app.workspace.getActiveFile()?.path ?? null;
	if (!session) return notice("linked.notice.no-session");
	const store = storeOf(host);
	const path = await preparationOfSession(store, session);
	if (!path) return notice("preparation.notice.none");
	const topic = await preparedTopic(store, path);
	if (topic !== "") notice("preparation.notice.topic", { topic }, 10000);
	await openNote(host.app, path);
}

/** « Préparer la prochaine séance » (command, and the sidebar at the last step), and the preparation offered at steps 0 and 1. */
export function registerPreparationCommands(host: CodevHost): void {
	addTaskCommands(host, [
		{ id: COMMAND_ID, name: "preparation.command", run: async () => prepare(host, await chooseGroup(host)) },
		{ id: OPEN_ID, name: "preparation.open", run: () => openPreparation(host, null) },
	]);
	for (const stepId of ["retour", "expose"]) host.stepActions.push({ stepId, commandId: OPEN_ID, label: () => t("preparation.open"), run: (s) => openPreparation(host, s) });
	host.stepActions.push({ stepId: "apprentissages", commandId: COMMAND_ID, label: () => t("preparation.command"), run: (s) => prepare(host, s ? groupOfSession(storeOf(host), s) : null) });
}
