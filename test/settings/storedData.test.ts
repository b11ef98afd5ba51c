/**
 * data.json as Obsidian and sync treat it: loadData() rejects on a truncated file, another device
 * saves its settings over the file, the file holds what an older or broken build wrote.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { App as AppOriginal } from "obsidian";
import { App, Notice } from "obsidian-test-mocks/obsidian";
import { createTimer, deserialize, reduce, serialize } from "../../src/codev/timer";
import { setLanguage, tError, translator } from "../../src/i18n";
import CodevFacilitatorPlugin from "../../src/main";
import { DATA_VERSION, defaultSettings } from "../../src/settings/model";

const DIR = ".obsidian/plugins/codev-facilitator";
const manifest = { id: "codev-facilitator", name: "Codev", version: "0", minAppVersion: "1.10.0", description: "", author: "", dir: DIR };
const CUSTOM = { id: "mine", name: { fr: "La mienne" }, steps: [{ id: "tour", name: "Tour", weight: 1 }] };
const T0 = Date.UTC(2026, 0, 13, 8, 0);

/** One device: its own app (and local storage), the data.json it sees through `file`. */
function device(file: { text: string | null }, app: AppOriginal = App.createConfigured__({}).asOriginalType__()) {
	const plugin = new CodevFacilitatorPlugin(app, manifest);
	const commands: string[] = [];
	const views: string[] = [];
	const addCommand = plugin.addCommand.bind(plugin);
	plugin.addCommand = (command) => (commands.push(command.id), addCommand(command));
	const registerView = plugin.registerView.bind(plugin);
	plugin.registerView = (type, factory) => (views.push(type), registerView(type, factory));
	// Obsidian's loadData parses the file and rejects (a rejected promise, not a throw) on invalid JSON.
	plugin.loadData = () => new Promise((resolve) => resolve(file.text === null ? null : (JSON.parse(file.text) as unknown)));
	const saved: unknown[] = [];
	plugin.saveData = (data: unknown) => {
		file.text = JSON.stringify(data);
		saved.push(structuredClone(data));
		return Promise.resolve();
	};
	plugin.now = () => new Date(T0);
	return { app, plugin, commands, views, saved };
}

function noticeTexts(spy: { mock: { calls: unknown[][] } }): string {
	return spy.mock.calls.map((call) => String(call[0])).join("\n");
}

