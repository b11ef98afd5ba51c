/**
 * The community directory's listing material: the plugin's real views (sidebar during a session
 * beside its session note, group view, client progress) inside an Obsidian-like window, at
 * 1200×800 (desktop) and 900×1600 (mobile), in French and English. Saved as
 * test-output/screenshots/listing-<view>-<desktop|mobile>-<lang>.png; `npm run screenshots`
 * copies them into docs/screenshots, where README's listing section names them.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import "../../src/styles/base.css";
import "../../src/styles/sidebar.css";
import "../../src/styles/cycle.css";
import "../../src/styles/linked.css";
import "../sidebar/obsidian-theme.browser.css";
import "../cycle/group-theme.browser.css";
import "./listing.browser.css";
import { createTimer, reduce, type TimerState } from "../../src/codev/timer";
import type { Lang } from "../../src/codev/types";
import { setLanguage, translator } from "../../src/i18n";
import { renderClientStory } from "../../src/sidebar-ui/storyRender";
import { renderGroupOverview } from "../../src/sidebar-ui/groupRender";
import { buildGroupOverview } from "../../src/services/cycle/overview";
import { defaultSettings } from "../../src/settings/model";
import { buildPanelModel } from "../../src/sidebar-ui/model";
import { SidebarPanel } from "../../src/sidebar-ui/panel";
import { planWithoutNote, timerStepsOf } from "../../src/sidebar-ui/plan";
import { group, NAMES, SESSIONS } from "../cycle/groupFixture";
import { STORY } from "../linked/storyFixture";
import { renderMarkdown } from "../tools/markdown";
import { SHOTS_FROM_ROOT } from "../tools/shots";
import { tallScreenshot } from "../tools/tallShot";

type Form = "desktop" | "mobile";
/** The PNG's size: a phone is drawn at 450×800 CSS pixels, twice as dense (listing.browser.css zooms it). */
const SIZE: Record<Form, { width: number; height: number }> = { desktop: { width: 1200, height: 800 }, mobile: { width: 900, height: 1600 } };
const T0 = new Date(2026, 2, 10, 14, 0, 0).getTime();
const MIN = 60_000;
const GROUP = "Groupe Horizon";
const NOTE_TITLE = `2026-03-10 ${GROUP} – Hélène Côté`;
const FOLDERS: Record<Lang, [string, string, string]> = { fr: ["Groupes", "Personnes", "Séances"], en: ["Groups", "People", "Sessions"] };

function div(parent: HTMLElement, cls: string, text?: string): HTMLElement {
	const el = document.createElement("div");
	el.className = cls;
	if (text !== undefined) el.textContent = text;
	parent.append(el);
	return el;
}

/** The window: tab bar, ribbon and file explorer on desktop; the view alone, full width, on mobile. */
function windowFor(form: Form, lang: Lang, tabs: string[]): { win: HTMLElement; main: HTMLElement; body: HTMLElement } {
	document.body.className = "theme-light";
	const win = div(document.body, `test-window is-${form}`);
	const bar = div(win, "test-tabbar");
	for (const [i, tab] of tabs.entries()) div(bar, i === 0 ? "test-tab is-active" : "test-tab", tab);
	const body = div(win, "test-body");
	if (form === "desktop") {
		div(body, "test-ribbon");
		explorer(div(body, "test-explorer"), lang);
	}
	// The view's content, at a readable width as Obsidian's panes (full width on a phone).
	return { win, body, main: div(div(body, "test-main"), "test-content") };
}

function explorer(el: HTMLElement, lang: Lang): void {
	const [groups, people, sessions] = FOLDERS[lang];
	div(el, "test-folder", "Codev");
	div(el, "test-folder", groups);
	div(el, "test-file", GROUP);
	div(el, "test-folder", people);
	for (const name of NAMES.slice(0, 5)) div(el, "test-file", name);
	div(el, "test-folder", sessions);
	for (const held of SESSIONS.slice(0, 2)) div(el, "test-file", `${held.date} ${GROUP} – ${held.client?.name ?? ""}`);
	div(el, "test-file is-active", NOTE_TITLE);
}

/** The sidebar in the middle of a session's contract step, as the timer controller draws it. */
function sidebar(parent: HTMLElement, lang: Lang): void {
	setLanguage(lang);
	const t = translator(lang);
	const plan = planWithoutNote({ ...defaultSettings(lang), defaultDurationMinutes: 120, defaultOpening: false });
	let state: TimerState = reduce(createTimer(plan.key, timerStepsOf(plan)), { type: "start" }, T0);
	let now = T0;
	for (const minutes of [10, 14]) {
		now += minutes * MIN;
		state = reduce(state, { type: "next" }, now);
	}
	now += 3 * MIN + 12_000;
	const noop = (): void => undefined;
	const panel = new SidebarPanel(parent, t, { action: noop, role: noop, roomMode: noop, choose: noop, stepAction: noop });
	panel.update(buildPanelModel({ state, steps: plan.steps, lang, t, nowMs: now, title: NOTE_TITLE, subtitle: t("sidebar.subtitle.running"), role: "facilitator", roomMode: "time", choices: [] }));
}

async function sessionNote(parent: HTMLElement, lang: Lang): Promise<void> {
	const text = await commands.readFile(`test/approval/session-one-consultation.${lang}.md`);
	parent.append(renderMarkdown(text));
}

async function shoot(win: HTMLElement, name: string, form: Form, lang: Lang): Promise<void> {
	const box = win.getBoundingClientRect();
	expect([box.width, box.height]).toEqual([SIZE[form].width, SIZE[form].height]);
	await tallScreenshot(win, `${SHOTS_FROM_ROOT}/listing-${name}-${form}-${lang}.png`, "test-listing-frame");
}

beforeEach(async () => {
	// No taller than the runner paints (about 720 px): taller windows are stitched from slices.
	await page.viewport(1220, 720);
});
afterEach(() => {
	document.body.replaceChildren();
});

describe("listing screenshots for the community directory", () => {
	for (const lang of ["fr", "en"] as const) {
		for (const form of ["desktop", "mobile"] as const) {
			it(`the sidebar during a session${form === "desktop" ? ", beside its session note" : ""} (${form}, ${lang})`, async () => {
				const t = translator(lang);
				const { win, main, body } = windowFor(form, lang, [NOTE_TITLE, t("sidebar.view-title")]);
				if (form === "desktop") {
					await sessionNote(main, lang);
					sidebar(div(body, "test-side"), lang);
				} else sidebar(main, lang);
				expect(win.querySelector(".codev-sb-clock")?.textContent).toBe("06:48");
				if (form === "desktop") expect(main.querySelector("h1")?.textContent).toContain("Hélène Côté");
				await shoot(win, "session", form, lang);
			});

			it(`the group view (${form}, ${lang})`, async () => {
				setLanguage(lang);
				const { win, main } = windowFor(form, lang, [GROUP, NOTE_TITLE]);
				renderGroupOverview(main, buildGroupOverview(group(GROUP), SESSIONS, "2026-08-01"), lang, { openPath: () => undefined });
				expect(main.querySelectorAll(".codev-group-members tr")).toHaveLength(8);
				await shoot(win, "group", form, lang);
			});

			it(`the client progress view (${form}, ${lang})`, async () => {
				setLanguage(lang);
				const { win, main } = windowFor(form, lang, ["Hélène Côté", NOTE_TITLE]);
				renderClientStory(main, STORY, lang, { openPath: () => undefined });
				expect(main.querySelectorAll(".codev-story-month")).toHaveLength(2);
				await shoot(win, "progress", form, lang);
			});
		}
	}
});
