/** The `Setting` rows most forms are made of: one named (and maybe described) from the catalog, and the main button. */
import { Setting } from "obsidian";
import { t, type MessageKey } from "../i18n";
import { submitOnce } from "./submitOnce";

export function namedSetting(el: HTMLElement, name: MessageKey, desc?: MessageKey): Setting {
	const setting = new Setting(el).setName(t(name));
	return desc ? setting.setDesc(t(desc)) : setting;
}

/**
 * A form's main button: nothing while `ready()` is false, one submit at a time (double clicks,
 * held keys), and `done()` (closing the form) once the submit has finished.
 */
export function submitRow(el: HTMLElement, label: MessageKey, ready: () => boolean, submit: () => Promise<void>, done: () => void): void {
	const once = submitOnce(
		async () => {
			if (!ready()) return false;
			await submit();
			done();
			return true;
		},
		{ repeatable: true },
	);
	new Setting(el).addButton((b) => b.setButtonText(t(label)).setCta().onClick(() => void once()));
}
