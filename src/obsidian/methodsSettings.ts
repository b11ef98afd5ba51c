import { Setting, type TextAreaComponent, type TextComponent } from "obsidian";
import { addStep, checkCustomMethod, cloneMethod, copyMethod, listMethods, moveStep, removeStep, updateStep } from "../codev/customMethods";
import { CLOSING_ROUNDS } from "../codev/methods";
import { LANGS, ROLES, type Lang, type Localized, type MethodDef, type StepDef } from "../codev/types";
import { getUiLanguage, t, tError } from "../i18n";
import type { CodevSettings } from "../settings/model";
import { applyField, settingSections } from "./settingFields";
import { renderSection } from "./settingRows";
import { namedSetting } from "./namedSetting";

/** What the methods section needs from the plugin. */
export interface MethodSettingsHost {
	settings: CodevSettings;
	saveSettings(): Promise<void>;
}

/** Which method and step editors are open survives redraws (add, remove, reorder). */
interface ViewState {
	openMethods: Set<string>;
	openSteps: Set<string>;
}

const BLANK_STEP = "";

/**
 * The facilitator's own methods (copy a method, delete, rename, reorder, add and edit steps), below
 * the default method in the tab and on their own page in Obsidian 1.13's settings. Every edit is
 * checked with `checkCustomMethod` first: an invalid one shows its message and is not saved, so the
 * stored list stays valid and the built-ins are never touched.
 */
export function renderMethodEditors(containerEl: HTMLElement, host: MethodSettingsHost, renderAbove?: (el: HTMLElement) => void): void {
	const root = containerEl.createDiv({ cls: "codev-methods-settings" });
	const state: ViewState = { openMethods: new Set(), openSteps: new Set() };
	const draw = (): void => {
		root.empty();
		// The default-method row is redrawn with the list: its choices are the methods below.
		renderAbove?.(root);
		renderAdd(root, host, state, draw);
		renderCustomList(root, host, state, draw);
	};
	draw();
}

const langName = (lang: Lang): string => t(lang === "fr" ? "methods.lang.fr" : "methods.lang.en");

function renderAdd(el: HTMLElement, host: MethodSettingsHost, state: ViewState, redraw: () => void): void {
	const lang = getUiLanguage();
	const methods = listMethods(host.settings.customMethods);
	let sourceId = host.settings.methodId;
	namedSetting(el, "methods.add", "methods.add.desc")
		.addDropdown((dropdown) => {
			for (const method of methods) dropdown.addOption(method.id, method.name[lang]);
			if (!methods.some((method) => method.id === sourceId)) sourceId = "classic";
			dropdown.setValue(sourceId).onChange((value) => (sourceId = value));
		})
		.addButton((button) =>
			button.setButtonText(t("methods.add.button")).onClick(async () => {
				const source = methods.find((method) => method.id === sourceId);
				if (!source) return;
				const copy = copyMethod(source, host.settings.customMethods);
				host.settings.customMethods.push(copy);
				state.openMethods.add(copy.id);
				await host.saveSettings();
				redraw();
			}),
		);
}

function renderCustomList(el: HTMLElement, host: MethodSettingsHost, state: ViewState, redraw: () => void): void {
	namedSetting(el, "methods.custom.heading").setHeading();
	if (host.settings.customMethods.length === 0) {
		el.createDiv({ cls: "setting-item-description", text: t("methods.custom.none") });
		return;
	}
	for (const method of host.settings.customMethods) new MethodEditor(el, host, state, method.id, redraw).render();
}

/**
 * One custom method. Edits go to a draft; the draft is saved whenever it is valid, so a name
 * typed letter by letter may pass through a duplicate without losing the keystrokes.
 */
class MethodEditor {
	private draft: MethodDef;
	private errorEl: HTMLElement | null = null;

	constructor(
		private readonly el: HTMLElement,
		private readonly host: MethodSettingsHost,
		private readonly state: ViewState,
		private readonly id: string,
		private readonly redraw: () => void,
	) {
		this.draft = cloneMethod(this.stored() ?? { id, name: { fr: id, en: id }, steps: [] });
	}

	private stored(): MethodDef | undefined {
		return this.host.settings.customMethods.find((method) => method.id === this.id);
	}

