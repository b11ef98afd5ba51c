/**
 * The group calendar as iCalendar text (RFC 5545): CRLF line ends, TEXT values escaped
 * (backslash, semicolon, comma, newline), lines folded at 75 octets without splitting a
 * UTF-8 sequence. UIDs depend only on the group's uid and the session number, so importing a
 * re-export updates the events instead of duplicating them (a moved date keeps its UID).
 * Times are "floating" (local time, no TZID): the event happens at 14:00 wherever the
 * facilitator's calendar is, which is what a group meeting in one place means; a group with
 * no time gets all-day events. For confidentiality, events carry no client names or topics.
 */

export interface IcsEvent {
	/** 1-based session number: part of the UID. */
	number: number;
	/** yyyy-MM-dd */
	date: string;
	summary: string;
	description?: string;
	location?: string;
}

export interface IcsCalendar {
	/** Stable identifier of the group (its `uid` property). */
	groupUid: string;
	name: string;
	/** "HH:mm" local start time, or "" for all-day events. */
	time: string;
	durationMinutes: number;
	/** DTSTAMP: the export instant (UTC). */
	now: Date;
	events: IcsEvent[];
}

const PRODID = "-//Codev facilitator//Obsidian plugin//FR";

export function escapeIcsText(value: string): string {
	return value
		.replace(/\\/g, "\\\\")
		.replace(/;/g, "\\;")
		.replace(/,/g, "\\,")
		.replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space. */
export function foldIcsLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = "";
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; continuations hold 74 after their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = "";
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join("\r\n ");
}

/** Undoes folding and splits into content lines (for tests and re-reading an export). */
export function unfoldIcs(text: string): string[] {
	return text.replace(/\r\n[ \t]/g, "").split("\r\n").filter((line) => line !== "");
}

export function unescapeIcsText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

const compactDate = (iso: string) => iso.replace(/-/g, "");

function utcStamp(date: Date): string {
	return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Adds minutes to a floating local date-time, by plain calendar arithmetic (no time zone). */
function floatingDateTime(iso: string, time: string, plusMinutes: number): string {
	const [y, m, d] = iso.split("-").map(Number);
	const [hh, mm] = time.split(":").map(Number);
	const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, (mm ?? 0) + plusMinutes));
	return at.toISOString().slice(0, 19).replace(/[-:]/g, "");
}

function nextDay(iso: string): string {
	const [y, m, d] = iso.split("-").map(Number);
	return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10).replace(/-/g, "");
}

export function icsUid(groupUid: string, number: number): string {
	const safe = groupUid.replace(/[^A-Za-z0-9-]/g, "").toLowerCase() || "group";
	return `codev-${safe}-${number}@codev-facilitator`;
}

export function renderIcs(calendar: IcsCalendar): string {
	const timed = /^([01]\d|2[0-3]):[0-5]\d$/.test(calendar.time);
	const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeIcsText(calendar.name)}`];
	for (const event of calendar.events) {
		lines.push("BEGIN:VEVENT", `UID:${icsUid(calendar.groupUid, event.number)}`, `DTSTAMP:${utcStamp(calendar.now)}`);
		if (timed) {
			lines.push(`DTSTART:${floatingDateTime(event.date, calendar.time, 0)}`, `DTEND:${floatingDateTime(event.date, calendar.time, Math.max(1, calendar.durationMinutes))}`);
		} else {
			lines.push(`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${nextDay(event.date)}`);
		}
		lines.push(`SUMMARY:${escapeIcsText(event.summary)}`);
		if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
		if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
		lines.push("CLASS:PRIVATE", "TRANSP:OPAQUE", "END:VEVENT");
	}
	lines.push("END:VCALENDAR");
	return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}

/** Parses VEVENTs back into property maps (unfolded, unescaped): enough to check an export. */
export function parseIcsEvents(text: string): Array<Record<string, string>> {
	const events: Array<Record<string, string>> = [];
	let current: Record<string, string> | null = null;
	for (const line of unfoldIcs(text)) {
		if (line === "BEGIN:VEVENT") current = {};
		else if (line === "END:VEVENT") {
			if (current) events.push(current);
			current = null;
		} else if (current) {
			const colon = line.indexOf(":");
			const key = line.slice(0, colon).split(";")[0] ?? "";
			current[key] = unescapeIcsText(line.slice(colon + 1));
		}
	}
	return events;
}
