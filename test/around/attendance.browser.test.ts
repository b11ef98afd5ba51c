/**
 * The attendance sheet and the certificate as Obsidian's Export to PDF lays them out: the note
 * rendered like the reading view with its cssclass, the product's print rules applied, on an A4
 * page (210 mm, 15 mm margins). Checked: no column clipped or pushed off the page, even with
 * long names and two half-day columns. Saved as test-output/screenshots/attendance-*.png.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/styles/attendance.css";
import "./print.browser.css";
// eslint-disable-next-line import/no-extraneous-dependencies -- js-yaml comes with eslint; depend/ban-dependencies refuses listing it, and gray-matter needs a Buffer this browser page lacks
import { load } from "js-yaml";
import { writeAttendanceSheet, writeCertificate } from "../../src/services/around/attendance";
import { createGroup } from "../../src/services/cycle/group";
import { MemoryStore } from "../../src/services/memoryStore";
import { startSession } from "../../src/services/startSession";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import { defaultSettings } from "../../src/settings/model";
import { renderMarkdown } from "../tools/markdown";
import { SHOTS_FROM_ROOT } from "../tools/shots";
import { tallScreenshot } from "../tools/tallShot";

const MEMBERS = ["Hélène Côté", "Marie-Christine de La Rochefoucauld-Montbel", "Sofia Benali", "Jean-Baptiste Vandenberghe-Lefèvre", "Nadia Petit", "Thomas Moreau", "Camille Roux", "Aïcha Diallo-Nkemelu", "Bruno Garnier", "Élodie Fontaine"];

/** The stylesheets' @media print rules, applied as if printing (the runner cannot switch media). */
function applyPrintRules(): void {
	const rules: string[] = [];
	for (const sheet of Array.from(document.styleSheets)) {
		for (const rule of Array.from(sheet.cssRules)) {
			if (rule instanceof CSSMediaRule && rule.conditionText === "print") rules.push(...Array.from(rule.cssRules).map((r) => r.cssText));
		}
	}
	expect(rules.length).toBeGreaterThan(0);
	printSheet.replaceSync(rules.join("\n"));
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
}

const printSheet = new CSSStyleSheet();

let notes: { sheet: string; remote: string; certificate: string };

beforeAll(async () => {
	// js-yaml (safe schema) stands in for Obsidian's parseYaml: gray-matter needs Node's Buffer.
	const store = new MemoryStore((yaml) => load(yaml));
	const settings = { ...defaultSettings("fr"), facilitator: "Claire Martin" };
	const group = await createGroup(store, { name: "Cap Managers 2026", members: MEMBERS, facilitator: "Claire Martin", cadence: { kind: "monthly", nth: 2, weekday: "tue" }, start: "2026-01-13", durationMinutes: 240, time: "10:30" }, settings, "fr");
	if (!group.ok) throw new Error(group.error.code);
	const person = (name: string) => ({ name, path: store.findNote("person", name) ?? undefined });
	const paths: string[] = [];
	for (const date of ["2026-01-13", "2026-02-10"]) {
		const started = await startSession(store, { group: { name: "Cap Managers 2026", path: group.value.groupPath }, date, client: person(MEMBERS[1] ?? ""), topic: "Un sujet", duration: 240, opening: false, attendees: MEMBERS.map(person), facilitator: "Claire Martin", method: CLASSIC_METHOD }, settings, "fr");
		if (!started.ok) throw new Error(started.error.code);
		paths.push(started.value.sessionPath);
	}
	await store.updateProperties(paths[0] ?? "", (fm) => {
		fm.place = "Maison des associations, salle Montaigne, 12 rue de la République, Lyon";
		fm.present = MEMBERS.slice(0, 8).map((n) => `[[${n}]]`);
		fm.absent = [`[[${MEMBERS[8]}]]`];
		fm.excused = [`[[${MEMBERS[9]}]]`];
	});
	await store.updateProperties(paths[1] ?? "", (fm) => {
		fm.mode = "remote";
		fm.duration = 120;
		fm.time = "14:00";
	});
	const sheet = await writeAttendanceSheet(store, paths[0] ?? "", "fr", "2026-01-13");
	const remote = await writeAttendanceSheet(store, paths[1] ?? "", "en", "2026-02-10");
	const certificate = await writeCertificate(store, group.value.groupPath, store.findNote("person", MEMBERS[1] ?? "") ?? "", "fr", "2026-02-10");
	if (!sheet.ok || !remote.ok || !certificate.ok) throw new Error("not written");
	notes = { sheet: store.files.get(sheet.value.path) ?? "", remote: store.files.get(remote.value.path) ?? "", certificate: store.files.get(certificate.value.path) ?? "" };
});

