/**
 * The settings tab drawn row by row with `Setting`, for Obsidian 1.10–1.12 (1.13 draws the same
 * rows from `getSettingDefinitions`). Rows come from `settingSections`: see settingFields.ts.
 */
import { Setting } from "obsidian";
import { getUiLanguage, t } from "../i18n";
import type { CodevSettings } from "../settings/model";
import { fieldDesc, fieldName, type SettingField, type SettingRow, type SettingSection } from "./settingFields";
import { namedSetting } from "./namedSetting";

export interface RowContext {
	readonly settings: CodevSettings;
	/** Checks, stores and saves a value; the message when it was refused. */
	change(field: SettingField, raw: unknown): Promise<string | null>;
	/** The split preview's element, kept to refresh it after a change of length. */
	splitShown?(el: HTMLElement): void;
	/** Draws the custom methods' editors; `renderAbove` draws the section's other rows with them. */
	renderMethods?(el: HTMLElement, renderAbove: (el: HTMLElement) => void): void;
}

export function renderSection(el: HTMLElement, section: SettingSection, ctx: RowContext): void {
	namedSetting(el, section.heading).setHeading();
	const others = section.rows.filter((row) => row.type !== "methods");
	const renderOthers = (target: HTMLElement): void => {
		for (const row of others) renderRow(target, row, ctx);
	};
	if (section.rows.some((row) => row.type === "methods") && ctx.renderMethods) ctx.renderMethods(el, renderOthers);
	else renderOthers(el);
}

function renderRow(el: HTMLElement, row: SettingRow, ctx: RowContext): void {
	if (row.type === "field") renderField(el, row.field, ctx);
	else if (row.type === "note") namedSetting(el, row.name, row.desc);
	else if (row.type === "split") ctx.splitShown?.(el.createDiv({ cls: "setting-item-description codev-split-preview" }));
}

function renderField(el: HTMLElement, field: SettingField, ctx: RowContext): void {
	const lang = getUiLanguage();
	const setting = new Setting(el).setName(fieldName(field, t, lang));
	const desc = fieldDesc(field, ctx.settings, t, lang);
	if (desc !== "") setting.setDesc(desc);
	if (field.cls) setting.setClass(field.cls);
	const onChange = (raw: unknown): void => {
		void ctx.change(field, raw).then((message) => showError(setting, message));
	};
	const value = field.read(ctx.settings);
	if (field.kind === "toggle") {
		setting.addToggle((toggle) => toggle.setValue(value === true).onChange(onChange));
	} else if (field.kind === "dropdown") {
		setting.addDropdown((dropdown) => {
			for (const [option, label] of field.options(ctx.settings, t, lang)) dropdown.addOption(option, label);
			dropdown.setValue(String(value)).onChange(onChange);
		});
	} else {
		setting.addText((text) => {
			if (field.kind === "number") text.inputEl.type = "number";
			if (field.kind !== "number" && field.placeholder) text.setPlaceholder(t(field.placeholder));
			text.setValue(String(value)).onChange(onChange);
		});
	}
}

/** The refusal under the setting, as Obsidian 1.13 shows a failed `validate`; cleared once a value is taken. */
function showError(setting: Setting, message: string | null): void {
	let errorEl = setting.infoEl.querySelector<HTMLElement>(".codev-setting-error");
	if (message === null) {
		errorEl?.remove();
		return;
	}
	errorEl ??= setting.infoEl.createDiv({ cls: "setting-item-description mod-warning codev-setting-error" });
	errorEl.setText(message);
}
