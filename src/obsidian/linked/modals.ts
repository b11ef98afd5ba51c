/** The linked feature's forms. Built with Setting/createEl; DOM events through a Component (`wire`, registerDomEvent). */
import { Component, Modal, Setting, type App } from "obsidian";
import { t } from "../../i18n";
import { OUTCOMES, outcomeLabel, type Outcome } from "../../notes/linked/actionPlanNote";
import { shortDate } from "../../notes/dates";
import type { Contribution } from "../../notes/linked/contributions";
import { HELP_KINDS, helpLabel, type HelpKind } from "../../notes/linked/kinds";
import { getUiLanguage } from "../../i18n";
import { linkLabel, parseWikiLink } from "../../notes/links";
import { submitOnce } from "../submitOnce";
import type { ContractInput } from "../../services/linked/contract";
import type { EarlierAction } from "../../services/linked/actionPlan";
import type { RetourAnswer, RetourPerson } from "../../services/linked/retour";
import { namedSetting } from "../namedSetting";

/** "[[Folder/Bob|Bob]]" or "[Bob](Bob.md)" → "Bob", for labels. */
export function displayText(text: string): string {
	return text
		.replace(/!?\[\[[^\]]+\]\]/g, (whole) => {
			const link = parseWikiLink(whole);
			return link ? linkLabel(link) : whole;
		})
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/\*\*/g, "");
}

/**
 * A labelled control built with plain DOM (so a click, a typed value or a picked date reach the
 * form the same way in Obsidian and in tests): `<label><span>Name</span><input…></label>`.
 */
function labelled<K extends "input" | "select" | "textarea">(parent: HTMLElement, name: string, tag: K, cls = "codev-field"): HTMLElementTagNameMap[K] {
	const label = parent.createEl("label", { cls });
	label.createSpan({ text: name, cls: "codev-field-name" });
	// The row's name already says it: the field's own caption is kept for screen readers only.
	if (parent.closest(".setting-item")?.querySelector(".setting-item-name")?.textContent === name) label.addClass("codev-field-named");
	return label.createEl(tag, tag === "select" ? { cls: "dropdown" } : {});
}

/** A row whose text field runs the whole width under its name (a sentence to write, not a word). */
function stacked(setting: Setting): Setting {
	return setting.setClass("codev-stacked");
}

abstract class LinkedModal extends Modal {
	protected readonly events = new Component();

	onOpen(): void {
		this.events.load();
		this.contentEl.addClass("codev-form");
		this.build();
	}

	onClose(): void {
		this.events.unload();
		this.contentEl.empty();
	}

	protected abstract build(): void;

	/** A DOM event on one of the form's elements, removed when the form closes. */
	protected wire<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, handler: (event: HTMLElementEventMap[K]) => void): void {
		this.events.registerDomEvent(el, type, handler);
	}

	/** What the main button does; public so tests drive the form without a DOM click. */
	abstract submit(): Promise<void>;

	/** Cancel and the main button, plain DOM buttons (a click reaches them the same way everywhere). */
	protected buttons(submitLabel: string): void {
		const row = new Setting(this.contentEl).setClass("codev-form-buttons");
		const cancel = row.controlEl.createEl("button", { text: t("linked.modal.cancel") });
		const submit = row.controlEl.createEl("button", { text: submitLabel, cls: "mod-cta" });
		this.wire(cancel, "click", () => this.close());
		this.wire(submit, "click", () => void this.submit());
	}
}

export class ContractModal extends LinkedModal {
	readonly input: ContractInput = { request: "", goal: "", help: [], reformulation: "", validated: false };
	private readonly once = submitOnce(() => this.onSubmit(this.input));

	constructor(app: App, private readonly onSubmit: (input: ContractInput) => Promise<boolean>) {
		super(app);
	}

