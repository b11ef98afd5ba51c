import { describe, expect, it } from "vitest";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import type { Lang } from "../../src/codev/types";
import { parseIcsEvents } from "../../src/notes/cycle/ics";
import { MemoryStore } from "../../src/services/memoryStore";
import { startSession } from "../../src/services/startSession";
import { createActionPlan } from "../../src/services/linked";
import { parsePlanActions, splitOwner } from "../../src/notes/linked/actionPlanNote";
import {
	addTopicToBacklog,
	bringMemberBack,
	createDashboards,
	createGroup,
	exportCalendar,
	generateBilan,
	groupOverview,
	markMemberLeft,
	readGroup,
	recordEvaluation,
	refreshGroupCalendar,
	memberStats,
	suggestNextClientForGroup,
} from "../../src/services/cycle";
import { defaultSettings } from "../../src/settings/model";
import { basenameOf } from "../../src/services/noteStore";
import { strictFrontmatter } from "../tools/frontmatter";
import { newStore } from "../tools/stores";

const MEMBERS = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Paul Martin", "Inès Roy", "Luc Girard"];

// js-yaml reads plain dates as Date objects; Obsidian keeps them as strings.
const plain = (value: unknown): unknown =>
	value instanceof Date ? value.toISOString().slice(0, 10) : Array.isArray(value) ? value.map(plain) : value;

function fm(store: MemoryStore, path: string): Record<string, unknown> {
	return Object.fromEntries(Object.entries(strictFrontmatter(store, path)).map(([k, v]) => [k, plain(v)]));
}

async function setup(lang: Lang = "fr") {
	const store = newStore();
	const settings = defaultSettings(lang);
	peopleFolder = settings.peopleFolder;
	const created = await createGroup(
		store,
		{ name: "Horizon", members: MEMBERS, facilitator: "Claire", cadence: { kind: "monthly", nth: 2, weekday: "tue" }, start: "2026-01-01", time: "14:00", holidays: ["2026-04-01/2026-04-30"] },
		settings,
		lang,
	);
	if (!created.ok) throw new Error(created.error.code);
	const group = created.value.groupPath;
	const session = async (date: string, client: string, topic: string) => {
		const r = await startSession(store, { group: { name: "Horizon", path: group }, date, client: { name: client }, topic, duration: 120, opening: true, attendees: MEMBERS.filter((m) => m !== client).map((name) => ({ name })), facilitator: "Claire", method: CLASSIC_METHOD }, settings, lang);
		if (!r.ok) throw new Error(r.error.code);
		return r.value.sessionPath;
	};
	return { store, settings, group, created: created.value, session };
}

let peopleFolder = "Codev/Personnes";
const person = (name: string) => `${peopleFolder}/${name}.md`;

describe("createGroup", () => {
	it("writes the group note with the calendar, members and typed properties", async () => {
		const { store, group, created } = await setup();
		expect(group).toBe("Codev/Groupes/Horizon.md");
		expect(created.calendar).toEqual(["2026-01-13", "2026-02-10", "2026-03-10", "2026-05-12", "2026-06-09", "2026-07-14"]);
		expect(created.warnings).toEqual([]);
		expect(fm(store, group)).toMatchObject({
			type: "codev-group",
			cadence: "monthly-2-tue",
			start: "2026-01-01",
			sessions_planned: 6,
			calendar: created.calendar,
			holidays: ["2026-04-01/2026-04-30"],
			mode: "in-person",
			time: "14:00",
			topics_backlog: [],
			publish: false,
			members: MEMBERS.map((m) => `[[${m}]]`),
		});
		const text = store.files.get(group) ?? "";
		expect(text).toContain("## Charte\n- **Confidentialité**");
		expect(text).toContain("%% codev-group:calendar:start %%\n1. 13 janvier 2026\n");
		expect(fm(store, person("Inès Roy"))).toMatchObject({ type: "codev-person", groups: ["[[Horizon]]"], publish: false });
	});

	it("warns outside 5..10 members, never overwrites, reuses person notes", async () => {
		const { store, settings } = await setup();
		const again = await createGroup(store, { name: "Horizon", members: ["Hélène Côté", "Zoé"], facilitator: "", cadence: { kind: "weekly", everyWeeks: 2 }, start: "2026-01-05" }, settings, "fr");
		if (!again.ok) throw new Error(again.error.code);
		expect(again.value.groupPath).toBe("Codev/Groupes/Horizon 2.md");
		expect(again.value.warnings).toEqual([{ code: "size", count: 2 }]);
		expect(again.value.updated).toEqual([person("Hélène Côté")]);
		expect(fm(store, person("Hélène Côté")).groups).toEqual(["[[Horizon]]", "[[Horizon 2]]"]);
		expect(again.value.calendar).toEqual(["2026-01-05", "2026-01-19"]);
		const bad = await createGroup(store, { name: "X", members: [], facilitator: "", cadence: { kind: "weekly", everyWeeks: 1 }, start: "2026-01-05", holidays: ["nope"] }, settings, "fr");
		expect(bad).toMatchObject({ ok: false, error: { code: "cycle-holidays-invalid" } });
	});
});

