import type { App as AppOriginal } from "obsidian";

import { TFile } from "obsidian";
import { Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { createSessionFromForm, insertSessionTemplate } from "../../src/obsidian/sessionCommands";
import { CodevSettingTab } from "../../src/obsidian/settingsTab";
import { displayTab } from "../tools/ui";
import { initialFormState } from "../../src/services/sessionForm";
import { loadPlugin } from "../tools/mockApp";

async function readPath(app: AppOriginal, path: string): Promise<string> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`missing ${path}`);
	return app.vault.read(file);
}

describe("plugin in the mocked Obsidian app", () => {
	it("registers the commands and the settings tab", async () => {
		const { plugin } = await loadPlugin();
		const mock = MockPlugin.fromOriginalType2__(plugin);
		const ids = [...mock.commands__.values()].map((c) => c.id);
		expect(ids).toEqual(expect.arrayContaining([expect.stringContaining("start-session"), expect.stringContaining("insert-session-template")]));
		expect(mock.settingTabs__).toHaveLength(1);
	});

	it("start session creates the session, group and person notes, readable through the metadata cache", async () => {
		const { app, plugin } = await loadPlugin();
		const state = { ...initialFormState("2026-01-13", 120, true, "Claire Martin"), newGroupName: "Cap Managers", newClientName: "Hélène Côté", topic: "Dire non", extraAttendees: "Marc Dubois, Sofia Benali" };
		const result = await createSessionFromForm(plugin, state);
		expect(result?.sessionPath).toBe("Codev/Sessions/2026-01-13 Cap Managers – Hélène Côté.md");
		const file = app.vault.getAbstractFileByPath(result?.sessionPath ?? "");
		expect(file).toBeInstanceOf(TFile);
		const fm = file instanceof TFile ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
		expect(fm).toMatchObject({ type: "codev-session", client: "[[Hélène Côté]]", group: "[[Cap Managers]]", status: "planned", publish: false });
		expect(fm?.attendees).toEqual(["[[Hélène Côté]]", "[[Marc Dubois]]", "[[Sofia Benali]]"]);
		const groupFile = app.vault.getAbstractFileByPath("Codev/Groups/Cap Managers.md");
		const group = groupFile instanceof TFile ? app.metadataCache.getFileCache(groupFile)?.frontmatter : undefined;
		expect(group?.members).toEqual(["[[Hélène Côté]]", "[[Marc Dubois]]", "[[Sofia Benali]]"]);
		expect(await readPath(app, "Codev/People/Marc Dubois.md")).toContain("type: codev-person");
	});

	it("an existing note at the session's path is never overwritten", async () => {
		const { app, plugin } = await loadPlugin({ "Codev/Sessions/2026-01-13 Cap Managers – Hélène Côté.md": "mine" });
		const state = { ...initialFormState("2026-01-13", 120, true, ""), newGroupName: "Cap Managers", newClientName: "Hélène Côté", topic: "Dire non" };
		const result = await createSessionFromForm(plugin, state);
		expect(result?.sessionPath).toBe("Codev/Sessions/2026-01-13 Cap Managers – Hélène Côté 2.md");
		expect(await readPath(app, "Codev/Sessions/2026-01-13 Cap Managers – Hélène Côté.md")).toBe("mine");
	});

	it("bad input writes nothing", async () => {
		const { app, plugin } = await loadPlugin();
		const before = app.vault.getFiles().length;
		const result = await createSessionFromForm(plugin, { ...initialFormState("2026-01-13", 120, true, ""), newGroupName: "G", newClientName: "C", topic: "" });
		expect(result).toBeNull();
		expect(app.vault.getFiles().length).toBe(before);
	});

	it("insert template writes the default template once, then picks a free name", async () => {
		const { app, plugin } = await loadPlugin();
		const first = await insertSessionTemplate(plugin);
		const second = await insertSessionTemplate(plugin);
		expect(first).toBe("Codev/Templates/Codev session.md");
		expect(second).toBe("Codev/Templates/Codev session 2.md");
		expect(await readPath(app, first ?? "")).toContain("## 4. Consultation · {{minutes:consultation}} min");
	});

	it("start session uses the template file named in the settings, and falls back when it is broken", async () => {
		const { app, plugin } = await loadPlugin({ "T/Mine.md": "# {{client}} / {{topic}}\n", "T/Broken.md": "# {{client\n" });
		const state = { ...initialFormState("2026-01-13", 90, false, ""), newGroupName: "G", newClientName: "Ana", topic: "Visibilité" };
		plugin.settings.templatePath = "T/Mine.md";
		const ok = await createSessionFromForm(plugin, state);
		expect(await readPath(app, ok?.sessionPath ?? "")).toContain("# Ana / Visibilité");
		plugin.settings.templatePath = "T/Broken";
		const fallback = await createSessionFromForm(plugin, { ...state, groupPath: "Codev/Groups/G.md" });
		expect(fallback?.templateProblem?.path).toBe("T/Broken.md");
		expect(await readPath(app, fallback?.sessionPath ?? "")).toContain("## 1. Presentation");
	});

	it("the settings tab renders its headings and the live split", async () => {
		const { app, plugin } = await loadPlugin();
		const tab = new CodevSettingTab(app, plugin, plugin);
		displayTab(tab);
		const text = tab.containerEl.textContent ?? "";
		expect(text).toContain("Folders");
		expect(text).toContain("Split for 2h: Follow-up and choice of topic 10");
	});
});
