/** The linked feature's forms. Built with Setting/createEl; DOM events through a Component (registerDomEvent). */
import { Component, Modal, Setting, type App } from "obsidian";
import { t } from "../../i18n";
import type { ParsedAction, Outcome } from "../../notes/linked/actionPlanNote";
import type { Contribution } from "../../notes/linked/contributions";
import { HELP_KINDS, helpLabel, type HelpKind } from "../../notes/linked/kinds";
import { linkLabel, parseWikiLink } from "../../notes/links";
import { getUiLanguage } from "../../i18n";
import type { ContractInput } from "../../services/linked/contract";
import type { RetourAnswer } from "../../services/linked/retour";
import { submitOnce } from "../submitOnce";

/** "[[Folder/Bob|Bob]]" or "[Bob](Bob.md)" → "Bob", for labels. */
export function displayText(text: string): string {
	return text
		.replace(/!?\[\[[^\]]+\]\]/g, (whole) => { const link = parseWikiLink(whole); return link ? linkLabel(link) : whole; })
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/\*\*/g, "");
}

abstract class LinkedModal extends Modal {
	protected readonly events = new Component();

	onOpen(): void {
		this.events.load();
		this.build();
	}

	onClose(): void {
		this.events.unload();
		this.contentEl.empty();
	}

	protected abstract build(): void;

	/** What the main button does; public so tests drive the form without a DOM click. */
	abstract submit(): Promise<void>;

	protected buttons(submitLabel: string): void {
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(t("linked.modal.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(submitLabel)
					.setCta()
					.onClick(() => void this.submit()),
			);
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
		new Setting(contentEl)
			.setName(t("linked.modal.contract.request"))
			.setDesc(t("linked.modal.contract.request.desc"))
			.addTextArea((area) => area.onChange((value) => (this.input.request = value)));
		new Setting(contentEl).setName(t("linked.modal.contract.goal")).addTextArea((area) => area.onChange((value) => (this.input.goal = value)));
		new Setting(contentEl).setName(t("linked.modal.contract.help")).setHeading();
		for (const kind of HELP_KINDS) {
			new Setting(contentEl).setName(helpLabel(kind, getUiLanguage())).addToggle((toggle) =>
				toggle.onChange((on) => {
					this.input.help = on ? [...this.input.help, kind] : this.input.help.filter((k) => k !== kind);
					this.input.help.sort((a, b) => HELP_KINDS.indexOf(a) - HELP_KINDS.indexOf(b));
				}),
			);
		}
		new Setting(contentEl)
			.setName(t("linked.modal.contract.reformulation"))
			.setDesc(t("linked.modal.contract.reformulation.desc"))
			.addTextArea((area) => area.onChange((value) => (this.input.reformulation = value)));
		new Setting(contentEl).setName(t("linked.modal.contract.validated")).addToggle((toggle) => toggle.onChange((on) => (this.input.validated = on)));
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

/** Stays open: Enter adds the contribution and clears the text for the next one. */
export class ContributionModal extends LinkedModal {
	readonly draft: ContributionDraft = { who: "", kind: "ideas", text: "" };
	private count = 0;
	private statusEl: HTMLElement | null = null;
	private textEl: HTMLInputElement | null = null;

	constructor(
		app: App,
		private readonly people: Array<{ path: string; name: string }>,
		private readonly onAdd: (draft: ContributionDraft) => Promise<boolean>,
	) {
		super(app);
		this.draft.who = people[0]?.path ?? "";
	}

	protected build(): void {
		const { contentEl } = this;
		this.setTitle(t("linked.modal.contribution.title"));
		if (this.people.length > 0) {
			new Setting(contentEl).setName(t("linked.modal.contribution.who")).addDropdown((dropdown) => {
				for (const person of this.people) dropdown.addOption(person.path, person.name);
				dropdown.setValue(this.draft.who).onChange((value) => (this.draft.who = value));
			});
		}
		new Setting(contentEl)
			.setName(this.people.length > 0 ? t("linked.modal.contribution.who-other") : t("linked.modal.contribution.who"))
			.addText((text) => text.onChange((value) => (this.draft.who = value.trim() || (this.people[0]?.path ?? ""))));
		new Setting(contentEl).setName(t("linked.modal.contribution.kind")).addDropdown((dropdown) => {
			for (const kind of HELP_KINDS) dropdown.addOption(kind, helpLabel(kind, getUiLanguage()));
			dropdown.setValue(this.draft.kind).onChange((value) => (this.draft.kind = value as HelpKind));
		});
		new Setting(contentEl)
			.setName(t("linked.modal.contribution.text"))
			.setDesc(t("linked.modal.contribution.text.desc"))
			.addText((text) => {
				this.textEl = text.inputEl;
				text.onChange((value) => (this.draft.text = value));
			});
		this.statusEl = contentEl.createDiv({ cls: "codev-linked-status" });
		if (this.textEl) {
			this.events.registerDomEvent(this.textEl, "keydown", (event: KeyboardEvent) => {
				if (event.key !== "Enter" || event.isComposing) return;
				event.preventDefault();
				void this.submit();
			});
		}
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("linked.modal.close")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("linked.modal.contribution.add"))
					.setCta()
					.onClick(() => void this.submit()),
			);
		this.textEl?.focus();
	}

	/** Adds the contribution and stays open for the next one. */
	async submit(): Promise<void> {
		if (this.draft.text.trim() === "") return;
		if (!(await this.onAdd({ ...this.draft }))) return;
		this.count++;
		this.draft.text = "";
		if (this.textEl) this.textEl.value = "";
		this.statusEl?.setText(t("linked.modal.contribution.count", { count: this.count }));
		this.textEl?.focus();
	}
}

export interface PlanDraft {
	kept: boolean[];
	other: string;
	due: string;
}

export class PlanModal extends LinkedModal {
	readonly draft: PlanDraft;
	private readonly once = submitOnce(() => this.onSubmit(this.draft));

