import { Modal, Setting, type App } from "obsidian";
import { stepsFor } from "../codev/methods";
import { planSessionMinutes } from "../codev/timing";
import type { MethodDef } from "../codev/types";
import { getUiLanguage, t, tError } from "../i18n";
import { colonFor } from "../notes/sessionTemplate";
import { DURATION_CHOICES, formDuration, type SessionFormState } from "../services/sessionForm";
import { groupMembers, listNotesOfKind } from "./vaultStore";

const NEW = "__new__";

/**
 * One short modal: group, date, client, topic, length, opening step, who is present.
 * Built once; only the parts that depend on the group (client list, attendance) are redrawn.
 */
export class StartSessionModal extends Modal {
	private clientSetting: HTMLElement | null = null;
	private attendeesEl: HTMLElement | null = null;
	private splitEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly state: SessionFormState,
		private readonly method: MethodDef,
		private readonly overrides: Record<string, number>,
		private readonly defaultDuration: number,
		/** The suggested next client of a group (rotation), preselected in the client list. */
		private readonly suggestClient: (groupPath: string) => string | null,
		private readonly onSubmit: (state: SessionFormState) => Promise<boolean>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t("modal.start.title"));
		const { contentEl } = this;
		contentEl.addClass("codev-start-modal");
		this.renderGroup(contentEl);
		new Setting(contentEl).setName(t("modal.start.date")).addText((text) => {
			text.inputEl.type = "date";
			text.setValue(this.state.date).onChange((value) => (this.state.date = value));
		});
		this.clientSetting = contentEl.createDiv();
		this.renderClient();
		new Setting(contentEl)
			.setName(t("modal.start.topic"))
			.setDesc(t("modal.start.topic.desc"))
			.addText((text) => text.setValue(this.state.topic).onChange((value) => (this.state.topic = value)));
		this.renderDuration(contentEl);
		new Setting(contentEl)
			.setName(t("modal.start.opening"))
			.setDesc(t("modal.start.opening.desc"))
			.addToggle((toggle) =>
				toggle.setValue(this.state.opening).onChange((value) => {
					this.state.opening = value;
					this.renderSplit();
				}),
			);
		this.attendeesEl = contentEl.createDiv();
		this.renderAttendees();
		new Setting(contentEl)
			.setName(t("modal.start.facilitator"))
			.addText((text) => text.setValue(this.state.facilitator).onChange((value) => (this.state.facilitator = value)));
		this.splitEl = contentEl.createDiv({ cls: "codev-split-preview" });
		this.renderSplit();
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("modal.start.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("modal.start.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async submit(): Promise<void> {
		if (await this.onSubmit(this.state)) this.close();
	}

	private renderGroup(container: HTMLElement): void {
		const groups = listNotesOfKind(this.app, "group");
		if (!this.state.groupPath && groups[0] && this.state.newGroupName === "") this.state.groupPath = groups[0].path;
		let nameSetting: Setting | null = null;
		new Setting(container)
			.setName(t("modal.start.group"))
			.setDesc(t("modal.start.group.desc"))
			.addDropdown((dropdown) => {
				for (const group of groups) dropdown.addOption(group.path, group.name);
				dropdown.addOption(NEW, t("modal.start.group.new"));
				dropdown.setValue(this.state.groupPath || NEW).onChange((value) => {
					this.state.groupPath = value === NEW ? "" : value;
					nameSetting?.settingEl.toggle(value === NEW);
					this.state.present = {};
					this.renderClient();
					this.renderAttendees();
				});
			});
		nameSetting = new Setting(container)
			.setName(t("modal.start.group.new-name"))
			.addText((text) => text.setValue(this.state.newGroupName).onChange((value) => (this.state.newGroupName = value)));
		nameSetting.settingEl.toggle(this.state.groupPath === "");
	}

	private members(): Array<{ path: string; name: string }> {
		return this.state.groupPath ? groupMembers(this.app, this.state.groupPath) : [];
	}

	private renderClient(): void {
		const el = this.clientSetting;
		if (!el) return;
		el.empty();
		const members = this.members();
		const people = members.length > 0 ? members : listNotesOfKind(this.app, "person");
		if (this.state.clientPath && !people.some((p) => p.path === this.state.clientPath)) this.state.clientPath = "";
		const suggested = this.state.groupPath ? this.suggestClient(this.state.groupPath) : null;
		if (!this.state.clientPath && suggested && people.some((p) => p.path === suggested)) this.state.clientPath = suggested;
		let nameSetting: Setting | null = null;
		new Setting(el)
			.setName(t("modal.start.client"))
			.setDesc(t("modal.start.client.desc"))
			.addDropdown((dropdown) => {
				dropdown.addOption(NEW, t("modal.start.client.new"));
				for (const person of people) dropdown.addOption(person.path, person.path === suggested ? `${person.name} (${t("modal.start.client.suggested")})` : person.name);
				dropdown.setValue(this.state.clientPath || NEW).onChange((value) => {
					this.state.clientPath = value === NEW ? "" : value;
					nameSetting?.settingEl.toggle(value === NEW);
				});
			});
		nameSetting = new Setting(el)
			.setName(t("modal.start.client.new-name"))
			.addText((text) => text.setValue(this.state.newClientName).onChange((value) => (this.state.newClientName = value)));
		nameSetting.settingEl.toggle(this.state.clientPath === "");
	}

	private renderDuration(container: HTMLElement): void {
		let custom: Setting | null = null;
		new Setting(container)
			.setName(t("modal.start.duration"))
			.setDesc(t("modal.start.duration.desc"))
			.addDropdown((dropdown) => {
				for (const minutes of DURATION_CHOICES) dropdown.addOption(minutes, labelForMinutes(Number(minutes)));
				dropdown.addOption("custom", t("modal.start.duration.custom"));
				dropdown.setValue(this.state.durationChoice).onChange((value) => {
					this.state.durationChoice = value;
					custom?.settingEl.toggle(value === "custom");
					this.renderSplit();
				});
			});
		custom = new Setting(container).setName(t("modal.start.duration.custom")).addText((text) =>
			text.setValue(this.state.customDuration).onChange((value) => {
				this.state.customDuration = value;
				this.renderSplit();
			}),
		);
		custom.settingEl.toggle(this.state.durationChoice === "custom");
	}

	private renderAttendees(): void {
		const el = this.attendeesEl;
		if (!el) return;
		el.empty();
		new Setting(el).setName(t("modal.start.attendees")).setDesc(t("modal.start.attendees.desc")).setHeading();
		for (const member of this.members()) {
			if (!(member.path in this.state.present)) this.state.present[member.path] = true;
			new Setting(el).setName(member.name).addToggle((toggle) =>
				toggle.setValue(this.state.present[member.path] ?? true).onChange((value) => (this.state.present[member.path] = value)),
			);
		}
		new Setting(el)
			.setName(t("modal.start.attendees.extra"))
			.addText((text) => text.setValue(this.state.extraAttendees).onChange((value) => (this.state.extraAttendees = value)));
	}

	/** A live preview of the split, so the facilitator sees the minutes before creating the note. */
	private renderSplit(): void {
		const el = this.splitEl;
		if (!el) return;
		el.empty();
		const lang = getUiLanguage();
		const steps = stepsFor(this.method, this.state.opening);
		const split = planSessionMinutes(steps, formDuration(this.state), this.defaultDuration, this.overrides);
		el.createEl("strong", { text: `${t("modal.start.split")}${colonFor(lang)} ` });
		if (!split.ok) {
			el.createSpan({ cls: "codev-error", text: tError(split.error) });
			return;
		}
		el.createSpan({ text: steps.map((step) => `${step.name[lang]} ${split.value[step.id] ?? 0}`).join(" · ") });
	}
}

function labelForMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}
