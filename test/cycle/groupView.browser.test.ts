/**
 * The group view's pure renderer (src/obsidian/cycle/groupRender.ts) in real Chromium with
 * Obsidian-like theme variables: a realistic cycle (7 members, 6 sessions held, one member
 * who left), checked and saved as test-output/screenshots/group-view-{light,dark}.png.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/styles/base.css";
import "../../src/styles/cycle.css";
import "../sidebar/obsidian-theme.browser.css";
import "./group-theme.browser.css";
import type { PersonRef, SessionRecord } from "../../src/codev/cycle/records";
import type { Lang } from "../../src/codev/types";
import { setLanguage } from "../../src/i18n";
import type { GroupInfo } from "../../src/services/cycle/group";
import { buildGroupOverview } from "../../src/services/cycle/overview";
import { renderGroupOverview } from "../../src/obsidian/cycle/groupRender";
import { SHOTS_FROM_ROOT } from "../tools/shots";
import { tallScreenshot } from "../tools/tallShot";

const SHOTS = SHOTS_FROM_ROOT;
const NAMES = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Paul Martin", "Inès Roy", "Luc Girard", "Nadia Morel"];
const person = (name: string): PersonRef => ({ id: `Codev/Personnes/${name}.md`, name });
const [helene, marc, sofia, paul, ines, luc, nadia] = NAMES.map(person) as [PersonRef, PersonRef, PersonRef, PersonRef, PersonRef, PersonRef, PersonRef];
const CALENDAR = ["2026-01-13", "2026-02-10", "2026-03-10", "2026-05-12", "2026-06-09", "2026-07-14", "2026-09-08", "2026-10-13"];

function group(name = "Horizon", members = [helene, marc, sofia, paul, ines, nadia]): GroupInfo {
	return {
		path: `Codev/Groupes/${name}.md`,
		name,
		uid: "1a2b3c4d",
		members,
		// Luc left after session 4: his history stays.
		formerMembers: [luc],
		facilitator: "Claire",
		cadence: "monthly-2-tue",
		start: "2026-01-01",
		planned: CALENDAR.length,
		calendar: CALENDAR,
		holidays: [],
		duration: 120,
		time: "14:00",
		mode: "in-person",
		backlog: ["[[Paul Martin]]: Déléguer sans tout reprendre", "[[Inès Roy]]: Annoncer une réorganisation"],
	};
}

function session(index: number, client: PersonRef, topic: string, absent: PersonRef[], ratings: Array<[number, number]>, learnings: Array<[PersonRef, string]> = []): SessionRecord {
	const date = CALENDAR[index] ?? "";
	const roster = index < 4 ? [helene, marc, sofia, paul, ines, luc, nadia] : [helene, marc, sofia, paul, ines, nadia];
	const present = roster.filter((p) => !absent.includes(p));
	return {
		path: `Codev/Séances/${date} Horizon – ${client.name}.md`,
		date,
		client,
		topic,
		status: "done",
		present,
		absent: absent.slice(0, 1),
		excused: absent.slice(1),
		ratings: ratings.map(([fond, forme], i) => ({ person: present[i] ?? helene, fond, forme })),
		learnings: learnings.map(([p, text]) => ({ person: p, text })),
		helpKinds: [],
	};
}

const SESSIONS: SessionRecord[] = [
	session(0, helene, "Gagner en visibilité", [], [[3, 3], [4, 3], [3, 4], [3, 3], [4, 3]], [[helene, "Oser demander un retour à ma directrice"]]),
	session(1, marc, "Dire non sans culpabiliser", [sofia], [[4, 3], [3, 4], [4, 4], [3, 3]]),
	session(2, sofia, "Reprendre une équipe en difficulté", [paul, luc], [[4, 4], [4, 4], [3, 4], [4, 5]], [[sofia, "Commencer par écouter avant de réorganiser"], [marc, "Mes questions ouvertes aident plus que mes conseils"]]),
	session(3, luc, "Changer de poste en interne", [], [[4, 4], [5, 4], [4, 4], [4, 5], [5, 4]]),
	session(4, paul, "Un conflit entre deux collègues", [nadia], [[5, 4], [4, 5], [5, 5], [4, 4]], [[paul, "Nommer le conflit sans juger"]]),
	session(5, ines, "Annoncer une réorganisation", [], [[5, 5], [4, 5], [5, 4], [5, 5], [4, 5]], [[ines, "Préparer les questions difficiles à l'avance"]]),
];

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
