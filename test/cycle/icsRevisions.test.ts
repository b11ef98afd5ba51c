import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/codev/types";
import { parseIcsEvents } from "../../src/notes/cycle/ics";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { createGroup, exportCalendar } from "../../src/services/cycle";
import { MemoryStore } from "../../src/services/memoryStore";
import { defaultSettings } from "../../src/settings/model";

const MEMBERS = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Paul Martin", "Inès Roy"];

async function group(store: MemoryStore, name: string, lang: Lang = "fr", patch: { mode?: "remote" | "in-person"; time?: string } = {}): Promise<string> {
	const created = await createGroup(
		store,
		{ name, members: MEMBERS, facilitator: "Claire", cadence: { kind: "monthly", nth: 2, weekday: "tue" }, start: "2026-01-01", time: patch.time ?? "14:00", holidays: [], mode: patch.mode },
		defaultSettings(lang),
		lang,
	);
	if (!created.ok) throw new Error(created.error.code);
	return created.value.groupPath;
}

async function exported(store: MemoryStore, groupPath: string, now: string): Promise<string> {
	const result = await exportCalendar(store, groupPath, "fr", new Date(now));
	if (!result.ok) throw new Error(result.error.code);
	return store.files.get(result.value.path) ?? "";
}

/** Every event as ical.js reads it: a real RFC 5545 parser, not ours. */
function readWithIcalJs(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	return calendar.getAllSubcomponents("vevent").map((vevent) => {
		const event = new ICAL.Event(vevent);
		return {
			uid: event.uid,
			sequence: event.sequence,
			status: String(vevent.getFirstPropertyValue("status")),
			start: event.startDate.toJSDate().toISOString(),
			zone: event.startDate.zone?.tzid ?? "",
		};
	});
}

async function setTimezoneAndCalendar(store: MemoryStore, groupPath: string, change: (front: Record<string, unknown>) => void): Promise<void> {
	await store.updateProperties(groupPath, change);
}

describe(".ics revisions: SEQUENCE, cancelled sessions, the group's time zone", () => {
	it("a session moved gets SEQUENCE 1, the others keep 0, and ical.js reads every event in UTC at the right instant", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const path = await group(store, "Horizon", "fr", { mode: "remote" });
		await setTimezoneAndCalendar(store, path, (front) => {
			front.timezone = "Europe/Paris";
		});
		const first = readWithIcalJs(await exported(store, path, "2026-01-01T08:00:00Z"));
		expect(first).toHaveLength(5);
		for (const event of first) expect(event).toMatchObject({ sequence: 0, status: "CONFIRMED", zone: "UTC" });
		// 14:00 in Paris, winter (UTC+1) then summer (UTC+2).
		expect(first[0]?.start).toBe("2026-01-13T13:00:00.000Z");
		expect(first[4]?.start).toBe("2026-05-12T12:00:00.000Z");

		// The facilitator moves the third session by a week.
		await setTimezoneAndCalendar(store, path, (front) => {
			const calendar = [...(front.calendar as unknown[])].map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)));
			calendar[2] = "2026-03-17";
			front.calendar = calendar;
		});
		const second = readWithIcalJs(await exported(store, path, "2026-02-01T08:00:00Z"));
		expect(second.map((e) => e.sequence)).toEqual([0, 0, 1, 0, 0]);
		expect(second[2]?.start).toBe("2026-03-17T13:00:00.000Z");
		expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));

		// Exported again with nothing changed: every SEQUENCE stays.
		expect(readWithIcalJs(await exported(store, path, "2026-02-02T08:00:00Z")).map((e) => e.sequence)).toEqual([0, 0, 1, 0, 0]);
	});

	it("a session removed from the plan is sent as cancelled, with a higher SEQUENCE, and stays cancelled", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const path = await group(store, "Horizon");
		await exported(store, path, "2026-01-01T08:00:00Z");
		await setTimezoneAndCalendar(store, path, (front) => {
			front.calendar = (front.calendar as unknown[]).slice(0, 4);
		});
		const events = readWithIcalJs(await exported(store, path, "2026-02-01T08:00:00Z"));
		expect(events).toHaveLength(5);
		expect(events.slice(0, 4).every((e) => e.status === "CONFIRMED" && e.sequence === 0)).toBe(true);
		expect(events[4]).toMatchObject({ status: "CANCELLED", sequence: 1 });
		expect(events[4]?.uid).toContain("-5@codev-facilitator");
		const again = readWithIcalJs(await exported(store, path, "2026-02-02T08:00:00Z"));
		expect(again[4]).toMatchObject({ status: "CANCELLED", sequence: 1 });
	});

	it("records the system's zone in the group note when it has none, and refuses an unknown one by name", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const path = await group(store, "Horizon");
		const result = await exportCalendar(store, path, "fr", new Date("2026-01-01T08:00:00Z"));
		expect(result).toMatchObject({ ok: true, value: { zone: Intl.DateTimeFormat().resolvedOptions().timeZone } });
		expect(store.files.get(path)).toContain(`timezone: ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
		await setTimezoneAndCalendar(store, path, (front) => {
			front.timezone = "Mars/Olympus";
		});
		expect(await exportCalendar(store, path, "fr", new Date())).toEqual({ ok: false, error: { code: "ics-timezone", vars: { zone: "Mars/Olympus" } } });
	});

	it("all-day events (no time) are read by ical.js as dates", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const path = await group(store, "Horizon", "fr", { time: "" });
		const text = await exported(store, path, "2026-01-01T08:00:00Z");
		const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
		const start = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined).startDate;
		expect(start.isDate).toBe(true);
		expect(start.toString()).toBe("2026-01-13");
	});
});

describe(".ics export never overwrites another group's file", () => {
	it("« Cap » does not overwrite « Cap 2 »'s export when Cap.ics is someone else's file", async () => {
		const store = new MemoryStore(parseYamlStrict);
		const cap = await group(store, "Cap");
		const cap2 = await group(store, "Cap 2");
		const cap2Export = await exported(store, cap2, "2026-01-01T08:00:00Z");
		expect(store.files.get("Codev/Groupes/Cap 2.ics")).toBe(cap2Export);
		store.files.set("Codev/Groupes/Cap.ics", "BEGIN:VCALENDAR\r\nPRODID:-//Another app//EN\r\nEND:VCALENDAR\r\n");

		const result = await exportCalendar(store, cap, "fr", new Date("2026-01-02T08:00:00Z"));
		expect(result).toMatchObject({ ok: true, value: { path: "Codev/Groupes/Cap 3.ics", created: true } });
		expect(store.files.get("Codev/Groupes/Cap 2.ics")).toBe(cap2Export);
		expect(store.files.get("Codev/Groupes/Cap.ics")).toContain("Another app");
		expect(parseIcsEvents(store.files.get("Codev/Groupes/Cap 3.ics") ?? "")[0]?.SUMMARY).toContain("Cap –");

		// Cap's next export updates its own file, still leaving Cap 2's alone.
		const again = await exportCalendar(store, cap, "fr", new Date("2026-01-03T08:00:00Z"));
		expect(again).toMatchObject({ ok: true, value: { path: "Codev/Groupes/Cap 3.ics", created: false } });
		expect(store.files.get("Codev/Groupes/Cap 2.ics")).toBe(cap2Export);
	});
});
