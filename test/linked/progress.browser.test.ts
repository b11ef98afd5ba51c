/**
 * The client progress view's renderer (src/sidebar-ui/storyRender.ts) in real Chromium,
 * on the demo vault's Hélène Côté, client twice in the cycle: each month with its request, what
 * she kept, each action's outcome, date and learning; what is still open; her sessions as
 * consultant. Saved as test-output/screenshots/client-progress-{light,dark}.png.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/styles/base.css";
import "../../src/styles/linked.css";
import "../sidebar/obsidian-theme.browser.css";
import "../cycle/group-theme.browser.css";
import type { Lang } from "../../src/codev/types";
import { setLanguage } from "../../src/i18n";
import { STORY } from "./storyFixture";
import { renderClientStory } from "../../src/sidebar-ui/storyRender";
import { SHOTS_FROM_ROOT } from "../tools/shots";
import { tallScreenshot } from "../tools/tallShot";

function mount(theme: "light" | "dark", lang: Lang): { root: HTMLElement; opened: string[] } {
	setLanguage(lang);
	document.body.className = `theme-${theme}`;
	const root = document.createElement("div");
	root.className = "test-leaf";
	document.body.append(root);
	const opened: string[] = [];
	renderClientStory(root, STORY, lang, { openPath: (path, subpath) => opened.push(`${path}${subpath ?? ""}`) });
	return { root, opened };
}

beforeEach(async () => {
	await page.viewport(680, 720);
});
afterEach(() => {
	document.body.replaceChildren();
});

describe("client progress view in Chromium", () => {
	it("tells a client's story month by month; screenshots light and dark", async () => {
		for (const theme of ["light", "dark"] as const) {
			const { root, opened } = mount(theme, "fr");
			const months = [...root.querySelectorAll(".codev-story-month")];
			expect(months).toHaveLength(2);
			expect(months[0]?.querySelector(".codev-story-title")?.textContent).toBe("13 janv. 2026 — Un collègue conteste mes décisions en réunion d'équipe");
			expect(months[0]?.textContent).toContain("Fait le 10 févr. 2026 Proposer un entretien individuel à Paul");
			expect(months[0]?.textContent).toContain("Pas essayé le 7 juil. 2026 Annoncer à chaque réunion");
			expect(months[0]?.textContent).toContain("Ce qui a changé (10 févr. 2026)");
			expect([...root.querySelectorAll(".codev-story-open > li")]).toHaveLength(3);
			expect(root.querySelectorAll(".codev-progress-consultant > li")).toHaveLength(3);
			// Outcomes stand out from the text in the theme's colours.
			const done = root.querySelector(".codev-outcome-done .codev-story-outcome") as HTMLElement;
			expect(getComputedStyle(done).fontWeight).toBe("600");
			(root.querySelector(".codev-story-title a") as HTMLAnchorElement).click();
			expect(opened).toEqual([STORY.months[0]?.session]);
			const box = root.getBoundingClientRect();
			expect(box.width).toBeGreaterThan(300);
			await tallScreenshot(root, `${SHOTS_FROM_ROOT}/client-progress-${theme}.png`);
		}
	});

	it("in English, with the same data", () => {
		const { root } = mount("light", "en");
		expect(root.querySelector(".codev-story-title")?.textContent).toBe("Jan 13, 2026 — Un collègue conteste mes décisions en réunion d'équipe");
		expect(root.textContent).toContain("Done on Feb 10, 2026 Proposer un entretien");
		expect(root.textContent).toContain("Still open");
	});
});
