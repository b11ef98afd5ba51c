import { afterEach, describe, expect, it } from "vitest";
import { Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import type { Plugin as PluginOriginal } from "obsidian";
import { deserialize } from "../../src/codev/timer";
import { fileAt, flush, frontmatterOf, makeApp, makeHost, MIN, openView, SESSION_PATH, sessionNote, T0, twoClientNote, TWO_CLIENTS_PATH, type TestHost } from "./helpers";

const hosts: TestHost[] = [];
const track = (host: TestHost) => (hosts.push(host), host);
afterEach(() => {
	for (const host of hosts.splice(0)) host.unload();
});

function click(root: HTMLElement, selector: string): void {
	const el = root.querySelector<HTMLElement>(selector);
	if (!el) throw new Error(`missing ${selector}`);
	el.click();
}

describe("facilitation sidebar in the mocked app", () => {
	it("renders the bound note's steps; the main button drives start → next ×6 → end; the note gets status and actual minutes", async () => {
		const app = makeApp();
		const host = track(makeHost(app));
		host.controller.choose(SESSION_PATH);
		const view = await openView(host, app);
		const root = view.contentEl;
		expect(root.querySelectorAll(".codev-sb-step")).toHaveLength(7);
		expect(root.querySelector(".codev-sb-title")?.textContent).toBe("2026-03-10 Group – Alice");
		expect(root.querySelector(".codev-sb-primary")?.textContent).toBe("Start");
		expect(host.controller.isTicking()).toBe(false);

		click(root, ".codev-sb-primary");
		await flush();
		expect(host.controller.timer?.status).toBe("running");
		expect(host.controller.isTicking()).toBe(true);
		expect(frontmatterOf(app, SESSION_PATH).status).toBe("in-progress");
		expect(root.querySelector(".codev-sb-clock")?.textContent).toBe("10:00");

		const minutes = [11, 9, 15, 12, 35, 20, 18];
		for (const spent of minutes) {
			host.clock += spent * MIN;
			click(root, ".codev-sb-primary");
			await flush();
		}
		expect(host.controller.timer?.status).toBe("finished");
		expect(host.controller.isTicking()).toBe(false);
		const fm = frontmatterOf(app, SESSION_PATH);
		expect(fm).toMatchObject({ status: "done", step_retour_actual: 11, step_expose_actual: 9, step_consultation_actual: 35, step_apprentissages_actual: 18, step_retour_planned: 10 });
		const text = await app.vault.read(fileAt(app, SESSION_PATH));
		expect(text).toMatch(/step_retour_planned: 10\nstep_retour_actual: 11\nstep_expose_planned/);
		expect(text).toContain("Body stays.");
		expect(root.querySelector(".codev-sb-primary")?.textContent).toBe("New session");
	});

	it("pause, +1/+5, reset, previous and the role switch update the panel", async () => {
		const app = makeApp();
		const host = track(makeHost(app));
		host.controller.choose(SESSION_PATH);
		const view = await openView(host, app);
		const root = view.contentEl;
		click(root, ".codev-sb-primary");
		await flush();
		host.clock += 3 * MIN;
		click(root, ".codev-sb-add-five");
		await flush();
		expect(root.querySelector(".codev-sb-clock")?.textContent).toBe("12:00");
		click(root, ".codev-sb-pause");
		await flush();
		expect(host.controller.timer?.status).toBe("paused");
		expect(root.querySelector(".codev-sb-pause")?.textContent).toBe("Resume");
		host.clock += 30 * MIN;
		click(root, ".codev-sb-pause");
		await flush();
		expect(root.querySelector(".codev-sb-clock")?.textContent).toBe("12:00");
		click(root, ".codev-sb-reset");
		await flush();
		expect(root.querySelector(".codev-sb-clock")?.textContent).toBe("10:00");
		click(root, ".codev-sb-primary");
		await flush();
		click(root, ".codev-sb-previous");
		await flush();
		expect(host.controller.timer?.current).toBe(0);

		click(root, ".codev-sb-role.is-client");
		await flush();
		expect(root.querySelector(".codev-sb-role.is-client")?.getAttribute("aria-pressed")).toBe("true");
		expect(root.querySelector(".codev-sb-role-text")?.textContent).toContain("previous client tells");
	});

	it("shows step and remaining time in the status bar while running, hidden otherwise", async () => {
		const app = makeApp();
		const host = track(makeHost(app));
		const item = MockPlugin.fromOriginalType2__(host as unknown as PluginOriginal).statusBarItems__[0] as HTMLElement;
		expect(item.style.display).toBe("none");
		host.controller.choose(SESSION_PATH);
		await host.controller.perform("primary");
		host.clock += 4 * MIN + 30_000;
		host.controller.tick();
		expect(item.textContent).toBe("0. Follow-up and choice of topic · 05:30");
		expect(item.style.display).toBe("");
		host.clock += 7 * MIN;
		host.controller.tick();
		expect(item.textContent).toBe("0. Follow-up and choice of topic · +01:30");
	});

	it("persists the timer on every transition and resumes after a reload from the wall clock", async () => {
		const app = makeApp();
		const host = track(makeHost(app));
		host.controller.choose(SESSION_PATH);
		await host.controller.perform("primary");
		const savesAfterStart = host.saves;
		host.clock += 12 * MIN;
		await host.controller.perform("primary");
		expect(host.saves).toBeGreaterThan(savesAfterStart);
		expect(typeof host.saved?.timer).toBe("string");
		const stored = deserialize(host.saved?.timer);
		expect(stored.ok && stored.value.current).toBe(1);
		host.unload();

		const reloaded = track(makeHost(app, host.saved ?? undefined));
		reloaded.clock = T0 + 12 * MIN + 25 * MIN; // the app was closed for 25 minutes
		const view = await openView(reloaded, app);
		expect(reloaded.controller.timer?.status).toBe("running");
		expect(reloaded.controller.isTicking()).toBe(true);
		expect(view.contentEl.querySelector(".codev-sb-clock")?.textContent).toBe("+15:00");
		expect(view.contentEl.querySelector(".codev-sb-title")?.textContent).toBe("2026-03-10 Group – Alice");
	});

	it("follows a renamed note; a deleted note stops the timer, keeps the record and says so", async () => {
		const app = makeApp();
		const host = track(makeHost(app));
		host.controller.choose(SESSION_PATH);
		const view = await openView(host, app);
		await host.controller.perform("primary");
		await app.vault.rename(fileAt(app, SESSION_PATH), "Codev/Sessions/Renamed.md");
		await flush();
		expect(host.controller.timer?.sessionKey).toBe("Codev/Sessions/Renamed.md");
		expect(view.contentEl.querySelector(".codev-sb-title")?.textContent).toBe("Renamed");

		host.clock += 5 * MIN;
		await app.vault.delete(fileAt(app, "Codev/Sessions/Renamed.md"));
		await flush();
		expect(host.controller.timer?.status).toBe("paused");
		expect(host.data.timer).toBeDefined();
		const message = view.contentEl.querySelector(".codev-sb-message")?.textContent ?? "";
		expect(message).toContain("was deleted: the timer is stopped");
		expect(view.contentEl.querySelector<HTMLElement>(".codev-sb-save-note")?.hidden).toBe(false);
	});

	it("shows what is wrong with hand-edited properties instead of crashing", async () => {
		const app = makeApp({ "S/Bad.md": "---\ntype: codev-session\nmethod: classic\nstatus: maybe\nstep_expose_planned: soon\nstep_contrat_planned: 10\n---\n" });
		const host = track(makeHost(app));
		host.controller.choose("S/Bad.md");
		const view = await openView(host, app);
		const texts = [...view.contentEl.querySelectorAll(".codev-sb-message")].map((m) => m.textContent);
		expect(texts).toContain("Property step_expose_planned is “soon”, not a number of minutes: the default minutes are used.");
		expect(texts.some((x) => x?.includes("Property status is “maybe”"))).toBe(true);
		expect(view.contentEl.querySelectorAll(".codev-sb-step")).toHaveLength(2);
	});

	it("runs on the sidebar alone (nothing written) and saves the session as a note at the end", async () => {
		const app = makeApp({});
		const host = track(makeHost(app));
		const created: string[] = [];
		app.vault.on("create", (file) => {
			if (file.path.endsWith(".md")) created.push(file.path);
		});
		await host.controller.perform("primary");
		expect(host.controller.timer?.sessionKey).toBe("@sidebar:classic");
		for (let i = 0; i < 7; i++) {
			host.clock += 10 * MIN;
			await host.controller.perform("primary");
		}
		expect(host.controller.timer?.status).toBe("finished");
		expect(created).toEqual([]);
		expect(host.controller.canSaveNote()).toBe(true);
		await host.controller.saveAsNote();
		expect(created).toHaveLength(1);
		const path = created[0] ?? "";
		expect(path).toBe("Codev/Sessions/2026-03-10 Codev session.md");
		expect(frontmatterOf(app, path)).toMatchObject({ type: "codev-session", status: "done", step_expose_planned: 10, step_expose_actual: 10, method: "classic" });
		expect(host.controller.timer?.sessionKey).toBe(path);
		expect(host.controller.canSaveNote()).toBe(false);
	});

	it("asks before another session replaces a running one", async () => {
		const other = "Codev/Sessions/Other.md";
		const app = makeApp({ [SESSION_PATH]: (await import("./helpers")).sessionNote(), [other]: (await import("./helpers")).sessionNote() });
		const host = track(makeHost(app));
		host.controller.choose(SESSION_PATH);
		await host.controller.perform("primary");
		const asked: string[] = [];
		host.controller.confirm = (name) => (asked.push(name), Promise.resolve(false));
		const plan = (await import("../../src/obsidian/sidebar/controller")).SessionController.planFor(host as never, other, frontmatterOf(app, other));
		await host.controller.start(plan);
		expect(asked).toEqual(["2026-03-10 Group – Alice"]);
		expect(host.controller.timer?.sessionKey).toBe(SESSION_PATH);
		host.controller.confirm = () => Promise.resolve(true);
		host.clock += 3 * MIN;
		await host.controller.start(plan);
		expect(host.controller.timer?.sessionKey).toBe(other);
		expect(frontmatterOf(app, SESSION_PATH)).toMatchObject({ status: "done", step_retour_actual: 3 });
		expect(frontmatterOf(app, other).status).toBe("in-progress");
	});

	it("registers every action as a palette command without default hotkeys, plus ribbon and views", () => {
		const app = makeApp();
		const host = track(makeHost(app));
		const mock = MockPlugin.fromOriginalType2__(host as unknown as PluginOriginal);
		const ids = [...mock.commands__.keys()];
		expect(ids).toEqual(["sidebar-open", "timer-start", "timer-pause-resume", "timer-next-step", "timer-previous-step", "timer-add-1-minute", "timer-add-5-minutes", "timer-reset-step", "timer-take-from-later", "projector-open", "session-save-as-note"]);
		for (const command of mock.commands__.values()) {
			expect(command.hotkeys).toBeUndefined();
			expect(command.name).not.toMatch(/^sidebar\./);
		}
		expect(mock.views__.has("codev-sidebar")).toBe(true);
		expect(mock.views__.has("codev-projector")).toBe(true);
		expect(mock.ribbonActions__).toHaveLength(1);
		const next = mock.commands__.get("timer-next-step");
		expect(next?.checkCallback?.(true)).toBe(false);
	});

	it("renders step actions that other features register for the current step", async () => {
		const app = makeApp();
		const host = track(makeHost(app));
		const runs: Array<string | null> = [];
		host.stepActions.push({ stepId: "retour", commandId: "x-follow-up", label: () => "Open last follow-up", run: (p) => void runs.push(p) });
		host.stepActions.push({ stepId: "contrat", commandId: "x-contract", label: () => "Create contract", run: () => undefined });
		host.controller.choose(SESSION_PATH);
		const view = await openView(host, app);
		const buttons = [...view.contentEl.querySelectorAll<HTMLElement>(".codev-sb-step-action")];
		expect(buttons.map((b) => b.textContent)).toEqual(["Open last follow-up"]);
		buttons[0]?.click();
		await flush();
		expect(runs).toEqual([SESSION_PATH]);
	});
});

describe("a session with two clients", () => {
	const names = [
		"Follow-up and choice of topic", "Presentation (A)", "Clarifying questions (A)", "Contract (A)", "Consultation (A)", "Synthesis and action plan (A)",
		"Break",
		"Presentation (B)", "Clarifying questions (B)", "Contract (B)", "Consultation (B)", "Synthesis and action plan (B)",
		"Learnings and evaluation",
	];

	async function twoClientView() {
		const app = makeApp({ [TWO_CLIENTS_PATH]: twoClientNote() });
		const host = track(makeHost(app));
		const runs: Array<[string | null, string | undefined]> = [];
		host.stepActions.push({ stepId: "contrat", commandId: "x-contract", label: () => "Create contract", run: (path, consultation) => void runs.push([path, consultation]) });
		host.controller.choose(TWO_CLIENTS_PATH);
		const view = await openView(host, app);
		return { app, host, root: view.contentEl, runs };
	}
	const textOf = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? "";
	const rows = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

	it("lists both consultations and the break, numbered as in the note, with the client in the hot seat", async () => {
		const { host, root } = await twoClientView();
		expect(rows(root, ".codev-sb-step-title")).toEqual(names);
		expect(rows(root, ".codev-sb-step-number")).toEqual(["0", "1", "2", "3", "4", "5", "–", "1", "2", "3", "4", "5", "6"]);
		expect(rows(root, ".codev-sb-step-minutes")[6]).toBe("10 min");
		expect(root.querySelector<HTMLElement>(".codev-sb-hot-seat")?.hidden).toBe(true); // the shared opening
		expect(host.controller.shown().problems).toEqual([]);

		await host.controller.perform("primary");
		await host.controller.perform("primary");
		expect(textOf(root, ".codev-sb-step-name")).toBe("Presentation (A)");
		expect(textOf(root, ".codev-sb-hot-seat")).toBe("Client A: Alice");
		for (let i = 0; i < 5; i++) await host.controller.perform("primary");
		expect(textOf(root, ".codev-sb-step-name")).toBe("Break");
		expect(textOf(root, ".codev-sb-step-label")).toBe("Between the two consultations · 7/13");
		expect(textOf(root, ".codev-sb-hot-seat")).toBe("Everyone rests · next: client B, Bruno");
		click(root, ".codev-sb-role.is-client");
		await flush();
		expect(textOf(root, ".codev-sb-role-text")).toMatch(/^Rests/);
		await host.controller.perform("primary");
		expect(textOf(root, ".codev-sb-step-name")).toBe("Presentation (B)");
		expect(textOf(root, ".codev-sb-step-label")).toBe("Step 1 · 8/13");
		expect(textOf(root, ".codev-sb-hot-seat")).toBe("Client B: Bruno");
		expect(textOf(root, ".codev-sb-role-text")).toContain("Presents the situation"); // the underlying step's role card
	});

	it("the contract button at consultation B's contract passes \"b\", at A's \"a\"", async () => {
		const { host, root, runs } = await twoClientView();
		await host.controller.perform("primary");
		for (let i = 0; i < 3; i++) await host.controller.perform("primary");
		expect(host.controller.timer?.steps[host.controller.timer.current]?.id).toBe("contrat");
		click(root, ".codev-sb-step-action");
		await flush();
		for (let i = 0; i < 6; i++) await host.controller.perform("primary");
		expect(host.controller.timer?.steps[host.controller.timer.current]?.id).toBe("b_contrat");
		expect(rows(root, ".codev-sb-step-action")).toEqual(["Create contract"]);
		click(root, ".codev-sb-step-action");
		await flush();
		expect(runs).toEqual([[TWO_CLIENTS_PATH, "a"], [TWO_CLIENTS_PATH, "b"]]);
		await host.controller.perform("primary");
		expect(root.querySelectorAll(".codev-sb-step-action")).toHaveLength(0);
	});

	it("writes the actual minutes of every plan step, B's and the break included", async () => {
		const { app, host, root } = await twoClientView();
		await host.controller.perform("primary");
		const spent = [7, 8, 12, 9, 30, 15, 12, 8, 11, 8, 31, 16, 14];
		for (const minutes of spent) {
			host.clock += minutes * MIN;
			await host.controller.perform("primary");
		}
		expect(host.controller.timer?.status).toBe("finished");
		expect(frontmatterOf(app, TWO_CLIENTS_PATH)).toMatchObject({
			status: "done", step_expose_actual: 8, step_break_actual: 12, step_b_expose_actual: 8, step_b_contrat_actual: 8, step_b_consultation_actual: 31, step_b_synthese_actual: 16, step_apprentissages_actual: 14,
			step_b_consultation_planned: 29, consultations: 2,
		});
		const text = await app.vault.read(fileAt(app, TWO_CLIENTS_PATH));
		expect(text).toContain("%% codev-step: b_contrat %%");
		expect(rows(root, ".codev-sb-step-minutes")[10]).toBe("31 / 29 min");
	});

	it("a running two-client timer keeps its names after a reload, and in the status bar", async () => {
		const { app, host } = await twoClientView();
		await host.controller.perform("primary");
		for (let i = 0; i < 6; i++) await host.controller.perform("primary");
		host.clock += 3 * MIN;
		const item = MockPlugin.fromOriginalType2__(host as unknown as PluginOriginal).statusBarItems__[0] as HTMLElement;
		host.controller.tick();
		expect(item.textContent).toBe("Break · 07:00");
		await host.controller.perform("primary");
		host.unload();
		const reloaded = track(makeHost(app, host.saved ?? undefined));
		const view = await openView(reloaded, app);
		expect(textOf(view.contentEl, ".codev-sb-step-name")).toBe("Presentation (B)");
		expect(textOf(view.contentEl, ".codev-sb-hot-seat")).toBe("Client B: Bruno");
		expect(reloaded.controller.timerMethod.id).toBe("classic");
	});
});

describe("ticks and unload", () => {
	it("a tick redraws the status bar but not a hidden view; a change redraws it; unload stops everything", async () => {
		const app = makeApp();
		const host = makeHost(app);
		host.controller.choose(SESSION_PATH);
		const view = await openView(host, app);
		await host.controller.perform("primary");
		const clock = () => view.contentEl.querySelector(".codev-sb-clock")?.textContent;
		expect(clock()).toBe("10:00");
		host.clock += 2 * MIN;
		host.controller.tick(); // happy-dom lays nothing out: the view counts as hidden
		expect(clock()).toBe("10:00");
		host.controller.notify("change");
		expect(clock()).toBe("08:00");
		expect(host.controller.isTicking()).toBe(true);
		host.unload();
		expect(host.controller.isTicking()).toBe(false);
	});

	it("keys on a prepared session do not touch a finished timer kept in data", async () => {
		const app = makeApp({ [SESSION_PATH]: sessionNote(), "B.md": sessionNote() });
		const host = track(makeHost(app));
		host.controller.choose(SESSION_PATH);
		await host.controller.perform("primary");
		await host.controller.dispatch({ type: "finish" });
		host.controller.choose("B.md");
		await host.controller.perform("togglePause");
		expect(host.controller.timer?.status).toBe("finished");
		expect(host.controller.shown().key).toBe("B.md");
	});
});
