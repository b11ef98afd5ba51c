/**
 * The settings tab on both paths: Obsidian 1.13 draws it from `getSettingDefinitions` and changes
 * values through `validate` then `setControlValue`; 1.10–1.12 call `display`. Both must show the
 * same settings, refuse the same values, and save through the plugin's own save.
 */
import type { App as AppOriginal, SettingDefinition, SettingDefinitionItem, SettingDefinitionPage, SettingControl } from "obsidian";
import { requireApiVersion } from "obsidian";
import { App } from "obsidian-test-mocks/obsidian";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTimer, reduce, serialize } from "../../src/codev/timer";
import { setLanguage, translator } from "../../src/i18n";
import CodevFacilitatorPlugin from "../../src/main";
import { CodevSettingTab } from "../../src/obsidian/settingsTab";
import { DATA_VERSION, defaultSettings } from "../../src/settings/model";
import { displayTab, installUiPatches, rowNamed, typeInto } from "../tools/ui";

const DIR = ".obsidian/plugins/codev-facilitator";
const manifest = { id: "codev-facilitator", name: "Codev", version: "0", minAppVersion: "1.10.0", description: "", author: "", dir: DIR };
const T0 = Date.UTC(2026, 0, 13, 8, 0);
const TIMER_KEY = "codev-facilitator-timer";
const CUSTOM = {
	id: "mine",
	name: { fr: "La mienne", en: "Mine" },
	steps: [
		{ id: "tour", name: { fr: "Tour", en: "Round" }, weight: 1 },
		{ id: "fin", name: { fr: "Fin", en: "End" }, weight: 1 },
	],
};

/** The plugin loaded over a data.json held in `file`, as Obsidian's loadData/saveData would. */
async function loaded(stored: unknown): Promise<{ app: AppOriginal; plugin: CodevFacilitatorPlugin; file: { text: string }; tab: CodevSettingTab }> {
	const app = App.createConfigured__({}).asOriginalType__();
	const plugin = new CodevFacilitatorPlugin(app, manifest);
	const file = { text: JSON.stringify(stored) };
	plugin.loadData = () => Promise.resolve(JSON.parse(file.text) as unknown);
	plugin.saveData = (data: unknown) => {
		file.text = JSON.stringify(data);
		return Promise.resolve();
	};
	plugin.now = () => new Date(T0);
	await plugin.onload();
	setLanguage("en");
	return { app, plugin, file, tab: new CodevSettingTab(app, plugin, plugin) };
}

function storedSettings(lang: "fr" | "en" = "en"): Record<string, unknown> {
	return { ...defaultSettings(lang), language: lang, facilitator: "Claire", methodId: "mine", customMethods: [CUSTOM], stepMinutes: { tour: 20 } };
}

type Control = SettingDefinition & { control: SettingControl };

function isGroup(item: SettingDefinitionItem): item is Extract<SettingDefinitionItem, { type: "group" | "list" }> {
	return "type" in item && (item.type === "group" || item.type === "list");
}

function rows(items: SettingDefinitionItem[]): SettingDefinitionItem[] {
	return items.flatMap((item) => (isGroup(item) ? (item.items ?? []) : [item]));
}

function controls(items: SettingDefinitionItem[]): Control[] {
	return rows(items).filter((item): item is Control => "control" in item && item.control !== undefined);
}

function control(tab: CodevSettingTab, key: string): Control {
	const found = controls(tab.getSettingDefinitions()).find((item) => item.control.key === key);
	if (!found) throw new Error(`no control ${key}`);
	return found;
}

