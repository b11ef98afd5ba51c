/**
 * The group note (`type: codev-group`): its property keys, the typed record every feature reads,
 * and the writers of the properties the plugin owns. Keys are the same in every language:
 *   type, codev_schema, uid (stable id for .ics UIDs), members (links), former_members (links:
 *   left mid-cycle, history kept), facilitator, cadence (codev/cycle/calendar.ts), start
 *   (yyyy-MM-dd), sessions_planned, calendar (yyyy-MM-dd list), calendar_moves (dates moved by
 *   hand, "planned → held"), holidays (yyyy-MM-dd or yyyy-MM-dd/yyyy-MM-dd), duration (minutes),
 *   time (HH:mm, optional), mode (in-person | remote), method, topics_backlog, topics_taken,
 *   title and place (optional, for attendance sheets), publish: false.
 * A group made by Start session has only type, codev_schema, members, facilitator and publish:
 * every other property is read as missing. Pure.
 */
import type { Properties } from "../properties";
import { linkTarget } from "../links";
import { nameKey } from "../names";
import { GROUP_TYPE, SCHEMA_VERSION } from "./kinds";
import type { NoteRef, ResolveLink } from "./session";
import { appendLinkProperty, asList, asText } from "./values";

/** Every property of a group note but the common ones (kinds.ts). */
export const GROUP_KEYS = {
	uid: "uid",
	members: "members",
	formerMembers: "former_members",
	facilitator: "facilitator",
	cadence: "cadence",
	start: "start",
	sessionsPlanned: "sessions_planned",
	calendar: "calendar",
	calendarMoves: "calendar_moves",
	holidays: "holidays",
	timezone: "timezone",
	duration: "duration",
	time: "time",
	mode: "mode",
	method: "method",
	backlog: "topics_backlog",
	taken: "topics_taken",
	title: "title",
	place: "place",
} as const;

/** The group's properties that name people. */
export const GROUP_PEOPLE_KEYS: readonly string[] = [GROUP_KEYS.members, GROUP_KEYS.formerMembers];

/** Minutes of a session when the group does not say. */
const DEFAULT_DURATION = 120;

export interface GroupNote {
	/** As written ("" when missing: see `groupUid`). */
	uid: string;
	members: NoteRef[];
	formerMembers: NoteRef[];
	facilitator: string;
	cadence: string;
	start: string;
	/** `sessions_planned`, else the number of calendar dates. */
	planned: number;
	/** The yyyy-MM-dd dates of `calendar` (other items left out). */
	calendar: string[];
	/** `calendar_moves` items as written. */
	calendarMoves: unknown[];
	holidays: unknown[];
	duration: number;
	time: string;
	mode: string;
	method: string;
	/** The backlog items as texts (empty ones left out). */
	backlog: string[];
	/** The backlog items exactly as written (step 0 takes one by its text). */
	backlogItems: unknown[];
	title: string;
	place: string;
	/** The IANA zone its calendar is exported in ("" until the first export records one). */
	timezone: string;
}

