/**
 * One frame per tick: the sidebar, the room display and the status bar draw from the same
 * computed session and timer snapshot, instead of each recomputing them (and the property checks).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Plugin as MockPlugin, WorkspaceLeaf, App } from "obsidian-test-mocks/obsidian";
import type { Plugin as PluginOriginal } from "obsidian";
import { ProjectorView } from "../../src/obsidian/sidebar/projector";
import { makeApp, makeHost, MIN, openView, SESSION_PATH, type TestHost } from "./helpers";

const counted = vi.hoisted(() => ({ snapshots: 0 }));
vi.mock("../../src/codev/timer", async (importOriginal) => {
	const original = await importOriginal<typeof import("../../src/codev/timer")>();
	return {
		...original,
		snapshot: (...args: Parameters<typeof original.snapshot>) => {
			counted.snapshots += 1;
			return original.snapshot(...args);
		},
	};
});

const hosts: TestHost[] = [];
afterEach(() => {
	for (const host of hosts.splice(0)) host.unload();
});

describe("the timer's frame", () => {
	it("is computed once per tick for the sidebar, the room display and the status bar together", async () => {
		const app = makeApp();
		const host = makeHost(app);
		hosts.push(host);
		host.controller.choose(SESSION_PATH);
		const sidebar = await openView(host, app);
		const room = new ProjectorView(WorkspaceLeaf.create2__(App.fromOriginalType__(app)).asOriginalType3__(), host.controller);
		await room.onOpen();
		// happy-dom lays nothing out: say both views are on screen, as in the app.
		sidebar.containerEl.isShown = () => true;
		room.containerEl.isShown = () => true;
		await host.controller.perform("primary");
		const status = MockPlugin.fromOriginalType2__(host as unknown as PluginOriginal).statusBarItems__[0] as HTMLElement;
		const shown = vi.spyOn(host.controller.binding, "shown");
		counted.snapshots = 0;

		host.clock += 2 * MIN;
		host.controller.tick();

		expect(counted.snapshots).toBe(1);
		expect(shown).toHaveBeenCalledTimes(1);
		expect(sidebar.contentEl.querySelector(".codev-sb-clock")?.textContent).toBe("08:00");
		expect(room.contentEl.textContent).toContain("08:00");
		expect(status.textContent).toBe("0. Follow-up and choice of topic · 08:00");
	});

	it("is not computed on a tick no view draws (hidden views, no session running for the status bar)", async () => {
		const app = makeApp();
		const host = makeHost(app);
		hosts.push(host);
		host.controller.choose(SESSION_PATH);
		await openView(host, app);
		const shown = vi.spyOn(host.controller.binding, "shown");
		host.controller.notify("tick");
		expect(shown).not.toHaveBeenCalled();
	});
});
