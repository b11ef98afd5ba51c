import { Modal, Setting, type App } from "obsidian";
import { planStepName } from "../codev/consultations";
import type { MethodDef } from "../codev/types";
import { formatDuration } from "../codev/timing";
import { getUiLanguage, t, tError } from "../i18n";
import { colonFor } from "../notes/text";
import { durationChoicesFor, fitDurationToMethod, formBounds, formToRequest, type SessionFormState } from "../services/sessionForm";
import { planSessionLayout } from "../services/startSession";
import { submitOnce } from "./submitOnce";
import { groupMembers, listNotesOfKind } from "./vaultStore";
import { namedSetting } from "./namedSetting";

const NEW = "__new__";
/** The client dropdown's « to choose at step 0 » entry. */
export const LATER = "__later__";

/** The group's own facilitator (else the settings') and length (null: keep the settings'). */
export interface GroupDefaults {
	facilitator: string;
	duration: number | null;
}

/** What the modal needs besides the form state: the methods, and how the plugin fills defaults. */
export interface StartModalOptions {
	/** Every method the facilitator may choose (built-ins, then custom ones). */
	methods: MethodDef[];
	/** The group's default method id (its `method` property, else the settings'); "" for a new group. */
	defaultMethodId: (groupPath: string) => string;
	/** The group's facilitator and length, applied when the group is chosen. */
	groupDefaults?: (groupPath: string) => GroupDefaults;
	/** Minutes fixed in the settings for this method, if any (one consultation only). */
	overridesFor: (method: MethodDef) => Record<string, number> | undefined;
	defaultDuration: number;
	/** The suggested next client of a group (rotation, absentees skipped), preselected in the client list. */
	suggestClient: (groupPath: string, absentPaths: string[]) => string | null;
	onSubmit: (state: SessionFormState) => Promise<boolean>;
}

/**
 * One screen: group, date, client, topic, length, who is present, facilitator; the method, the
 * opening step, a second consultation and the split per step are folded under « More options ».
 * Built once; only the parts that depend on the group or the method are redrawn.
 */