afterEach(() => {
	document.body.replaceChildren();
	document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== printSheet);
});

function mountA4(text: string): HTMLElement {
	const sheet = document.createElement("div");
	sheet.className = "test-a4";
	sheet.append(renderMarkdown(text, ["codev-attendance"]));
	document.body.append(sheet);
	applyPrintRules();
	return sheet;
}

/** Every cell inside the page's printable width, and none of its text cut off. */
function expectNoClippedColumn(sheet: HTMLElement): void {
	const content = sheet.querySelector(".markdown-rendered") as HTMLElement;
	const right = content.getBoundingClientRect().right;
	// 210 mm minus two 15 mm margins, at 96 dpi.
	expect(Math.round(content.getBoundingClientRect().width)).toBe(Math.round((180 / 25.4) * 96));
	const tables = Array.from(sheet.querySelectorAll("table"));
	expect(tables.length).toBeGreaterThanOrEqual(2);
	for (const table of tables) {
		expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
		for (const cell of Array.from(table.querySelectorAll("th, td"))) {
			const box = cell.getBoundingClientRect();
			expect(box.right, cell.textContent ?? "").toBeLessThanOrEqual(right + 0.5);
			expect(box.width).toBeGreaterThan(40);
			expect(cell.scrollWidth, cell.textContent ?? "").toBeLessThanOrEqual(cell.clientWidth);
		}
	}
}

describe("attendance records printed on A4 (Chromium)", () => {
	it("the in-person sheet: a column per half-day, every name and column inside the page", async () => {
		await page.viewport(800, 720);
		const sheet = mountA4(notes.sheet);
		expect(Array.from(sheet.querySelectorAll("th")).map((th) => th.textContent)).toEqual(["Participant", "Matin", "Après-midi", "Animateur", "Signature"]);
		expect(sheet.querySelectorAll("tbody tr")).toHaveLength(MEMBERS.length + 1);
		// Signature cells tall enough to sign in (12 mm in print).
		const cell = sheet.querySelector("tbody td:nth-child(2)") as HTMLElement;
		expect(cell.getBoundingClientRect().height).toBeGreaterThanOrEqual((12 / 25.4) * 96 - 1);
		expectNoClippedColumn(sheet);
		await tallScreenshot(sheet, `${SHOTS_FROM_ROOT}/attendance-sheet-a4.png`, "test-a4-frame");
	});

	it("the remote sheet records connections, and fits", async () => {
		await page.viewport(800, 720);
		const sheet = mountA4(notes.remote);
		expect(sheet.textContent).toContain("Connected");
		expect(sheet.textContent).toContain("Remote");
		expectNoClippedColumn(sheet);
	});

	it("the certificate: dates, times and hours inside the page", async () => {
		await page.viewport(800, 720);
		const sheet = mountA4(notes.certificate);
		expect(sheet.textContent).toContain("Certificat de réalisation");
		expect(sheet.textContent).toContain("2 séance(s), 6 h");
		expectNoClippedColumn(sheet);
		await tallScreenshot(sheet, `${SHOTS_FROM_ROOT}/attendance-certificate-a4.png`, "test-a4-frame");
	});
});