/** The people of a list of links, each once (by the note it resolves to, else by its text). */
function memberRefs(value: unknown, resolve: ResolveLink): NoteRef[] {
	const out: NoteRef[] = [];
	const seen = new Set<string>();
	for (const item of asList(value)) {
		const text = linkTarget(item);
		if (text === "") continue;
		const path = resolve(text);
		const key = path ?? `?${nameKey(text)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ path, text });
	}
	return out;
}

export function readGroupNote(fm: Record<string, unknown>, resolve: ResolveLink): GroupNote {
	const calendar = asList(fm.calendar).map(asText).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
	return {
		uid: asText(fm.uid),
		members: memberRefs(fm.members, resolve),
		formerMembers: memberRefs(fm.former_members, resolve),
		facilitator: asText(fm.facilitator),
		cadence: asText(fm.cadence),
		start: asText(fm.start),
		planned: typeof fm.sessions_planned === "number" ? fm.sessions_planned : calendar.length,
		calendar,
		calendarMoves: asList(fm.calendar_moves),
		holidays: asList(fm.holidays),
		duration: typeof fm.duration === "number" ? fm.duration : DEFAULT_DURATION,
		time: asText(fm.time),
		mode: asText(fm.mode),
		method: asText(fm.method),
		backlog: asList(fm.topics_backlog).map(asText).filter((s) => s !== ""),
		backlogItems: asList(fm.topics_backlog),
		title: asText(fm.title),
		place: asText(fm.place),
		timezone: asText(fm.timezone),
	};
}

/** A stable id from the name and start date (FNV-1a): kept in `uid`, so a renamed group keeps its .ics UIDs. */
export function groupUid(name: string, start: string): string {
	let hash = 0x811c9dc5;
	for (const char of `${nameKey(name)}|${start}`) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, "0");
}

/** What Create group plans for the cycle; a group made by Start session has none of it. */
export interface GroupCycle {
	uid: string;
	cadence: string;
	start: string;
	planned: number;
	calendar: string[];
	holidays: string[];
	duration: number;
	time: string;
	mode: string;
	method: string;
}

/** The properties of a new group note (members are added once their notes exist: `addMemberLink`). */
export function groupProperties(facilitator: string, cycle?: GroupCycle): Properties {
	const head: Properties = { type: GROUP_TYPE, codev_schema: SCHEMA_VERSION };
	if (!cycle) return { ...head, members: [], facilitator, publish: false };
	return {
		...head,
		uid: cycle.uid,
		members: [],
		facilitator,
		cadence: cycle.cadence,
		start: cycle.start,
		sessions_planned: cycle.planned,
		calendar: [...cycle.calendar],
		holidays: [...cycle.holidays],
		duration: cycle.duration,
		time: cycle.time,
		mode: cycle.mode,
		method: cycle.method,
		topics_backlog: [],
		publish: false,
	};
}

/** Adds a member's link to `members` unless it is there (by the note it names); true when added. */
export function addMemberLink(fm: Record<string, unknown>, link: string, personPath: string): boolean {
	return appendLinkProperty(fm, "members", link, personPath);
}

/** Appends a topic item to `topics_backlog`. */
export function addBacklogItem(fm: Record<string, unknown>, item: string): void {
	fm.topics_backlog = [...asList(fm.topics_backlog), item];
}

/** A backlog item leaves `topics_backlog` and joins `topics_taken` as "<item> → <session link>". */
export function takeBacklogItem(fm: Record<string, unknown>, item: string, sessionLink: string): void {
	const list: unknown = fm.topics_backlog;
	const items = Array.isArray(list) ? (list as unknown[]) : typeof list === "string" ? [list] : [];
	fm.topics_backlog = items.filter((entry) => entry !== item);
	const done: unknown = fm.topics_taken;
	const previous = Array.isArray(done) ? (done as unknown[]) : [];
	fm.topics_taken = [...previous, `${item} → ${sessionLink}`];
}

/**
 * Writes the refreshed calendar: `calendar` when it changed, and `calendar_moves` (removed when
 * empty) when the moves were recomputed (`moves` null: kept as they are).
 */
export function writeCalendar(fm: Record<string, unknown>, calendar: readonly string[], moves: readonly string[] | null): void {
	if (asList(fm.calendar).map(asText).join() !== calendar.join()) fm.calendar = [...calendar];
	if (moves && asList(fm.calendar_moves).map(asText).join() !== moves.join()) {
		if (moves.length > 0) fm.calendar_moves = [...moves];
		else delete fm.calendar_moves;
	}
}

/** Who is in the group now, and who left mid-cycle. */
export type Membership = "current" | "former";

const MEMBERSHIP_KEY: Record<Membership, string> = { current: "members", former: "former_members" };

/** The items of one membership list as written. */
export function membershipItems(fm: Record<string, unknown>, list: Membership): unknown[] {
	return asList(fm[MEMBERSHIP_KEY[list]]);
}

/**
 * Moves the items naming a person from one membership list to the other, as one link (the first
 * one as written, its alias kept, else `fallbackLink`). Returns the items moved, as written.
 */
export function moveMembership(fm: Record<string, unknown>, from: Membership, isPerson: (item: unknown) => boolean, fallbackLink: string): unknown[] {
	const to: Membership = from === "current" ? "former" : "current";
	const source = membershipItems(fm, from);
	const leaving = source.filter(isPerson);
	if (leaving.length === 0) return [];
	fm[MEMBERSHIP_KEY[from]] = source.filter((item) => !isPerson(item));
	const kept = membershipItems(fm, to).filter((item) => !isPerson(item));
	const link = leaving.find((item) => typeof item === "string") ?? fallbackLink;
	fm[MEMBERSHIP_KEY[to]] = [...kept, link];
	return leaving;
}

/** Records the zone the calendar was first exported in, so later exports keep it. */
export function recordTimezone(fm: Record<string, unknown>, zone: string): void {
	fm.timezone = zone;
}

/** The group's own session length (`duration`, rounded), null when its note gives none. */
export function ownDuration(fm: Readonly<Record<string, unknown>>): number | null {
	return typeof fm.duration === "number" && Number.isFinite(fm.duration) ? Math.round(fm.duration) : null;
}