describe("cycle over sessions", () => {
	it("backlog, rotation suggestion, evaluation, calendar links", async () => {
		const { store, group, session } = await setup();
		expect(await addTopicToBacklog(store, group, "Dire non\nsans culpabiliser", person("Marc Dubois"))).toEqual({ ok: true, value: { item: "[[Marc Dubois]]: Dire non sans culpabiliser" } });
		expect(fm(store, group).topics_backlog).toEqual(["[[Marc Dubois]]: Dire non sans culpabiliser"]);

		const s1 = await session("2026-01-13", "Hélène Côté", "Gagner en visibilité");
		expect(suggestNextClientForGroup(store, group, "2026-01-20")?.name).toBe("Marc Dubois");
		expect(suggestNextClientForGroup(store, group, "2026-01-20", [person("Marc Dubois")])?.name).toBe("Sofia Benali");

		const result = await recordEvaluation(
			store,
			s1,
			[
				{ personPath: person("Hélène Côté"), status: "present", fond: 5, forme: 4, takeaway: "Oser demander | clairement" },
				{ personPath: person("Marc Dubois"), status: "present", fond: "4", forme: 3 },
				{ personPath: person("Sofia Benali"), status: "absent" },
				{ personPath: person("Paul Martin"), status: "excused", fond: 1 },
			],
			"fr",
		);
		expect(result).toEqual({ ok: true, value: { fond: 4.5, forme: 3.5, rated: 2 } });
		const props = fm(store, s1);
		expect(props).toMatchObject({
			present: ["[[Hélène Côté]]", "[[Marc Dubois]]"],
			absent: ["[[Sofia Benali]]"],
			excused: ["[[Paul Martin]]"],
			ratings: ["[[Hélène Côté]] fond:5 forme:4", "[[Marc Dubois]] fond:4 forme:3"],
			rating_fond: 4.5,
			rating_forme: 3.5,
			learnings: ["[[Hélène Côté]]: Oser demander | clairement"],
			publish: false,
		});
		const text = store.files.get(s1) ?? "";
		const table = text.indexOf("%% codev-evaluation:table:start %%");
		expect(table).toBeGreaterThan(text.indexOf("%% codev-step: apprentissages %%"));
		expect(table).toBeLessThan(text.indexOf("%% codev-private %%"));
		expect(text).toContain("| [[Hélène Côté]] | 5 | 4 | Oser demander \\| clairement |");
		// Recording again replaces the table, never duplicates it.
		await recordEvaluation(store, s1, [{ personPath: person("Hélène Côté"), status: "present", fond: 3, forme: 3 }], "fr");
		expect((store.files.get(s1) ?? "").match(/codev-evaluation:table:start/g)).toHaveLength(1);

		const refreshed = await refreshGroupCalendar(store, group, "fr");
		expect(refreshed.ok).toBe(true);
		expect(store.files.get(group)).toContain("1. 13 janvier 2026 · [[2026-01-13 Horizon – Hélène Côté]]");

		const overview = groupOverview(store, group, "2026-02-01");
		expect(overview?.trend.points).toHaveLength(1);
		// The second recording listed only Hélène: the others are not counted, not "absent".
		expect(overview?.members.find((m) => m.person.name === "Hélène Côté")?.rate).toBe(1);
		expect(overview?.members.find((m) => m.person.name === "Sofia Benali")?.rate).toBeNull();
		expect(overview?.calendar[0]).toEqual({ number: 1, date: "2026-01-13", sessionPath: s1 });
	});

	it("bilan: created from records, regenerated without touching the facilitator's text", async () => {
		const { store, group, session } = await setup("en");
		const s1 = await session("2026-01-13", "Hélène Côté", "Saying no");
		await store.process(s1, (t) => t.replace("%% codev-private %%", "%% codev-private %%\nSECRET private remark"));
		await recordEvaluation(store, s1, [{ personPath: person("Hélène Côté"), status: "present", fond: 4, forme: 5, takeaway: "Ask earlier" }], "en");
		const first = await generateBilan(store, group, "en", "2026-01-20");
		if (!first.ok) throw new Error(first.error.code);
		expect(first.value).toMatchObject({ created: true, path: "Codev/Groups/Cycle review Horizon.md" });
		const created = store.files.get(first.value.path) ?? "";
		expect(fm(store, first.value.path)).toMatchObject({ type: "codev-bilan", group: "[[Horizon]]", publish: false });
		expect(created).toContain("Sessions held: 1 of 6 planned.");
		expect(created).toContain("Ask earlier");
		expect(created).not.toContain("SECRET");
		// An aliased link inside a table escapes its pipe, or the table would break.
		expect(created).toContain("| [[2026-01-13 Horizon – Hélène Côté\\|2026-01-13]] | [[Hélène Côté]] | Saying no |");

		// The facilitator writes around and between the sections, with odd whitespace and CRLF.
		const facilitatorText = created
			.replace("## Qualitative review\n", "## Qualitative review\nThe group found its rhythm.  \r\n\r\nKeep the 4 A round.\n")
			.replace("%% codev-bilan:ratings:start %%", "My note before the ratings.\n%% codev-bilan:ratings:start %%");
		store.files.set(first.value.path, facilitatorText);
		const s2 = await session("2026-02-10", "Marc Dubois", "Visibility");
		await recordEvaluation(store, s2, [{ personPath: person("Marc Dubois"), status: "present", fond: 5, forme: 5 }], "en");
		const second = await generateBilan(store, group, "en", "2026-02-20");
		expect(second).toMatchObject({ ok: true, value: { created: false, path: first.value.path, missingSections: [] } });
		const regenerated = store.files.get(first.value.path) ?? "";
		expect(regenerated).toContain("Sessions held: 2 of 6 planned.");
		// Outside the marked sections, every byte is the facilitator's.
		const strip = (t: string) => t.replace(/%% codev-bilan:(\w+):start %%[\s\S]*?%% codev-bilan:\1:end %%/g, "<$1>").replace(/^generated: .*$/m, "");
		expect(strip(regenerated)).toBe(strip(facilitatorText));
		expect(regenerated).toContain("The group found its rhythm.  \r\n\r\nKeep the 4 A round.");
	});

	it("dashboards are created once, never overwritten; member stats are written", async () => {
		const { store, group, session } = await setup("en");
		const first = await createDashboards(store, "Codev/Dashboards", "en");
		expect(first.created).toEqual(["Codev/Dashboards/Codev sessions.base", "Codev/Dashboards/Codev action plans.base", "Codev/Dashboards/Codev members.base"]);
		store.files.set("Codev/Dashboards/Codev sessions.base", "# edited by hand\n");
		const second = await createDashboards(store, "Codev/Dashboards", "en");
		expect(second).toEqual({ created: [], skipped: first.created });
		expect(store.files.get("Codev/Dashboards/Codev sessions.base")).toBe("# edited by hand\n");

		const s1 = await session("2026-01-13", "Hélène Côté", "t");
		await recordEvaluation(store, s1, [{ personPath: person("Hélène Côté"), status: "present" }, { personPath: person("Luc Girard"), status: "absent" }], "en");
		const people = [person("Hélène Côté"), person("Luc Girard")];
		const before = people.map((p) => store.files.get(p));
		expect(memberStats(store, people, "2026-02-01")).toMatchObject([
			{ name: "Hélène Côté", timesClient: 1, present: 1, recorded: 1, attendancePercent: 100 },
			{ name: "Luc Girard", timesClient: 0, present: 0, recorded: 1, attendancePercent: 0 },
		]);
		// Computed when shown: nothing written into a person's note.
		expect(people.map((p) => store.files.get(p))).toEqual(before);
		expect(fm(store, person("Hélène Côté"))).not.toHaveProperty("times_client");
		expect(readGroup(store, group)?.members).toHaveLength(6);
	});

	it("exports the calendar as .ics; a re-export updates the same file with the same UIDs", async () => {
		const { store, group } = await setup("fr");
		const first = await exportCalendar(store, group, "fr", new Date("2026-01-01T08:00:00Z"));
		expect(first).toEqual({ ok: true, value: { path: "Codev/Groupes/Horizon.ics", created: true, events: 6, zone: "UTC" } });
		// The zone is recorded in the group note (the system's by default).
		expect(fm(store, group).timezone).toBe("UTC");
		const uids = parseIcsEvents(store.files.get("Codev/Groupes/Horizon.ics") ?? "").map((e) => e.UID);
		const again = await exportCalendar(store, group, "fr", new Date("2026-02-01T08:00:00Z"));
		expect(again).toMatchObject({ ok: true, value: { path: "Codev/Groupes/Horizon.ics", created: false } });
		const events = parseIcsEvents(store.files.get("Codev/Groupes/Horizon.ics") ?? "");
		expect(events.map((e) => e.UID)).toEqual(uids);
		expect(events[0]).toMatchObject({ SUMMARY: "Codev – Horizon – séance 1/6", DTSTART: "20260113T140000Z", SEQUENCE: "0" });
		// Someone else's file at that path is never replaced.
		store.files.set("Codev/Groupes/Other.ics", "BEGIN:VCALENDAR\r\nPRODID:someone\r\nEND:VCALENDAR\r\n");
		store.files.delete("Codev/Groupes/Horizon.ics");
		store.files.set("Codev/Groupes/Horizon.ics", "not ours");
		const third = await exportCalendar(store, group, "fr", new Date());
		expect(third).toMatchObject({ ok: true, value: { path: "Codev/Groupes/Horizon 2.ics", created: true } });
		expect(store.files.get("Codev/Groupes/Horizon.ics")).toBe("not ours");
	});
});

