/** The linked feature's commands: each resolves its session, runs a pure service over VaultStore, reports. */
import { Notice, TFile, type App } from "obsidian";
import { consultationKey, consultationsOf, type Consultation } from "../../codev/consultations";
import type { CoreError } from "../../codev/types";
import { CODEV_TYPES, indexFromStore } from "../../index/codevIndex";
import { t, tError } from "../../i18n";
import { createActionPlan, planDates } from "../../services/linked/actionPlan";
import type { LinkedOptions, LinkedResult } from "../../services/linked/common";
import { createContract, findContract } from "../../services/linked/contract";
import { listContributions, logContribution } from "../../services/linked/contribution";
import { applyRetour, findRetourPlans, type RetourCandidate } from "../../services/linked/retour";
import { writeClientProgress } from "../../services/linked/progress";
import { findActionPlan } from "../../services/linked/actionPlan";
import { basenameOf } from "../../services/noteStore";
import { linkTarget } from "../../notes/links";
import type { CodevHost } from "../host";
import { VaultStore } from "../vaultStore";
import { openBeside } from "../openBeside";
import { getCodevIndex } from "./indexAdapter";
import { ContractModal, ContributionModal, PlanModal, RetourModal } from "./modals";

function typeOf(app: App, file: TFile | null): unknown {
	return file ? app.metadataCache.getFileCache(file)?.frontmatter?.type : undefined;
}

/** The active note when it is a codev session. */
export function activeSessionPath(app: App): string | null {
	const file = app.workspace.getActiveFile();
	return file && typeOf(app, file) === CODEV_TYPES.session ? file.path : null;
}

/**
 * The session to work on: the one given (the sidebar's), else the running session whatever note
 * is active (a contract opened beside it), else the active session note; a Notice when none.
 */
export function sessionOrNotice(host: CodevHost, given: string | null | undefined): string | null {
	const app = host.app;
	const path = given ?? host.liveSession() ?? activeSessionPath(app);
	if (path === null) new Notice(t("linked.notice.no-session"));
	return path;
}

function options(host: CodevHost, consultation?: Consultation): LinkedOptions {
	return { index: getCodevIndex(host), today: host.now(), ...(consultation ? { consultation } : {}) };
}

function sessionFrontmatter(app: App, session: string): Record<string, unknown> | undefined {
	const file = app.vault.getAbstractFileByPath(session);
	return file instanceof TFile ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
}

/**
 * The consultation to work on: the one given (sidebar, at a step of consultation B), else in a
 * two-consultation session the first one that lacks the note (`has`), else A.
 */
function consultationFor(app: App, session: string, given: Consultation | undefined, has: (consultation: Consultation) => boolean): Consultation {
	if (given) return given;
	if (consultationsOf(sessionFrontmatter(app, session)) !== 2) return "a";
	return has("a") && !has("b") ? "b" : "a";
}

function reportError(error: CoreError): void {
	new Notice(t("linked.notice.failed", { reason: tError(error) }), 8000);
}

function reportWarnings(warnings: CoreError[]): void {
	if (warnings.length > 0) new Notice(t("linked.notice.warnings", { list: warnings.map((w) => `• ${tError(w)}`).join("\n") }), 10000);
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
		new Notice(t("notice.write-failed", { path, reason: error instanceof Error ? error.message : String(error) }), 8000);
		return null;
	}
}

/** Opens an existing note of this kind instead of a form (never a second contract/plan by accident). */
async function openExisting(host: CodevHost, session: string, path: string | null, key: "linked.notice.contract-exists" | "linked.notice.plan-exists"): Promise<boolean> {
	if (path === null) return false;
	new Notice(t(key, { name: basenameOf(path) }));
	await openNote(host, path, session);
	return true;
}

async function finishCreated(host: CodevHost, session: string, result: LinkedResult, created: "linked.notice.contract-created" | "linked.notice.plan-created"): Promise<void> {
	new Notice(t(created, { name: basenameOf(result.path) }));
	reportWarnings(result.warnings);
	await openNote(host, result.path, session);
}

export async function runCreateContract(host: CodevHost, given?: string | null, which?: Consultation): Promise<ContractModal | null> {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const store = new VaultStore(host.app);
	const consultation = consultationFor(host.app, session, which, (c) => findContract(store, session, options(host, c)) !== null);
	if (await openExisting(host, session, findContract(store, session, options(host, consultation)), "linked.notice.contract-exists")) return null;
	const modal = new ContractModal(host.app, async (input) => {
		const result = await guarded(session, () => createContract(new VaultStore(host.app), session, input, host.noteLanguage(), options(host, consultation)));
		if (result === null) return false;
		if (!result.ok) {
			reportError(result.error);
			return false;
		}
		if (!result.value.created) new Notice(t("linked.notice.contract-exists", { name: basenameOf(result.value.path) }));
		else await finishCreated(host, session, result.value, "linked.notice.contract-created");
		return true;
	});
	modal.open();
	return modal;
}

