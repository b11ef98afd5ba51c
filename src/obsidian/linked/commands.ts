/** The linked feature's commands: each resolves its session, runs a pure service over VaultStore, reports. */
import { TFile, type App } from "obsidian";
import type { Consultation } from "../../codev/consultations";
import type { CoreError, Result } from "../../codev/types";
import { CODEV_TYPES } from "../../index/codevIndex";
import { t, tError } from "../../i18n";
import { createActionPlan, earlierOpenActions, invalidDue, planDates, type ActionPlanInput } from "../../services/linked/actionPlan";
import { attendingPeople, clientOf, sessionNoteOf, type LinkedOptions, type LinkedResult } from "../../services/linked/common";
import { createContract, findContract } from "../../services/linked/contract";
import { listContributions, logContribution, removeContributionLine } from "../../services/linked/contribution";
import { applyRetour, findRetourQueue, type RetourPerson } from "../../services/linked/retour";
import { writeClientProgress } from "../../services/linked/progress";
import { findActionPlan } from "../../services/linked/actionPlan";
import { basenameOf } from "../../services/noteStore";
import type { CodevHost } from "../host";
import { typeOfFile, VaultStore } from "../vaultStore";
import { openBeside } from "../openBeside";
import { readyIndex } from "../indexAdapter";
import { ContractModal, ContributionModal, PlanModal, RetourModal, type PlanDraft } from "./modals";
import { declaredConsultations } from "../../notes/schema/session";
import { notice } from "../notice";

function noteType(app: App, file: TFile | null): unknown {
	return file ? typeOfFile(app, file) : undefined;
}

/** The active note when it is a codev session. */
export function activeSessionPath(app: App): string | null {
	const file = app.workspace.getActiveFile();
	return file && noteType(app, file) === CODEV_TYPES.session ? file.path : null;
}

/**
 * The session to work on: the one given (the sidebar's), else the running session whatever note
 * is active (a contract opened beside it), else the active session note; a Notice when none.
 */
export function sessionOrNotice(host: CodevHost, given: string | null | undefined): string | null {
	const app = host.app;
	const path = given ?? host.liveSession() ?? activeSessionPath(app);
	if (path === null) notice("linked.notice.no-session");
	return path;
}

function options(host: CodevHost, consultation?: Consultation): LinkedOptions {
	return { index: readyIndex(host), today: host.now(), ...(consultation ? { consultation } : {}) };
}

/**
 * The consultation to work on: the one given (sidebar, at a step of consultation B), else in a
 * two-consultation session the first one that lacks the note (`has`), else A.
 */
function consultationFor(store: VaultStore, session: string, given: Consultation | undefined, has: (consultation: Consultation) => boolean): Consultation {
	if (given) return given;
	if (declaredConsultations(store.frontmatter(session)) !== 2) return "a";
	return has("a") && !has("b") ? "b" : "a";
}

function reportError(error: CoreError): void {
	notice("linked.notice.failed", { reason: tError(error) }, 8000);
}

function reportWarnings(warnings: CoreError[]): void {
	if (warnings.length > 0) notice("linked.notice.warnings", { list: warnings.map((w) => `• ${tError(w)}`).join("\n") }, 10000);
}

/** Contracts and plans open beside their session (the setting), never in its place. */
async function openNote(host: CodevHost, path: string, session: string): Promise<void> {
	await openBeside(host.app, path, host.settings.openBeside, session);
}

/** Runs a write; an unexpected exception becomes a Notice rather than an unhandled rejection. */
async function guarded<T>(path: string, run: () => Promise<T>): Promise<T | null> {
	try {
		return await run();
	} catch (error) {
		notice("notice.write-failed", { path, reason: error instanceof Error ? error.message : String(error) }, 8000);
		return null;
	}
}

/** Opens an existing note of this kind instead of a form (never a second contract/plan by accident). */
async function openExisting(host: CodevHost, session: string, path: string | null, key: "linked.notice.contract-exists" | "linked.notice.plan-exists"): Promise<boolean> {
	if (path === null) return false;
	notice(key, { name: basenameOf(path) });
	await openNote(host, path, session);
	return true;
}

/**
 * What a form's submit says of the note it asked for: false keeps the form open (nothing was
 * written, or an error was reported), true closes it (made and opened, or found already there).
 */
async function settleCreated(
	host: CodevHost,
	session: string,
	result: Result<LinkedResult> | null,
	exists: "linked.notice.contract-exists" | "linked.notice.plan-exists",
	created: "linked.notice.contract-created" | "linked.notice.plan-created",
): Promise<boolean> {
	if (result === null) return false;
	if (!result.ok) {
		reportError(result.error);
		return false;
	}
	const name = basenameOf(result.value.path);
	if (!result.value.created) {
		notice(exists, { name });
		return true;
	}
	notice(created, { name });
	reportWarnings(result.value.warnings);
	await openNote(host, result.value.path, session);
	return true;
}

export async function runCreateContract(host: CodevHost, given?: string | null, which?: Consultation): Promise<ContractModal | null> {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const store = new VaultStore(host.app);
	const consultation = consultationFor(store, session, which, (c) => findContract(store, session, options(host, c)) !== null);
	if (await openExisting(host, session, findContract(store, session, options(host, consultation)), "linked.notice.contract-exists")) return null;
	const modal = new ContractModal(host.app, async (input) => {
		const result = await guarded(session, () => createContract(new VaultStore(host.app), session, input, host.noteLanguage(), options(host, consultation)));
		return settleCreated(host, session, result, "linked.notice.contract-exists", "linked.notice.contract-created");
	});
	modal.open();
	return modal;
}

