/**
 * What the sidebar shows: the stored timer while it runs (or until another session is chosen),
 * otherwise a prepared session for the chosen note (by default the active session note) or for
 * the sidebar alone. Prepared sessions are never persisted: nothing is written until Start.
 */
import { TFile } from "obsidian";
import { createTimer, type TimerState, type TimerStep } from "../../codev/timer";
import type { Consultation } from "../../codev/consultations";
import { t } from "../../i18n";
import { SESSION_TYPE, typeOf } from "../../notes/schema/kinds";
import { declaredConsultations, isSessionDone } from "../../notes/schema/session";
import type { Choice, ShownStep } from "../../sidebar-ui/model";
import { checkSessionProperties, clientsOf, consultationsFor, isSidebarKey, planFromNote, planWithoutNote, sidebarKey, stepDefsFor, timerStepsOf, type PlanProblem, type SessionPlan } from "../../sidebar-ui/plan";
import type { CodevHost } from "../host";
import { listNotesOfKind } from "../vaultStore";

export interface Shown {
	state: TimerState;
	steps: ShownStep[];
	/** The clients' names, in a two-consultation session; else null. */
	clients: Record<Consultation, string> | null;
	key: string;
	/** True for the stored timer; false for a prepared session (Start creates the timer). */
	live: boolean;
	plan: SessionPlan | null;
	problems: PlanProblem[];
}

interface TimerOwner {
	timer: TimerState | null;
	timerMethod: SessionPlan["method"];
	notify(): void;
}

const MAX_CHOICES = 30;

export class SessionBinding {
	private boundKey: string | null = null;
	private prepared: { plan: SessionPlan; state: TimerState } | null = null;
	private choiceCache: Choice[] | null = null;
	private stepCache: { key: string; steps: ShownStep[] } | null = null;

	constructor(
		private readonly host: CodevHost,
		private readonly owner: TimerOwner,
	) {}

	frontmatter(path: string): Record<string, unknown> | null {
		const file = this.host.app.vault.getAbstractFileByPath(path);
		const fm: unknown = file instanceof TFile ? this.host.app.metadataCache.getFileCache(file)?.frontmatter : null;
		return typeof fm === "object" && fm !== null ? (fm as Record<string, unknown>) : null;
	}

	get key(): string | null {
		return this.boundKey;
	}

	bind(key: string | null): void {
		this.boundKey = key;
		this.prepared = null;
		this.choiceCache = null;
	}

	timerSteps(plan: SessionPlan): TimerStep[] {
		return timerStepsOf(plan);
	}

	shown(): Shown {
		const timer = this.owner.timer;
		const active = timer?.status === "running" || timer?.status === "paused";
		if (timer && (active || this.boundKey === null || this.boundKey === timer.sessionKey)) return this.shownTimer(timer);
		this.prepared ??= this.prepare();
		const { plan, state } = this.prepared;
		const two = plan.steps.some((s) => s.consultation === "b");
		const clients = two && !isSidebarKey(plan.key) ? clientsOf(this.frontmatter(plan.key)) : null;
		return { state, steps: plan.steps, clients, key: plan.key, live: false, plan, problems: plan.problems };
	}

	private shownTimer(timer: TimerState): Shown {
		const ids = timer.steps.map((s) => s.id);
		const method = this.owner.timerMethod;
		const fm = isSidebarKey(timer.sessionKey) ? null : this.frontmatter(timer.sessionKey);
		const two = consultationsFor(ids, method, declaredConsultations(fm)) === 2;
		const cacheKey = `${method.id}\u0000${two ? 2 : 1}\u0000${ids.join("\u0000")}`;
		if (this.stepCache?.key !== cacheKey) this.stepCache = { key: cacheKey, steps: stepDefsFor(ids, method, this.host.settings, two ? 2 : 1) };
		const steps = this.stepCache.steps;
		return { state: timer, steps, clients: two ? clientsOf(fm) : null, key: timer.sessionKey, live: true, plan: null, problems: fm ? checkSessionProperties(fm, steps) : [] };
	}

	private prepare(): { plan: SessionPlan; state: TimerState } {
		const key = this.boundKey;
		const isNote = key !== null && !isSidebarKey(key) && this.frontmatter(key) !== null;
		const plan = isNote ? planFromNote(key, this.frontmatter(key), this.host.settings) : planWithoutNote(this.host.settings);
		try {
			return { plan, state: createTimer(plan.key, timerStepsOf(plan)) };
		} catch {
			const fallback = planWithoutNote(this.host.settings);
			return { plan: fallback, state: createTimer(fallback.key, timerStepsOf(fallback)) };
		}
	}

	/** Follows the active note when it is a session note and no session runs. */
	onActiveFile(file: TFile | null): void {
		if (!file || typeOf(this.frontmatter(file.path)) !== SESSION_TYPE) return;
		const timer = this.owner.timer;
		if (timer && (timer.status === "running" || timer.status === "paused")) return;
		if (this.boundKey === file.path) return;
		this.bind(file.path);
		this.owner.notify();
	}

	/** A note changed, appeared or went away: prepared plans and the choice list are re-read. */
	invalidate(path?: string): void {
		this.choiceCache = null;
		if (path === undefined || this.prepared?.plan.key === path) this.prepared = null;
	}

	renamed(oldPath: string, newPath: string): void {
		if (this.boundKey === oldPath) this.boundKey = newPath;
		this.invalidate();
		this.prepared = null;
	}

	deleted(path: string): void {
		if (this.boundKey === path && this.owner.timer?.sessionKey !== path) this.boundKey = null;
		this.invalidate();
		this.prepared = null;
	}

	/** The session notes not done yet (and the shown one), plus "without a note". */
	choices(shownKey: string): Choice[] {
		if (!this.choiceCache) {
			const notes = listNotesOfKind(this.host.app, "session").filter((n) => n.path === shownKey || !isSessionDone(this.frontmatter(n.path)));
			this.choiceCache = [
				{ value: sidebarKey(this.host.settings.methodId), label: t("sidebar.choice.no-note") },
				...notes.slice(0, MAX_CHOICES).map((n) => ({ value: n.path, label: n.name })),
			];
		}
		const known = this.choiceCache.some((c) => c.value === shownKey);
		return known ? this.choiceCache : [...this.choiceCache, { value: shownKey, label: shownKey }];
	}
}
