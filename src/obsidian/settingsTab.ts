import { PluginSettingTab, requireApiVersion, type App, type Setting, type SettingDefinitionItem } from "obsidian";
import { getUiLanguage, t } from "../i18n";
import type { CodevSettings } from "../settings/model";
import { renderMethodEditors } from "./methodsSettings";
import { applyField, findField, settingSections, splitText, type FieldEffect, type SettingField } from "./settingFields";
import { settingDefinitions } from "./settingDefinitions";
import { renderSection } from "./settingRows";
import { notifySidebarSettingsChanged } from "./sidebar/register";

/** What the tab needs from the plugin: a narrow seam, easy to fake in tests. */
export interface SettingsHost {
	settings: CodevSettings;
	/** The plugin's own save: settings, `data_version` and this device's timer together. */
	saveSettings(): Promise<void>;
	/** Re-resolves the language and refreshes what shows text. */
	applyLanguage(): void;
}

/**
 * Obsidian 1.13 draws the tab from `getSettingDefinitions` (and never calls `display`); 1.10–1.12
 * call `display`. Both are built from the same rows and change values through `change`.
 */
export class CodevSettingTab extends PluginSettingTab {
	/** Where the split preview is shown: a div (imperative) or the preview row's description (1.13). */
	private showSplit: ((text: string) => void) | null = null;
	/** True once `display` drew the tab (before 1.13): redraws then go through it, not `update`. */
	private imperative = false;

	constructor(
		app: App,
		plugin: ConstructorParameters<typeof PluginSettingTab>[1],
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	private get settings(): CodevSettings {
		return this.host.settings;
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return settingDefinitions(this.host, {
			splitShown: (setting: Setting) => {
				this.showSplit = (text) => {
					setting.setDesc(text);
				};
				this.refreshSplit();
			},
			methodsPageClosed: () => this.redraw(),
		});
	}

	getControlValue(key: string): unknown {
		return findField(this.settings, key)?.read(this.settings);
	}

	/** Never Obsidian's default (`saveData(plugin.settings)`): it would drop the rest of the stored data. */
	async setControlValue(key: string, value: unknown): Promise<void> {
		const field = findField(this.settings, key);
		if (field) await this.change(field, value);
	}

	display(): void {
		this.imperative = true;
		this.renderImperative();
	}

	private renderImperative(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.showSplit = null;
		const ctx = {
			settings: this.settings,
			change: (field: SettingField, raw: unknown) => this.change(field, raw),
			splitShown: (el: HTMLElement) => {
				this.showSplit = (text: string) => el.setText(text);
				this.refreshSplit();
			},
			renderMethods: (el: HTMLElement, renderAbove: (el: HTMLElement) => void) => renderMethodEditors(el, this.host, renderAbove),
		};
		for (const section of settingSections(this.settings)) renderSection(containerEl, section, ctx);
	}

	private async change(field: SettingField, raw: unknown): Promise<string | null> {
		const refused = await applyField(field, raw, this.settings, () => this.host.saveSettings(), t);
		if (refused === null) this.after(field.effect);
		return refused;
	}

	private after(effect: FieldEffect): void {
		if (effect === "redraw-language") this.host.applyLanguage();
		if (effect === "redraw" || effect === "redraw-language") this.redraw();
		else if (effect === "split") this.refreshSplit();
		else if (effect === "sidebar") notifySidebarSettingsChanged();
	}

	private redraw(): void {
		if (this.imperative) this.renderImperative();
		else if (requireApiVersion("1.13.0")) this.update();
	}

	private refreshSplit(): void {
		this.showSplit?.(splitText(this.settings, t, getUiLanguage()));
	}
}
