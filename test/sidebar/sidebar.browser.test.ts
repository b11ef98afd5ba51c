/**
 * The pure sidebar panel and room display in real Chromium: click through a whole session
 * under a fake clock, check what is shown, and save screenshots (test-output/screenshots/, copied to docs/ by npm run screenshots).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import "../../src/styles/sidebar.css";
import "./obsidian-theme.browser.css";
import { createTimer, reduce, type TimerEvent, type TimerState } from "../../src/codev/timer";
import type { Lang, Role } from "../../src/codev/types";
import { setLanguage, translator } from "../../src/i18n";
import { defaultSettings } from "../../src/settings/model";
import { buildPanelModel, buildRoomModel, type PanelAction, type RoomMode } from "../../src/sidebar-ui/model";
import { SidebarPanel } from "../../src/sidebar-ui/panel";
import { planFromNote, planWithoutNote, timerStepsOf, type SessionPlan } from "../../src/sidebar-ui/plan";
import { RoomDisplay } from "../../src/sidebar-ui/room";
import { twoClientProperties } from "./twoClients";
import { SHOTS_FROM_TEST } from "../tools/shots";
import { focusOrderProblems } from "../tools/obsidian-browser/layout";

const T0 = new Date(2026, 2, 10, 14, 0, 0).getTime();
const MIN = 60_000;
const SHOTS = SHOTS_FROM_TEST;

function eventFor(action: PanelAction, state: TimerState): TimerEvent | null {
	if (action === "primary") return state.status === "idle" ? { type: "start" } : { type: "next" };
	if (action === "togglePause") return { type: state.status === "running" ? "pause" : "resume" };
	if (action === "addOne") return { type: "addTime", seconds: 60 };
	if (action === "addFive") return { type: "addTime", seconds: 300 };
	if (action === "previous") return { type: "previous" };
	if (action === "reset") return { type: "resetStep" };
	if (action === "bank") return { type: "takeFromLater" };
	return null;
}

/** The panel wired to the pure reducer with an injected clock, as the controller does. */
function mountSession(parent: HTMLElement, lang: Lang, title = "2026-03-10 Lumière – Claire", two?: { plan: SessionPlan; clients: { a: string; b: string } }) {
	const t = translator(lang);
	setLanguage(lang);
	const plan = two?.plan ?? planWithoutNote({ ...defaultSettings(lang), defaultDurationMinutes: 120 });
	const session = { state: createTimer(plan.key, timerStepsOf(plan)), now: T0, role: "facilitator" as Role, title, stepName: null as string | null };
	const render = () => {
		// An injected step name (as a hand-edited method could hold) replaces the first consultation step's.
		const renamed = session.stepName;
		const shownSteps = renamed ? plan.steps.map((s) => (s.id === "expose" ? { ...s, name: { fr: renamed, en: renamed } } : s)) : plan.steps;
		panel.update(buildPanelModel({ state: session.state, steps: shownSteps, clients: two?.clients, lang, t, nowMs: session.now, title: session.title, subtitle: t("sidebar.subtitle.running"), role: session.role, roomMode: "time", choices: [] }));
	};
	const panel = new SidebarPanel(parent, t, {
		action: (action) => {
			const event = eventFor(action, session.state);
			if (event) session.state = reduce(session.state, event, session.now);
			render();
		},
		role: (role) => {
			session.role = role;
			render();
		},
		roomMode: () => undefined,
		choose: () => undefined,
		stepAction: () => undefined,
	});
	render();
	return { panel, session, render, plan, t };
}

