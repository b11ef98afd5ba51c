/**
 * The client progress view's renderer (src/obsidian/linked/storyRender.ts) in real Chromium,
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
import type { ClientStory } from "../../src/notes/linked/progress";
import { renderClientStory } from "../../src/obsidian/linked/storyRender";
import { SHOTS_FROM_ROOT } from "../tools/shots";
import { tallScreenshot } from "../tools/tallShot";

const PLAN = "Codev/Séances/2026-01-13 Cap Managers 2026 – Hélène Côté – Plan d'action.md";
const PLAN_B = "Codev/Séances/2026-07-07 Cap Managers 2026 – Camille Roux et Hélène Côté – Plan d'action B.md";
const session = (date: string, client: string): string => `Codev/Séances/${date} Cap Managers 2026 – ${client}.md`;

/** Hélène's story as the demo vault tells it (scripts/demoVault.ts). */
const STORY: ClientStory = {
	person: "Codev/Personnes/Hélène Côté.md",
	months: [
		{
			session: session("2026-01-13", "Hélène Côté"),
			date: "2026-01-13",
			topic: "Un collègue conteste mes décisions en réunion d'équipe",
			group: "Codev/Groupes/Cap Managers 2026.md",
			contract: null,
			request: "Dans cette séance, j'aimerais que vous m'aidiez à trouver comment répondre à Paul sans entrer dans le rapport de force.",
			plans: [{ path: PLAN, status: "open", retourSession: session("2026-07-07", "Camille Roux et Hélène Côté") }],
			kept: "Distinguer les décisions ouvertes de celles qui sont prises.",
			actions: [
				{ planPath: PLAN, id: "c5c3oz", text: "Proposer un entretien individuel à Paul avant la réunion de février", due: "2026-02-09", outcome: "done", outcomeDate: "2026-02-10", learning: "L'entretien avec Paul a détendu la relation ; il a proposé de m'aider.", open: false, since: "2026-01-13" },
				{ planPath: PLAN, id: "c7rymex", text: "Annoncer à chaque réunion d'équipe le statut des décisions (ouverte / prise)", due: "2026-09-07", outcome: "not-tried", outcomeDate: "2026-07-07", learning: "Pas de réunion d'équipe en juin : je reprends en septembre.", open: true, since: "2026-01-13" },
			],
			changed: [
				{ date: "2026-02-10", text: "Paul me salue de nouveau en réunion ; je me sens moins sur la défensive." },
				{ date: "2026-07-07", text: "Les réunions sont plus calmes depuis que je dis quelles décisions sont prises." },
			],
		},
		{
			session: session("2026-07-07", "Camille Roux et Hélène Côté"),
			date: "2026-07-07",
			topic: "Gagner en visibilité auprès de la direction",
			group: "Codev/Groupes/Cap Managers 2026.md",
			contract: null,
			request: "Dans cette séance, j'aimerais que vous m'aidiez à faire connaître le travail de mon équipe.",
			plans: [{ path: PLAN_B, status: "open", retourSession: null }],
			kept: "Faire parler les résultats de l'équipe, pas seulement moi.",
			actions: [
				{ planPath: PLAN_B, id: "c59nurc", text: "Proposer au directeur un point mensuel de quinze minutes", due: "2026-09-07", outcome: null, outcomeDate: null, learning: "", open: true, since: "2026-07-07" },
				{ planPath: PLAN_B, id: "c2lc6wz", text: "Faire présenter un résultat par un membre de l'équipe", due: "2026-09-07", outcome: null, outcomeDate: null, learning: "", open: true, since: "2026-07-07" },
			],
			changed: [],
		},
	],
	open: [],
	counts: { done: 1, partly: 0, notTried: 1, letGo: 0, pending: 2 },
	asConsultant: [
		{ session: session("2026-02-10", "Marc Dubois"), date: "2026-02-10", topic: "Appréhension avant de présenter la réorganisation au comité de direction", client: "Codev/Personnes/Marc Dubois.md" },
		{ session: session("2026-03-10", "Sofia Benali"), date: "2026-03-10", topic: "Affirmer mon leadership auprès de mes anciens pairs", client: "Codev/Personnes/Sofia Benali.md" },
		{ session: session("2026-04-14", "Julien Lefèvre"), date: "2026-04-14", topic: "Dire non sans culpabiliser face aux demandes urgentes", client: "Codev/Personnes/Julien Lefèvre.md" },
	],
};
STORY.open = STORY.months.flatMap((m) => m.actions.filter((a) => a.open));

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
