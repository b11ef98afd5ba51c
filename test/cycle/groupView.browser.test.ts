/**
 * The group view's pure renderer (src/sidebar-ui/groupRender.ts) in real Chromium with
 * Obsidian-like theme variables: a realistic cycle (7 members, 6 sessions held, one member
 * who left), checked and saved as test-output/screenshots/group-view-{light,dark}.png.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/styles/base.css";
import "../../src/styles/cycle.css";
import "../sidebar/obsidian-theme.browser.css";
import "./group-theme.browser.css";
import type { Lang } from "../../src/codev/types";
import { setLanguage } from "../../src/i18n";
import { group, helene, ines, marc, nadia, paul, SESSIONS, sofia } from "./groupFixture";
import { buildGroupOverview } from "../../src/services/cycle/overview";
import { renderGroupOverview } from "../../src/sidebar-ui/groupRender";
import { SHOTS_FROM_ROOT } from "../tools/shots";
import { tallScreenshot } from "../tools/tallShot";

const SHOTS = SHOTS_FROM_ROOT;
function leaf(theme: "light" | "dark"): HTMLElement {
	document.body.className = `theme-${theme}`;
	const el = document.createElement("div");
	el.className = "test-leaf";
	document.body.append(el);
	return el;
}

function mount(theme: "light" | "dark", lang: Lang, info = group()): { root: HTMLElement; opened: string[] } {
	setLanguage(lang);
	const root = leaf(theme);
	const opened: string[] = [];
	renderGroupOverview(root, buildGroupOverview(info, SESSIONS, "2026-08-01"), lang, { openPath: (path) => opened.push(path) });
	return { root, opened };
}

beforeEach(async () => {
	await page.viewport(680, 720);
});
afterEach(() => {
	document.body.replaceChildren();
});

describe("group view in Chromium", () => {
	it("shows members, attendance, the next client and the rating trend; screenshots light and dark", async () => {
		for (const theme of ["light", "dark"] as const) {
			const { root, opened } = mount(theme, "fr");
			const rows = [...root.querySelectorAll(".codev-group-members tr")].map((tr) => [...tr.children].map((td) => td.textContent));
			expect(rows).toHaveLength(8);
			expect(rows[1]).toEqual(["Hélène Côté", "1", "100\u00a0%"]);
			expect(rows[3]).toEqual(["Sofia Benali", "1", "83\u00a0%"]);
			expect(rows[7]).toEqual(["Luc Girard (a quitté le groupe)", "1", "75\u00a0%"]);
			expect(root.querySelector(".codev-former-member td")?.getAttribute("title")).toContain("Historique conservé");
			// Nadia has not been client; Luc (gone) is not suggested.
			expect(root.querySelector(".codev-next-client")?.textContent).toContain("Prochain client suggéré : Nadia Morel");
			expect(root.querySelectorAll(".codev-group-calendar li")).toHaveLength(8);
			expect(root.querySelector(".codev-group-calendar li:nth-child(3)")?.textContent).toBe("10 mars 2026 · 5/7 (71\u00a0%)");
			expect(root.querySelectorAll(".codev-group-calendar a")).toHaveLength(6);

			const svg = root.querySelector("svg.codev-chart") as SVGSVGElement;
			expect(svg.querySelectorAll("polyline")).toHaveLength(2);
			expect(svg.querySelectorAll("circle")).toHaveLength(12);
			expect([...svg.querySelectorAll("text.codev-chart-x")].map((n) => n.textContent)).toEqual(["13/01", "10/02", "10/03", "12/05", "09/06", "14/07"]);
			// Lines drawn in the theme colours, visible against the background.
			const fond = svg.querySelector("polyline.codev-chart-fond") as SVGPolylineElement;
			const background = getComputedStyle(document.body).backgroundColor;
			expect(getComputedStyle(fond).stroke).not.toBe(background);
			expect(getComputedStyle(fond).stroke).toBe(theme === "light" ? "rgb(138, 92, 245)" : "rgb(166, 138, 249)");
			const box = svg.getBoundingClientRect();
			expect(box.width).toBeGreaterThan(250);
			expect(box.height).toBeGreaterThan(100);

			(root.querySelector(".codev-group-calendar a") as HTMLAnchorElement).click();
			expect(opened).toEqual([SESSIONS[0]?.path]);
			await tallScreenshot(root, `${SHOTS}/group-view-${theme}.png`);
		}
	});

	it("in English, with the same data", () => {
		const { root } = mount("light", "en");
		expect(root.querySelector(".codev-next-client")?.textContent).toContain("Suggested next client: Nadia Morel");
		expect(root.querySelector(".codev-former-member td")?.textContent).toBe("Luc Girard (left the group)");
		expect([...root.querySelectorAll("svg text.codev-chart-x")].map((n) => n.textContent)).toEqual(["Jan 13", "Feb 10", "Mar 10", "May 12", "Jun 9", "Jul 14"]);
	});

	it("shows an injected name as text, never as an element", () => {
		const evil = "<img src=x onerror=alert(1)>";
		const info = group(evil, [helene, { id: "?evil", name: evil }, marc, sofia, paul, ines, nadia]);
		info.backlog = [`[[${evil}]]: ${evil}`];
		const { root } = mount("light", "en", info);
		expect(root.querySelector("img")).toBeNull();
		expect(root.querySelectorAll("[onerror]")).toHaveLength(0);
		expect(root.querySelector(".codev-group-title")?.textContent).toBe(evil);
		expect(root.querySelector(".codev-group-members")?.textContent).toContain(evil);
	});
});
