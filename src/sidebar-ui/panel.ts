/**
 * The facilitation sidebar as a pure DOM component (no Obsidian import): built once, then
 * `update()` rewrites only the texts and classes that changed. The Obsidian view wraps it;
 * the browser test mounts it in plain Chromium.
 */
import type { TimerStatus } from "../codev/timer";
import type { Role } from "../codev/types";
import type { MessageKey, Translate } from "../i18n";
import { button, el, plainListen, setText, show, toggleClass, type Listen } from "./dom";
import { keyToAction } from "./keys";
import { ROOM_MODES, type PanelAction, type PanelModel, type RoomMode } from "./model";
import { MessageList, RoleCard, StepActionList, StepList } from "./panelParts";

const ROOM_MODE_LABELS: Record<RoomMode, MessageKey> = {
	time: "sidebar.room.mode.time",
	ring: "sidebar.room.mode.ring",
	step: "sidebar.room.mode.step",
};

export interface PanelHandlers {
	action(action: PanelAction): void;
	role(role: Role): void;
	roomMode(mode: RoomMode): void;
	choose(value: string): void;
	stepAction(id: string): void;
}

interface Refs {
	title: HTMLButtonElement;
	announcer: HTMLElement;
	subtitle: HTMLElement;
	chooser: HTMLElement;
	select: HTMLSelectElement;
	current: HTMLElement;
	stepLabel: HTMLElement;
	stepName: HTMLElement;
	hotSeat: HTMLElement;
	clock: HTMLElement;
	clockHint: HTMLElement;
	bar: HTMLElement;
	meta: HTMLElement;
	purpose: HTMLElement;
	primary: HTMLButtonElement;
	previous: HTMLButtonElement;
	pause: HTMLButtonElement;
	addOne: HTMLButtonElement;
	addFive: HTMLButtonElement;
	reset: HTMLButtonElement;
	bank: HTMLButtonElement;
	saveNote: HTMLButtonElement;
	room: HTMLSelectElement;
}

export class SidebarPanel {
	readonly root: HTMLElement;
	private readonly refs: Refs;
	private readonly messages: MessageList;
	private readonly stepActions: StepActionList;
	private readonly roles: RoleCard;
	private readonly steps: StepList;
	private status: TimerStatus = "idle";
	private choicesKey = "";

	constructor(parent: HTMLElement, private readonly t: Translate, private readonly handlers: PanelHandlers, private readonly listen: Listen = plainListen) {
		this.root = el(parent, "div", "codev-sidebar");
		this.root.tabIndex = -1;
		const act = (action: PanelAction) => () => handlers.action(action);
		const header = this.buildHeader();
		this.messages = new MessageList(this.root, listen, (a) => handlers.action(a));
		const current = this.buildCurrent();
		const controls = el(this.root, "div", "codev-sb-controls");
		const primary = el(controls, "button", "codev-sb-primary mod-cta");
		primary.type = "button";
		// The second click of a double click (detail 2) must not also run: it would skip step 1.
		listen(primary, "click", (ev) => {
			if ((ev as MouseEvent).detail <= 1) handlers.action("primary");
		});
		const row = el(controls, "div", "codev-sb-row");
		const previous = button(row, "codev-sb-previous", t("sidebar.action.previous"), listen, act("previous"));
		const pause = button(row, "codev-sb-pause", "", listen, act("togglePause"));
		const addOne = button(row, "codev-sb-add-one", t("sidebar.action.add-one"), listen, act("addOne"));
		const addFive = button(row, "codev-sb-add-five", t("sidebar.action.add-five"), listen, act("addFive"));
		const reset = button(row, "codev-sb-reset", t("sidebar.action.reset"), listen, act("reset"));
		const bank = button(controls, "codev-sb-bank", "", listen, act("bank"));
		this.stepActions = new StepActionList(this.root, listen, (id) => handlers.stepAction(id));
		this.roles = new RoleCard(this.root, t, listen, (role) => handlers.role(role));
		this.steps = new StepList(this.root, t);
		const footer = this.buildFooter(act);
		this.refs = { ...header, ...current, primary, previous, pause, addOne, addFive, reset, bank, ...footer };
		listen(this.root, "keydown", (ev) => this.onKey(ev as KeyboardEvent));
	}

	private buildHeader(): Pick<Refs, "title" | "announcer" | "subtitle" | "chooser" | "select"> {
		const header = el(this.root, "div", "codev-sb-header");
		const title = button(header, "codev-sb-title", "", this.listen, () => this.handlers.action("openNote"));
		title.title = this.t("live.sidebar.open-note");
		const subtitle = el(header, "div", "codev-sb-subtitle");
		const announcer = el(header, "div", "codev-sb-announcer");
		announcer.setAttribute("aria-live", "polite");
		announcer.setAttribute("role", "status");
		const chooser = el(this.root, "label", "codev-sb-chooser");
		el(chooser, "span", "codev-sb-label", this.t("sidebar.choose"));
		const select = el(chooser, "select", "dropdown codev-sb-choose");
		this.listen(select, "change", () => this.handlers.choose(select.value));
		return { title, announcer, subtitle, chooser, select };
	}

