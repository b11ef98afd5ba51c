import { t } from "../../i18n";
import type { CodevSettings } from "../../settings/model";
import { applyField, settingSections } from "../settingFields";
import { renderSection } from "../settingRows";
import { notifySidebarSettingsChanged } from "./register";

/** The sidebar's part of the settings tab on its own (the tab draws it with the other sections). */
export function renderSidebarSettings(containerEl: HTMLElement, host: { settings: CodevSettings; saveSettings(): Promise<void> }): void {
	const section = settingSections(host.settings).find((s) => s.heading === "sidebar.settings.heading");
	if (!section) return;
	renderSection(containerEl, section, {
		settings: host.settings,
		change: async (field, raw) => {
			const refused = await applyField(field, raw, host.settings, () => host.saveSettings(), t);
			if (refused === null && field.effect === "sidebar") notifySidebarSettingsChanged();
			return refused;
		},
	});
}