/** Attendees of the session but the consultation's client (consultants speak during the consultation). */
function consultants(store: VaultStore, session: string, consultation: Consultation): Array<{ path: string; name: string }> {
	return attendingPeople(store, session, clientOf(sessionNoteOf(store, session), consultation)?.path ?? null);
}

export function runLogContribution(host: CodevHost, given?: string | null, which?: Consultation): ContributionModal | null {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	// From the palette, a two-consultation session logs into consultation A unless the sidebar says B.
	const consultation = which ?? "a";
	const modal = new ContributionModal(
		host.app,
		consultants(new VaultStore(host.app), session, consultation),
		async (draft) => {
			const result = await guarded(session, () => logContribution(new VaultStore(host.app), session, draft, host.noteLanguage(), { consultation }));
			if (result === null) return null;
			if (!result.ok) reportError(result.error);
			return result.ok ? result.value.line : null;
		},
		async (line) => (await guarded(session, () => removeContributionLine(new VaultStore(host.app), session, line))) === true,
	);
	modal.open();
	return modal;
}

export async function runCreateActionPlan(host: CodevHost, given?: string | null, which?: Consultation): Promise<PlanModal | null> {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const store = new VaultStore(host.app);
	const consultation = consultationFor(store, session, which, (c) => findActionPlan(store, session, options(host, c)) !== null);
	if (await openExisting(host, session, findActionPlan(store, session, options(host, consultation)), "linked.notice.plan-exists")) return null;
	const contributions = await listContributions(store, session, { consultation });
	const dates = planDates(store, session, options(host));
	const client = clientOf(sessionNoteOf(store, session), consultation);
	const context = {
		clientName: client?.path ? basenameOf(client.path) : client?.text || t("note.label.client"),
		people: consultants(store, session, consultation),
		contributions,
		earlier: await earlierOpenActions(store, session, options(host, consultation)),
		due: dates.due,
		estimated: dates.estimated,
	};
	const modal = new PlanModal(host.app, context, async (draft) => {
		const input = planInput(draft);
		const bad = invalidDue([...input.actions.map((a) => a.due), ...(input.earlier ?? []).map((c) => c.due)]);
		if (bad !== null) {
			notice("linked.modal.plan.invalid-due", { value: bad }, 8000);
			return false;
		}
		const result = await guarded(session, () => createActionPlan(new VaultStore(host.app), session, input, host.noteLanguage(), options(host, consultation)));
		return settleCreated(host, session, result, "linked.notice.plan-exists", "linked.notice.plan-created");
	});
	modal.open();
	return modal;
}

/** The form's draft as the service's input: empty rows dropped, "" owner = the client, "" date = none. */
export function planInput(draft: PlanDraft): ActionPlanInput {
	return {
		kept: draft.kept,
		actions: draft.rows
			.filter((row) => row.text.trim() !== "")
			.map((row) => ({ text: row.text, ...(row.owner ? { owner: row.owner } : {}), due: row.due.trim() === "" ? null : row.due.trim() })),
		earlier: draft.earlier.map((e) => ({
			planPath: e.action.planPath,
			key: e.action.key,
			choice: e.choice,
			...(e.choice === "reword" ? { text: e.text } : {}),
			due: e.due.trim() === "" ? null : e.due.trim(),
		})),
	};
}

/** The retour's "nothing to report" cases are not failures: the first session of a cycle has none. */
const NOTHING_TO_REPORT = new Set(["linked-no-previous-session", "linked-no-open-plan"]);

/**
 * Step 0, the retour: one form per person with open actions in the group's earlier plans (the
 * previous session's clients first); those not yet heard at this session first; the next opens
 * when one is saved.
 */
export async function runRetour(host: CodevHost, given?: string | null): Promise<RetourModal | null> {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const found = await guarded(session, () => findRetourQueue(new VaultStore(host.app), session, options(host)));
	if (found === null) return null;
	if (!found.ok) {
		if (NOTHING_TO_REPORT.has(found.error.code)) notice("linked.notice.no-retour");
		else reportError(found.error);
		return null;
	}
	return openRetourModal(host, session, found.value);
}

function openRetourModal(host: CodevHost, session: string, queue: RetourPerson[]): RetourModal | null {
	const [person, ...rest] = queue;
	if (!person) return null;
	const modal = new RetourModal(host.app, person, async (answers, changed) => {
		const input = { client: person.client, clientName: person.clientName, answers, changed };
		const result = await guarded(session, () => applyRetour(new VaultStore(host.app), session, input, host.noteLanguage(), options(host)));
		if (result === null) return false;
		if (!result.ok) {
			reportError(result.error);
			return false;
		}
		notice("linked.notice.retour-done", { client: person.clientName, open: result.value.open });
		reportWarnings(result.value.warnings);
		openRetourModal(host, session, rest);
		return true;
	});
	modal.open();
	return modal;
}

/** The person to show: the active person note, or the client of the active session note. */
export function activePersonPath(app: App): string | null {
	const file = app.workspace.getActiveFile();
	const type = noteType(app, file);
	if (!file) return null;
	if (type === CODEV_TYPES.person) return file.path;
	if (type === CODEV_TYPES.session) return sessionNoteOf(new VaultStore(app), file.path)?.client?.path ?? null;
	return null;
}

export async function runWriteProgress(host: CodevHost): Promise<boolean> {
	const person = activePersonPath(host.app);
	if (person === null) {
		notice("linked.notice.no-person");
		return false;
	}
	const result = await guarded(person, () => writeClientProgress(new VaultStore(host.app), person, host.noteLanguage(), options(host)));
	if (result === null) return false;
	if (!result.ok) {
		reportError(result.error);
		return false;
	}
	notice("linked.notice.progress-written", { name: basenameOf(person) });
	return true;
}
