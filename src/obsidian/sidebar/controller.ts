/**
 * The running session: one timer (the pure reducer in src/codev/timer.ts), persisted in the
 * plugin data on every transition, plus what the sidebar is bound to when nothing runs.
 * One interval, only while the timer runs; views and the status bar subscribe to changes.
 */
import { type TAbstractFile } from "obsidian";
import { CLASSIC_METHOD } from "../../codev/methods";
import { createTimer, deserialize, reduce, resumeAfterReload, serialize, snapshot, type TimerEvent, type TimerSnapshot, type TimerState } from "../../codev/timer";
import type { MethodDef, Role } from "../../codev/types";
import { t, tError, type MessageKey, type Vars } from "../../i18n";
import { isSessionDone } from "../../notes/schema/session";
import { basenameOf } from "../../services/noteStore";
import { cueBetween, type Cue, type CueMemory } from "../../sidebar-ui/cues";
import { ROOM_MODES, type PanelAction, type RoomMode } from "../../sidebar-ui/model";
import { isSidebarKey, methodForTimer, planFromNote, planWithoutNote, type SessionPlan } from "../../sidebar-ui/plan";
import type { CodevHost } from "../host";
import { SessionBinding, type Shown } from "./binding";
import { openSessionNote } from "../openBeside";
import { confirmReplace, confirmRestart } from "./confirm";
import { markInProgress, noteExists, saveSessionAsNote, writeActuals } from "./noteSync";
import { notice } from "../notice";

export type ChangeKind = "change" | "tick";

/**
 * What every view renders, computed at most once per change or tick and shared by all of them:
 * the shown session (with its property checks) and its timer at one instant.
 */
export interface SessionFrame {
	shown: Shown;
	nowMs: number;
	snap: TimerSnapshot;
}

/** `frame` computes the frame on the first call of a notify and gives the same one after. */
export type FrameListener = (kind: ChangeKind, frame: () => SessionFrame) => void;

export interface StoredMessage {
	id: string;
	key: MessageKey;
	vars?: Vars;
	kind: "info" | "warning";
	action?: { key: MessageKey; action: PanelAction };
}

export interface Openers {
	openSidebar(): Promise<void>;
	openProjector(): Promise<void>;
	/** The start form for the next session of the ended one's group; `created` gets the new note. */
	openNextSession(endedPath: string | null, created: (path: string) => void): void;
}

const isActive = (state: TimerState | null): boolean => state?.status === "running" || state?.status === "paused";

export class SessionController {
	timer: TimerState | null = null;
	timerMethod: MethodDef = CLASSIC_METHOD;
	role: Role = "facilitator";
	readonly binding: SessionBinding;
	readonly messages = new Map<string, StoredMessage>();
	private readonly listeners = new Set<FrameListener>();
	private intervalId: number | null = null;
	private cueMemory: CueMemory | null = null;
	openers: Openers = { openSidebar: async () => {}, openProjector: async () => {}, openNextSession: () => {} };
	/** Asks before another session replaces a running one (a Modal; tests answer directly). */
	confirm: (runningName: string) => Promise<boolean>;
	/** Asks before an ended session's timer starts again (its actual minutes would be replaced). */
	confirmRestart: (name: string) => Promise<boolean>;
	/** One panel action at a time: a second click while the first is being written is dropped. */
	private performing = false;
	/** Added to the wall clock when it was set back mid-session, so elapsed time never runs backwards. */
	private clockOffsetMs = 0;
	private lastNowMs = 0;

	constructor(
		readonly host: CodevHost,
		private readonly chime: { play(cue: Cue): void },
	) {
		this.binding = new SessionBinding(host, this);
		this.confirm = (name) => confirmReplace(host.app, name);
		this.confirmRestart = (name) => confirmRestart(host.app, name);
	}