describe("calendar moved by hand", () => {
	it("« update the group calendar » keeps a date the facilitator moved by hand and links the session held on it", async () => {
		const { store, group, session } = await setup();
		await store.updateProperties(group, (props) => {
			props.calendar = ["2026-01-13", "2026-02-10", "2026-03-17", "2026-05-12", "2026-06-09", "2026-07-14"];
		});
		const held = await session("2026-03-17", "Hélène Côté", "Salle changée");
		const first = await refreshGroupCalendar(store, group, "fr");
		expect(first.ok && first.value.calendar).toEqual(["2026-01-13", "2026-02-10", "2026-03-17", "2026-05-12", "2026-06-09", "2026-07-14"]);
		expect(fm(store, group).calendar_moves).toEqual(["2026-03-10 → 2026-03-17"]);
		expect(store.files.get(group)).toContain(`3. 17 mars 2026 · [[${basenameOf(held)}]]`);
		// A second refresh does not put the planned date back either.
		await refreshGroupCalendar(store, group, "fr");
		expect(fm(store, group).calendar).toContain("2026-03-17");
		expect(fm(store, group).calendar).not.toContain("2026-03-10");
	});

	it("a rule changed by hand (start) still recomputes the dates the facilitator did not move", async () => {
		const { store, group } = await setup();
		await store.updateProperties(group, (props) => (props.start = "2026-02-01"));
		const refreshed = await refreshGroupCalendar(store, group, "fr");
		expect(refreshed.ok && refreshed.value.calendar).toEqual(["2026-02-10", "2026-03-10", "2026-05-12", "2026-06-09", "2026-07-14", "2026-08-11"]);
		expect(fm(store, group).calendar_moves).toBeUndefined();
	});
});

