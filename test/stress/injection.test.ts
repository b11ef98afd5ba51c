/**
 * No HTML injection: names, topics, requests and actions like `<img src=x onerror=alert(1)>`
 * show as text in the modals and views (happy-dom with the mocked app). Note names can hold
 * `<` and `>` when a vault is synced from Linux, so group and person files are named that way too.
 * (The group view has the same check in test/cycle/view.test.ts; the sidebar in test/sidebar.)
 */
import { describe, expect, it } from "vitest";
import { CodevIndex } from "../../src/index/codevIndex";
import { startCodevIndex } from "../../src/obsidian/indexAdapter";
import type { App as AppOriginal } from "obsidian";
import { App, Plugin, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { listMethods } from "../../src/codev/customMethods";
import { setLanguage } from "../../src/i18n";
import CodevFacilitatorPlugin from "../../src/main";
import type { CodevHost, StepAction } from "../../src/obsidian/host";
import { runRetour } from "../../src/obsidian/linked/commands";
import { ClientProgressView } from "../../src/obsidian/linked/progressView";
import { registerLinked } from "../../src/obsidian/linked/register";
import { CodevSettingTab } from "../../src/obsidian/settingsTab";
import { displayTab } from "../tools/ui";
import { StartSessionModal } from "../../src/obsidian/startSessionModal";
import { createActionPlan, createContract } from "../../src/services/linked";
import { initialFormState } from "../../src/services/sessionForm";
import { defaultSettings, type PluginData } from "../../src/settings/model";
import { startOk } from "../tools/sessions";
import { newStore } from "../tools/stores";

const IMG = "<img src=x onerror=alert(1)>";
const SVG = "<svg onload=alert(2)>";
const SCRIPT = "</script><script>alert(3)</script>";
const manifest = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.8.7", description: "", author: "" };

class TestHost extends Plugin {
	settings = defaultSettings("en");
	data: PluginData = { data_version: 1, settings: this.settings };
	stepActions: StepAction[] = [];
	index = new CodevIndex();
	liveSession = (): string | null => null;
	noteLanguage(): "en" {
		return "en";
	}
	now(): Date {
		return new Date(2026, 1, 10, 9);
	}
	async saveSettings(): Promise<void> {}
}

function expectNoInjectedElements(root: Element): void {
	expect(root.querySelectorAll("img, svg:not(.svg-icon), script, iframe, b")).toHaveLength(0);
	const withHandlers = [...root.querySelectorAll("*")].filter((el) => el.getAttributeNames().some((name) => name.startsWith("on")));
	expect(withHandlers).toHaveLength(0);
}

/** A vault made by the plugin's services with hostile text everywhere, plus notes synced from Linux with HTML in their names. */
async function hostileVault() {
	const store = newStore();
	const s1 = (await startOk(store, { group: { name: "Horizon" }, client: { name: "Ana" }, attendees: [{ name: "Ben" }], topic: IMG, facilitator: SCRIPT }, "en")).sessionPath;
	const contract = await createContract(store, s1, { request: SVG, goal: IMG, help: ["ideas"], reformulation: SCRIPT, validated: true }, "en");
	const plan = await createActionPlan(store, s1, { actions: [{ text: IMG }, { text: SVG }] }, "en");
	if (!contract.ok || !plan.ok) throw new Error("setup failed");
	const s2 = (await startOk(store, { group: { name: "Horizon", path: "Codev/Groups/Horizon.md" }, client: { name: "Ben" }, date: "2026-02-10", topic: SVG }, "en")).sessionPath;
	const files = Object.fromEntries(store.files);
	files[`Codev/Groups/${IMG}.md`] = `---\ntype: codev-group\nmembers:\n  - "[[${SVG}]]"\n  - "[[Ana]]"\n---\n`;
	files[`Codev/People/${SVG}.md`] = `---\ntype: codev-person\ngroups:\n  - "[[${IMG}]]"\n---\n`;
	const mockApp = App.createConfigured__({ files });
	const app: AppOriginal = mockApp.asOriginalType__();
	const host = new TestHost(mockApp, manifest) as unknown as TestHost & CodevHost;
	startCodevIndex(host);
	registerLinked(host);
	mockApp.workspace.setLayoutReady__();
	return { app, host, s2 };
}

describe("no HTML injection", () => {
	it("start-session modal: group and person names with HTML are option text", async () => {
		setLanguage("en");
		const { app } = await hostileVault();
		const state = { ...initialFormState("2026-03-10", 120, true, SCRIPT), groupPath: `Codev/Groups/${IMG}.md` };
		const modal = new StartSessionModal(app, state, {
			methods: listMethods([]),
			defaultMethodId: () => "classic",
			overridesFor: () => ({}),
			defaultDuration: 120,
			suggestClient: () => `Codev/People/${SVG}.md`,
			onSubmit: () => Promise.resolve(true),
		});
		modal.open();
		expectNoInjectedElements(modal.contentEl);
		const options = [...modal.contentEl.querySelectorAll("option")].map((o) => o.textContent ?? "");
		expect(options).toContain(IMG);
		expect(options.some((o) => o.startsWith(SVG))).toBe(true);
		const inputs = [...modal.contentEl.querySelectorAll("input")].map((i) => i.value);
		expect(inputs).toContain(SCRIPT);
		modal.close();
	});

	it("retour modal: action texts from the plan are text", async () => {
		setLanguage("en");
		const { host, s2 } = await hostileVault();
		const modal = await runRetour(host, s2);
		if (!modal) throw new Error("no retour modal");
		expectNoInjectedElements(modal.contentEl);
		expect(modal.contentEl.textContent).toContain(IMG);
		expect(modal.contentEl.textContent).toContain(SVG);
		modal.close();
	});

	it("client progress view: topics and contract requests are text", async () => {
		setLanguage("en");
		const { app, host } = await hostileVault();
		const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__();
		const view = new ClientProgressView(leaf, () => host.index);
		await view.onOpen();
		await view.showPerson("Codev/People/Ana.md");
		expectNoInjectedElements(view.contentEl);
		expect(view.contentEl.textContent).toContain(IMG);
		expect(view.contentEl.textContent).toContain(SVG);
		await view.showPerson(`Codev/People/${SVG}.md`);
		expectNoInjectedElements(view.contentEl);
		await view.onClose();
	});

	it("settings tab: a facilitator name and a name pattern with HTML stay in input values", async () => {
		setLanguage("en");
		const app = App.createConfigured__({}).asOriginalType__();
		const plugin = new CodevFacilitatorPlugin(app, manifest);
		await plugin.onload();
		plugin.settings.facilitator = IMG;
		plugin.settings.sessionNamePattern = `{{date:yyyy-MM-dd}} ${SVG}`;
		plugin.settings.templatePath = SCRIPT;
		const tab = new CodevSettingTab(app, plugin, plugin);
		displayTab(tab);
		expectNoInjectedElements(tab.containerEl);
		const values = [...tab.containerEl.querySelectorAll("input")].map((i) => i.value);
		expect(values).toEqual(expect.arrayContaining([IMG, `{{date:yyyy-MM-dd}} ${SVG}`, SCRIPT]));
	});
});
