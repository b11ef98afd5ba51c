/**
 * The settings tab as Obsidian 1.13 definitions (searchable, drawn by the new settings window),
 * built from the same `settingSections` as the imperative tab kept for 1.10–1.12. Values are
 * read and written through the tab's `getControlValue`/`setControlValue`, never Obsidian's
 * default `saveData(plugin.settings)`, which would drop the rest of the stored data.
 */
import { requireApiVersion, SettingPage, type Setting, type SettingControl, type SettingDefinition, type SettingDefinitionItem, type SettingDefinitionPage, type SettingGroupItem } from "obsidian";
import { getUiLanguage, t, tError } from "../i18n";
import type { CodevSettings } from "../settings/model";
import { renderMethodEditors, type MethodSettingsHost } from "./methodsSettings";
import { fieldDesc, fieldName, searchAliases, settingSections, type SettingField, type SettingRow } from "./settingFields";

export interface DefinitionHooks {
	/** The split preview row was drawn: keep it to refresh its text. */
	splitShown(setting: Setting): void;
	/** The custom methods' page was left: the default-method choices may have changed. */
	methodsPageClosed(): void;
}

export function settingDefinitions(host: MethodSettingsHost, hooks: DefinitionHooks): SettingDefinitionItem[] {
	return settingSections(host.settings).map((section) => ({
		type: "group",
		heading: t(section.heading),
		items: section.rows.flatMap((row) => rowDefinitions(row, host, hooks)),
	}));
}

function rowDefinitions(row: SettingRow, host: MethodSettingsHost, hooks: DefinitionHooks): SettingGroupItem[] {
	if (row.type === "field") return [fieldDefinition(row.field, host.settings)];
	if (row.type === "note") return [{ name: t(row.name), desc: t(row.desc), aliases: searchAliases(row.name, row.aliases) }];
	if (row.type === "split") return [{ name: "", searchable: false, render: (setting) => hooks.splitShown(setting) }];
	const page = methodsPage(host, hooks);
	return page ? [page] : [];
}

function fieldDefinition(field: SettingField, settings: CodevSettings): SettingDefinition {
	const lang = getUiLanguage();
	const desc = fieldDesc(field, settings, t, lang);
	return {
		name: fieldName(field, t, lang),
		...(desc !== "" ? { desc } : {}),
		aliases: searchAliases(field.name, field.aliases),
		control: controlOf(field, settings),
	};
}

/** The same check as the imperative tab: Obsidian shows the message and does not store the value. */
function controlOf(field: SettingField, settings: CodevSettings): SettingControl {
	const key = field.key;
	const validate = (value: unknown): string | undefined => {
		const parsed = field.parse(value, settings);
		return parsed.ok ? undefined : tError(parsed.error);
	};
	switch (field.kind) {
		case "toggle":
			return { type: "toggle", key, validate };
		case "dropdown":
			return { type: "dropdown", key, validate, options: Object.fromEntries(field.options(settings, t, getUiLanguage())) };
		case "number":
			return { type: "number", key, validate, min: field.min, max: field.max, step: 1 };
		case "file":
			return { type: "file", key, validate, placeholder: field.placeholder ? t(field.placeholder) : undefined, filter: (file) => file.extension === "md" };
		default:
			return { type: field.kind, key, validate, placeholder: field.placeholder ? t(field.placeholder) : undefined };
	}
}

/** The custom methods' editors on a page of their own (an imperative page: they are not plain values). */
function methodsPage(host: MethodSettingsHost, hooks: DefinitionHooks): SettingDefinitionPage | null {
	if (requireApiVersion("1.13.0")) {
		class MethodsPage extends SettingPage {
			constructor() {
				super();
				this.title = t("methods.custom.heading");
			}

			display(): void {
				this.containerEl.empty();
				renderMethodEditors(this.containerEl, host);
			}

			hide(): void {
				super.hide();
				hooks.methodsPageClosed();
			}
		}
		return {
			type: "page",
			name: t("methods.custom.heading"),
			desc: t("settings.methods-page.desc"),
			displayValue: () => String(host.settings.customMethods.length),
			page: () => new MethodsPage(),
		};
	}
	return null;
}
