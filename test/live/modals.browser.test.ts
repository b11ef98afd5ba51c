/**
 * Every form of the plugin opened in real Chromium as Obsidian lays it out (the `obsidian` shim
 * builds Obsidian's modal and settings DOM; its app.css basics and the plugin's styles.css are
 * loaded), on a desktop window (900×900) and a phone (400×800), in French and English. A control
 * outside its modal or the window, or without a label one can read, fails the test; the start
 * form fits one screen. Screenshots (French) are saved as modal-<name>-desktop.png and
 * modal-<name>-phone.png in test-output/screenshots/.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../sidebar/obsidian-theme.browser.css";
import "../tools/obsidian-browser/obsidian.css";
import "../../styles.css";
import { closeAll, FORMS, openForm, type FormName } from "./modalForms";
import type { Lang } from "../../src/codev/types";
import { setLanguage } from "../../src/i18n";
import { measureModal, visibleLabel } from "../tools/obsidian-browser/layout";
import { SHOTS_FROM_TEST } from "../tools/shots";

const SCREENS = [
	{ name: "desktop", width: 900, height: 900, phone: false },
	{ name: "phone", width: 400, height: 800, phone: true },
] as const;

async function settle(): Promise<void> {
	await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function show(form: FormName, lang: Lang, screen: (typeof SCREENS)[number]): Promise<HTMLElement> {
	await page.viewport(screen.width, screen.height);
	document.body.className = `theme-light${screen.phone ? " is-mobile is-phone" : ""}`;
	setLanguage(lang);
	const modal = await openForm(form);
	await settle();
	return modal.modalEl;
}

afterEach(() => {
	closeAll();
	document.body.className = "";
});

describe("every form in Chromium, desktop and phone, French and English", () => {
	for (const form of FORMS) {
		for (const screen of SCREENS) {
			it(`${form} on ${screen.name} (${screen.width}×${screen.height}): nothing overflows, every control has a visible label`, async () => {
				for (const lang of ["fr", "en"] as const) {
					const modalEl = await show(form, lang, screen);
					const measure = measureModal(modalEl);
					// Saved before the checks, so a failure can be looked at.
					if (lang === "fr") await page.screenshot({ path: `${SHOTS_FROM_TEST}/modal-${form}-${screen.name}.png`, element: modalEl.parentElement ?? modalEl });
					expect(measure.controls, `${form} ${lang}: controls found`).toBeGreaterThan(0);
					expect(measure.problems, `${form} ${lang} ${screen.name}`).toEqual([]);
					closeAll();
				}
			});
		}
	}
});

describe("forms that fit and say what they are", () => {
	it("the start form fits one 900 px screen with « Plus d'options » folded, and unfolds to show the method", async () => {
		for (const lang of ["fr", "en"] as const) {
			const modalEl = await show("start", lang, SCREENS[0]);
			const measure = measureModal(modalEl);
			expect(measure.contentHeight, `${lang}: the start form scrolls`).toBeLessThanOrEqual(measure.height);
			expect(modalEl.getBoundingClientRect().bottom).toBeLessThanOrEqual(900);
			const more = modalEl.querySelector("details");
			expect(more?.open).toBe(false);
			if (more) more.open = true;
			await settle();
			expect(measureModal(modalEl).problems).toEqual([]);
			closeAll();
		}
	});

	it("unfolded on a phone, the method, step 0, the second consultation and the split stay inside the form and labelled", async () => {
		for (const lang of ["fr", "en"] as const) {
			const modalEl = await show("start", lang, SCREENS[1]);
			const more = modalEl.querySelector("details");
			if (!more) throw new Error("no « more options »");
			more.open = true;
			const second = Array.from(more.querySelectorAll<HTMLElement>(".checkbox-container"))[1];
			second?.click();
			await settle();
			expect(more.querySelectorAll("select").length, `${lang}: method and second client`).toBeGreaterThanOrEqual(2);
			expect(measureModal(modalEl).problems, lang).toEqual([]);
			// The unfolded part is below the fold: the screenshot shows it scrolled into view.
			modalEl.scrollTop = modalEl.scrollHeight;
			await settle();
			if (lang === "fr") await page.screenshot({ path: `${SHOTS_FROM_TEST}/modal-start-options-phone.png`, element: modalEl.parentElement ?? modalEl });
			closeAll();
		}
	});

	it("every form has Cancel (or Close) in both languages", async () => {
		for (const lang of ["fr", "en"] as const) {
			for (const form of FORMS) {
				const modalEl = await show(form, lang, SCREENS[0]);
				const texts = Array.from(modalEl.querySelectorAll("button")).map((b) => b.textContent ?? "");
				expect(texts, `${form} ${lang}`).toContainEqual(expect.stringMatching(lang === "fr" ? /^(Annuler|Fermer)$/ : /^(Cancel|Close)$/));
				closeAll();
			}
		}
	});

	it("the group form shows six member lines, and the weekday has its own label", async () => {
		for (const lang of ["fr", "en"] as const) {
			const modalEl = await show("group", lang, SCREENS[0]);
			const members = modalEl.querySelector("textarea");
			if (!members) throw new Error("no members field");
			const lineHeight = Number.parseFloat(getComputedStyle(members).lineHeight);
			expect(members.clientHeight / lineHeight, `${lang}: member lines shown`).toBeGreaterThanOrEqual(6);
			const selects = Array.from(modalEl.querySelectorAll("select"));
			expect(selects.map(visibleLabel)).not.toContain("");
			closeAll();
		}
	});
});

describe("the checks see what a user would", () => {
	it("flag a field wider than its modal, a dropdown named by aria-label only, two fields under one name, and a tab going back", async () => {
		await page.viewport(900, 900);
		document.body.className = "theme-light";
		const container = document.body.createDiv({ cls: "modal-container" });
		const modal = container.createDiv({ cls: "modal" });
		const wide = modal.createDiv({ cls: "setting-item" });
		wide.createDiv({ cls: "setting-item-info" }).createDiv({ cls: "setting-item-name", text: "Sujet" });
		wide.createDiv({ cls: "setting-item-control" }).createEl("input", { type: "text", attr: { style: "width: 900px" } });
		modal.createEl("select", { attr: { "aria-label": "Jour" } });
		const two = modal.createDiv({ cls: "setting-item" });
		two.createDiv({ cls: "setting-item-info" }).createDiv({ cls: "setting-item-name", text: "Quelle semaine" });
		const control = two.createDiv({ cls: "setting-item-control" });
		control.createEl("select");
		control.createEl("select");
		const back = modal.createDiv({ attr: { style: "display: flex; flex-direction: row-reverse" } });
		back.createEl("button", { text: "Premier" });
		back.createEl("button", { text: "Second" });
		await settle();
		const problems = measureModal(modal).problems.join("\n");
		expect(problems).toMatch(/<input type=text> "Sujet" overflows the modal/);
		expect(problems).toMatch(/<select> "Jour" has no visible label/);
		expect(problems.match(/<select> "Quelle semaine" has no visible label/g)).toHaveLength(2);
		expect(problems).toMatch(/tab goes back from <button> "Premier" to <button> "Second"/);
		container.remove();
	});
});
