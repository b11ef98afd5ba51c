import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import CodevFacilitatorPlugin from "../../src/main";
import { MEMBERS_BASES_VIEW } from "../../src/notes/cycle/bases";
import { renderMemberStats } from "../../src/sidebar-ui/groupRender";
import { setLanguage } from "../../src/i18n";

const manifest = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.10.0", description: "", author: "" };

describe("the members dashboard's Bases view", () => {
	it("is registered at load under the type the members .base file names", async () => {
		const app = App.createConfigured__({ files: {} }).asOriginalType__();
		const plugin = new CodevFacilitatorPlugin(app, manifest);
		await plugin.onload();
		const mock = MockPlugin.fromOriginalType2__(plugin) as unknown as { basesViewRegistrations__: Map<string, { name: string; factory: unknown }> };
		expect(mock.basesViewRegistrations__.get(MEMBERS_BASES_VIEW)).toMatchObject({ name: "Codev members" });
		expect(typeof mock.basesViewRegistrations__.get(MEMBERS_BASES_VIEW)?.factory).toBe("function");
	});

	it("shows each member's times as client and attendance, with a link to the person note", () => {
		setLanguage("fr");
		const container = createDiv();
		const opened: string[] = [];
		renderMemberStats(
			container,
			[
				{ path: "P/Hélène Côté.md", name: "Hélène Côté", timesClient: 1, present: 5, recorded: 6, attendancePercent: 83 },
				{ path: "P/Luc Girard.md", name: "Luc Girard", timesClient: 0, present: 0, recorded: 0, attendancePercent: null },
			],
			"fr",
			{ openPath: (path) => opened.push(path) },
		);
		const rows = [...container.querySelectorAll("tr")].map((tr) => [...tr.children].map((td) => td.textContent));
		expect(rows).toEqual([
			["Membre", "Fois client", "Présence"],
			["Hélène Côté", "1", "83\u00a0%"],
			["Luc Girard", "0", "–"],
		]);
		container.querySelector("a")?.click();
		expect(opened).toEqual(["P/Hélène Côté.md"]);
		renderMemberStats(container, [], "fr", { openPath: () => undefined });
		expect(container.textContent).toContain("Aucune note de membre");
	});
});
