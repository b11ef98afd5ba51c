/** The `Setting` row most forms start with: named, and maybe described, from the catalog. */
import { Setting } from "obsidian";
import { t, type MessageKey } from "../i18n";

export function namedSetting(el: HTMLElement, name: MessageKey, desc?: MessageKey): Setting {
	const setting = new Setting(el).setName(t(name));
	return desc ? setting.setDesc(t(desc)) : setting;
}
