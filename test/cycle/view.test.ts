import { describe, expect, it } from "vitest";
import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";
import { addTopicToBacklog, createGroup, groupOverview, recordEvaluation } from "../../src/services/cycle";
import { startSession } from "../../src/services/startSession";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import { defaultSettings } from "../../src/settings/model";
import { drawRatingChart } from "../../src/sidebar-ui/chart";
import { renderGroupOverview } from "../../src/sidebar-ui/groupRender";
import CodevFacilitatorPlugin from "../../src/main";

const INJECTION = "<img src=x onerror=alert(1)>";

async function overviewWithInjection() {
	const store = new MemoryStore(parseYamlStrict);
	const settings = defaultSettings("en");
	const group = await createGroup(store, { name: "Horizon", members: ["Ana", "Ben", "Cleo", "Dan", "Eve"], facilitator: "", cadence: { kind: "monthly", nth: 2, weekday: "tue" }, start: "2026-01-01" }, settings, "en");
	if (!group.ok) throw new Error(group.error.code);
	const groupPath = group.value.groupPath;
	await addTopicToBacklog(store, groupPath, INJECTION, "Codev/People/Ben.md");
	for (const [date, client, fond] of [["2026-01-13", "Ana", 3], ["2026-02-10", "Ben", 5]] as const) {
		const s = await startSession(store, { group: { name: "Horizon", path: groupPath }, date, client: { name: client }, topic: INJECTION, duration: 120, opening: true, attendees: [], facilitator: "", method: CLASSIC_METHOD }, settings, "en");
		if (!s.ok) throw new Error(s.error.code);
		await recordEvaluation(store, s.value.sessionPath, [{ personPath: `Codev/People/${client}.md`, status: "present", fond, forme: 4, takeaway: INJECTION }], "en");
	}
	const overview = groupOverview(store, groupPath, "2026-03-01");
	if (!overview) throw new Error("no overview");
	return overview;
}

describe("group view rendering", () => {
	it("renders names, topics and learnings as text: no element is created from them", async () => {
		const overview = await overviewWithInjection();
		const container = createDiv();
		const opened: string[] = [];
		renderGroupOverview(container, overview, "en", { openPath: (p) => opened.push(p) });
		expect(container.querySelector("img")).toBeNull();
		expect(container.querySelectorAll("[onerror]")).toHaveLength(0);
		expect(container.textContent).toContain(INJECTION);
		expect(container.textContent).toContain("Suggested next client: Cleo");
		expect(container.querySelectorAll("table.codev-group-members tr")).toHaveLength(6);
		const svg = container.querySelector("svg.codev-chart");
		expect(svg?.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg?.querySelectorAll("polyline")).toHaveLength(2);
		container.querySelector<HTMLAnchorElement>("ol.codev-group-calendar a")?.click();
		expect(opened).toEqual([overview.calendar[0]?.sessionPath]);
	});

	it("the chart uses theme variables and copes with one point or missing ratings", () => {
		const parent = createDiv();
		const svg = drawRatingChart(parent, [{ path: "a", date: "2026-01-13", fond: 4, forme: null, count: 1 }], { title: "t", fond: "F", forme: "G" });
		expect(svg.querySelectorAll("polyline")).toHaveLength(0);
		expect(svg.querySelectorAll("circle")).toHaveLength(1);
		expect(svg.querySelector("circle")?.getAttribute("style") ?? "").toContain("var(--color-accent)");
	});
});

describe("registerCycle", () => {
	it("registers the commands without default hotkeys, and the group view", async () => {
		const app = App.createConfigured__().asOriginalType__();
		const plugin = new CodevFacilitatorPlugin(app, { id: "codev-facilitator", name: "Codev", version: "0.1.0", minAppVersion: "1.7.2", description: "", author: "" });
		await plugin.onload();
		const mock = MockPlugin.fromOriginalType2__(plugin);
		const ids = [...mock.commands__.values()].map((c) => c.id.replace(/^.*:/, ""));
		for (const id of ["create-group", "add-topic", "record-evaluation", "generate-bilan", "create-dashboards", "export-calendar", "refresh-group", "open-group-view", "member-left", "member-back"]) {
			expect(ids).toContain(id);
		}
		expect([...mock.commands__.values()].every((c) => !c.hotkeys || c.hotkeys.length === 0)).toBe(true);
		expect(mock.views__.has("codev-group-view")).toBe(true);
	});
});
