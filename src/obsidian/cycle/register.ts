import type { CoreError } from "../../codev/types";
import { t, tError, type MessageKey } from "../../i18n";
import { toIsoDate } from "../../codev/dates";
import {
	addTopicToBacklog,
	bringMemberBack,
	createDashboards,
	createGroup,
	exportCalendar,
	generateBilan,
	markMemberLeft,
	readGroup,
	evaluationFormRows,
	recordEvaluation,
	refreshGroupCalendar,
} from "../../services/cycle";
import { initialGroupForm } from "../../services/cycle/groupForm";
import { groupOfSession } from "../../services/cycle/sessionRecords";
import { GROUP_TYPE, SESSION_TYPE } from "../../notes/schema/kinds";
import { basenameOf } from "../../services/noteStore";
import { addTaskCommands } from "../commands";
import type { CodevHost } from "../host";
import { storeOf } from "../vaultStore";
import { GROUP_VIEW_TYPE, GroupView } from "./groupView";
import { registerMembersBasesView } from "./membersBasesView";
import { CreateGroupModal, EvaluationModal, TopicModal } from "./modals";
import { activeFileOfType, notesOfType, pickNote } from "./pickers";
import { folderOf } from "../../notes/paths";
import { openNote } from "../around/open";
import { notice } from "../notice";

function failed(error: unknown): void {
	const reason = typeof error === "object" && error !== null && "code" in error ? tError(error as CoreError) : error instanceof Error ? error.message : String(error);
	notice("cycle.notice.failed", { reason });
}

/** The active group note, the group of the active session note, or one picked from a list. */
export async function chooseGroup(host: Pick<CodevHost, "app" | "index">): Promise<string | null> {
	const app = host.app;
	const group = activeFileOfType(app, GROUP_TYPE);
	if (group) return group.path;
	const session = activeFileOfType(app, SESSION_TYPE);
	if (session) {
		const dest = groupOfSession(storeOf(host), session.path);
		if (dest) return dest;
	}
	const groups = notesOfType(storeOf(host), GROUP_TYPE);
	if (groups.length === 0) {
		notice("cycle.pick.none");
		return null;
	}
	return (await pickNote(app, groups, t("cycle.pick.group")))?.path ?? null;
}

/** The running session, the active session note, or one of the group's sessions picked from a list (latest first). */
export async function chooseSession(host: CodevHost): Promise<string | null> {
	const app = host.app;
	const live = host.liveSession();
	if (live) return live;
	const active = activeFileOfType(app, SESSION_TYPE);
	if (active) return active.path;
	const groupPath = await chooseGroup(host);
	if (!groupPath) return null;
	const sessions = storeOf(host)
		.codevIndex()
		.sessionsOfGroup(groupPath)
		.map((note) => ({ path: note.path, name: basenameOf(note.path), detail: note.date ?? "" }))
		.sort((a, b) => b.detail.localeCompare(a.detail));
	if (sessions.length === 0) {
		notice("cycle.pick.no-session");
		return null;
	}
	return (await pickNote(app, sessions, t("cycle.pick.session")))?.path ?? null;
}

function dashboardsFolder(host: CodevHost): string {
	const groups = host.settings.groupsFolder;
	const parent = folderOf(groups);
	return parent || "Codev";
}

async function run(task: () => Promise<void>): Promise<void> {
	try {
		await task();
	} catch (error) {
		failed(error);
	}
}

/**
 * Picks a group, then one of its current (`left`) or former (`back`) members, and moves them
 * between `members` and `former_members`. Their sessions, attendance and progress stay.
 */
async function changeMembership(host: CodevHost, direction: "left" | "back"): Promise<void> {
	const app = host.app;
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const group = readGroup(storeOf(host), groupPath);
	const people = (direction === "left" ? group?.members : group?.formerMembers) ?? [];
	if (people.length === 0) {
		notice(direction === "left" ? "cycle.pick.no-member" : "cycle.pick.no-former");
		return;
	}
	const items = people.map((p) => ({ path: p.id, name: p.name }));
	const person = await pickNote(app, items, t(direction === "left" ? "cycle.pick.member-left" : "cycle.pick.member-back"));
	if (!person) return;
	const move = direction === "left" ? markMemberLeft : bringMemberBack;
	const result = await move(storeOf(host), groupPath, person.path);
	if (!result.ok) return failed(result.error);
	notice(direction === "left" ? "cycle.notice.member-left" : "cycle.notice.member-back", { name: person.name, group: basenameOf(groupPath) });
}

/** Step 6 for one session: who was present, the two ratings and what each takes away. */
export function openEvaluation(host: CodevHost, sessionPath: string): EvaluationModal {
	const app = host.app;
	const store = storeOf(host);
	const rows = evaluationFormRows(store, sessionPath);
	const modal = new EvaluationModal(app, rows, async (entries) => {
		const result = await recordEvaluation(storeOf(host), sessionPath, entries, host.noteLanguage());
		if (!result.ok) failed(result.error);
		else notice("cycle.notice.evaluation-saved", { name: basenameOf(sessionPath) });
		return result.ok;
	});
	modal.open();
	return modal;
}