	private buildCurrent(): Pick<Refs, "current" | "stepLabel" | "stepName" | "hotSeat" | "clock" | "clockHint" | "bar" | "meta" | "purpose"> {
		const current = el(this.root, "section", "codev-sb-current");
		const stepLabel = el(current, "div", "codev-sb-step-label");
		const stepName = el(current, "div", "codev-sb-step-name");
		const hotSeat = el(current, "div", "codev-sb-hot-seat");
		hotSeat.hidden = true;
		const clockRow = el(current, "div", "codev-sb-clock-row");
		const clock = el(clockRow, "div", "codev-sb-clock");
		const clockHint = el(clockRow, "div", "codev-sb-clock-hint");
		const track = el(current, "div", "codev-sb-progress");
		track.setAttribute("role", "progressbar");
		track.setAttribute("aria-valuemin", "0");
		track.setAttribute("aria-valuemax", "100");
		const bar = el(track, "div", "codev-sb-progress-bar");
		const meta = el(current, "div", "codev-sb-meta");
		const purpose = el(current, "p", "codev-sb-purpose");
		return { current, stepLabel, stepName, hotSeat, clock, clockHint, bar, meta, purpose };
	}

	private buildFooter(act: (a: PanelAction) => () => void): Pick<Refs, "saveNote" | "room"> {
		const footer = el(this.root, "div", "codev-sb-footer");
		const roomLabel = el(footer, "label", "codev-sb-room");
		el(roomLabel, "span", "codev-sb-label", this.t("sidebar.room.label"));
		const room = el(roomLabel, "select", "dropdown");
		for (const mode of ROOM_MODES) el(room, "option", undefined, this.t(ROOM_MODE_LABELS[mode])).value = mode;
		this.listen(room, "change", () => this.handlers.roomMode(room.value as RoomMode));
		const buttons = el(footer, "div", "codev-sb-row");
		button(buttons, "codev-sb-projector", this.t("sidebar.action.projector"), this.listen, act("projector"));
		const saveNote = button(buttons, "codev-sb-save-note", this.t("sidebar.action.save-note"), this.listen, act("saveNote"));
		el(footer, "div", "codev-sb-keys", this.t("sidebar.keys"));
		return { saveNote, room };
	}

	private onKey(ev: KeyboardEvent): void {
		// A held key repeats: one press is one step, never a run through every step.
		if (ev.repeat) return;
		const target = ev.target instanceof Element ? ev.target.tagName : "";
		const action = keyToAction({ key: ev.key, targetTag: target, ctrlKey: ev.ctrlKey, metaKey: ev.metaKey, altKey: ev.altKey }, this.status);
		if (!action) return;
		ev.preventDefault();
		this.handlers.action(action);
	}

	update(model: PanelModel): void {
		const r = this.refs;
		this.status = model.status;
		setText(r.title, model.title);
		r.title.disabled = !model.titleIsLink;
		setText(r.announcer, model.announcement);
		setText(r.subtitle, model.subtitle);
		this.updateChoices(model);
		this.messages.update(model.messages);
		this.updateCurrent(model);
		setText(r.primary, model.primaryLabel);
		setText(r.pause, model.pauseLabel);
		r.pause.disabled = !model.canPause;
		r.previous.disabled = !model.canPrevious;
		for (const b of [r.addOne, r.addFive, r.reset]) b.disabled = !model.canAdjust;
		show(r.bank, model.bankLabel !== null);
		setText(r.bank, model.bankLabel ?? "");
		this.stepActions.update(model.stepActions);
		this.roles.update(model.role, model.guidance);
		this.steps.update(model.steps);
		show(r.saveNote, model.canSaveNote);
		if (r.room.value !== model.roomMode) r.room.value = model.roomMode;
	}

	private updateCurrent(model: PanelModel): void {
		const r = this.refs;
		toggleClass(r.current, "is-overtime", model.overtime);
		toggleClass(r.current, "is-paused", model.status === "paused");
		toggleClass(r.current, "is-finished", model.status === "finished");
		setText(r.stepLabel, model.stepLabel);
		setText(r.stepName, model.stepName);
		setText(r.hotSeat, model.hotSeat);
		show(r.hotSeat, model.hotSeat !== "");
		setText(r.clock, model.clock);
		setText(r.clockHint, model.clockHint);
		const percent = String(Math.round(model.progress * 100));
		if (r.bar.parentElement?.getAttribute("aria-valuenow") !== percent) {
			r.bar.parentElement?.setAttribute("aria-valuenow", percent);
			r.bar.style.setProperty("--codev-progress", `${percent}%`);
		}
		setText(r.meta, model.meta);
		setText(r.purpose, model.purpose);
	}

	private updateChoices(model: PanelModel): void {
		const { select, chooser } = this.refs;
		show(chooser, model.choices.length > 1);
		const key = model.choices.map((c) => `${c.value}\u0000${c.label}`).join("\u0001");
		if (key !== this.choicesKey) {
			this.choicesKey = key;
			while (select.firstChild) select.removeChild(select.firstChild);
			for (const choice of model.choices) el(select, "option", undefined, choice.label).value = choice.value;
		}
		if (select.value !== model.chosen) select.value = model.chosen;
	}
}