	/**
	 * The time of the timer: the wall clock, except that a clock set back while a session runs
	 * (a time-zone or daylight fix, a manual change) does not take minutes away from the step:
	 * the jump is absorbed, as the ticks observe it.
	 */
	nowMs(): number {
		const wall = this.host.now().getTime() + this.clockOffsetMs;
		if (this.timer?.status === "running" && wall < this.lastNowMs) {
			this.clockOffsetMs += this.lastNowMs - wall;
			return this.lastNowMs;
		}
		this.lastNowMs = wall;
		return wall;
	}

	subscribe(listener: FrameListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The shown session and its timer now (a view opening draws from it before the next notify). */
	frame(): SessionFrame {
		const shown = this.shown();
		const nowMs = this.nowMs();
		return { shown, nowMs, snap: snapshot(shown.state, nowMs) };
	}

	/**
	 * Publishes one frame to every view (the sidebar, the room display, the status bar), computed
	 * only if one of them draws: a hidden view on a tick and an idle status bar need none.
	 */
	notify(kind: ChangeKind = "change", computed?: SessionFrame): void {
		let published = computed ?? null;
		const frame = () => (published ??= this.frame());
		for (const listener of [...this.listeners]) listener(kind, frame);
	}

	/** True while a session runs or is paused: then it is the one shown. */
	isActive(): boolean {
		return isActive(this.timer);
	}

	say(message: StoredMessage): void {
		this.messages.set(message.id, message);
	}

	/** Reads the stored timer after a reload: time comes from timestamps, so it simply resumes. */
	load(): void {
		const raw = this.host.data.timer;
		if (raw === undefined || raw === null) return;
		const result = deserialize(raw);
		if (!result.ok) {
			this.say({ id: "stored", key: "sidebar.message.unreadable", vars: { reason: tError(result.error) }, kind: "warning", action: { key: "sidebar.action.discard", action: "clear" } });
			return;
		}
		const { state, note } = resumeAfterReload(result.value, this.nowMs());
		this.timer = state;
		const fm = isSidebarKey(state.sessionKey) ? null : this.binding.frontmatter(state.sessionKey);
		this.timerMethod = methodForTimer(state.sessionKey, state.steps.map((s) => s.id), fm, this.host.settings);
		if (note !== "resumed") this.say({ id: "stored", key: note === "stale" ? "sidebar.message.stale" : "sidebar.message.future", kind: "warning", action: { key: "sidebar.action.discard", action: "clear" } });
		if (this.notePathOf(state) && !noteExists(this.host.app, state.sessionKey)) this.sayDeleted(state.sessionKey);
		this.updateTicking();
	}

	/** The note a timer writes to; null for a session on the sidebar alone. */
	notePathOf(state: TimerState | null): string | null {
		return state && !isSidebarKey(state.sessionKey) ? state.sessionKey : null;
	}

	shown(): Shown {
		return this.binding.shown();
	}

	async perform(action: PanelAction): Promise<void> {
		if (this.performing) return;
		this.performing = true;
		try {
			await this.performNow(action);
		} finally {
			this.performing = false;
		}
	}

	private async performNow(action: PanelAction): Promise<void> {
		const shown = this.shown();
		const status = shown.live ? shown.state.status : "idle";
		if (action === "openNote") return this.openShownNote();
		// A prepared session has no timer yet: only Start (and the room display) apply to it.
		if (!shown.live && action !== "primary" && action !== "projector") return;
		switch (action) {
			case "primary":
				if (status === "idle") return this.start(shown.plan);
				return status === "finished" ? this.newSession() : this.dispatch({ type: "next" });
			case "previous": return this.dispatch({ type: "previous" });
			case "togglePause": return this.dispatch({ type: status === "running" ? "pause" : "resume" });
			case "addOne": return this.dispatch({ type: "addTime", seconds: 60 });
			case "addFive": return this.dispatch({ type: "addTime", seconds: 300 });
			case "reset": return this.dispatch({ type: "resetStep" });
			case "bank": return this.dispatch({ type: "takeFromLater" });
			case "projector": return this.openers.openProjector();
			case "saveNote": return this.saveAsNote();
			case "clear": return this.clear();
		}
	}

	/** The note the sidebar shows (its title is a link to it). */
	private async openShownNote(): Promise<void> {
		const key = this.shown().key;
		if (!isSidebarKey(key)) await openSessionNote(this.host.app, key);
	}

	/**
	 * « New session » after the end: the ended timer is put away and the start form opens for the
	 * same group, on its next date; the ended note is never reset or restarted.
	 */
	private async newSession(): Promise<void> {
		const ended = this.notePathOf(this.timer);
		await this.clear();
		this.binding.bind(null);
		this.notify();
		this.openers.openNextSession(ended, (path) => this.choose(path));
	}

	/** Starts a prepared session; if another one runs, asks first (that one then ends). */
	async start(plan: SessionPlan | null = this.shown().plan): Promise<void> {
		if (!plan) return;
		const current = this.timer;
		if (current && isActive(current)) {
			if (current.sessionKey === plan.key) return;
			const name = this.displayName(current.sessionKey);
			if (!(await this.confirm(name))) return;
			await this.dispatch({ type: "finish" });
		}
		if (!isSidebarKey(plan.key) && isSessionDone(this.binding.frontmatter(plan.key)) && !(await this.confirmRestart(basenameOf(plan.key)))) return;
		this.clockOffsetMs = 0;
		this.lastNowMs = 0;
		const state = reduce(createTimer(plan.key, this.binding.timerSteps(plan)), { type: "start" }, this.nowMs());
		this.timer = state;
		this.timerMethod = plan.method;
		this.binding.bind(plan.key);
		this.messages.clear();
		await this.persist();
		const path = this.notePathOf(state);
		if (path) await this.guardWrite(() => markInProgress(this.host.app, path));
		else this.say({ id: "no-note", key: "sidebar.message.no-note", kind: "info" });
		this.updateTicking();
		this.notify();
	}

	async dispatch(event: TimerEvent): Promise<void> {
		const before = this.timer;
		if (!before) return;
		const after = reduce(before, event, this.nowMs());
		if (after === before) return;
		this.timer = after;
		await this.persist();
		if (before.status !== "finished" && after.status === "finished") await this.onFinished(after);
		this.updateTicking();
		this.notify();
	}

	private async onFinished(state: TimerState): Promise<void> {
		const path = this.notePathOf(state);
		if (path && noteExists(this.host.app, path)) {
			const ok = await this.guardWrite(() => writeActuals(this.host.app, path, state, this.nowMs()));
			if (ok) notice("sidebar.notice.written", { name: basenameOf(path) });
			return;
		}
		this.say({ id: "ended", key: "sidebar.message.ended-no-note", kind: "info", action: { key: "sidebar.action.save-note", action: "saveNote" } });
	}

	async clear(): Promise<void> {
		this.timer = null;
		this.messages.clear();
		await this.persist();
		this.updateTicking();
		this.notify();
	}

	async saveAsNote(): Promise<void> {
		const state = this.timer;
		if (!state || !this.canSaveNote()) return;
		const req = { app: this.host.app, settings: this.host.settings, lang: this.host.noteLanguage(), state, method: this.timerMethod, nowMs: this.nowMs(), today: this.host.now() };
		let path: string;
		try {
			path = await saveSessionAsNote(req);
		} catch (error) {
			this.say({ id: "write", key: "sidebar.message.write-failed", vars: { reason: error instanceof Error ? error.message : String(error) }, kind: "warning" });
			this.notify();
			return;
		}
		this.timer = { ...state, sessionKey: path };
		this.binding.bind(path);
		this.messages.clear();
		await this.persist();
		notice("sidebar.notice.saved", { name: basenameOf(path) });
		await openSessionNote(this.host.app, path);
		this.notify();
	}

	async setRoomMode(mode: RoomMode): Promise<void> {
		if (!ROOM_MODES.includes(mode) || this.host.settings.roomDisplay === mode) return;
		this.host.settings.roomDisplay = mode;
		await this.host.saveSettings();
		this.notify();
	}

	/** Shows another session (a note, or the sidebar alone); a running session stays shown. */
	choose(key: string): void {
		if (isActive(this.timer)) return;
		this.binding.bind(key === "" ? null : key);
		this.notify();
	}

	/** Runs a button another feature registered for the current step. */
	async runStepAction(commandId: string): Promise<void> {
		const shown = this.shown();
		const step = shown.steps[shown.state.current];
		// Actions are registered on the method's step id; at consultation B's "b_contrat" they get "b".
		const stepId = step?.baseId ?? shown.state.steps[shown.state.current]?.id;
		const action = this.host.stepActions.find((a) => a.commandId === commandId && a.stepId === stepId);
		if (!action) return;
		const path = isSidebarKey(shown.key) ? null : shown.key;
		const consultation = step?.consultation ?? undefined;
		await (consultation ? action.run(path, consultation) : action.run(path));
	}

	/** A sidebar-only session, or one whose note was deleted, can become a note. */
	canSaveNote(): boolean {
		const state = this.timer;
		if (!state || state.status === "idle") return false;
		const path = this.notePathOf(state);
		return path === null || !noteExists(this.host.app, path);
	}

	private async guardWrite(write: () => Promise<void>): Promise<boolean> {
		try {
			await write();
			this.messages.delete("write");
			return true;
		} catch (error) {
			this.say({ id: "write", key: "sidebar.message.write-failed", vars: { reason: error instanceof Error ? error.message : String(error) }, kind: "warning" });
			return false;
		}
	}

	private async persist(): Promise<void> {
		this.host.data.timer = this.timer ? serialize(this.timer) : undefined;
		await this.host.saveSettings();
	}

	displayName(key: string): string {
		return isSidebarKey(key) ? t("sidebar.title.no-note") : basenameOf(key);
	}

	// ------------------------------------------------------------ vault events

	async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		this.binding.renamed(oldPath, file.path);
		if (this.timer?.sessionKey !== oldPath) return this.notify();
		this.timer = { ...this.timer, sessionKey: file.path };
		await this.persist();
		this.notify();
	}