	constructor(
		app: App,
		private readonly contributions: Contribution[],
		private readonly dueHint: { due: string | null; estimated: boolean },
		private readonly onSubmit: (draft: PlanDraft) => Promise<boolean>,
	) {
		super(app);
		this.draft = { kept: contributions.map(() => false), other: "", due: dueHint.due ?? "" };
	}

	protected build(): void {
		const { contentEl } = this;
		this.setTitle(t("linked.modal.plan.title"));
		new Setting(contentEl).setName(t("linked.modal.plan.keep")).setHeading();
		if (this.contributions.length === 0) contentEl.createEl("p", { text: t("linked.modal.plan.none") });
		this.contributions.forEach((contribution, i) => {
			const kind = contribution.kind ? ` · ${helpLabel(contribution.kind, getUiLanguage())}` : "";
			new Setting(contentEl)
				.setName(displayText(contribution.text))
				.setDesc(`${displayText(contribution.who)}${kind}`)
				.addToggle((toggle) => toggle.onChange((on) => (this.draft.kept[i] = on)));
		});
		new Setting(contentEl).setName(t("linked.modal.plan.other")).addTextArea((area) => area.onChange((value) => (this.draft.other = value)));
		const dueDesc = this.dueHint.estimated ? t("linked.modal.plan.due.estimated") : t("linked.modal.plan.due.desc", { date: this.dueHint.due ?? "" });
		new Setting(contentEl)
			.setName(t("linked.modal.plan.due"))
			.setDesc(dueDesc)
			.addText((text) => text.setValue(this.draft.due).onChange((value) => (this.draft.due = value.trim())));
		this.buttons(t("linked.modal.plan.submit"));
	}

	async submit(): Promise<void> {
		if (await this.once()) this.close();
	}
}

export class RetourModal extends LinkedModal {
	readonly answers: RetourAnswer[];
	private readonly once = submitOnce(() => this.onSubmit(this.answers));

	constructor(
		app: App,
		private readonly planName: string,
		private readonly actions: ParsedAction[],
		private readonly onSubmit: (answers: RetourAnswer[]) => Promise<boolean>,
	) {
		super(app);
		this.answers = actions.map((action) => ({ outcome: action.outcome, learning: "" }));
	}

	protected build(): void {
		const { contentEl } = this;
		this.setTitle(t("linked.modal.retour.title", { name: this.planName }));
		contentEl.createEl("p", { text: t("linked.modal.retour.intro") });
		if (this.actions.length === 0) contentEl.createEl("p", { text: t("linked.note.plan.no-actions") });
		this.actions.forEach((action, i) => {
			new Setting(contentEl).setName(displayText(action.description)).setHeading();
			new Setting(contentEl).setName(t("linked.modal.retour.outcome")).addDropdown((dropdown) => {
				dropdown.addOption("", t("linked.outcome.pending"));
				dropdown.addOption("tried", t("linked.outcome.tried"));
				dropdown.addOption("partly", t("linked.outcome.partly"));
				dropdown.addOption("not-tried", t("linked.outcome.not-tried"));
				dropdown.setValue(action.outcome ?? "").onChange((value) => {
					const answer = this.answers[i];
					if (answer) answer.outcome = value === "" ? null : (value as Outcome);
				});
			});
			new Setting(contentEl).setName(t("linked.note.retour.learned")).addText((text) =>
				text.onChange((value) => {
					const answer = this.answers[i];
					if (answer) answer.learning = value;
				}),
			);
		});
		this.buttons(t("linked.modal.retour.submit"));
	}

	async submit(): Promise<void> {
		if (await this.once()) this.close();
	}
}