export class StartSessionModal extends Modal {
	private clientSetting: HTMLElement | null = null;
	private topicSetting: Setting | null = null;
	private secondEl: HTMLElement | null = null;
	private methodEl: HTMLElement | null = null;
	private durationEl: HTMLElement | null = null;
	private attendeesEl: HTMLElement | null = null;
	private splitEl: HTMLElement | null = null;
	/** Why the length does not fit, shown under it (the split itself is folded away). */
	private errorEl: HTMLElement | null = null;
	private facilitatorInput: HTMLInputElement | null = null;
	/** The client was chosen by hand: unticking someone absent no longer moves the choice. */
	private clientChosen = false;
	private readonly submitOnce = submitOnce(() => this.options.onSubmit(this.state));

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
		contentEl.addClass("codev-start-modal", "codev-form");
		this.renderGroup(contentEl);
		if (!this.options.methods.some((m) => m.id === this.state.methodId)) this.state.methodId = this.options.defaultMethodId(this.state.groupPath);
		this.state.methodId = this.method().id;
		this.applyGroupDefaults();
		fitDurationToMethod(this.state, this.method(), this.options.defaultDuration);
		namedSetting(contentEl, "modal.start.date").addText((text) => {
			text.inputEl.type = "date";
			text.setValue(this.state.date).onChange((value) => (this.state.date = value));
		});
		this.clientSetting = contentEl.createDiv();
		this.renderClient();
		this.topicSetting = new Setting(contentEl)
			.setClass("codev-stacked")
			.setName(t("modal.start.topic"))
			.addText((text) => text.setPlaceholder(t("modal.start.topic.desc")).setValue(this.state.topic).onChange((value) => (this.state.topic = value)));
		this.topicSetting.settingEl.toggle(!this.state.clientLater);
		this.durationEl = contentEl.createDiv();
		this.renderDuration();
		this.errorEl = contentEl.createDiv({ cls: "codev-form-error", attr: { role: "alert" } });
		this.attendeesEl = contentEl.createDiv({ cls: "codev-attendees" });
		this.renderAttendees();
		namedSetting(contentEl, "modal.start.facilitator").addText((text) => {
			this.facilitatorInput = text.inputEl;
			text.setValue(this.state.facilitator).onChange((value) => (this.state.facilitator = value));
		});
		this.renderMoreOptions(contentEl);
		new Setting(contentEl)
			.setClass("codev-form-buttons")
			.addButton((button) => button.setButtonText(t("modal.start.cancel")).onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(t("modal.start.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
	}

	private renderMoreOptions(contentEl: HTMLElement): void {
		const more = contentEl.createEl("details", { cls: "codev-more-options" });
		more.createEl("summary", { text: t("live.start.more") });
		this.methodEl = more.createDiv();
		this.renderMethod();
		namedSetting(more, "modal.start.opening", "modal.start.opening.desc")
			.addToggle((toggle) =>
				toggle.setValue(this.state.opening).onChange((value) => {
					this.state.opening = value;
					if (!value && this.state.clientLater) this.state.clientLater = false;
					this.renderClient();
					this.renderSplit();
				}),
			);
		namedSetting(more, "modal.start.second", "modal.start.second.desc")
			.addToggle((toggle) =>
				toggle.setValue(this.state.second).onChange((value) => {
					this.state.second = value;
					this.methodChanged();
				}),
			);
		this.secondEl = more.createDiv();
		this.renderSecond();
		this.splitEl = more.createDiv({ cls: "codev-split-preview" });
		this.renderSplit();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	/** Submits once: a double click or a held Enter never creates a second group or session. */
	async submit(): Promise<void> {
		if (await this.submitOnce()) this.close();
	}

	/** The group's facilitator and length replace the settings' when a group is chosen. */
	private applyGroupDefaults(): void {
		const defaults = this.options.groupDefaults?.(this.state.groupPath);
		if (!defaults) return;
		if (defaults.facilitator !== "") this.state.facilitator = defaults.facilitator;
		if (this.facilitatorInput) this.facilitatorInput.value = this.state.facilitator;
		if (defaults.duration !== null) {
			this.state.durationChoice = "custom";
			this.state.customDuration = String(defaults.duration);
			const presets = durationChoicesFor(this.method(), this.state.second);
			if (presets.includes(String(defaults.duration))) {
				this.state.durationChoice = String(defaults.duration);
				this.state.customDuration = "";
			}
		}
	}

	private renderGroup(container: HTMLElement): void {
		const groups = listNotesOfKind(this.app, "group");
		if (!this.state.groupPath && groups[0] && this.state.newGroupName === "") this.state.groupPath = groups[0].path;
		let nameSetting: Setting | null = null;
		namedSetting(container, "modal.start.group").addDropdown((dropdown) => {
			for (const group of groups) dropdown.addOption(group.path, group.name);
			dropdown.addOption(NEW, t("modal.start.group.new"));
			dropdown.setValue(this.state.groupPath || NEW).onChange((value) => {
				this.state.groupPath = value === NEW ? "" : value;
				nameSetting?.settingEl.toggle(value === NEW);
				this.state.present = {};
				this.clientChosen = false;
				this.state.methodId = this.options.defaultMethodId(this.state.groupPath);
				this.applyGroupDefaults();
				this.renderClient();
				this.renderSecond();
				this.renderAttendees();
				this.renderMethod();
				this.methodChanged();
			});
		});
		nameSetting = namedSetting(container, "modal.start.group.new-name")
			.addText((text) => text.setValue(this.state.newGroupName).onChange((value) => (this.state.newGroupName = value)));
		nameSetting.settingEl.toggle(this.state.groupPath === "");
	}

	private members(): Array<{ path: string; name: string }> {
		return this.state.groupPath ? groupMembers(this.app, this.state.groupPath) : [];
	}

	private absentPaths(): string[] {
		return Object.entries(this.state.present)
			.filter(([, present]) => !present)
			.map(([path]) => path);
	}

	/** « To choose at step 0 » needs the opening step, where the group chooses. */
	private canChooseLater(): boolean {
		return this.state.opening && !this.state.second && this.method().steps.some((s) => s.opening === true);
	}

	private renderClient(): void {
		if (!this.canChooseLater()) this.state.clientLater = false;
		if (this.clientSetting) this.renderPersonChoice(this.clientSetting, "a");
		this.topicSetting?.settingEl.toggle(!this.state.clientLater);
	}

	private renderSecond(): void {
		const el = this.secondEl;
		if (!el) return;
		el.empty();
		el.toggle(this.state.second);
		this.renderPersonChoice(el.createDiv(), "b");
		namedSetting(el, "modal.start.topic-b").addText((text) => text.setValue(this.state.topicB).onChange((value) => (this.state.topicB = value)));
	}

	/** A client dropdown (the group's members, else every person) plus a field for a new person's name. */
	private renderPersonChoice(el: HTMLElement, which: "a" | "b"): void {
		el.empty();
		const members = this.members();
		const people = members.length > 0 ? members : listNotesOfKind(this.app, "person");
		const pathKey = which === "a" ? "clientPath" : "clientBPath";
		const nameKey = which === "a" ? "newClientName" : "newClientBName";
		const absent = this.absentPaths();
		// Someone unticked as absent is never the client (unless chosen by hand afterwards).
		if (this.state[pathKey] && (!people.some((p) => p.path === this.state[pathKey]) || (!this.clientChosen && absent.includes(this.state[pathKey])))) this.state[pathKey] = "";
		const suggested = which === "a" && this.state.groupPath ? this.options.suggestClient(this.state.groupPath, absent) : null;
		if (!this.state[pathKey] && !this.state.clientLater && suggested && people.some((p) => p.path === suggested)) this.state[pathKey] = suggested;
		const later = which === "a" && this.canChooseLater();
		let nameSetting: Setting | null = null;
		namedSetting(el, which === "a" ? "modal.start.client" : "modal.start.client-b").addDropdown((dropdown) => {
			if (later) dropdown.addOption(LATER, t("live.later.option"));
			for (const person of people) dropdown.addOption(person.path, person.path === suggested ? `${person.name} (${t("modal.start.client.suggested")})` : person.name);
			dropdown.addOption(NEW, t("modal.start.client.new"));
			const current = which === "a" && this.state.clientLater ? LATER : this.state[pathKey] || NEW;
			dropdown.setValue(current).onChange((value) => {
				if (which === "a") {
					this.state.clientLater = value === LATER;
					this.topicSetting?.settingEl.toggle(!this.state.clientLater);
					this.clientChosen = true;
				}
				this.state[pathKey] = value === NEW || value === LATER ? "" : value;
				// The client is in the room.
				if (this.state[pathKey] && this.state[pathKey] in this.state.present) {
					this.state.present[this.state[pathKey]] = true;
					this.renderAttendees();
				}
				nameSetting?.settingEl.toggle(value === NEW);
			});
		});
		nameSetting = namedSetting(el, "modal.start.client.new-name")
			.addText((text) => text.setValue(this.state[nameKey]).onChange((value) => (this.state[nameKey] = value)));
		nameSetting.settingEl.toggle(this.state[pathKey] === "" && !(which === "a" && this.state.clientLater));
	}

	private renderMethod(): void {
		const el = this.methodEl;
		if (!el) return;
		el.empty();
		const lang = getUiLanguage();
		const groupDefault = this.options.defaultMethodId(this.state.groupPath);
		namedSetting(el, "modal.start.method").addDropdown((dropdown) => {
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
		this.renderClient();
		this.renderDuration();
		this.renderSplit();
	}

	private renderDuration(): void {
		const container = this.durationEl;
		if (!container) return;
		container.empty();
		const { min, max } = formBounds(this.method(), this.state.second);
		let custom: Setting | null = null;
		namedSetting(container, "modal.start.duration").addDropdown((dropdown) => {
			for (const minutes of durationChoicesFor(this.method(), this.state.second)) dropdown.addOption(minutes, formatDuration(Number(minutes), getUiLanguage()));
			dropdown.addOption("custom", t("modal.start.duration.custom"));
			dropdown.setValue(this.state.durationChoice).onChange((value) => {
				this.state.durationChoice = value;
				custom?.settingEl.toggle(value === "custom");
				this.renderSplit();
			});
		});
		custom = namedSetting(container, "modal.start.duration.custom")
			.setDesc(t("modal.start.duration.range", { min, max }))
			.addText((text) => {
				text.inputEl.type = "number";
				text.setValue(this.state.customDuration).onChange((value) => {
					this.state.customDuration = value;
					this.renderSplit();
				});
			});
		custom.settingEl.toggle(this.state.durationChoice === "custom");
	}

	/** Who is present: one labelled checkbox per member, side by side, then the guests. */
	private renderAttendees(): void {
		const el = this.attendeesEl;
		if (!el) return;
		el.empty();
		const members = this.members();
		const row = namedSetting(el, "modal.start.attendees");
		row.settingEl.addClass("codev-attendees-row");
		const box = row.controlEl.createDiv({ cls: "codev-attendee-list", attr: { role: "group", "aria-label": t("modal.start.attendees") } });
		for (const member of members) {
			if (!(member.path in this.state.present)) this.state.present[member.path] = true;
			const label = box.createEl("label", { cls: "codev-attendee" });
			const check = label.createEl("input", { type: "checkbox" });
			check.checked = this.state.present[member.path] ?? true;
			label.createSpan({ text: member.name });
			check.addEventListener("change", () => {
				this.state.present[member.path] = check.checked;
				// An absentee is not suggested as the client: the suggestion moves on.
				this.renderClient();
			});
		}
		if (members.length === 0) row.settingEl.toggle(false);
		namedSetting(el, "modal.start.attendees.extra")
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
		this.errorEl?.empty();
		if (!layout.ok) {
			this.errorEl?.createSpan({ cls: "codev-error", text: tError(layout.error) });
			el.createSpan({ text: "–" });
			return;
		}
		el.createSpan({ text: layout.value.steps.map((step) => `${planStepName(step, lang)} ${layout.value.minutes[step.id] ?? 0}`).join(" · ") });
	}
}