	async onDelete(file: TAbstractFile): Promise<void> {
		this.binding.deleted(file.path);
		if (this.timer?.sessionKey !== file.path) return this.notify();
		this.sayDeleted(file.path);
		if (this.timer.status === "running") await this.dispatch({ type: "pause" });
		notice("sidebar.message.deleted", { name: basenameOf(file.path) });
		this.notify();
	}

	private sayDeleted(path: string): void {
		this.say({ id: "deleted", key: "sidebar.message.deleted", vars: { name: basenameOf(path) }, kind: "warning", action: { key: "sidebar.action.save-note", action: "saveNote" } });
	}

	// ------------------------------------------------------------ ticking

	private updateTicking(): void {
		const running = this.timer?.status === "running";
		if (running && this.intervalId === null) {
			this.intervalId = this.host.registerInterval(window.setInterval(() => this.tick(), 1000));
		} else if (!running && this.intervalId !== null) {
			window.clearInterval(this.intervalId);
			this.intervalId = null;
			this.cueMemory = null;
		}
	}

	/** Ticks only redraw (and maybe chime): the time itself always comes from the wall clock. */
	tick(): void {
		const state = this.timer;
		if (!state || state.status !== "running") return this.updateTicking();
		// A running timer is always the one shown: the frame's snapshot is this timer's.
		const frame = this.frame();
		const { snap } = frame;
		const cue = cueBetween(this.cueMemory, snap);
		this.cueMemory = { index: snap.index, remainingSeconds: snap.remainingSeconds };
		if (cue && this.host.settings.sidebarChime) this.chime.play(cue);
		this.notify("tick", frame);
	}

	/** Unload: nothing keeps running (the interval is also registered with the plugin). */
	dispose(): void {
		if (this.intervalId !== null) window.clearInterval(this.intervalId);
		this.intervalId = null;
		this.listeners.clear();
	}

	isTicking(): boolean {
		return this.intervalId !== null;
	}

	static planFor(host: CodevHost, key: string | null, fm: Record<string, unknown> | null): SessionPlan {
		return key && !isSidebarKey(key) ? planFromNote(key, fm, host.settings) : planWithoutNote(host.settings);
	}
}
