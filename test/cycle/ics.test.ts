import { describe, expect, it } from "vitest";
import { escapeIcsText, foldIcsLine, parseIcsEvents, renderIcs, unescapeIcsText, type IcsCalendar } from "../../src/notes/cycle/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

function calendar(overrides: Partial<IcsCalendar> = {}): IcsCalendar {
	return {
		groupUid: "a1b2c3d4",
		name: "Codev – Horizon",
		time: "14:00",
		zone: "Europe/Paris",
		durationMinutes: 120,
		now: new Date("2026-01-05T10:00:00Z"),
		events: [
			{ number: 1, date: "2026-01-13", summary: "Codev – Horizon – séance 1/2" },
			{ number: 2, date: "2026-03-29", summary: "Codev – Horizon – séance 2/2" },
		],
		...overrides,
	};
}

describe("ics export", () => {
	it("escapes backslash, semicolon, comma and newlines, and reads them back", () => {
		const raw = "a\\b;c,d\ne\r\nf";
		expect(escapeIcsText(raw)).toBe("a\\\\b\\;c\\,d\\ne\\nf");
		expect(unescapeIcsText(escapeIcsText(raw))).toBe("a\\b;c,d\ne\nf");
	});

	it("folds lines at 75 octets without splitting UTF-8 characters", () => {
		const line = `SUMMARY:${"é".repeat(60)}${"x".repeat(50)}😀${"ü".repeat(40)}`;
		const folded = foldIcsLine(line);
		for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
		expect(folded.split("\r\n").slice(1).every((part) => part.startsWith(" "))).toBe(true);
		expect(folded.replace(/\r\n /g, "")).toBe(line);
	});

	it("renders a valid calendar with CRLF, the group's times in UTC and stable UIDs", () => {
		const text = renderIcs(calendar());
		expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
		expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toMatch(/\n|\r/);
		for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
		const events = parseIcsEvents(text);
		expect(events).toHaveLength(2);
		expect(events[0]).toMatchObject({ UID: "codev-a1b2c3d4-1@codev-facilitator", DTSTART: "20260113T130000Z", DTEND: "20260113T150000Z", DTSTAMP: "20260105T100000Z", SEQUENCE: "0", STATUS: "CONFIRMED" });
		// 14:00 in Paris on the day summer time starts (29 March 2026) is 12:00 UTC.
		expect(events[1]).toMatchObject({ DTSTART: "20260329T120000Z", DTEND: "20260329T140000Z" });
		expect(text).toContain("X-WR-TIMEZONE:Europe/Paris");
		expect(events[0]?.SUMMARY).toBe("Codev – Horizon – séance 1/2");
	});

	it("keeps UIDs across re-exports, also when a date moves", () => {
		const first = parseIcsEvents(renderIcs(calendar())).map((e) => e.UID);
		const moved = calendar({ now: new Date("2026-02-01T00:00:00Z"), events: [{ number: 1, date: "2026-01-20", summary: "x" }, { number: 2, date: "2026-03-29", summary: "y" }] });
		expect(parseIcsEvents(renderIcs(moved)).map((e) => e.UID)).toEqual(first);
		expect(new Set(first).size).toBe(2);
	});

	it("all-day events when no time; hostile names are escaped, not interpreted", () => {
		const text = renderIcs(calendar({ time: "", name: "A;B,C\nEND:VCALENDAR", events: [{ number: 1, date: "2026-12-31", summary: "x\nEND:VEVENT\nBEGIN:VEVENT", description: "d" }] }));
		const events = parseIcsEvents(text);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ DTSTART: "20261231", DTEND: "20270101", SUMMARY: "x\nEND:VEVENT\nBEGIN:VEVENT" });
		expect(text).toContain("X-WR-CALNAME:A\\;B\\,C\\nEND:VCALENDAR");
		expect(text.match(/^END:VCALENDAR/gm)).toHaveLength(1);
	});
});
