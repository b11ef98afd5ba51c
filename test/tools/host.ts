/** A plugin host for command and modal tests in the mocked app: French, a fixed clock, saves nothing. */
import { Plugin } from "obsidian-test-mocks/obsidian";
import { CodevIndex } from "../../src/index/codevIndex";
import type { StepAction } from "../../src/obsidian/host";
import { defaultSettings, type PluginData } from "../../src/settings/model";

export const TEST_MANIFEST = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.10.0", description: "", author: "" };

export class TestHost extends Plugin {
	settings = defaultSettings("fr");
	data: PluginData = { data_version: 1, settings: this.settings };
	stepActions: StepAction[] = [];
	index = new CodevIndex();
	liveSession = (): string | null => null;
	noteLanguage(): "fr" {
		return "fr";
	}
	now(): Date {
		return new Date(2026, 1, 10, 9);
	}
	async saveSettings(): Promise<void> {}
}
