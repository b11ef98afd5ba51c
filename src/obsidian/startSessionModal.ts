import { Modal, Setting, type App } from "obsidian";
import { planStepName } from "../codev/consultations";
import type { MethodDef } from "../codev/types";
import { getUiLanguage, t, tError } from "../i18n";
import { colonFor } from "../notes/sessionTemplate";
import { durationChoicesFor, fitDurationToMethod, formBounds, formToRequest, type SessionFormState } from "../services/sessionForm";
import { planSessionLayout } from "../services/startSession";
import { groupMembers, listNotesOfKind } from "./vaultStore";

const NEW = "__new__";

/** What the modal needs besides the form state: the methods, and how the plugin fills defaults. */
export interface StartModalOptions {
	/** Every method the facilitator may choose (built-ins, then custom ones). */
	methods: MethodDef[];
	/** The group's default method id (its `method` property, else the settings'); "" for a new group. */
	defaultMethodId: (groupPath: string) => string;
	/** Minutes fixed in the settings for this method, if any (one consultation only). */
	overridesFor: (method: MethodDef) => Record<string, number> | undefined;
	defaultDuration: number;
	/** The suggested next client of a group (rotation), preselected in the client list. */
	suggestClient: (groupPath: string) => string | null;
	onSubmit: (state: SessionFormState) => Promise<boolean>;
}

/**
 * One short modal: group, method, date, client, topic, optional second consultation, length,
 * opening step, who is present. Built once; only the parts that depend on the group or the method
 * (client lists, method, lengths, attendance, split) are redrawn.
 */
