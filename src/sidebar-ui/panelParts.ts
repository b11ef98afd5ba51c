/** Parts of the sidebar panel whose element lists change with the session. Pure DOM. */
import type { Role } from "../codev/types";
import { ROLES } from "../codev/types";
import type { MessageKey, Translate } from "../i18n";
import { button, clear, el, setText, show, toggleClass, type Listen } from "./dom";
import type { Choice, PanelAction, PanelMessage, PanelStepRow } from "./model";

const ROLE_LABELS: Record<Role, MessageKey> = {
	client: "sidebar.role.client",
	consultants: "sidebar.role.consultants",
	facilitator: "sidebar.role.facilitator",
};

/** Notices about the session (renamed, deleted, invalid properties); rebuilt only when they change. */
export class MessageList {
	private readonly box: HTMLElement;
	private key = "";

	constructor(parent: HTMLElement, private readonly listen: Listen, private readonly onAction: (action: PanelAction) => void) {
		this.box = el(parent, "div", "codev-sb-messages");
		this.box.setAttribute("role", "status");
	}

	update(messages: PanelMessage[]): void {
		const key = JSON.stringify(messages);
		if (key === this.key) return;
		this.key = key;
		clear(this.box);
		show(this.box, messages.length > 0);
		for (const message of messages) {
			const item = el(this.box, "div", `codev-sb-message is-${message.kind}`);
			el(item, "span", "codev-sb-message-text", message.text);
			const action = message.action;
			if (action) button(item, "codev-sb-message-action", action.label, this.listen, () => this.onAction(action.action));
		}
	}
}

/** Buttons other features register for the current step (e.g. "Create the contract"). */
export class StepActionList {
	private readonly box: HTMLElement;
	private key = "";

	constructor(parent: HTMLElement, private readonly listen: Listen, private readonly onRun: (id: string) => void) {
		this.box = el(parent, "div", "codev-sb-step-actions");
	}

	update(actions: Choice[]): void {
		const key = JSON.stringify(actions);
		if (key === this.key) return;
		this.key = key;
		clear(this.box);
		show(this.box, actions.length > 0);
		for (const action of actions) button(this.box, "codev-sb-step-action", action.label, this.listen, () => this.onRun(action.value));
	}
}

/** What the client, the consultants and the facilitator do at this step; one role at a time. */
export class RoleCard {
	private readonly tabs = new Map<Role, HTMLButtonElement>();
	private readonly text: HTMLElement;

	constructor(parent: HTMLElement, t: Translate, listen: Listen, onRole: (role: Role) => void) {
		const card = el(parent, "section", "codev-sb-roles");
		const tabs = el(card, "div", "codev-sb-role-tabs");
		tabs.setAttribute("role", "group");
		tabs.setAttribute("aria-label", t("sidebar.role.label"));
		for (const role of ROLES) this.tabs.set(role, button(tabs, `codev-sb-role is-${role}`, t(ROLE_LABELS[role]), listen, () => onRole(role)));
		this.text = el(card, "p", "codev-sb-role-text");
	}

	update(role: Role, guidance: Record<Role, string>): void {
		for (const [r, tab] of this.tabs) {
			toggleClass(tab, "is-active", r === role);
			const pressed = String(r === role);
			if (tab.getAttribute("aria-pressed") !== pressed) tab.setAttribute("aria-pressed", pressed);
		}
		setText(this.text, guidance[role]);
	}
}

interface RowRefs {
	item: HTMLElement;
	name: HTMLElement;
	minutes: HTMLElement;
}

/** The steps with their planned (and, once done, actual) minutes. */
export class StepList {
	private readonly list: HTMLOListElement;
	private rows: RowRefs[] = [];
	private key = "";

	constructor(parent: HTMLElement, t: Translate) {
		const section = el(parent, "section", "codev-sb-steps");
		el(section, "div", "codev-sb-section-title", t("sidebar.steps"));
		this.list = el(section, "ol", "codev-sb-step-list");
	}

	update(steps: PanelStepRow[]): void {
		const key = steps.map((s) => s.id).join("\u0000");
		if (key !== this.key) this.rebuild(steps, key);
		steps.forEach((step, i) => {
			const row = this.rows[i];
			if (!row) return;
			setText(row.name, step.name);
			setText(row.minutes, step.minutes);
			for (const state of ["done", "current", "todo"] as const) toggleClass(row.item, `is-${state}`, step.state === state);
			if (step.state === "current") row.item.setAttribute("aria-current", "step");
			else row.item.removeAttribute("aria-current");
		});
	}

	private rebuild(steps: PanelStepRow[], key: string): void {
		this.key = key;
		clear(this.list);
		this.rows = steps.map((step) => {
			const item = el(this.list, "li", "codev-sb-step");
			el(item, "span", "codev-sb-step-number", step.number);
			const name = el(item, "span", "codev-sb-step-title");
			const minutes = el(item, "span", "codev-sb-step-minutes");
			return { item, name, minutes };
		});
	}
}