	render(): void {
		const lang = getUiLanguage();
		const details = this.el.createEl("details", { cls: "codev-method-editor" });
		details.open = this.state.openMethods.has(this.id);
		details.addEventListener("toggle", () => (details.open ? this.state.openMethods.add(this.id) : this.state.openMethods.delete(this.id)));
		details.createEl("summary", { text: `${this.draft.name[lang]} (${this.id})` });
		this.errorEl = details.createDiv({ cls: "setting-item-description mod-warning codev-method-error" });
		for (const textLang of LANGS) {
			new Setting(details).setName(t("methods.name", { language: langName(textLang) })).addText((text) =>
				text.setValue(this.draft.name[textLang]).onChange((value) => this.edit((draft) => ({ ...draft, name: withLang(draft.name, textLang, value) }))),
			);
		}
		this.draft.steps.forEach((step, index) => this.renderStep(details, step, index));
		this.renderAddStep(details);
		this.renderRemove(details);
	}

	/** Applies `change` to the draft and saves it if valid; `redraw` for structural changes. */
	private edit(change: (draft: MethodDef) => MethodDef, redraw = false): void {
		const next = change(this.draft);
		const others = this.host.settings.customMethods.filter((method) => method.id !== this.id);
		const checked = checkCustomMethod(next, others);
		if (!checked.ok) {
			// Structural edits are not kept when invalid (the list on screen must match the draft).
			if (!redraw) this.draft = next;
			this.errorEl?.setText(t("methods.not-saved", { reason: tError(checked.error) }));
			return;
		}
		this.draft = next;
		this.errorEl?.setText("");
		const list = this.host.settings.customMethods;
		const index = list.findIndex((method) => method.id === this.id);
		if (index >= 0) list[index] = checked.value;
		void this.host.saveSettings().then(() => {
			if (redraw) this.redraw();
		});
	}

	private renderStep(el: HTMLElement, step: StepDef, index: number): void {
		const lang = getUiLanguage();
		const key = `${this.id}/${step.id}`;
		const last = this.draft.steps.length - 1;
		new Setting(el)
			.setName(`${index + 1}. ${step.name[lang]}`)
			.setDesc(t("methods.step.summary", { id: step.id, weight: step.weight }))
			.addExtraButton((button) =>
				button
					.setIcon("arrow-up")
					.setTooltip(t("methods.step.up"))
					.setDisabled(index === 0)
					.onClick(() => this.edit((draft) => moveStep(draft, index, -1), true)),
			)
			.addExtraButton((button) =>
				button
					.setIcon("arrow-down")
					.setTooltip(t("methods.step.down"))
					.setDisabled(index === last)
					.onClick(() => this.edit((draft) => moveStep(draft, index, 1), true)),
			)
			.addExtraButton((button) =>
				button
					.setIcon("trash")
					.setTooltip(t("methods.step.remove"))
					.onClick(() => this.edit((draft) => removeStep(draft, index), true)),
			);
		const details = el.createEl("details", { cls: "codev-step-editor" });
		details.open = this.state.openSteps.has(key);
		details.addEventListener("toggle", () => (details.open ? this.state.openSteps.add(key) : this.state.openSteps.delete(key)));
		details.createEl("summary", { text: t("methods.step.edit") });
		this.renderStepFields(details, index);
	}

