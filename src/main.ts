import { getLanguage, moment, Notice, Plugin } from "obsidian";
import type { Lang } from "./codev/types";
import { resolveLanguage, setLanguage, t } from "./i18n";
import { registerAround } from "./obsidian/around/register";
import { CodevIndex } from "./index/codevIndex";
import { registerClientSheetCommand } from "./obsidian/clientSheetCommand";
import { startCodevIndex } from "./obsidian/indexAdapter";
import type { CodevHost, StepAction } from "./obsidian/host";
import { registerCycle } from "./obsidian/cycle/register";
import { registerLinked } from "./obsidian/linked/register";
import { registerLive } from "./obsidian/live/register";
import { registerMethodCommands } from "./obsidian/methodCommands";
import { CodevSettingTab } from "./obsidian/settingsTab";
import { registerSidebar } from "./obsidian/sidebar/register";
import { registerSessionCommands } from "./obsidian/sessionCommands";
import { useMoment, type MomentFactory } from "./notes/datePattern";
import { loadStoredData, saveStoredData } from "./obsidian/storedData";
import type { CodevSettings, PluginData } from "./settings/model";

/** Lifecycle only: data, language, commands, settings tab. The work lives in src/obsidian and below. */
export default class CodevFacilitatorPlugin extends Plugin implements CodevHost {
	data!: PluginData;
	/** Set when stored data could not be read: saving is blocked so nothing newer is overwritten. */
	private saveBlocked = false;

	/** The same object as `data.settings`: edited by the settings tab, saved with `data`. */
	settings!: CodevSettings;
	stepActions: StepAction[] = [];
	readonly index = new CodevIndex();
	/** Replaced by the sidebar at load: the running session's note. */
	liveSession: () => string | null = () => null;

	async onload(): Promise<void> {
		// Date patterns use Obsidian's own moment, as core Templates do. Its typing is moment's module
		// namespace, which esModuleInterop makes uncallable; the value is moment's function.
		useMoment(moment as unknown as MomentFactory);
		await this.loadPluginData();
		this.applyLanguage();
		registerSessionCommands(this);
		this.addSettingTab(new CodevSettingTab(this.app, this, this));
		startCodevIndex(this);
		registerSidebar(this);
		registerLive(this);
		registerLinked(this);
		registerCycle(this);
		registerMethodCommands(this);
		registerClientSheetCommand(this);
		registerAround(this);
	}

	now(): Date {
		return new Date();
	}

	noteLanguage(): Lang {
		return resolveLanguage(this.settings.language, getLanguage());
	}

	applyLanguage(): void {
		setLanguage(this.noteLanguage());
	}

	private async loadPluginData(): Promise<void> {
		const loaded = await loadStoredData(this, resolveLanguage("auto", getLanguage()), this.now());
		this.data = loaded.data;
		this.settings = loaded.data.settings;
		this.saveBlocked = loaded.saveBlocked;
		this.applyLanguage();
		for (const message of loaded.messages) new Notice(`${t("plugin.name")}: ${message}`, 0);
		if (loaded.changed && !this.saveBlocked) await this.saveSettings();
	}

	/** Settings saved on another device (sync): taken in place; this device's timer is left as it is. */
	async onExternalSettingsChange(): Promise<void> {
		const loaded = await loadStoredData(this, resolveLanguage("auto", getLanguage()), this.now(), true);
		if (!loaded.readable) return;
		for (const message of loaded.messages) new Notice(`${t("plugin.name")}: ${message}`, 0);
		if (loaded.saveBlocked) {
			this.saveBlocked = true;
			return;
		}
		Object.assign(this.settings, loaded.data.settings);
		this.applyLanguage();
	}

	async saveSettings(): Promise<void> {
		if (!this.saveBlocked) await saveStoredData(this, this.data);
	}
}