export class StartSessionModal extends Modal {
	private clientSetting: HTMLElement | null = null;
	private secondEl: HTMLElement | null = null;
	private methodEl: HTMLElement | null = null;
	private durationEl: HTMLElement | null = null;
	private attendeesEl: HTMLElement | null = null;
	private splitEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly state: SessionFormState,
		private readonly options: StartModalOptions,
	) {
		super(app);
	}

	/** The chosen method; an unknown id (a deleted custom method) falls back to the first one listed. */
	private method(): MethodDef {
		const { methods } = this.options;
		const found = methods.find((m) => m.id === this.state.methodId) ?? methods[0];
		if (!found) throw new Error("StartSessionModal: no method to choose from");
		return found;
	}

	onOpen(): void {
		this.setTitle(t("modal.start.title"));
		const { contentEl } = this;
		contentEl.addClass("codev-start-modal");
		this.renderGroup(contentEl);
		if (!this.options.methods.some((m) => m.id === this.state.methodId)) this.state.methodId = this.options.defaultMethodId(this.state.groupPath);
		this.state.methodId = this.method().id;
		fitDurationToMethod(this.state, this.method(), this.options.defaultDuration);
		this.methodEl = contentEl.createDiv();
		this.renderMethod();
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
		new Setting(contentEl)
			.setName(t("modal.start.second"))
			.setDesc(t("modal.start.second.desc"))
			.addToggle((toggle) =>
				toggle.setValue(this.state.second).onChange((value) => {
					this.state.second = value;
					this.methodChanged();
				}),
			);
		this.secondEl = contentEl.createDiv();
		this.renderSecond();
		this.durationEl = contentEl.createDiv();
		this.renderDuration();
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
		if (await this.options.onSubmit(this.state)) this.close();
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
					this.state.methodId = this.options.defaultMethodId(this.state.groupPath);
					this.renderClient();
					this.renderSecond();
					this.renderAttendees();
					this.renderMethod();
					this.methodChanged();
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
		if (this.clientSetting) this.renderPersonChoice(this.clientSetting, "a");
	}

	private renderSecond(): void {
		const el = this.secondEl;
		if (!el) return;
		el.empty();
		el.toggle(this.state.second);
		this.renderPersonChoice(el.createDiv(), "b");
		new Setting(el).setName(t("modal.start.topic-b")).addText((text) => text.setValue(this.state.topicB).onChange((value) => (this.state.topicB = value)));
	}

	/** A client dropdown (the group's members, else every person) plus a field for a new person's name. */
	private renderPersonChoice(el: HTMLElement, which: "a" | "b"): void {
		el.empty();
		const members = this.members();
		const people = members.length > 0 ? members : listNotesOfKind(this.app, "person");
		const pathKey = which === "a" ? "clientPath" : "clientBPath";
		const nameKey = which === "a" ? "newClientName" : "newClientBName";
		if (this.state[pathKey] && !people.some((p) => p.path === this.state[pathKey])) this.state[pathKey] = "";
		const suggested = which === "a" && this.state.groupPath ? this.options.suggestClient(this.state.groupPath) : null;
		if (!this.state[pathKey] && suggested && people.some((p) => p.path === suggested)) this.state[pathKey] = suggested;
		let nameSetting: Setting | null = null;
		new Setting(el)
			.setName(t(which === "a" ? "modal.start.client" : "modal.start.client-b"))
			.setDesc(t(which === "a" ? "modal.start.client.desc" : "modal.start.client-b.desc"))
			.addDropdown((dropdown) => {
				dropdown.addOption(NEW, t("modal.start.client.new"));
				for (const person of people) dropdown.addOption(person.path, person.path === suggested ? `${person.name} (${t("modal.start.client.suggested")})` : person.name);
				dropdown.setValue(this.state[pathKey] || NEW).onChange((value) => {
					this.state[pathKey] = value === NEW ? "" : value;
					nameSetting?.settingEl.toggle(value === NEW);
				});
			});
		nameSetting = new Setting(el)
			.setName(t("modal.start.client.new-name"))
			.addText((text) => text.setValue(this.state[nameKey]).onChange((value) => (this.state[nameKey] = value)));
		nameSetting.settingEl.toggle(this.state[pathKey] === "");
	}

	private renderMethod(): void {
		const el = this.methodEl;
		if (!el) return;
		el.empty();
		const lang = getUiLanguage();
		const groupDefault = this.options.defaultMethodId(this.state.groupPath);
		new Setting(el)
			.setName(t("modal.start.method"))
			.setDesc(t("modal.start.method.desc"))
			.addDropdown((dropdown) => {
				for (const method of this.options.methods) {
					const label = method.id === groupDefault ? `${method.name[lang]} (${t("modal.start.method.group-default")})` : method.name[lang];
					dropdown.addOption(method.id, label);
				}
				dropdown.setValue(this.method().id).onChange((value) => {
					this.state.methodId = value;
					this.methodChanged();
				});
			});
	}

	/** The method or the number of consultations changed: the lengths and the split follow. */
	private methodChanged(): void {
		this.state.methodId = this.method().id;
		fitDurationToMethod(this.state, this.method(), this.options.defaultDuration);
		this.secondEl?.toggle(this.state.second);
		this.renderDuration();
		this.renderSplit();
	}

	private renderDuration(): void {
		const container = this.durationEl;
		if (!container) return;
		container.empty();
		const { min, max } = formBounds(this.method(), this.state.second);
		let custom: Setting | null = null;
		new Setting(container)
			.setName(t("modal.start.duration"))
			.setDesc(t("modal.start.duration.range", { min, max }))
			.addDropdown((dropdown) => {
				for (const minutes of durationChoicesFor(this.method(), this.state.second)) dropdown.addOption(minutes, labelForMinutes(Number(minutes)));
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
		const method = this.method();
		const layout = planSessionLayout(formToRequest(this.state, method, this.options.overridesFor(method)), this.options.defaultDuration);
		el.createEl("strong", { text: `${t("modal.start.split")}${colonFor(lang)} ` });
		if (!layout.ok) {
			el.createSpan({ cls: "codev-error", text: tError(layout.error) });
			return;
		}
		el.createSpan({ text: layout.value.steps.map((step) => `${planStepName(step, lang)} ${layout.value.minutes[step.id] ?? 0}`).join(" · ") });
	}
}

function labelForMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}
