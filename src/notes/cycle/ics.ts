/**
 * The group calendar as iCalendar text (RFC 5545): CRLF line ends, TEXT values escaped
 * (backslash, semicolon, comma, newline), lines folded at 75 octets without splitting a
 * UTF-8 sequence. UIDs depend only on the group's uid and the session number, so importing a
 * re-export updates the events instead of duplicating them (a moved date keeps its UID).
 * Times are the group's wall-clock time in its time zone (an IANA name recorded in the group
 * note), written in UTC so that every calendar, in any zone, shows the right moment (a remote
 * group spans zones); a group with no time gets all-day events. SEQUENCE grows each time an
 * event's date or time changes (RFC 5546), and a session removed from the plan is sent as
 * STATUS:CANCELLED. For confidentiality, events carry no client names or topics.
 */
import { utcDay } from "../../codev/dates";

export interface IcsEvent {
	/** 1-based session number: part of the UID. */
	number: number;
	/** yyyy-MM-dd */
	date: string;
	summary: string;
	description?: string;
	location?: string;
	/** Revision: 0 at first, one more each time the date or time changes. */
	sequence?: number;
	/** A session no longer in the plan: its last start and end lines, sent again as cancelled. */
	cancelled?: { start: string; end: string };
}

export interface IcsCalendar {
	/** Stable identifier of the group (its `uid` property). */
	groupUid: string;
	name: string;
	/** "HH:mm" local start time, or "" for all-day events. */
	time: string;
	/** IANA time zone of `time` ("Europe/Paris"); an unknown zone is read as UTC. */
	zone: string;
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

/** Whether the runtime knows this IANA zone. */
export function isKnownZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat("en-US", { timeZone: zone });
		return zone.trim() !== "";
	} catch {
		return false;
	}
}

/** Offset of `zone` from UTC at the instant `ms`, in minutes (Paris in winter: 60). */
function zoneOffsetMinutes(ms: number, zone: string): number {
	const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(ms));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	return (Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second")) - Math.floor(ms / 1000) * 1000) / 60_000;
}

/** A wall-clock date and time in `zone` → the UTC instant, as iCalendar UTC text (…T130000Z). */
export function zonedToUtc(iso: string, time: string, plusMinutes: number, zone: string): string {
	const [y, m, d] = iso.split("-").map(Number);
	const [hh, mm] = time.split(":").map(Number);
	const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, (mm ?? 0) + plusMinutes);
	const known = isKnownZone(zone);
	// Twice: the offset at the guessed instant may differ from the one at the true instant (DST).
	let at = wall - (known ? zoneOffsetMinutes(wall, zone) : 0) * 60_000;
	if (known) at = wall - zoneOffsetMinutes(at, zone) * 60_000;
	return utcStamp(new Date(at));
}

function nextDay(iso: string): string {
	const [y, m, d] = iso.split("-").map(Number);
	return utcDay(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1))).replace(/-/g, "");
}

export function icsUid(groupUid: string, number: number): string {
	const safe = groupUid.replace(/[^A-Za-z0-9-]/g, "").toLowerCase() || "group";
	return `codev-${safe}-${number}@codev-facilitator`;
}

export function renderIcs(calendar: IcsCalendar): string {
	const timed = /^([01]\d|2[0-3]):[0-5]\d$/.test(calendar.time);
	const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeIcsText(calendar.name)}`];
	if (isKnownZone(calendar.zone)) lines.push(`X-WR-TIMEZONE:${calendar.zone}`);
	for (const event of calendar.events) {
		lines.push("BEGIN:VEVENT", `UID:${icsUid(calendar.groupUid, event.number)}`, `DTSTAMP:${utcStamp(calendar.now)}`, `SEQUENCE:${event.sequence ?? 0}`);
		if (event.cancelled) {
			lines.push(event.cancelled.start, event.cancelled.end, "STATUS:CANCELLED");
		} else if (timed) {
			lines.push(`DTSTART:${zonedToUtc(event.date, calendar.time, 0, calendar.zone)}`, `DTEND:${zonedToUtc(event.date, calendar.time, Math.max(1, calendar.durationMinutes), calendar.zone)}`, "STATUS:CONFIRMED");
		} else {
			lines.push(`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${nextDay(event.date)}`, "STATUS:CONFIRMED");
		}
		lines.push(`SUMMARY:${escapeIcsText(event.summary)}`);
		if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
		if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
		lines.push("CLASS:PRIVATE", "TRANSP:OPAQUE", "END:VEVENT");
	}
	lines.push("END:VCALENDAR");
	return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}

/** Each VEVENT's UID → its start and end content lines (parameters kept), SEQUENCE and STATUS. */
export function readIcsRevisions(text: string): Map<string, { start: string; end: string; sequence: number; status: string }> {
	const revisions = new Map<string, { start: string; end: string; sequence: number; status: string }>();
	let lines: string[] | null = null;
	for (const line of unfoldIcs(text)) {
		if (line === "BEGIN:VEVENT") lines = [];
		else if (line === "END:VEVENT" && lines) {
			const value = (name: string) => lines?.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)) ?? "";
			const uid = value("UID").slice(4);
			const sequence = Number(value("SEQUENCE").slice(9));
			if (uid) revisions.set(uid, { start: value("DTSTART"), end: value("DTEND"), sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0, status: value("STATUS").slice(7) });
			lines = null;
		} else lines?.push(line);
	}
	return revisions;
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