function openCreateGroup(host: CodevHost): void {
	const { app } = host;
	const lang = host.noteLanguage();
	const state = initialGroupForm(toIsoDate(host.now()), host.settings.facilitator, host.settings.defaultDurationMinutes, t("cycle.group.charter.default"));
	new CreateGroupModal(app, state, async (request) => {
		try {
			const result = await createGroup(storeOf(host), request, host.settings, lang);
			if (!result.ok) {
				failed(result.error);
				return false;
			}
			notice("cycle.notice.group-created", { name: basenameOf(result.value.groupPath) });
			await openNote(app, result.value.groupPath);
			return true;
		} catch (error) {
			failed(error);
			return false;
		}
	}).open();
}

async function addTopic(host: CodevHost): Promise<void> {
	const { app } = host;
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const group = readGroup(storeOf(host), groupPath);
	const members = (group?.members ?? []).filter((m) => !m.id.startsWith("?")).map((m) => ({ path: m.id, name: m.name }));
	new TopicModal(app, members, async (topic, proposer) => {
		const result = await addTopicToBacklog(storeOf(host), groupPath, topic, proposer);
		if (!result.ok) failed(result.error);
		else notice("cycle.notice.topic-added", { name: basenameOf(groupPath) });
		return result.ok;
	}).open();
}

async function evaluateSession(host: CodevHost): Promise<void> {
	const sessionPath = await chooseSession(host);
	if (sessionPath) openEvaluation(host, sessionPath);
}

async function writeBilan(host: CodevHost): Promise<void> {
	const { app } = host;
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const result = await generateBilan(storeOf(host), groupPath, host.noteLanguage(), toIsoDate(host.now()));
	if (!result.ok) return failed(result.error);
	notice(result.value.created ? "cycle.notice.bilan-created" : "cycle.notice.bilan-updated", { name: basenameOf(result.value.path) });
	await openNote(app, result.value.path);
}

async function writeDashboards(host: CodevHost): Promise<void> {
	const result = await createDashboards(storeOf(host), dashboardsFolder(host), host.noteLanguage());
	const names = (paths: string[]) => (paths.length > 0 ? paths.map((p) => p.slice(p.lastIndexOf("/") + 1)).join(", ") : t("cycle.notice.none"));
	notice("cycle.notice.dashboards", { created: names(result.created), skipped: names(result.skipped) });
}

async function writeCalendar(host: CodevHost): Promise<void> {
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const result = await exportCalendar(storeOf(host), groupPath, host.noteLanguage(), host.now());
	if (!result.ok) return failed(result.error);
	const { path, zone } = result.value;
	const folder = folderOf(path) || "/";
	notice("cycle.notice.calendar-exported", { file: basenameOf(path), folder, zone }, 15000);
}

async function refreshCalendar(host: CodevHost): Promise<void> {
	const groupPath = await chooseGroup(host);
	if (!groupPath) return;
	const result = await refreshGroupCalendar(storeOf(host), groupPath, host.noteLanguage());
	if (!result.ok) return failed(result.error);
	notice("cycle.notice.calendar-refreshed", { name: basenameOf(groupPath) });
}

async function openGroupView(host: CodevHost): Promise<void> {
	const { workspace } = host.app;
	const existing = workspace.getLeavesOfType(GROUP_VIEW_TYPE)[0];
	const leaf = existing ?? workspace.getRightLeaf(false);
	if (!leaf) return;
	if (!existing) await leaf.setViewState({ type: GROUP_VIEW_TYPE, active: true });
	await workspace.revealLeaf(leaf);
}

/** Registers the cycle feature's views, commands and events on the plugin. */
export function registerCycle(host: CodevHost): void {
	host.registerView(GROUP_VIEW_TYPE, (leaf) => new GroupView(leaf, host));
	registerMembersBasesView(host);
	// A failure in any of them is said in a Notice (`run`), never lost in the console.
	const commands: Array<[id: string, name: MessageKey, task: (host: CodevHost) => void | Promise<void>]> = [
		["create-group", "cycle.command.create-group", openCreateGroup],
		["add-topic", "cycle.command.add-topic", addTopic],
		["member-left", "cycle.command.member-left", (h) => changeMembership(h, "left")],
		["member-back", "cycle.command.member-back", (h) => changeMembership(h, "back")],
		["record-evaluation", "cycle.command.record-evaluation", evaluateSession],
		["generate-bilan", "cycle.command.generate-bilan", writeBilan],
		["create-dashboards", "cycle.command.create-dashboards", writeDashboards],
		["export-calendar", "cycle.command.export-calendar", writeCalendar],
		["refresh-group", "cycle.command.refresh-group", refreshCalendar],
		["open-group-view", "cycle.command.open-view", openGroupView],
	];
	addTaskCommands(
		host,
		commands.map(([id, name, task]) => ({ id, name, run: () => run(async () => task(host)) })),
	);
}