	private renderStepFields(el: HTMLElement, index: number): void {
		const current = (): StepDef | undefined => this.draft.steps[index];
		const editStep = (change: (step: StepDef) => StepDef): void => this.edit((draft) => updateStep(draft, index, change));
		const step = current();
		if (!step) return;
		const textRow = (label: string, value: string, apply: (step: StepDef, value: string) => StepDef, area: boolean): void => {
			const setting = new Setting(el).setName(label);
			const bind = (component: TextComponent | TextAreaComponent): void => {
				component.setValue(value).onChange((text) => editStep((s) => apply(s, text)));
			};
			if (area) setting.addTextArea(bind);
			else setting.addText(bind);
		};
		for (const textLang of LANGS) {
			textRow(t("methods.step.name", { language: langName(textLang) }), step.name[textLang], (s, v) => ({ ...s, name: withLang(s.name, textLang, v) }), false);
		}
		namedSetting(el, "methods.step.weight", "methods.step.weight.desc")
			.addText((text) => {
				text.inputEl.type = "number";
				text.setValue(String(step.weight)).onChange((value) => editStep((s) => ({ ...s, weight: value.trim() === "" ? NaN : Number(value) })));
			});
		for (const textLang of LANGS) {
			textRow(t("methods.step.purpose", { language: langName(textLang) }), step.purpose[textLang], (s, v) => ({ ...s, purpose: withLang(s.purpose, textLang, v) }), true);
		}
		for (const role of ROLES) {
			for (const textLang of LANGS) {
				const label = t("methods.step.guidance", { role: t(`methods.role.${role}`), language: langName(textLang) });
				textRow(label, step.guidance[role][textLang], (s, v) => ({ ...s, guidance: { ...s.guidance, [role]: withLang(s.guidance[role], textLang, v) } }), true);
			}
		}
		namedSetting(el, "methods.step.opening", "methods.step.opening.desc")
			.addToggle((toggle) => toggle.setValue(step.opening === true).onChange((value) => editStep((s) => withFlag(s, "opening", value))));
		namedSetting(el, "methods.step.closing", "methods.step.closing.desc")
			.addToggle((toggle) => toggle.setValue(step.closing === true).onChange((value) => editStep((s) => withFlag(s, "closing", value))));
	}

	private renderAddStep(el: HTMLElement): void {
		const lang = getUiLanguage();
		let choice = BLANK_STEP;
		namedSetting(el, "methods.step.add")
			.addDropdown((dropdown) => {
				dropdown.addOption(BLANK_STEP, t("methods.step.add.blank"));
				for (const round of CLOSING_ROUNDS) dropdown.addOption(round.id, round.name[lang]);
				dropdown.setValue(choice).onChange((value) => (choice = value));
			})
			.addButton((button) =>
				button.setButtonText(t("methods.step.add.button")).onClick(() => {
					const round = CLOSING_ROUNDS.find((step) => step.id === choice);
					this.edit((draft) => (round ? { ...draft, steps: [...draft.steps, cloneStep(round)] } : addStep(draft)), true);
				}),
			);
	}

	/** Two clicks: the first only arms the button, so a slip of the mouse loses nothing. */
	private renderRemove(el: HTMLElement): void {
		let armed = false;
		namedSetting(el, "methods.remove", "methods.remove.desc")
			.addButton((button) => {
				// setWarning is deprecated and setDestructive needs Obsidian 1.13 (minAppVersion is 1.10.0): the class is the same.
				button.buttonEl.addClass("mod-warning");
				button
					.setButtonText(t("methods.remove.button"))
					.onClick(async () => {
						if (!armed) {
							armed = true;
							button.setButtonText(t("methods.remove.confirm"));
							return;
						}
						this.host.settings.customMethods = this.host.settings.customMethods.filter((method) => method.id !== this.id);
						if (this.host.settings.methodId === this.id) this.host.settings.methodId = "classic";
						this.state.openMethods.delete(this.id);
						await this.host.saveSettings();
						this.redraw();
					});
			});
	}
}

const withLang = (text: Localized, lang: Lang, value: string): Localized => ({ ...text, [lang]: value });

function withFlag(step: StepDef, flag: "opening" | "closing", value: boolean): StepDef {
	const next = { ...step };
	if (value) next[flag] = true;
	else delete next[flag];
	return next;
}

function cloneStep(step: StepDef): StepDef {
	return JSON.parse(JSON.stringify(step)) as StepDef;
}

/** The "Methods" section on its own: default method, then the facilitator's own methods. */
export function renderMethodSettings(containerEl: HTMLElement, host: MethodSettingsHost): void {
	const section = settingSections(host.settings).find((s) => s.heading === "methods.heading");
	if (!section) return;
	renderSection(containerEl, section, {
		settings: host.settings,
		change: (field, raw) => applyField(field, raw, host.settings, () => host.saveSettings(), t),
		renderMethods: (el, renderAbove) => renderMethodEditors(el, host, renderAbove),
	});
}