describe("members leaving mid-cycle", () => {
	it("moves the link to former_members; the rotation skips them, their history stays", async () => {
		const { store, group, session } = await setup();
		const s1 = await session("2026-01-13", "Marc Dubois", "Dire non");
		await recordEvaluation(store, s1, [{ personPath: person("Marc Dubois"), status: "present", fond: 4, forme: 5, takeaway: "Respirer" }, { personPath: person("Hélène Côté"), status: "present" }], "fr");
		const before = store.files.get(group) ?? "";
		expect(suggestNextClientForGroup(store, group, "2026-01-20")?.name).toBe("Hélène Côté");

		const left = await markMemberLeft(store, group, person("Hélène Côté"));
		expect(left).toEqual({ ok: true, value: { moved: ["[[Hélène Côté]]"], members: 5, formerMembers: 1 } });
		expect(fm(store, group)).toMatchObject({ members: MEMBERS.filter((m) => m !== "Hélène Côté").map((m) => `[[${m}]]`), former_members: ["[[Hélène Côté]]"] });
		// Only the two properties changed: the body and every other property are as they were.
		const strip = (text: string) => text.replace(/^members:\n(?: {2}- .*\n)*/m, "").replace(/^former_members:\n(?: {2}- .*\n)*/m, "");
		expect(strip(store.files.get(group) ?? "")).toBe(strip(before));

		expect(suggestNextClientForGroup(store, group, "2026-01-20")?.name).toBe("Sofia Benali");
		const overview = groupOverview(store, group, "2026-01-20");
		expect(overview?.suggestion?.name).toBe("Sofia Benali");
		expect(overview?.rotation.neverClient.map((p) => p.name)).not.toContain("Hélène Côté");
		expect(overview?.group.formerMembers.map((p) => p.name)).toEqual(["Hélène Côté"]);
		// Attendance and the session itself still count her.
		expect(overview?.members.find((m) => m.person.name === "Hélène Côté")).toMatchObject({ rate: 1 });
		expect(fm(store, s1).present).toContain("[[Hélène Côté]]");
		expect(fm(store, person("Hélène Côté")).groups).toEqual(["[[Horizon]]"]);

		// Leaving twice, or someone who is not a member: refused, nothing written.
		expect(await markMemberLeft(store, group, person("Hélène Côté"))).toMatchObject({ ok: false, error: { code: "cycle-not-member", vars: { name: "Hélène Côté" } } });
		expect(await markMemberLeft(store, group, "Codev/Personnes/Inconnu.md")).toMatchObject({ ok: false, error: { code: "cycle-not-member" } });
		expect(await markMemberLeft(store, "Codev/Groupes/Nope.md", person("Marc Dubois"))).toMatchObject({ ok: false, error: { code: "cycle-not-found" } });
		expect(await bringMemberBack(store, group, person("Marc Dubois"))).toMatchObject({ ok: false, error: { code: "cycle-not-former-member" } });

		// A member who left after being client keeps their turns in the rotation and the bilan.
		await markMemberLeft(store, group, person("Marc Dubois"));
		const later = groupOverview(store, group, "2026-01-20");
		expect(later?.rotation.entries.find((e) => e.person.name === "Marc Dubois")?.timesClient).toBe(1);
		expect(later?.members.map((m) => m.person.name)).toContain("Marc Dubois");
		const bilan = await generateBilan(store, group, "fr", "2026-01-20");
		if (!bilan.ok) throw new Error(bilan.error.code);
		expect(store.files.get(bilan.value.path)).toMatch(/\| \[\[Marc Dubois\]\] \| 1 \| 100\s%/u);

		// Coming back: at the end of the member list, out of former_members, in the rotation again.
		expect(await bringMemberBack(store, group, person("Hélène Côté"))).toEqual({ ok: true, value: { moved: ["[[Hélène Côté]]"], members: 5, formerMembers: 1 } });
		expect(fm(store, group)).toMatchObject({ former_members: ["[[Marc Dubois]]"] });
		expect((fm(store, group).members as string[]).at(-1)).toBe("[[Hélène Côté]]");
		expect(groupOverview(store, group, "2026-01-20")?.rotation.neverClient.map((p) => p.name)).toContain("Hélène Côté");
		const othersAbsent = ["Sofia Benali", "Paul Martin", "Inès Roy", "Luc Girard"].map(person);
		expect(suggestNextClientForGroup(store, group, "2026-01-20", othersAbsent)?.name).toBe("Hélène Côté");
	});

	it("handles a member whose link does not resolve, and an aliased link", async () => {
		const { store, group } = await setup("en");
		await store.updateProperties(group, (props) => {
			props.members = [...(props.members as string[]), "[[Ghost]]", "[[Codev/People/Inès Roy|Inès]]"];
		});
		const ghost = readGroup(store, group)?.members.find((m) => m.name === "Ghost");
		expect(ghost?.id).toBe("?ghost");
		expect(await markMemberLeft(store, group, ghost?.id ?? "")).toMatchObject({ ok: true, value: { moved: ["[[Ghost]]"] } });
		// Both links to Inès move; the first one as written is kept.
		expect(await markMemberLeft(store, group, "Codev/People/Inès Roy.md")).toMatchObject({ ok: true, value: { moved: ["[[Inès Roy]]", "[[Codev/People/Inès Roy|Inès]]"], formerMembers: 2 } });
		expect(fm(store, group).former_members).toEqual(["[[Ghost]]", "[[Inès Roy]]"]);
		expect(readGroup(store, group)?.members.map((m) => m.name)).toEqual(["Hélène Côté", "Marc Dubois", "Sofia Benali", "Paul Martin", "Luc Girard"]);
	});
});