/** Attendees of the session but the consultation's client (consultants speak during the consultation). */
function sessionPeople(app: App, session: string, consultation: Consultation): Array<{ path: string; name: string }> {
	const fm = sessionFrontmatter(app, session);
	const resolve = (value: unknown): string | null => app.metadataCache.getFirstLinkpathDest(linkTarget(value), session)?.path ?? null;
	const client = resolve(fm?.[consultationKey("client", consultation)]);
	const attendees: unknown = fm?.attendees;
	const people = (Array.isArray(attendees) ? attendees : []).map(resolve).filter((p): p is string => p !== null && p !== client);
	return [...new Set(people)].map((path) => ({ path, name: basenameOf(path) }));
}

export function runLogContribution(host: CodevHost, given?: string | null, which?: Consultation): ContributionModal | null {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	// From the palette, a two-consultation session logs into consultation A unless the sidebar says B.
	const consultation = which ?? "a";
	const modal = new ContributionModal(host.app, sessionPeople(host.app, session, consultation), async (draft) => {
		const result = await guarded(session, () => logContribution(new VaultStore(host.app), session, draft, host.noteLanguage(), { consultation }));
		if (result === null) return false;
		if (!result.ok) reportError(result.error);
		return result.ok;
	});
	modal.open();
	return modal;
}

export async function runCreateActionPlan(host: CodevHost, given?: string | null, which?: Consultation): Promise<PlanModal | null> {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const store = new VaultStore(host.app);
	const consultation = consultationFor(host.app, session, which, (c) => findActionPlan(store, session, options(host, c)) !== null);
	if (await openExisting(host, session, findActionPlan(store, session, options(host, consultation)), "linked.notice.plan-exists")) return null;
	const contributions = await listContributions(store, session, { consultation });
	const modal = new PlanModal(host.app, contributions, planDates(store, session, options(host)), async (draft) => {
		const due = draft.due.trim() === "" ? null : draft.due.trim();
		const actions = [
			...contributions.filter((_, i) => draft.kept[i]).map((c) => ({ text: c.text, due })),
			...draft.other.split("\n").map((text) => ({ text, due })),
		];
		const result = await guarded(session, () => createActionPlan(new VaultStore(host.app), session, { actions }, host.noteLanguage(), options(host, consultation)));
		if (result === null) return false;
		if (!result.ok) {
			reportError(result.error);
			return false;
		}
		if (!result.value.created) new Notice(t("linked.notice.plan-exists", { name: basenameOf(result.value.path) }));
		else await finishCreated(host, session, result.value, "linked.notice.plan-created");
		return true;
	});
	modal.open();
	return modal;
}

/**
 * Follow-up on the previous session's open plans: one form per plan (two after a two-consultation
 * session), those not yet reported in this session first; the next opens when one is saved.
 */
export async function runRetour(host: CodevHost, given?: string | null): Promise<RetourModal | null> {
	const session = sessionOrNotice(host, given);
	if (session === null) return null;
	const found = await guarded(session, () => findRetourPlans(new VaultStore(host.app), session, options(host)));
	if (found === null) return null;
	if (!found.ok) {
		reportError(found.error);
		return null;
	}
	const index = getCodevIndex(host) ?? indexFromStore(new VaultStore(host.app));
	const pending = found.value.filter((candidate) => index.target(candidate.planPath, "retour") !== session);
	return openRetourModal(host, session, pending.length > 0 ? pending : found.value.slice(0, 1));
}

function openRetourModal(host: CodevHost, session: string, queue: RetourCandidate[]): RetourModal | null {
	const [candidate, ...rest] = queue;
	if (!candidate) return null;
	if (!candidate.markerFound) reportWarnings([{ code: "linked-actions-marker-missing", vars: { name: basenameOf(candidate.planPath) } }]);
	const modal = new RetourModal(host.app, basenameOf(candidate.planPath), candidate.actions, async (answers) => {
		const result = await guarded(session, () => applyRetour(new VaultStore(host.app), session, candidate.planPath, answers, host.noteLanguage(), options(host)));
		if (result === null) return false;
		if (!result.ok) {
			reportError(result.error);
			return false;
		}
		const status = result.value.status === "done" ? t("linked.status.done") : t("linked.status.open");
		new Notice(t("linked.notice.retour-done", { name: basenameOf(candidate.planPath), status }));
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
	const type = typeOf(app, file);
	if (!file) return null;
	if (type === CODEV_TYPES.person) return file.path;
	if (type === CODEV_TYPES.session) {
		const client: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.client;
		return app.metadataCache.getFirstLinkpathDest(linkTarget(client), file.path)?.path ?? null;
	}
	return null;
}

export async function runWriteProgress(host: CodevHost): Promise<boolean> {
	const person = activePersonPath(host.app);
	if (person === null) {
		new Notice(t("linked.notice.no-person"));
		return false;
	}
	const result = await guarded(person, () => writeClientProgress(new VaultStore(host.app), person, host.noteLanguage(), options(host)));
	if (result === null) return false;
	if (!result.ok) {
		reportError(result.error);
		return false;
	}
	new Notice(t("linked.notice.progress-written", { name: basenameOf(person) }));
	return true;
}
