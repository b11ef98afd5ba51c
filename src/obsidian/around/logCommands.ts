import { Modal, Notice, Setting, type App } from "obsidian";
import { t, tError } from "../../i18n";
import { findLog, readLog, writeLog, writeLogTrend, type LogGrid } from "../../services/around/facilitatorLog";
import { LOG_CRITERIA } from "../../notes/schema/facilitatorLog";
import { chooseGroup, chooseSession } from "../cycle/register";
import { addTaskCommands } from "../commands";
import type { CodevHost } from "../host";
import { storeOf } from "../vaultStore";
import { openNote } from "./open";
import { submitRow } from "../namedSetting";
import { notice } from "../notice";


/** The four criteria: a score 1–5 and one line each. */
class LogModal extends Modal {

	constructor(
		app: App,
		private readonly grid: LogGrid,
		private readonly onSubmit: (grid: LogGrid) => Promise<void>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t("log.title"));
		for (const c of LOG_CRITERIA) {
			const entry = this.grid[c];
			new Setting(this.contentEl)
				.setName(t(`log.criterion.${c}`))
				.addDropdown((d) => {
					d.addOption("", "–");
					for (const n of ["1", "2", "3", "4", "5"]) d.addOption(n, n);
					d.setValue(entry.score === null ? "" : String(entry.score)).onChange((v) => (entry.score = v === "" ? null : Number(v)));
				})
				.addText((text) => text.setPlaceholder(t("log.line")).setValue(entry.line).onChange((v) => (entry.line = v)));
		}
		submitRow(this.contentEl, "log.save", () => true, () => this.onSubmit(this.grid), () => this.close());
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

const emptyGrid = (): LogGrid => Object.fromEntries(LOG_CRITERIA.map((c) => [c, { score: null, line: "" }])) as LogGrid;

async function openLog(host: CodevHost): Promise<void> {
	const session = await chooseSession(host);
	if (!session) return;
	const store = storeOf(host);
	const existing = findLog(store, session);
	const grid = existing ? await readLog(store, existing) : emptyGrid();
	new LogModal(host.app, grid, async (filled) => {
		const result = await writeLog(store, session, filled, host.noteLanguage());
		if (!result.ok) return void new Notice(tError(result.error), 10000);
		notice("log.notice.written", { path: result.value.path });
		await openNote(host.app, result.value.path);
	}).open();
}

async function writeTrend(host: CodevHost): Promise<void> {
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const result = await writeLogTrend(storeOf(host), groupPath, host.noteLanguage());
	if (!result.ok) return void new Notice(tError(result.error), 10000);
	await openNote(host.app, result.value.path);
}

/** « Journal de l'animateur »: the session's self-assessment, and its trend over the cycle. */
export function registerLogCommands(host: CodevHost): void {
	addTaskCommands(host, [
		{ id: "facilitator-log", name: "log.command", run: () => openLog(host) },
		{ id: "facilitator-log-trend", name: "log.trend.command", run: () => writeTrend(host) },
	]);
}