function leaf(theme: "light" | "dark", cls = "test-leaf"): HTMLElement {
	document.body.className = `theme-${theme}`;
	const el = document.createElement("div");
	el.className = cls;
	document.body.append(el);
	return el;
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? "";

beforeEach(async () => {
	await page.viewport(1000, 1100);
});
afterEach(() => {
	document.body.replaceChildren();
});

describe("sidebar panel in Chromium", () => {
	it("runs a whole session with one click per step under a fake clock; screenshots light and dark", async () => {
		const root = leaf("light");
		const { session, render } = mountSession(root, "fr");
		expect(root.querySelectorAll(".codev-sb-step")).toHaveLength(7);
		await userEvent.click(page.getByRole("button", { name: "Démarrer" }));
		expect(session.state.status).toBe("running");
		const spent = [9, 11, 14, 10, 36, 18, 20];
		const seen: string[] = [];
		for (const [i, minutes] of spent.entries()) {
			seen.push(text(root, ".codev-sb-step-name"));
			session.now += minutes * MIN;
			render();
			if (i === 4) expect(text(root, ".codev-sb-clock")).toBe("+01:00");
			(root.querySelector(".codev-sb-primary") as HTMLButtonElement).click();
		}
		expect(seen).toEqual(["Retour et choix du sujet", "Exposé de la problématique", "Clarification", "Contrat de consultation", "Exploration / consultation", "Synthèse et plan d'action", "Apprentissages et régulation"]);
		expect(session.state.status).toBe("finished");
		expect(text(root, ".codev-sb-primary")).toBe("Nouvelle séance");
		expect(text(root, ".codev-sb-step:first-child .codev-sb-step-minutes")).toBe("9 / 10 min");
	});

	it("mid-session in light and dark themes, and in overtime (soft colour, no red)", async () => {
		for (const theme of ["light", "dark"] as const) {
			const root = leaf(theme);
			const { session, render } = mountSession(root, "fr");
			(root.querySelector(".codev-sb-primary") as HTMLButtonElement).click();
			for (const minutes of [10, 9]) {
				session.now += minutes * MIN;
				(root.querySelector(".codev-sb-primary") as HTMLButtonElement).click();
			}
			session.now += 6 * MIN + 48_000;
			render();
			expect(text(root, ".codev-sb-step-name")).toBe("Clarification");
			expect(text(root, ".codev-sb-clock")).toBe("08:12");
			await page.screenshot({ path: `${SHOTS}/sidebar-${theme}.png`, element: root });
			root.remove();
		}
		const root = leaf("light");
		const { session, render } = mountSession(root, "fr");
		(root.querySelector(".codev-sb-primary") as HTMLButtonElement).click();
		session.now += 12 * MIN + 30_000;
		render();
		const clock = root.querySelector(".codev-sb-clock") as HTMLElement;
		expect(clock.textContent).toBe("+02:30");
		expect(root.querySelector(".codev-sb-current")?.classList.contains("is-overtime")).toBe(true);
		expect(getComputedStyle(clock).color).toBe("rgb(208, 109, 0)");
		expect(getComputedStyle(clock).animationName).toBe("none");
		expect(text(root, ".codev-sb-bank")).toBe("Prendre 3 min aux étapes suivantes");
		await page.screenshot({ path: `${SHOTS}/sidebar-overtime.png`, element: root });
		(root.querySelector(".codev-sb-bank") as HTMLButtonElement).click();
		expect(clock.textContent).toBe("00:00");
		expect(root.querySelector(".codev-sb-bank")?.hasAttribute("hidden")).toBe(true);
	});

	it("keyboard: N starts and moves on, Space pauses, role tabs switch the guidance", async () => {
		const root = leaf("light");
		const { session } = mountSession(root, "en");
		root.querySelector<HTMLElement>(".codev-sidebar")?.focus();
		await userEvent.keyboard("n");
		expect(session.state.status).toBe("running");
		await userEvent.keyboard("n");
		expect(session.state.current).toBe(1);
		await userEvent.keyboard(" ");
		expect(session.state.status).toBe("paused");
		await userEvent.click(page.getByRole("button", { name: "Client" }));
		expect(text(root, ".codev-sb-role-text")).toContain("Presents the situation");
	});

	it("two clients: consultation B's steps name the client in the hot seat; screenshot mid-B", async () => {
		const root = leaf("light");
		const plan = planFromNote("S.md", twoClientProperties(), defaultSettings("fr"));
		const { session, render } = mountSession(root, "fr", "2026-03-10 Lumière – Claire, Bruno", { plan, clients: { a: "Claire", b: "Bruno" } });
		expect(root.querySelectorAll(".codev-sb-step")).toHaveLength(13);
		await userEvent.click(page.getByRole("button", { name: "Démarrer" }));
		for (const minutes of [8, 9, 12, 8, 30, 16, 10, 8, 12]) {
			session.now += minutes * MIN;
			(root.querySelector(".codev-sb-primary") as HTMLButtonElement).click();
		}
		session.now += 3 * MIN + 20_000;
		render();
		expect(text(root, ".codev-sb-step-name")).toBe("Contrat de consultation (B)");
		expect(text(root, ".codev-sb-hot-seat")).toBe("Client B : Bruno");
		expect(text(root, ".codev-sb-step-label")).toBe("Étape 3 · 10/13");
		expect(text(root, ".codev-sb-clock")).toBe("04:40");
		expect(root.querySelector(".codev-sb-step.is-current .codev-sb-step-title")?.textContent).toBe("Contrat de consultation (B)");
		await page.screenshot({ path: `${SHOTS}/sidebar-two-clients.png`, element: root });
	});

	it("shows injected markup as text, never as elements", () => {
		const root = leaf("light");
		const evil = "<img src=x onerror=alert(1)>";
		const { session, render } = mountSession(root, "en", evil);
		session.stepName = evil;
		session.state = reduce(reduce(session.state, { type: "start" }, T0), { type: "next" }, T0);
		render();
		expect(root.querySelector("img")).toBeNull();
		expect(text(root, ".codev-sb-title")).toBe(evil);
		expect(text(root, ".codev-sb-step-name")).toBe(evil);
	});
	it("every button has a name one can read, in French and English, idle, running and paused, and Tab follows the panel top to bottom", () => {
		for (const lang of ["fr", "en"] as const) {
			const root = leaf("light");
			const { session, render } = mountSession(root, lang);
			const check = (state: string) => {
				for (const b of Array.from(root.querySelectorAll("button")).filter((el) => el.getClientRects().length > 0)) {
					expect((b.textContent ?? "").trim(), `${lang} ${state}: ${b.className}`).not.toBe("");
				}
				expect(focusOrderProblems(root), `${lang} ${state}`).toEqual([]);
			};
			check("idle");
			(root.querySelector(".codev-sb-primary") as HTMLButtonElement).click();
			session.now += 3 * MIN;
			render();
			check("running");
			(root.querySelector(".codev-sb-pause") as HTMLButtonElement).click();
			check("paused");
			root.remove();
		}
	});
});

describe("room display in Chromium", () => {
	// The projector is its own window: its size is the viewport (the room CSS scales with vh).
	beforeEach(async () => {
		await page.viewport(960, 540);
	});

	function roomAt(mode: RoomMode, theme: "light" | "dark", minutesIn: number) {
		const box = leaf(theme, "test-projector");
		const t = translator("fr");
		const plan = planWithoutNote(defaultSettings("fr"));
		let state = reduce(createTimer(plan.key, timerStepsOf(plan)), { type: "start" }, T0);
		let now = T0;
		for (const minutes of [10, 10, 15, 10]) {
			now += minutes * MIN;
			state = reduce(state, { type: "next" }, now);
		}
		const room = new RoomDisplay(box);
		room.update(buildRoomModel({ state, steps: plan.steps, lang: "fr", t, nowMs: now + minutesIn * MIN, roomMode: mode }));
		return box;
	}

	it("shows the remaining time, the step with a soft ring, or the step only", async () => {
		const time = roomAt("time", "light", 23);
		expect(text(time, ".codev-room-clock")).toBe("12:00");
		expect(text(time, ".codev-room-step-name")).toBe("Exploration / consultation");
		expect(text(time, ".codev-room-next")).toBe("Ensuite : Synthèse et plan d'action");
		await page.screenshot({ path: `${SHOTS}/room-time.png`, element: time });
		time.remove();

		const ring = roomAt("ring", "light", 23);
		expect(ring.querySelector<HTMLElement>(".codev-room-clock")?.hidden).toBe(true);
		const arc = ring.querySelector(".codev-room-ring-arc");
		expect(Number(arc?.getAttribute("stroke-dashoffset"))).toBeGreaterThan(0);
		expect(ring.querySelector(".codev-room-ring")?.getBoundingClientRect().width).toBeGreaterThan(100);
		await page.screenshot({ path: `${SHOTS}/room-ring.png`, element: ring });
		ring.remove();

		const step = roomAt("step", "light", 23);
		expect(step.querySelector<HTMLElement>(".codev-room-clock")?.hidden).toBe(true);
		expect(step.querySelector<HTMLElement>(".codev-room-next")?.hidden).toBe(true);
		expect(step.querySelector(".codev-room-ring")?.getBoundingClientRect().width).toBe(0);
		expect(text(step, ".codev-room-step-name")).toBe("Exploration / consultation");
		await page.screenshot({ path: `${SHOTS}/room-step.png`, element: step });
	});

	it("projector in a dark room, in overtime: a gentle accent, no alarm", async () => {
		const box = roomAt("time", "dark", 37);
		expect(text(box, ".codev-room-clock")).toBe("+02:00");
		expect(box.querySelector(".codev-room")?.classList.contains("is-overtime")).toBe(true);
		await page.screenshot({ path: `${SHOTS}/projector-dark.png`, element: box });
	});
});
