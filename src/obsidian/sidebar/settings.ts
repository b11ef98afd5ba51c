import { Setting } from "obsidian";
import { t, type MessageKey } from "../../i18n";
import { OPEN_BESIDE_CHOICES, type OpenBeside } from "../openBeside";
import { ROOM_MODES, type RoomMode } from "../../sidebar-ui/model";
import type { CodevSettings } from "../../settings/model";
import { notifySidebarSettingsChanged } from "./register";

const ROOM_LABELS: Record<RoomMode, MessageKey> = {
	time: "sidebar.room.mode.time",
	ring: "sidebar.room.mode.ring",
	step: "sidebar.room.mode.step",
};

/** The sidebar's part of the settings tab (called at the end of CodevSettingTab.display). */
export function renderSidebarSettings(containerEl: HTMLElement, host: { settings: CodevSettings; saveSettings(): Promise<void> }): void {
	new Setting(containerEl).setName(t("sidebar.settings.heading")).setHeading();
	new Setting(containerEl)
		.setName(t("sidebar.settings.chime"))
		.setDesc(t("sidebar.settings.chime.desc"))
		.addToggle((toggle) =>
			toggle.setValue(host.settings.sidebarChime).onChange(async (value) => {
				host.settings.sidebarChime = value;
				await host.saveSettings();
			}),
		);
	new Setting(containerEl)
		.setName(t("sidebar.settings.room"))
		.setDesc(t("sidebar.settings.room.desc"))
		.addDropdown((dropdown) => {
			for (const mode of ROOM_MODES) dropdown.addOption(mode, t(ROOM_LABELS[mode]));
			dropdown.setValue(host.settings.roomDisplay).onChange(async (value) => {
				if (!ROOM_MODES.includes(value as RoomMode)) return;
				host.settings.roomDisplay = value as RoomMode;
				await host.saveSettings();
				notifySidebarSettingsChanged();
			});
		});
	new Setting(containerEl)
		.setName(t("live.settings.open-beside"))
		.setDesc(t("live.settings.open-beside.desc"))
		.addDropdown((dropdown) => {
			for (const mode of OPEN_BESIDE_CHOICES) dropdown.addOption(mode, t(`live.open.${mode}`));
			dropdown.setValue(host.settings.openBeside).onChange(async (value) => {
				if (!OPEN_BESIDE_CHOICES.includes(value as OpenBeside)) return;
				host.settings.openBeside = value as OpenBeside;
				await host.saveSettings();
			});
		});
}
