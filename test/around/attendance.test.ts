import { beforeAll, describe, expect, it } from "vitest";
import { formatHours, halfDays } from "../../src/codev/attendance";
import { parseNote } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { writeAttendanceSheet, writeCertificate } from "../../src/services/around/attendance";
import { TYPES } from "../../src/notes/schema/kinds";
import { MemoryStore } from "../../src/services/memoryStore";
import { linkTarget } from "../../src/notes/links";
import { buildDemoVault, DEMO_GROUP, DEMO_MEMBERS, DEMO_TODAY } from "../../scripts/demoVault";
import { copyStore } from "../tools/stores";

let base: MemoryStore;
beforeAll(async () => {
	base = (await buildDemoVault()).store;
}, 60_000);

const copy = (): MemoryStore => copyStore(base);

const groupPath = (store: MemoryStore): string => store.findNote("group", DEMO_GROUP) ?? "";
const personPath = (store: MemoryStore, name: string): string => store.findNote("person", name) ?? "";
const names = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map((v) => linkTarget(v).split("/").pop() ?? "");

/** The expected certificate, read straight from the session properties (not through the plugin's readers). */
function expectedFromProperties(store: MemoryStore, name: string): { dates: string[]; minutes: number } {
	const dates: string[] = [];
	let minutes = 0;
	for (const path of store.notesOfType("codev-session")) {
		const fm = store.frontmatter(path) ?? {};
		if (linkTarget(fm.group) !== DEMO_GROUP) continue;
		const present = names(fm.present !== undefined ? fm.present : fm.attendees);
		if (!present.includes(name) || names(fm.absent).includes(name) || names(fm.excused).includes(name)) continue;
		dates.push(String(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date));
		minutes += Number(fm.duration);
	}
	return { dates: dates.sort(), minutes };
}

describe("half-days", () => {
	it("gives one signature per half-day the session covers", () => {
		expect(halfDays("14:00", 120)).toEqual(["afternoon"]);
		expect(halfDays("09:00", 180)).toEqual(["morning"]);
		expect(halfDays("09:30", 420)).toEqual(["morning", "afternoon"]);
		expect(halfDays("12:30", 45)).toEqual(["afternoon"]);
		expect(halfDays("", 120)).toEqual([]);
	});
});

describe("hours on a sheet or certificate", () => {
	it("are written as French and English readers write them", () => {
		const cases: Array<[number, string, string]> = [
			[90, "1 h 30", "1 hour 30 minutes"],
			[120, "2 h", "2 hours"],
			[60, "1 h", "1 hour"],
			[45, "45 min", "45 minutes"],
			[61, "1 h 01", "1 hour 1 minute"],
		];
		for (const [minutes, fr, en] of cases) {
			expect(formatHours(minutes, "fr")).toBe(fr);
			expect(formatHours(minutes, "en")).toBe(en);
		}
	});
});

describe("certificate of attendance", () => {
	it.each(DEMO_MEMBERS)("%s: hours and dates match the attendance properties, absent and excused never counted", async (name) => {
		const store = copy();
		const result = await writeCertificate(store, groupPath(store), personPath(store, name), "fr", DEMO_TODAY);
		if (!result.ok) throw new Error(result.error.code);
		const expected = expectedFromProperties(store, name);
		expect(result.value.minutes).toBe(expected.minutes);
		const fm = store.frontmatter(result.value.path) ?? {};
		expect(fm).toMatchObject({ type: "codev-certificate", publish: false, sessions_attended: expected.dates.length, hours: expected.minutes / 60 });
		const text = store.files.get(result.value.path) ?? "";
		const rows = text.split("\n").filter((line) => /^\| \d{1,2} \p{L}+ 2026 \|/u.test(line));
		expect(rows).toHaveLength(expected.dates.length);
		for (const name2 of DEMO_MEMBERS.filter((n) => n !== name)) expect(text).not.toContain(name2);
	});

	it("counts nobody present on an absence, an excuse or a missing record, even when a hand edit contradicts", async () => {
		const store = copy();
		const sessions = store.notesOfType("codev-session").filter((p) => linkTarget(store.frontmatter(p)?.group) === DEMO_GROUP).sort();
		const helene = personPath(store, "Hélène Côté");
		const before = await writeCertificate(store, groupPath(store), helene, "en", DEMO_TODAY);
		if (!before.ok) throw new Error(before.error.code);
		// Session 1: listed both present and absent (a hand edit); session 2: excused; session 3: in no list at all.
		await store.updateProperties(sessions[0] ?? "", (fm) => (fm.absent = ["[[Hélène Côté]]"]));
		await store.updateProperties(sessions[1] ?? "", (fm) => {
			fm.present = names(fm.present).filter((n) => n !== "Hélène Côté").map((n) => `[[${n}]]`);
			fm.excused = ["[[Hélène Côté]]"];
		});
		await store.updateProperties(sessions[2] ?? "", (fm) => {
			fm.present = names(fm.present).filter((n) => n !== "Hélène Côté").map((n) => `[[${n}]]`);
		});
		const after = await writeCertificate(store, groupPath(store), helene, "en", DEMO_TODAY);
		if (!after.ok) throw new Error(after.error.code);
		expect(after.value.path).toBe(before.value.path);
		expect(after.value.sessions).toBe(before.value.sessions - 3);
		expect(after.value.minutes).toBe(expectedFromProperties(store, "Hélène Côté").minutes);
	});

	it("covers a date range, in English", async () => {
		const store = copy();
		const result = await writeCertificate(store, groupPath(store), personPath(store, "Marc Dubois"), "en", DEMO_TODAY, { from: "2026-03-01", to: "2026-05-31" });
		if (!result.ok) throw new Error(result.error.code);
		const text = store.files.get(result.value.path) ?? "";
		expect(text).toContain("# Certificate of attendance");
		expect(text).toContain("| March 10, 2026 | 14:00 – 16:00 | 2 hours |");
		expect(text).toContain("| April 14, 2026 | 14:00 – 15:30 | 1 hour 30 minutes |");
		expect(text).toContain("3 session(s), 5 hours 30 minutes");
		expect(text).toContain("from March 10, 2026 to May 12, 2026");
		expect(text).not.toContain("February");
	});

	it("is regenerated without losing what the facilitator wrote, and refuses when its markers were broken", async () => {
		const store = copy();
		const person = personPath(store, "Sofia Benali");
		const first = await writeCertificate(store, groupPath(store), person, "fr", DEMO_TODAY);
		if (!first.ok) throw new Error(first.error.code);
		await store.process(first.value.path, (text) => `${text}\nRemis en main propre le 31 octobre.\n`);
		const second = await writeCertificate(store, groupPath(store), person, "fr", "2026-11-02");
		if (!second.ok) throw new Error(second.error.code);
		expect(second.value).toMatchObject({ path: first.value.path, created: false });
		const text = store.files.get(first.value.path) ?? "";
		expect(text).toContain("Remis en main propre le 31 octobre.");
		expect(text).toContain("**Fait le**\u00a0: 2 novembre 2026");
		await store.process(first.value.path, (t) => t.replace("%% codev-attendance:certificate:end %%", ""));
		const broken = store.files.get(first.value.path);
		const refused = await writeCertificate(store, groupPath(store), person, "fr", DEMO_TODAY);
		expect(refused.ok ? "" : refused.error.code).toBe("attendance-markers");
		expect(store.files.get(first.value.path)).toBe(broken);
	});
});

