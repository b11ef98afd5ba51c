/** Step 0's command: choose the client and topic of the running session, then rename its note. */
import { TFile } from "obsidian";
import { tError } from "../../i18n";
import { freePath } from "../../notes/names";
import { readGroup, suggestNextClientForGroup } from "../../services/cycle";
import { attendingPeople } from "../../services/linked/common";
import { applyStepZeroChoice, backlogTopics, sessionDateOf, takeBacklogTopic, type StepZeroChoice } from "../../services/live/stepZero";
import { groupOfSession } from "../../services/cycle/sessionRecords";
import { basenameOf } from "../../services/noteStore";
import type { CodevHost } from "../host";
import { sessionOrNotice } from "../linked/commands";
import { storeOf } from "../vaultStore";
import { StepZeroModal } from "./stepZeroModal";
import { folderOf } from "../../notes/paths";
import { notice } from "../notice";

/** Writes the choice, then renames the note (FileManager: links follow) to a free name. */
async function choose(host: CodevHost, session: string, choice: StepZeroChoice): Promise<boolean> {
	const store = storeOf(host);
	const group = groupOfSession(store, session);
	const result = await applyStepZeroChoice(store, session, choice, host.settings.sessionNamePattern, host.noteLanguage());
	if (!result.ok) {
		notice("notice.invalid-input", { reason: tError(result.error) });
		return false;
	}
	const file = host.app.vault.getAbstractFileByPath(session);
	const folder = folderOf(session);
	const target = freePath(folder, result.value.name, ".md", (p) => p !== session && store.exists(p));
	if (file instanceof TFile && target !== session) await host.app.fileManager.renameFile(file, target);
	const renamed = file instanceof TFile ? file.path : session;
	if (group && choice.backlogItem !== undefined) await takeBacklogTopic(storeOf(host), group, renamed, choice.backlogItem);
	notice("live.zero.done", { client: basenameOf(choice.clientPath), topic: choice.topic.trim() });
	return true;
}

export function runChooseAtStepZero(host: CodevHost, given?: string | null): StepZeroModal | null {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const store = storeOf(host);
	const group = groupOfSession(store, session);
	const people = attendingPeople(store, session);
	const members = group ? (readGroup(store, group)?.members ?? []) : [];
	// Members not among those present are absent today: never suggested.
	const absent = people.length > 0 ? members.filter((m) => !people.some((p) => p.path === m.id)).map((m) => m.id) : [];
	const date = sessionDateOf(store, session);
	const suggestion = group ? suggestNextClientForGroup(store, group, date, absent) : null;
	const backlog = group ? backlogTopics(store, group).filter((b) => b.proposerPath === null || !absent.includes(b.proposerPath)) : [];
	const modal = new StepZeroModal(
		host.app,
		{ suggested: suggestion ? { path: suggestion.id, name: suggestion.name } : null, backlog, people: people.length > 0 ? people : members.map((m) => ({ path: m.id, name: m.name })) },
		(choice) => choose(host, session, choice),
	);
	modal.open();
	return modal;
}
