import { Modal, Notice, Setting, type App } from "obsidian";
import { formatHours } from "../../codev/attendance";
import { toIsoDate } from "../../codev/dates";
import { t, tError } from "../../i18n";
import { writeAttendanceSheet, writeCertificate, type CertificateRange } from "../../services/around/attendance";
import { readGroup } from "../../services/cycle/group";
import { chooseGroup, chooseSession } from "../cycle/register";
import { addTaskCommands } from "../commands";
import type { CodevHost } from "../host";
import { storeOf } from "../vaultStore";
import { openNote } from "./open";
import { namedSetting, submitRow } from "../namedSetting";
import { notice } from "../notice";


const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The member and an optional date range (empty: the whole cycle). */
class CertificateModal extends Modal {
	private person = "";
	private range: CertificateRange = {};

	constructor(
		app: App,
		private readonly members: Array<{ id: string; name: string }>,
		private readonly onSubmit: (personPath: string, range: CertificateRange) => Promise<void>,
	) {
		super(app);
		this.person = members[0]?.id ?? "";
	}

	onOpen(): void {
		this.setTitle(t("certificate.title"));
		const el = this.contentEl;
		namedSetting(el, "attendance.participant").addDropdown((d) => {
			for (const m of this.members) d.addOption(m.id, m.name);
			d.setValue(this.person).onChange((v) => (this.person = v));
		});
		for (const key of ["from", "to"] as const) {
			new Setting(el)
				.setName(t(`certificate.range.${key}`))
				.setDesc(t("certificate.range.desc"))
				.addText((c) => {
					c.inputEl.type = "date";
					c.onChange((v) => (this.range[key] = DATE.test(v.trim()) ? v.trim() : undefined));
				});
		}
		submitRow(el, "certificate.submit", () => this.person !== "", () => this.onSubmit(this.person, this.range), () => this.close());
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

async function writeSheet(host: CodevHost): Promise<void> {
	const session = await chooseSession(host);
	if (!session) return;
	const result = await writeAttendanceSheet(storeOf(host), session, host.noteLanguage(), toIsoDate(host.now()));
	if (!result.ok) return void new Notice(tError(result.error), 10000);
	notice("attendance.notice.written", { path: result.value.path });
	await openNote(host.app, result.value.path);
}

async function writeMemberCertificate(host: CodevHost): Promise<void> {
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const store = storeOf(host);
	const group = readGroup(store, groupPath);
	if (!group) return;
	const people = [...group.members, ...group.formerMembers].filter((p) => !p.id.startsWith("?"));
	new CertificateModal(host.app, people, async (personPath, range) => {
		const lang = host.noteLanguage();
		const result = await writeCertificate(store, groupPath, personPath, lang, toIsoDate(host.now()), range);
		if (!result.ok) return void new Notice(tError(result.error), 10000);
		notice("certificate.notice.written", { path: result.value.path, hours: formatHours(result.value.minutes, lang) });
		await openNote(host.app, result.value.path);
	}).open();
}

/** « Feuille d'émargement » for a session and « certificat de réalisation » for a member. */
export function registerAttendanceCommands(host: CodevHost): void {
	addTaskCommands(host, [
		{ id: "attendance-sheet", name: "attendance.command", run: () => writeSheet(host) },
		{ id: "attendance-certificate", name: "certificate.command", run: () => writeMemberCertificate(host) },
	]);
}