describe("attendance sheet", () => {
	it("lists every expected participant with a signature cell per half-day; absent and excused do not sign", async () => {
		const store = copy();
		const session = store.notesOfType("codev-session").find((p) => p.includes("2026-02-10")) ?? "";
		const result = await writeAttendanceSheet(store, session, "fr", DEMO_TODAY);
		if (!result.ok) throw new Error(result.error.code);
		const text = store.files.get(result.value.path) ?? "";
		const parsed = parseNote(text, parseYamlStrict);
		expect(parsed.ok && parsed.value.data).toMatchObject({ type: TYPES.attendance, publish: false, present_count: 6, cssclasses: ["codev-attendance"] });
		expect(text).toContain("**Horaires**\u00a0: 14:00 – 16:00 (2 h)");
		expect(text).toContain("| Participant | Après-midi |");
		for (const name of DEMO_MEMBERS.filter((n) => n !== "Camille Roux")) expect(text).toContain(`| ${name} |  |`);
		expect(text).toContain("| Camille Roux | Excusé(e) |");
		expect(text).toContain("| Claire Martin |  |");
		expect(linkTarget(store.frontmatter(session)?.attendance_sheet)).toBe(result.value.path.replace(/^.*\//, "").replace(/\.md$/, ""));
	});

	it("has a morning and an afternoon column for a day-long session, and records connections for a remote one", async () => {
		const store = copy();
		const session = store.notesOfType("codev-session").find((p) => p.includes("2026-03-10")) ?? "";
		await store.updateProperties(session, (fm) => {
			fm.time = "09:30";
			fm.duration = 420;
			fm.place = "Salle Montaigne, Lyon";
			fm.absent = ["[[Nadia Petit]]"];
		});
		const day = await writeAttendanceSheet(store, session, "en", DEMO_TODAY);
		if (!day.ok) throw new Error(day.error.code);
		const text = store.files.get(day.value.path) ?? "";
		expect(text).toContain("| Participant | Morning | Afternoon |");
		expect(text).toContain("| Nadia Petit | Absent | Absent |");
		expect(text).toContain("**Place**: Salle Montaigne, Lyon");
		expect(text).toContain("09:30 – 16:30 (7 hours)");
		await store.updateProperties(session, (fm) => (fm.mode = "remote"));
		const remote = await writeAttendanceSheet(store, session, "en", DEMO_TODAY);
		if (!remote.ok) throw new Error(remote.error.code);
		expect(remote.value).toMatchObject({ path: day.value.path, created: false });
		const again = store.files.get(day.value.path) ?? "";
		expect(again).toContain("| Participant | Connection |");
		expect(again).toContain("| Hélène Côté | Connected |");
		expect(again).toContain("| Nadia Petit | Absent |");
		expect(again).toContain("**Place**: Remote");
	});
});

describe("attendance records in the demo vault", () => {
	it("has an attendance sheet for each held session and a certificate per member whose hours match the recorded presence", () => {
		const sessions = base.notesOfType("codev-session");
		const sheets = base.notesOfType(TYPES.attendance);
		expect(sheets).toHaveLength(sessions.length);
		for (const session of sessions) expect(sheets.some((sheet) => linkTarget(base.frontmatter(sheet)?.session) === session.replace(/^.*\//, "").replace(/\.md$/, "")), session).toBe(true);
		const certificates = base.notesOfType("codev-certificate").filter((p) => linkTarget(base.frontmatter(p)?.group) === DEMO_GROUP);
		expect(certificates).toHaveLength(DEMO_MEMBERS.length);
		for (const name of DEMO_MEMBERS) {
			const path = certificates.find((p) => linkTarget(base.frontmatter(p)?.person) === name) ?? "";
			expect(base.frontmatter(path)?.hours, name).toBe(expectedFromProperties(base, name).minutes / 60);
		}
	});
});
