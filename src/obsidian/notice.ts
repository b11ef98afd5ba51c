/** A Notice in the interface's language: the sentence for `key`, its `{placeholders}` filled. */
import { Notice } from "obsidian";
import { t, type MessageKey, type Vars } from "../i18n";

export function notice(key: MessageKey, vars?: Vars, duration?: number): void {
	new Notice(t(key, vars), duration);
}