	protected build(): void {
		const { contentEl } = this;
		this.setTitle(t("linked.modal.contract.title"));
		const area = (name: string, desc: string | null, set: (value: string) => void): void => {
			const setting = stacked(new Setting(contentEl).setName(name));
			if (desc) setting.setDesc(desc);
			const input = labelled(setting.controlEl, name, "textarea", "codev-field codev-field-wide");
			input.rows = 3;
			this.wire(input, "input", () => set(input.value));
		};
		const check = (parent: Setting, name: string, set: (on: boolean) => void): void => {
			parent.setClass("codev-check");
			const box = labelled(parent.controlEl, name, "input", "codev-field codev-field-inline");
			box.type = "checkbox";
			this.wire(box, "change", () => set(box.checked));
		};
		area(t("linked.modal.contract.request"), t("linked.modal.contract.request.desc"), (value) => (this.input.request = value));
		area(t("linked.modal.contract.goal"), null, (value) => (this.input.goal = value));
		namedSetting(contentEl, "linked.modal.contract.help").setHeading();
		for (const kind of HELP_KINDS) {
			check(new Setting(contentEl).setName(helpLabel(kind, getUiLanguage())), helpLabel(kind, getUiLanguage()), (on) => {
				this.input.help = on ? [...this.input.help, kind] : this.input.help.filter((k) => k !== kind);
				this.input.help.sort((a, b) => HELP_KINDS.indexOf(a) - HELP_KINDS.indexOf(b));
			});
		}
		area(t("linked.modal.contract.reformulation"), t("linked.modal.contract.reformulation.desc"), (value) => (this.input.reformulation = value));
		const validated = namedSetting(contentEl, "linked.modal.contract.validated", "linked.modal.contract.validated.desc");
		check(validated, t("linked.modal.contract.validated"), (on) => (this.input.validated = on));
		this.buttons(t("linked.modal.contract.submit"));
	}

	async submit(): Promise<void> {
		if (await this.once()) this.close();
	}
}

export interface ContributionDraft {
	who: string;
	kind: HelpKind;
	text: string;
}

/**
 * Captures contributions while people talk: the consultant chosen (one click, or Alt+1…9, or
 * ↑/↓ in the text) is the one credited, always; Enter adds and keeps the window open; the last
 * lines captured are listed, with an undo of the last one.
 */
export class ContributionModal extends LinkedModal {
	readonly draft: ContributionDraft = { who: "", kind: "ideas", text: "" };
	/** The consultant chosen in the list; a name typed in « another name » wins while it is there. */
	private chosen: string;
	private typedName = "";
	private readonly captured: Array<{ who: string; text: string; line: string }> = [];
	private listEl: HTMLElement | null = null;
	private undoButton: HTMLButtonElement | null = null;
	private textEl: HTMLInputElement | null = null;
	private readonly radios = new Map<string, HTMLInputElement>();
	private busy = false;

	constructor(
		app: App,
		private readonly people: Array<{ path: string; name: string }>,
		private readonly onAdd: (draft: ContributionDraft) => Promise<string | null>,
		private readonly onUndo: (line: string) => Promise<boolean> = () => Promise.resolve(false),
	) {
		super(app);
		this.chosen = people[0]?.path ?? "";
		this.draft.who = this.chosen;
	}

	/** Switches the credited consultant (a path of `people`). */
	choose(path: string): void {
		if (!this.people.some((p) => p.path === path)) return;
		this.chosen = path;
		const radio = this.radios.get(path);
		if (radio) radio.checked = true;
		this.updateWho();
	}

	private updateWho(): void {
		this.draft.who = this.typedName.trim() || this.chosen;
	}