describe("bilan: sessions held", () => {
	it("counts the sessions held without « sur 0 prévues » when the group plans none", async () => {
		const { store, group, session } = await setup("fr");
		await store.updateProperties(group, (fm) => {
			delete fm.sessions_planned;
			fm.calendar = [];
		});
		await session("2026-01-13", "Hélène Côté", "Gagner en visibilité");
		const bilan = await generateBilan(store, group, "fr", "2026-01-20");
		if (!bilan.ok) throw new Error(bilan.error.code);
		const text = store.files.get(bilan.value.path) ?? "";
		expect(text).toContain("Séances tenues : 1.");
		expect(text).not.toMatch(/sur 0/);
	});
});

describe("bilan: action plans table", () => {
	it("shows each action without its owner, due date or status stamp (they have their own columns)", async () => {
		const { store, group, session } = await setup("fr");
		const s1 = await session("2026-01-13", "Hélène Côté", "Gagner en visibilité");
		const plan = await createActionPlan(
			store,
			s1,
			{ actions: [{ text: "Proposer un entretien à sa directrice" }, { text: "Écrire — enfin — le bilan 2025", owner: "Marc Dubois", due: "2026-01-31" }] },
			"fr",
		);
		if (!plan.ok) throw new Error(plan.error.code);
		// The first action was tried (Tasks stamps ✅ and the date), with a priority sign added by hand.
		await store.process(plan.value.path, (text) => text.replace("- [ ] Proposer un entretien à sa directrice — [[Hélène Côté]]", "- [x] Proposer un entretien à sa directrice ⏫ — [[Hélène Côté]]").replace(/(📅 2026-02-09)/, "$1 ✅ 2026-02-05"));
		const bilan = await generateBilan(store, group, "fr", "2026-01-20");
		if (!bilan.ok) throw new Error(bilan.error.code);
		const text = store.files.get(bilan.value.path) ?? "";
		const section = text.slice(text.indexOf("%% codev-bilan:actions:start %%"), text.indexOf("%% codev-bilan:actions:end %%"));
		const rows = section.split("\n").filter((line) => line.startsWith("| [["));
		expect(rows).toEqual([
			"| [[2026-01-13 Horizon – Hélène Côté – Plan d'action]] – Écrire — enfin — le bilan 2025 | [[Hélène Côté]] | 2026-01-31 | pas encore abordé |",
			"| [[2026-01-13 Horizon – Hélène Côté – Plan d'action]] – Proposer un entretien à sa directrice | [[Hélène Côté]] | 2026-02-09 | fait |",
		]);
		for (const decoration of ["— [[Hélène Côté]]", "— [[Marc Dubois]]", "📅", "✅", "⏫"]) expect(section).not.toContain(decoration);
	});

	it("parsePlanActions keeps `description` for the retour and adds the bare `text` and `owner`", () => {
		const note = ["%% codev-actions %%", "- [x] Call the manager — [[Alice|A.]] 📅 2026-02-09 ✅ 2026-02-10", "- [ ] Read — [Bruno](People/Bruno.md) 🔼", "- [/] Say no — Inès Roy", "- [-] A plan — with a dash, mid-sentence.", "- [ ] No owner at all"].join("\n");
		const { actions } = parsePlanActions(note);
		expect(actions.map((a) => [a.description, a.text, a.owner])).toEqual([
			["Call the manager — [[Alice|A.]]", "Call the manager", "[[Alice|A.]]"],
			["Read — [Bruno](People/Bruno.md) 🔼", "Read", "[Bruno](People/Bruno.md)"],
			["Say no — Inès Roy", "Say no", "Inès Roy"],
			["A plan — with a dash, mid-sentence.", "A plan — with a dash, mid-sentence.", null],
			["No owner at all", "No owner at all", null],
		]);
		expect(splitOwner("— [[Alice]]")).toEqual({ text: "— [[Alice]]", owner: null });
	});
});