/** What Obsidian 1.13 does on a change: `validate` first; only an accepted value reaches `setControlValue`. */
async function changeDeclaratively(tab: CodevSettingTab, key: string, value: unknown): Promise<string | null> {
	const { control: c } = control(tab, key);
	const refused = await (c.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined)?.(value);
	if (refused) return refused;
	await tab.setControlValue(key, value);
	return null;
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What 1.10–1.12 do: the user types into the row's field; the refusal shows under the row. */
async function changeImperatively(tab: CodevSettingTab, name: string, value: string): Promise<string | null> {
	const input = rowNamed(tab.containerEl, name).querySelector("input");
	if (!input) throw new Error(`no input in ${name}`);
	typeInto(input, value);
	await flush();
	return rowNamed(tab.containerEl, name).querySelector(".codev-setting-error")?.textContent ?? null;
}

beforeAll(() => installUiPatches());
beforeEach(() => setLanguage("en"));

describe("settings tab, declarative path (Obsidian 1.13)", () => {
	it("a change saves through the plugin's own save: data_version, custom methods, every other setting and this device's timer survive", async () => {
		const { app, plugin, file, tab } = await loaded({ data_version: DATA_VERSION, settings: storedSettings() });
		let timer = createTimer("Codev/Sessions/2026-01-13 G.md", [{ id: "tour", plannedSeconds: 600 }]);
		timer = reduce(timer, { type: "start" }, T0);
		plugin.data.timer = JSON.parse(serialize(timer)) as unknown;
		await plugin.saveSettings();
		const timerBefore: unknown = app.loadLocalStorage(TIMER_KEY);
		const before = JSON.parse(file.text) as { settings: Record<string, unknown> };

		expect(tab.getControlValue("defaultDurationMinutes")).toBe(120);
		expect(await changeDeclaratively(tab, "defaultDurationMinutes", 90)).toBeNull();
		expect(await changeDeclaratively(tab, "roomDisplay", "ring")).toBeNull();
		expect(await changeDeclaratively(tab, "stepMinutes.fin", "15")).toBeNull();

		const after = JSON.parse(file.text) as Record<string, unknown>;
		expect(Object.keys(after).sort()).toEqual(["data_version", "settings"]);
		expect(after.data_version).toBe(DATA_VERSION);
		expect(after.settings).toEqual({ ...before.settings, defaultDurationMinutes: 90, roomDisplay: "ring", stepMinutes: { tour: 20, fin: 15 } });
		expect((after.settings as { customMethods: unknown }).customMethods).toEqual(before.settings.customMethods);
		expect(after.settings).toMatchObject({ customMethods: [{ id: "mine", name: CUSTOM.name }], facilitator: "Claire", methodId: "mine" });
		expect(app.loadLocalStorage(TIMER_KEY)).toEqual(timerBefore);
		expect(plugin.data.timer).toEqual(JSON.parse(serialize(timer)));
		expect(tab.getControlValue("stepMinutes.fin")).toBe("15");
	});

	it("refuses what the imperative tab refuses, with the same message, and saves nothing then", async () => {
		const { file, tab } = await loaded({ data_version: DATA_VERSION, settings: storedSettings() });
		const saved = file.text;
		const en = translator("en");
		expect(await changeDeclaratively(tab, "defaultDurationMinutes", 44)).toBe(en("error.duration-too-short", { min: 45 }));
		expect(await changeDeclaratively(tab, "defaultDurationMinutes", 241)).toBe(en("error.duration-too-long", { max: 240 }));
		expect(await changeDeclaratively(tab, "defaultDurationMinutes", 90.5)).toBe(en("error.duration-not-a-number"));
		expect(await changeDeclaratively(tab, "stepMinutes.tour", "0")).toBe(en("error.setting-minutes-invalid"));
		expect(await changeDeclaratively(tab, "sessionNamePattern", "  ")).toBe(en("error.setting-name-pattern-empty"));
		expect(await changeDeclaratively(tab, "methodId", "gone")).toBe(en("error.setting-choice", { value: "gone" }));
		// setControlValue checks again: a value that skipped validate is not stored either.
		await tab.setControlValue("defaultDurationMinutes", 500);
		expect(file.text).toBe(saved);
		expect(await changeDeclaratively(tab, "defaultDurationMinutes", 45)).toBeNull();
		expect(await changeDeclaratively(tab, "defaultDurationMinutes", 240)).toBeNull();
		expect(control(tab, "defaultDurationMinutes").control).toMatchObject({ type: "number", min: 45, max: 240 });
	});

	it("every row can be found in French and in English, whatever the interface language", async () => {
		const { tab } = await loaded({ data_version: DATA_VERSION, settings: storedSettings("fr") });
		setLanguage("fr");
		const searchable = rows(tab.getSettingDefinitions()).filter((item): item is SettingDefinition => !("type" in item) && item.searchable !== false);
		expect(searchable.length).toBeGreaterThan(15);
		for (const item of searchable) {
			const aliases = item.aliases ?? [];
			expect(aliases, item.name).toContain(item.name);
			// The other language's name or terms are there too.
			expect(aliases.length, item.name).toBeGreaterThan(2);
		}
		const duration = control(tab, "defaultDurationMinutes");
		expect(duration.name).toBe("Durée par défaut d'une séance (minutes)");
		expect(duration.aliases).toEqual(expect.arrayContaining(["Default session length (minutes)", "durée", "length"]));
		const chime = control(tab, "sidebarChime");
		expect(chime.aliases).toEqual(expect.arrayContaining(["Quiet chime", "Carillon discret", "bell", "cloche"]));
		const step = control(tab, "stepMinutes.tour");
		expect(step.name).toBe("Tour");
		expect(step.aliases).toEqual(expect.arrayContaining(["Round", "étape", "step"]));
	});

	it("the language change redraws the definitions in the new language", async () => {
		const { tab } = await loaded({ data_version: DATA_VERSION, settings: storedSettings() });
		expect(await changeDeclaratively(tab, "language", "fr")).toBeNull();
		expect(control(tab, "language").name).toBe("Langue de l'interface et des nouvelles notes");
	});
});

/** Every visible row name of the imperative tab, headings included. */
function imperativeNames(tab: CodevSettingTab): string[] {
	displayTab(tab);
	return [...tab.containerEl.querySelectorAll(".setting-item-name")].map((el) => el.textContent ?? "").filter((name) => name !== "");
}

/** The same from the definitions: group headings, rows, and what the methods page draws (not its entry). */
function declarativeNames(tab: CodevSettingTab): string[] {
	const names: string[] = [];
	for (const item of tab.getSettingDefinitions()) {
		if (isGroup(item) && item.heading) names.push(item.heading);
		for (const row of isGroup(item) ? (item.items ?? []) : [item]) {
			if ("type" in row && row.type === "page") names.push(...pageNames(row));
			else if (row.name !== "") names.push(row.name);
		}
	}
	return names;
}

/** The mocked app plays 1.13 here (`requireApiVersion` is true), as the lint rule asks of any use of a page. */
function pageNames(page: SettingDefinitionPage): string[] {
	const drawn = page.page?.();
	if (requireApiVersion("1.13.0") && drawn) {
		drawn.display();
		return [...drawn.containerEl.querySelectorAll(".setting-item-name")].map((el) => el.textContent ?? "").filter((name) => name !== "");
	}
	return [];
}

describe("settings tab, both paths", () => {
	it("show the same settings, in the same order", async () => {
		const { tab } = await loaded({ data_version: DATA_VERSION, settings: storedSettings() });
		const drawn = imperativeNames(tab);
		expect(drawn).toEqual(expect.arrayContaining(["Language", "Groups folder", "Default session length (minutes)", "Round", "End", "Session note name", "Default method", "New method", "Quiet chime"]));
		expect(declarativeNames(tab)).toEqual(drawn);
	});

	it("display() (1.10–1.12) refuses the same values with the same message under the row, and saves the valid ones", async () => {
		const { file, tab } = await loaded({ data_version: DATA_VERSION, settings: storedSettings() });
		displayTab(tab);
		const en = translator("en");
		const duration = "Default session length (minutes)";
		const saved = file.text;
		expect(await changeImperatively(tab, duration, "44")).toBe(en("error.duration-too-short", { min: 45 }));
		expect(await changeImperatively(tab, duration, "241")).toBe(en("error.duration-too-long", { max: 240 }));
		expect(await changeImperatively(tab, duration, "abc")).toBe(en("error.duration-not-a-number"));
		expect(await changeImperatively(tab, "Round", "0")).toBe(en("error.setting-minutes-invalid"));
		expect(await changeImperatively(tab, "Session note name", " ")).toBe(en("error.setting-name-pattern-empty"));
		expect(file.text).toBe(saved);
		expect(await changeImperatively(tab, duration, "45")).toBeNull();
		expect(await changeImperatively(tab, "Round", "")).toBeNull();
		const after = JSON.parse(file.text) as { data_version: number; settings: Record<string, unknown> };
		expect(after.data_version).toBe(DATA_VERSION);
		expect(after.settings).toMatchObject({ defaultDurationMinutes: 45, stepMinutes: {}, customMethods: [CUSTOM], facilitator: "Claire" });
		expect(tab.containerEl.querySelector(".codev-split-preview")?.textContent).toBe("Split for 45m: Round 23 · End 22");
	});
});