	protected build(): void {
		const { contentEl } = this;
		this.setTitle(t("linked.modal.contribution.title"));
		contentEl.addClass("codev-form", "codev-contribution");
		if (this.people.length > 0) {
			const group = contentEl.createEl("fieldset", { cls: "codev-consultants" });
			group.createEl("legend", { text: t("linked.modal.contribution.who") });
			this.people.forEach((person, i) => {
				const label = group.createEl("label", { cls: "codev-consultant" });
				const radio = label.createEl("input", { type: "radio", attr: { name: "codev-consultant" } });
				radio.checked = person.path === this.chosen;
				this.radios.set(person.path, radio);
				if (i < 9) label.createEl("kbd", { text: String(i + 1) });
				label.createSpan({ text: person.name });
				this.wire(radio, "change", () => {
					if (radio.checked) this.choose(person.path);
					this.textEl?.focus();
				});
			});
		}
		new Setting(contentEl)
			.setName(this.people.length > 0 ? t("linked.modal.contribution.who-other") : t("linked.modal.contribution.who"))
			.addText((text) =>
				text.onChange((value) => {
					this.typedName = value;
					this.updateWho();
				}),
			);
		namedSetting(contentEl, "linked.modal.contribution.kind").addDropdown((dropdown) => {
			for (const kind of HELP_KINDS) dropdown.addOption(kind, helpLabel(kind, getUiLanguage()));
			dropdown.setValue(this.draft.kind).onChange((value) => (this.draft.kind = value as HelpKind));
		});
		stacked(new Setting(contentEl))
			.setName(t("linked.modal.contribution.text"))
			.setDesc(t("linked.modal.contribution.text.desc"))
			.addText((text) => {
				this.textEl = text.inputEl;
				text.onChange((value) => (this.draft.text = value));
			});
		const recent = contentEl.createDiv({ cls: "codev-captured" });
		this.listEl = recent.createEl("ol", { cls: "codev-captured-list", attr: { "aria-live": "polite" } });
		this.wire(contentEl, "keydown", (event: KeyboardEvent) => this.onKey(event));
		new Setting(contentEl)
			.setClass("codev-form-buttons")
			.addButton((button) => {
				this.undoButton = button.buttonEl;
				button.setButtonText(t("linked.modal.contribution.undo")).onClick(() => void this.undo());
			})
			.addButton((button) => button.setButtonText(t("linked.modal.close")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("linked.modal.contribution.add"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		this.renderCaptured();
		this.textEl?.focus();
	}

	private onKey(event: KeyboardEvent): void {
		if (event.isComposing) return;
		const index = this.people.findIndex((p) => p.path === this.chosen);
		if (event.altKey && /^[1-9]$/.test(event.key)) {
			const person = this.people[Number(event.key) - 1];
			if (person) this.choose(person.path);
			event.preventDefault();
		} else if (event.target === this.textEl && (event.key === "ArrowDown" || event.key === "ArrowUp") && this.people.length > 0) {
			const step = event.key === "ArrowDown" ? 1 : -1;
			const next = this.people[(index + step + this.people.length) % this.people.length];
			if (next) this.choose(next.path);
			event.preventDefault();
		} else if (event.target === this.textEl && event.key === "Enter") {
			event.preventDefault();
			if (!event.repeat) void this.submit();
		}
	}

	private nameOf(who: string): string {
		return this.people.find((p) => p.path === who)?.name ?? who;
	}

	private renderCaptured(): void {
		const list = this.listEl;
		if (!list) return;
		list.empty();
		for (const item of this.captured.slice(-5)) {
			const row = list.createEl("li");
			row.createEl("strong", { text: this.nameOf(item.who) });
			row.appendText(` — ${item.text}`);
		}
		list.toggle(this.captured.length > 0);
		if (this.undoButton) this.undoButton.disabled = this.captured.length === 0;
	}

	/** Adds the contribution and stays open for the next one; one at a time. */
	async submit(): Promise<void> {
		if (this.busy || this.draft.text.trim() === "") return;
		this.busy = true;
		try {
			const draft = { ...this.draft };
			const line = await this.onAdd(draft);
			if (line === null) return;
			this.captured.push({ who: draft.who, text: draft.text.trim(), line });
			this.draft.text = "";
			if (this.textEl) this.textEl.value = "";
			this.renderCaptured();
			this.textEl?.focus();
		} finally {
			this.busy = false;
		}
	}

	/** Removes the last contribution captured here from the note. */
	async undo(): Promise<void> {
		const last = this.captured[this.captured.length - 1];
		if (!last || this.busy) return;
		this.busy = true;
		try {
			if (await this.onUndo(last.line)) this.captured.pop();
			this.renderCaptured();
		} finally {
			this.busy = false;
		}
	}

	get capturedLines(): string[] {
		return this.captured.map((c) => c.line);
	}
}

export interface PlanRow {
	text: string;
	/** Person path (or name); "" for the client. */
	owner: string;
	/** yyyy-MM-dd as the date field gives it; "" for none. */
	due: string;
	/** The contribution this row started from, if any. */
	contribution: number | null;
}

export interface EarlierDraft {
	action: EarlierAction;
	choice: "keep" | "reword" | "let-go";
	text: string;
	due: string;
}

export interface PlanDraft {
	kept: string;
	rows: PlanRow[];
	earlier: EarlierDraft[];
}

export interface PlanFormContext {
	clientName: string;
	/** Who can own an action: the client first (value ""), then the other attendees. */
	people: Array<{ path: string; name: string }>;
	contributions: Contribution[];
	earlier: EarlierAction[];
	due: string | null;
	estimated: boolean;
}

/**
 * Step 5, the client's plan: « Ce que je retiens », then the actions. A kept contribution gives a
 * starting text the client rewrites in their words; actions can be typed from scratch; each has
 * an owner (the client by default) and a date field. The client's actions still open from
 * earlier plans are listed: keep with a new due date, reword, or let go.
 */
export class PlanModal extends LinkedModal {
	readonly draft: PlanDraft;
	private readonly once = submitOnce(() => this.onSubmit(this.draft));
	private rowsEl: HTMLElement | null = null;
	private readonly rowEls = new Map<PlanRow, HTMLElement>();

	constructor(
		app: App,
		private readonly context: PlanFormContext,
		private readonly onSubmit: (draft: PlanDraft) => Promise<boolean>,
	) {
		super(app);
		const due = context.due ?? "";
		this.draft = { kept: "", rows: [], earlier: context.earlier.map((action) => ({ action, choice: "keep", text: action.text, due })) };
	}

	protected build(): void {
		const { contentEl } = this;
		const { context } = this;
		contentEl.addClass("codev-plan-form");
		this.setTitle(t("linked.modal.plan.title", { client: context.clientName }));
		const kept = stacked(new Setting(contentEl)).setName(t("linked.modal.plan.kept")).setDesc(t("linked.modal.plan.kept.desc"));
		const keptArea = labelled(kept.controlEl, t("linked.modal.plan.kept"), "textarea", "codev-field codev-field-wide");
		keptArea.rows = 3;
		this.wire(keptArea, "input", () => (this.draft.kept = keptArea.value));

		namedSetting(contentEl, "linked.modal.plan.actions", "linked.modal.plan.actions.desc").setHeading();
		context.contributions.forEach((contribution, i) => {
			const kind = contribution.kind ? ` · ${helpLabel(contribution.kind, getUiLanguage())}` : "";
			const row = new Setting(contentEl).setName(displayText(contribution.text)).setDesc(`${displayText(contribution.who)}${kind}`);
			const box = labelled(row.controlEl, t("linked.modal.plan.from"), "input", "codev-field codev-field-inline");
			box.type = "checkbox";
			this.wire(box, "change", () => {
				const existing = this.draft.rows.find((r) => r.contribution === i);
				if (box.checked && !existing) this.addRow({ text: displayText(contribution.text), owner: "", due: context.due ?? "", contribution: i }, true);
				if (!box.checked && existing) this.removeRow(existing);
			});
		});
		this.rowsEl = contentEl.createDiv({ cls: "codev-plan-rows" });
		if (context.contributions.length === 0) this.addRow({ text: "", owner: "", due: context.due ?? "", contribution: null }, false);
		const add = contentEl.createEl("button", { text: t("linked.modal.plan.add"), cls: "codev-plan-add" });
		this.wire(add, "click", () => this.addRow({ text: "", owner: "", due: context.due ?? "", contribution: null }, true));
		contentEl.createEl("p", { cls: "setting-item-description", text: context.estimated ? t("linked.modal.plan.due.hint-estimated") : t("linked.modal.plan.due.hint", { date: context.due ? shortDate(context.due, getUiLanguage()) : "" }) });

		if (this.draft.earlier.length > 0) namedSetting(contentEl, "linked.modal.plan.earlier").setHeading();
		for (const earlier of this.draft.earlier) this.earlierRow(contentEl, earlier);
		this.buttons(t("linked.modal.plan.submit"));
	}

	private addRow(row: PlanRow, focus: boolean): void {
		if (!this.rowsEl) return;
		this.draft.rows.push(row);
		const el = this.rowsEl.createDiv({ cls: "codev-plan-row" });
		this.rowEls.set(row, el);
		const text = labelled(el, t("linked.modal.plan.action"), "input", "codev-field codev-field-wide");
		text.type = "text";
		text.value = row.text;
		this.wire(text, "input", () => (row.text = text.value));
		const owner = labelled(el, t("linked.modal.plan.owner"), "select");
		owner.createEl("option", { text: this.context.clientName, value: "" });
		for (const person of this.context.people) owner.createEl("option", { text: person.name, value: person.path });
		owner.value = row.owner;
		this.wire(owner, "change", () => (row.owner = owner.value));
		const due = labelled(el, t("linked.modal.plan.due"), "input");
		due.type = "date";
		due.value = row.due;
		this.wire(due, "input", () => (row.due = due.value));
		this.wire(due, "change", () => (row.due = due.value));
		const remove = el.createEl("button", { text: t("linked.modal.plan.remove"), cls: "codev-plan-remove" });
		this.wire(remove, "click", () => this.removeRow(row));
		if (focus) text.focus();
	}

	private removeRow(row: PlanRow): void {
		this.draft.rows.splice(this.draft.rows.indexOf(row), 1);
		this.rowEls.get(row)?.remove();
		this.rowEls.delete(row);
	}

	private earlierRow(parent: HTMLElement, earlier: EarlierDraft): void {
		const lang = getUiLanguage();
		const { action } = earlier;
		const latest = action.latest ? ` · ${outcomeLabel(action.latest.outcome as Outcome, lang)} (${shortDate(action.latest.date, lang)})` : "";
		const setting = new Setting(parent).setName(action.text).setDesc(t("linked.modal.plan.earlier.desc", { date: action.planDate ? shortDate(action.planDate, lang) : "", latest }));
		setting.settingEl.addClass("codev-plan-earlier");
		const choice = labelled(setting.controlEl, t("linked.modal.plan.action"), "select");
		for (const value of ["keep", "reword", "let-go"] as const) choice.createEl("option", { text: t(`linked.modal.plan.choice.${value}`), value });
		const text = labelled(setting.controlEl, t("linked.modal.plan.choice.reword"), "input", "codev-field codev-field-wide");
		text.type = "text";
		text.value = earlier.text;
		const due = labelled(setting.controlEl, t("linked.modal.plan.due"), "input");
		due.type = "date";
		due.value = earlier.due;
		const show = (): void => {
			text.parentElement?.toggleClass("codev-hidden", earlier.choice !== "reword");
			due.parentElement?.toggleClass("codev-hidden", earlier.choice === "let-go");
		};
		show();
		this.wire(choice, "change", () => {
			earlier.choice = choice.value as EarlierDraft["choice"];
			show();
		});
		this.wire(text, "input", () => (earlier.text = text.value));
		this.wire(due, "input", () => (earlier.due = due.value));
		this.wire(due, "change", () => (earlier.due = due.value));
	}

	async submit(): Promise<void> {
		if (await this.once()) this.close();
	}
}

/**
 * Step 0, one client's retour: each open action (carried ones say since when), what the client
 * says of it (done, partly, not tried, let go), an optional learning, and « ce qui a changé
 * depuis ». Answers name each action by its block id or text, never by its position.
 */
export class RetourModal extends LinkedModal {
	readonly answers: RetourAnswer[];
	changed: string;
	private readonly once = submitOnce(() => this.onSubmit(this.answers, this.changed));

	constructor(
		app: App,
		private readonly person: RetourPerson,
		private readonly onSubmit: (answers: RetourAnswer[], changed: string) => Promise<boolean>,
	) {
		super(app);
		this.answers = person.items.map((item) => ({ planPath: item.planPath, key: item.key, outcome: item.outcome, learning: item.learning }));
		this.changed = person.changed;
	}

	protected build(): void {
		const { contentEl, person } = this;
		const lang = getUiLanguage();
		contentEl.addClass("codev-retour-form");
		this.setTitle(t("linked.modal.retour.title", { client: person.clientName }));
		contentEl.createEl("p", { text: t("linked.modal.retour.intro") });
		person.items.forEach((item, i) => {
			const answer = this.answers[i];
			if (!answer) return;
			// The client's own actions do not repeat their name; someone else's says whose it is.
			const owner = item.owner && displayText(item.owner) !== person.clientName ? ` — ${displayText(item.owner)}` : "";
			const since = item.planDate ? (item.carried ? t("linked.modal.retour.carried", { date: shortDate(item.planDate, lang) }) : t("linked.modal.retour.plan", { date: shortDate(item.planDate, lang) })) : "";
			const setting = new Setting(contentEl).setName(`${displayText(item.text)}${owner}`).setDesc(since);
			setting.settingEl.addClass("codev-retour-action");
			const select = labelled(setting.controlEl, t("linked.modal.retour.outcome"), "select");
			select.createEl("option", { text: outcomeLabel(null, lang), value: "" });
			for (const outcome of OUTCOMES) select.createEl("option", { text: outcomeLabel(outcome, lang), value: outcome });
			select.value = answer.outcome ?? "";
			this.wire(select, "change", () => (answer.outcome = select.value === "" ? null : (select.value as Outcome)));
			const learning = labelled(setting.controlEl, t("linked.modal.retour.learning"), "input", "codev-field codev-field-wide");
			learning.type = "text";
			learning.value = answer.learning;
			this.wire(learning, "input", () => (answer.learning = learning.value));
		});
		const changed = stacked(new Setting(contentEl)).setName(t("linked.modal.retour.changed")).setDesc(t("linked.modal.retour.changed.desc"));
		const area = labelled(changed.controlEl, t("linked.modal.retour.changed"), "textarea", "codev-field codev-field-wide");
		area.rows = 3;
		area.value = this.changed;
		this.wire(area, "input", () => (this.changed = area.value));
		this.buttons(t("linked.modal.retour.submit"));
	}

	async submit(): Promise<void> {
		if (await this.once()) this.close();
	}
}
