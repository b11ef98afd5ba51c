import { PluginSettingTab, Setting, type App } from "obsidian";
import { methodOrClassic } from "../codev/customMethods";
import { stepsFor } from "../codev/methods";
import { formatDuration, overridesForSteps, splitMinutes } from "../codev/timing";
import { getUiLanguage, t, tError } from "../i18n";
import { sanitizeFolderPath } from "../notes/names";
import type { CodevSettings } from "../settings/model";
import { renderMethodSettings } from "./methodsSettings";
import { renderSidebarSettings } from "./sidebar/settings";

/** What the tab needs from the plugin: a narrow seam, easy to fake in tests. */
export interface SettingsHost {
	settings: CodevSettings;
	saveSettings(): Promise<void>;
	/** Re-resolves the language and refreshes what shows text. */
	applyLanguage(): void;
}

type FolderKey = "groupsFolder" | "peopleFolder" | "sessionsFolder" | "templatesFolder";

export class CodevSettingTab extends PluginSettingTab {
	private splitEl: HTMLElement | null = null;

	constructor(
		app: App,
		plugin: ConstructorParameters<typeof PluginSettingTab>[1],
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.renderLanguage(containerEl);
		this.renderFolders(containerEl);
		this.renderSessions(containerEl);
		this.renderTemplate(containerEl);
		renderMethodSettings(containerEl, this.host);
		renderSidebarSettings(containerEl, this.host);
	}

	private get settings(): CodevSettings {
		return this.host.settings;
	}

	private renderLanguage(el: HTMLElement): void {
		new Setting(el).setName(t("settings.heading.language")).setHeading();
		new Setting(el).setName(t("settings.language")).addDropdown((dropdown) =>
			dropdown
				.addOption("auto", t("settings.language.auto"))
				.addOption("fr", "Français")
				.addOption("en", "English")
				.setValue(this.settings.language)
				.onChange(async (value) => {
					this.settings.language = value === "fr" || value === "en" ? value : "auto";
					await this.host.saveSettings();
					this.host.applyLanguage();
					this.display();
				}),
		);
	}

	private renderFolders(el: HTMLElement): void {
		new Setting(el).setName(t("settings.heading.folders")).setHeading();
		const folders: Array<[FolderKey, "settings.groups-folder" | "settings.people-folder" | "settings.sessions-folder" | "settings.templates-folder"]> = [
			["groupsFolder", "settings.groups-folder"],
			["peopleFolder", "settings.people-folder"],
			["sessionsFolder", "settings.sessions-folder"],
			["templatesFolder", "settings.templates-folder"],
		];
		for (const [key, label] of folders) {
			const setting = new Setting(el).setName(t(label)).addText((text) =>
				text.setValue(this.settings[key]).onChange(async (value) => {
					this.settings[key] = sanitizeFolderPath(value, "");
					await this.host.saveSettings();
				}),
			);
			if (key === "templatesFolder") setting.setDesc(t("settings.templates-folder.desc"));
		}
	}

	private renderSessions(el: HTMLElement): void {
		new Setting(el).setName(t("settings.heading.sessions")).setHeading();
		new Setting(el).setName(t("settings.default-duration")).addText((text) => {
			text.inputEl.type = "number";
			text.setValue(String(this.settings.defaultDurationMinutes)).onChange(async (value) => {
				const minutes = Number(value);
				if (!Number.isInteger(minutes) || minutes < 45 || minutes > 240) return;
				this.settings.defaultDurationMinutes = minutes;
				await this.host.saveSettings();
				this.renderSplit();
			});
		});
		new Setting(el).setName(t("settings.default-opening")).addToggle((toggle) =>
			toggle.setValue(this.settings.defaultOpening).onChange(async (value) => {
				this.settings.defaultOpening = value;
				await this.host.saveSettings();
				this.renderSplit();
			}),
		);
		new Setting(el)
			.setName(t("settings.facilitator"))
			.setDesc(t("settings.facilitator.desc"))
			.addText((text) =>
				text.setValue(this.settings.facilitator).onChange(async (value) => {
					this.settings.facilitator = value.trim();
					await this.host.saveSettings();
				}),
			);
		this.renderStepTable(el);
	}

	/** One number field per step; empty means "computed". The resulting split is shown live. */
	private renderStepTable(el: HTMLElement): void {
		const lang = getUiLanguage();
		new Setting(el).setName(t("settings.step-minutes")).setDesc(t("settings.step-minutes.desc"));
		const method = methodOrClassic(this.settings.methodId, this.settings.customMethods);
		for (const step of method.steps) {
			new Setting(el).setName(step.name[lang]).setClass("codev-step-minutes").addText((text) => {
				text.inputEl.type = "number";
				text.setPlaceholder("—");
				const current = this.settings.stepMinutes[step.id];
				text.setValue(current === undefined ? "" : String(current)).onChange(async (value) => {
					const minutes = Number(value);
					if (value.trim() === "") delete this.settings.stepMinutes[step.id];
					else if (Number.isInteger(minutes) && minutes > 0) this.settings.stepMinutes[step.id] = minutes;
					else return;
					await this.host.saveSettings();
					this.renderSplit();
				});
			});
		}
		this.splitEl = el.createDiv({ cls: "setting-item-description codev-split-preview" });
		this.renderSplit();
	}

	private renderSplit(): void {
		if (!this.splitEl) return;
		const lang = getUiLanguage();
		const method = methodOrClassic(this.settings.methodId, this.settings.customMethods);
		const steps = stepsFor(method, this.settings.defaultOpening);
		const split = splitMinutes(steps, this.settings.defaultDurationMinutes, overridesForSteps(steps, this.settings.stepMinutes), method);
		this.splitEl.setText(
			split.ok
				? t("settings.step-minutes.total", {
						total: formatDuration(this.settings.defaultDurationMinutes, lang),
						split: steps.map((s) => `${s.name[lang]} ${split.value[s.id] ?? 0}`).join(" · "),
					})
				: tError(split.error),
		);
	}

	private renderTemplate(el: HTMLElement): void {
		new Setting(el).setName(t("settings.heading.template")).setHeading();
		new Setting(el)
			.setName(t("settings.template-file"))
			.setDesc(t("settings.template-file.desc"))
			.addText((text) =>
				text.setPlaceholder("Codev/Modèles/Séance.md").setValue(this.settings.templatePath).onChange(async (value) => {
					this.settings.templatePath = value.trim();
					await this.host.saveSettings();
				}),
			);
		new Setting(el)
			.setName(t("settings.name-pattern"))
			.setDesc(t("settings.name-pattern.desc"))
			.addText((text) =>
				text.setValue(this.settings.sessionNamePattern).onChange(async (value) => {
					if (value.trim() === "") return;
					this.settings.sessionNamePattern = value;
					await this.host.saveSettings();
				}),
			);
	}
}
