/** A plugin host over obsidian-test-mocks with an injected clock, for the sidebar tests. */
import type { App as AppOriginal } from "obsidian";
import { CodevIndex } from "../../src/index/codevIndex";
import { App, Plugin, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { CodevHost, StepAction } from "../../src/obsidian/host";
import type { SessionController } from "../../src/obsidian/sidebar/controller";
import { registerSidebar } from "../../src/obsidian/sidebar/register";
import { CodevSidebarView } from "../../src/obsidian/sidebar/view";
import { setLanguage } from "../../src/i18n";
import { defaultSettings, type PluginData } from "../../src/settings/model";
import { twoClientProperties } from "./twoClients";

export { twoClientProperties };
export { fileAt, flush, frontmatterOf } from "../tools/mockApp";

export const T0 = Date.UTC(2026, 2, 10, 14, 0, 0);
export const MIN = 60_000;
export const SESSION_PATH = "Codev/Sessions/2026-03-10 Group – Alice.md";

const manifest = { id: "codev-facilitator", name: "Codev", version: "0.0.1", minAppVersion: "1.8.7", description: "", author: "" };

export function sessionNote(extra: Record<string, string | number> = {}): string {
	const props: Record<string, string | number> = {
		type: "codev-session", method: "classic", topic: "Saying no", status: "planned",
		step_retour_planned: 10, step_expose_planned: 10, step_clarification_planned: 15, step_contrat_planned: 10,
		step_consultation_planned: 35, step_synthese_planned: 20, step_apprentissages_planned: 20, ...extra,
	};
	return `---\n${Object.entries(props).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n# Session\n\nBody stays.\n`;
}

export const TWO_CLIENTS_PATH = "Codev/Sessions/2026-03-10 Group – Alice, Bruno.md";

export function twoClientNote(): string {
	const yaml = Object.entries(twoClientProperties()).map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(", ")}]` : typeof v === "string" && v.startsWith("[[") ? JSON.stringify(v) : String(v)}`);
	return `---\n${yaml.join("\n")}\n---\n# Session\n\n%% codev-step: b_contrat %%\nBody stays.\n`;
}

export class TestHost extends Plugin {
	clock = T0;
	data: PluginData = { data_version: 1, settings: defaultSettings("en") };
	settings = this.data.settings;
	stepActions: StepAction[] = [];
	index = new CodevIndex();
	liveSession = (): string | null => null;
	saves = 0;
	/** What saveData would have written (a JSON round trip, as data.json). */
	saved: PluginData | null = null;
	controller!: SessionController;

	now(): Date {
		return new Date(this.clock);
	}

	noteLanguage(): "en" {
		return "en";
	}

	async saveSettings(): Promise<void> {
		this.saves++;
		this.saved = JSON.parse(JSON.stringify(this.data)) as PluginData;
		await Promise.resolve();
	}

	onload(): void {
		this.controller = registerSidebar(this as unknown as CodevHost);
	}
}

export function makeApp(files: Record<string, string> = { [SESSION_PATH]: sessionNote() }): AppOriginal {
	setLanguage("en");
	return App.createConfigured__({ files }).asOriginalType__();
}

export function makeHost(app: AppOriginal, data?: PluginData): TestHost {
	const host = new TestHost(App.fromOriginalType__(app), manifest);
	if (data) {
		host.data = JSON.parse(JSON.stringify(data)) as PluginData;
		host.settings = host.data.settings;
	}
	host.load();
	return host;
}

export async function openView(host: TestHost, app: AppOriginal): Promise<CodevSidebarView> {
	const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__();
	const view = new CodevSidebarView(leaf, host.controller);
	await view.onOpen();
	return view;
}
