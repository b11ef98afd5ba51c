import { describe, expect, it } from "vitest";
import { migrateData } from "../../src/settings/model";
import { renderSidebarSettings } from "../../src/obsidian/sidebar/settings";
import { defaultSettings } from "../../src/settings/model";

describe("sidebar settings", () => {
	it("defaults to a quiet chime and the remaining time; invalid values are reset and named", () => {
		const fresh = migrateData(undefined, "en").data.settings;
		expect(fresh).toMatchObject({ sidebarChime: true, roomDisplay: "time" });
		const loaded = migrateData({ data_version: 1, settings: { roomDisplay: "ring", sidebarChime: false } }, "en");
		expect(loaded.data.settings).toMatchObject({ sidebarChime: false, roomDisplay: "ring" });
		const bad = migrateData({ data_version: 1, settings: { roomDisplay: "blink", sidebarChime: "yes" } }, "en");
		expect(bad.data.settings).toMatchObject({ sidebarChime: true, roomDisplay: "time" });
		expect(bad.problems).toEqual(expect.arrayContaining(["field:roomDisplay", "field:sidebarChime"]));
	});

	it("renders a chime toggle and a room display choice", () => {
		const host = { settings: defaultSettings("en"), saveSettings: () => Promise.resolve() };
		const el = createDiv();
		renderSidebarSettings(el, host);
		expect(el.textContent).toContain("Quiet chime");
		expect([...el.querySelectorAll("option")].map((o) => o.value)).toEqual(["time", "ring", "step", "split", "tab", "none"]);
	});
});
