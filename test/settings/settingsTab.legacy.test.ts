/**
 * The settings tab on Obsidian 1.10–1.12, where `requireApiVersion("1.13.0")` is false and the
 * 1.13 classes (SettingPage) do not exist: loading the plugin and drawing the tab must not touch them.
 */
import { App } from "obsidian-test-mocks/obsidian";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setLanguage } from "../../src/i18n";
import { displayTab, installUiPatches, rowNamed, typeInto } from "../tools/ui";

vi.mock("obsidian", async (original) => ({ ...(await original<Record<string, unknown>>()), requireApiVersion: () => false, SettingPage: undefined }));

const { default: CodevFacilitatorPlugin } = await import("../../src/main");
const { CodevSettingTab } = await import("../../src/obsidian/settingsTab");

beforeAll(() => installUiPatches());

describe("settings tab before Obsidian 1.13", () => {
	it("draws with display(), redraws itself on a language change, and offers no 1.13 page", async () => {
		const app = App.createConfigured__({}).asOriginalType__();
		const plugin = new CodevFacilitatorPlugin(app, { id: "codev-facilitator", name: "Codev", version: "0", minAppVersion: "1.10.0", description: "", author: "" });
		let stored: unknown = null;
		plugin.loadData = () => Promise.resolve(stored);
		plugin.saveData = (data: unknown) => {
			stored = structuredClone(data);
			return Promise.resolve();
		};
		await plugin.onload();
		setLanguage("en");
		const tab = new CodevSettingTab(app, plugin, plugin);
		// Definitions may still be asked for (nothing calls them before 1.13): no methods page without SettingPage.
		expect(JSON.stringify(tab.getSettingDefinitions())).not.toContain('"type":"page"');
		displayTab(tab);
		expect(tab.containerEl.textContent).toContain("New method");
		const select = rowNamed(tab.containerEl, "Language of the interface and of new notes").querySelector("select");
		if (!select) throw new Error("no language choice");
		select.value = "fr";
		select.dispatchEvent(new Event("change"));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(rowNamed(tab.containerEl, "Langue de l'interface et des nouvelles notes")).toBeTruthy();
		expect(stored).toMatchObject({ data_version: 2, settings: { language: "fr" } });
		typeInto(rowNamed(tab.containerEl, "Durée par défaut d'une séance (minutes)").querySelector("input") as HTMLInputElement, "30");
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(tab.containerEl.querySelector(".codev-setting-error")?.textContent).toBe("la durée de la séance doit être d'au moins 45 minutes");
	});
});