describe("stored data (data.json)", () => {
	afterEach(() => vi.restoreAllMocks());

	it("a truncated data.json (loadData rejects) still loads commands and the sidebar, says so in a sentence and keeps a copy with the custom methods", async () => {
		const notices = vi.spyOn(Notice.prototype, "constructor__");
		const text = JSON.stringify({ data_version: DATA_VERSION, settings: { facilitator: "Claire", customMethods: [CUSTOM] } }).slice(0, -7);
		const file = { text };
		const { app, plugin, commands, views, saved } = device(file);
		await app.vault.adapter.write(`${DIR}/data.json`, text);
		await plugin.onload();
		expect(commands).toContain("start-session");
		expect(commands).toContain("export-client-sheet");
		expect(views.length).toBeGreaterThan(0);
		const shown = noticeTexts(notices);
		expect(shown).toMatch(/data\.json/u);
		expect(shown).not.toMatch(/invalidJson|SyntaxError|corrupted/u);
		const backup = /\.obsidian\/plugins\/codev-facilitator\/data\.unreadable-[\d-]+\.json/u.exec(shown)?.[0] ?? "";
		expect(await app.vault.adapter.read(backup)).toBe(text);
		expect(await app.vault.adapter.read(backup)).toContain('"id":"mine"');
		// The copy is safe: saving the default settings afterwards is allowed and leaves the copy alone.
		plugin.settings.facilitator = "Nadia";
		await plugin.saveSettings();
		expect(saved).toHaveLength(1);
		expect(await app.vault.adapter.read(backup)).toBe(text);
	});

	it("never saves over an unreadable data.json when no copy of it can be made", async () => {
		const notices = vi.spyOn(Notice.prototype, "constructor__");
		const file = { text: "{\"data_version\": 1, \"settings\": {\"customMethods\": [" };
		const { app, plugin, commands, saved } = device(file);
		vi.spyOn(app.vault.adapter, "write").mockRejectedValue(new Error("read-only"));
		await plugin.onload();
		expect(commands).toContain("start-session");
		plugin.settings.facilitator = "Nadia";
		await plugin.saveSettings();
		expect(saved).toEqual([]);
		expect(file.text).toContain("customMethods");
		expect(noticeTexts(notices)).toContain(translator("en").call(null, "data.unreadable.blocked"));
	});

	it("an invalid custom method is copied aside before the repaired data is saved, and named in a sentence", async () => {
		const notices = vi.spyOn(Notice.prototype, "constructor__");
		const broken = { id: "Broken id", name: "x", steps: [] };
		const file = { text: JSON.stringify({ data_version: DATA_VERSION, settings: { customMethods: [CUSTOM, broken] } }) };
		const { app, plugin } = device(file);
		await plugin.onload();
		expect(plugin.settings.customMethods.map((m) => m.id)).toEqual(["mine"]);
		const shown = noticeTexts(notices);
		expect(shown).not.toContain("field:");
		expect(shown).toMatch(/method 2 \(|méthode 2 \(/u);
		const backup = /\.obsidian\/plugins\/codev-facilitator\/data\.unreadable-[\d-]+\.json/u.exec(shown)?.[0] ?? "";
		expect(await app.vault.adapter.read(backup)).toContain("Broken id");
	});

	it("a settings save on an idle device does not erase the timer running on another (the timer is device state)", async () => {
		const file: { text: string | null } = { text: null };
		const a = device(file);
		const b = device(file);
		await a.plugin.onload();
		await b.plugin.onload();
		let timer = createTimer("Codev/Séances/2026-01-13 Séance.md", [{ id: "retour", plannedSeconds: 600 }, { id: "expose", plannedSeconds: 600 }]);
		timer = reduce(reduce(timer, { type: "start" }, T0), { type: "next" }, T0 + 600_000);
		a.plugin.data.timer = JSON.parse(serialize(timer));
		await a.plugin.saveSettings();
		// Device B, idle, changes a setting: its data.json (no timer) syncs over A's.
		b.plugin.settings.facilitator = "Claire";
		await b.plugin.saveSettings();
		await a.plugin.onExternalSettingsChange();
		expect(a.plugin.settings.facilitator).toBe("Claire");
		expect(deserialize(a.plugin.data.timer)).toEqual({ ok: true, value: timer });
		// A restarts: the timer comes back; B never sees A's timer.
		const again = device(file, a.app);
		await again.plugin.onload();
		expect(deserialize(again.plugin.data.timer)).toEqual({ ok: true, value: timer });
		expect(again.plugin.settings.facilitator).toBe("Claire");
		const other = device(file, b.app);
		await other.plugin.onload();
		expect(other.plugin.data.timer).toBeUndefined();
	});

	it("a data.json half-written by a sync in progress is waited out: the settings in use stay, nothing is copied or saved", async () => {
		const file: { text: string | null } = { text: JSON.stringify({ data_version: DATA_VERSION, settings: { ...defaultSettings("fr"), facilitator: "Claire" } }) };
		const { app, plugin, saved } = device(file);
		await plugin.onload();
		file.text = "{\"data_version\": 1, \"sett";
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.facilitator).toBe("Claire");
		expect(saved).toEqual([]);
		expect((await app.vault.adapter.list(DIR)).files.filter((f) => f.includes("unreadable"))).toEqual([]);
	});

	it("timer error codes reach the user as translated sentences", () => {
		for (const lang of ["fr", "en"] as const) {
			setLanguage(lang);
			for (const raw of ["{", { version: 99 }, { version: 1 }]) {
				const result = deserialize(raw);
				if (result.ok) throw new Error("expected an error");
				expect(tError(result.error)).not.toMatch(/^timer\./u);
			}
		}
		setLanguage("en");
	});
});
