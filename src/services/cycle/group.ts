/**
 * The group over a cycle: create it with its calendar, read it back, refresh the calendar
 * section, keep the topics backlog, and suggest the next client. The group note's properties
 * are notes/schema/group.ts.
 */
import { computeCalendar, formatCadence, parseCadence, parseHolidays, type Cadence } from "../../codev/cycle/calendar";
import { isHeld, type PersonRef } from "../../codev/cycle/records";
import { suggestNextClient } from "../../codev/cycle/rotation";
import { fail, LANGS, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { freePath, nameKey, sanitizeNoteName } from "../../notes/names";
import { attributedItem } from "../../notes/cycle/items";
import { oneLine } from "../../notes/text";
import { CALENDAR_SECTION, GROUP_SCOPE, renderCalendarLines, renderGroupNote, type CalendarLine } from "../../notes/cycle/groupNote";
import { blockState, findBlocks, replaceMarkedSection, sectionEnd, sectionStart } from "../../notes/markers";
import { formatLongDate } from "../../notes/dates";
import { parseLocalDate } from "../../codev/dates";
import type { CodevSettings } from "../../settings/model";
import { basenameOf, type NoteStore } from "../noteStore";
import { noteTarget, uniqueTargets, writeMembers } from "../groupNotes";
import { addBacklogItem, groupProperties, groupUid, membershipItems, moveMembership, readGroupNote, writeCalendar, type Membership } from "../../notes/schema/group";
import { peopleOf } from "../../notes/schema/person";
import { asList, asText } from "../../notes/schema/values";
import { personFromLink, readGroupSessions } from "./sessionRecords";

export { groupUid };

export type GroupMode = "in-person" | "remote";
export const GROUP_SIZE_MIN = 5;
export const GROUP_SIZE_MAX = 10;

export interface CreateGroupRequest {
	name: string;
	/** Member names: an existing person note of that name is reused. */
	members: string[];
	facilitator: string;
	cadence: Cadence;
	/** yyyy-MM-dd */
	start: string;
	/** Default: one session per member. */
	sessionsPlanned?: number;
	durationMinutes?: number;
	/** "HH:mm" or "" */
	time?: string;
	mode?: GroupMode;
	holidays?: string[];
	/** Markdown; default: the charter text of the language. */
	charter?: string;
	/** The group's default method id (offered first by Start codev session); default: the settings' method. */
	method?: string;
}

export interface CreatedGroup {
	groupPath: string;
	created: string[];
	updated: string[];
	calendar: string[];
	/** "size" when the member count is outside 5..10 (a warning, not a refusal). */
	warnings: Array<{ code: "size"; count: number }>;
}

/** A stable id from the name and start date (FNV-1a): kept in `uid`, so a renamed group keeps its .ics UIDs. */
function uniqueNames(names: string[]): string[] {
	const seen = new Set<string>();
	return names.map((n) => n.trim()).filter((n) => n !== "" && !seen.has(nameKey(n)) && (seen.add(nameKey(n)), true));
}

export async function createGroup(store: NoteStore, request: CreateGroupRequest, settings: CodevSettings, lang: Lang): Promise<Result<CreatedGroup>> {
	const t = translator(lang);
	if (request.name.trim() === "") return fail("cycle-name-missing");
	const time = (request.time ?? "").trim();
	if (time !== "" && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return fail("cycle-time-invalid");
	const holidays = parseHolidays(request.holidays ?? []);
	if (holidays.invalid.length > 0) return fail("cycle-holidays-invalid", { values: holidays.invalid.join(", ") });
	const members = uniqueNames(request.members);
	const planned = request.sessionsPlanned ?? Math.max(1, members.length);
	const calendar = computeCalendar({ cadence: request.cadence, start: request.start, count: planned, holidays: holidays.ranges });
	if (!calendar.ok) return calendar;

	const name = sanitizeNoteName(request.name, t("names.fallback.group"));
	const groupPath = freePath(settings.groupsFolder, name, ".md", (p) => store.exists(p));
	const props = groupProperties(oneLine(request.facilitator), {
		uid: groupUid(basenameOf(groupPath), request.start),
		cadence: formatCadence(request.cadence),
		start: request.start,
		planned,
		calendar: calendar.value,
		holidays: (request.holidays ?? []).map((h) => h.trim()).filter((h) => h !== ""),
		duration: request.durationMinutes ?? settings.defaultDurationMinutes,
		time,
		mode: request.mode ?? "in-person",
		method: request.method ?? settings.methodId,
	});
	const lines = calendar.value.map((date, i) => ({ number: i + 1, date }));
	await store.create(groupPath, renderGroupNote(props, request.charter?.trim() || t("cycle.group.charter.default"), lines, lang));
	const people = uniqueTargets(members.map((member) => noteTarget(store, "person", { name: member }, settings.peopleFolder, lang)));
	const written = await writeMembers(store, groupPath, people, lang, true);
	const created = [groupPath, ...written.created];
	const updated = written.updated;
	const warnings: CreatedGroup["warnings"] = members.length < GROUP_SIZE_MIN || members.length > GROUP_SIZE_MAX ? [{ code: "size", count: members.length }] : [];
	return ok({ groupPath, created, updated, calendar: calendar.value, warnings });
}

export interface GroupInfo {
	path: string;
	name: string;
	uid: string;
	members: PersonRef[];
	formerMembers: PersonRef[];
	facilitator: string;
	cadence: string;
	start: string;
	planned: number;
	calendar: string[];
	holidays: unknown[];
	duration: number;
	time: string;
	mode: string;
	backlog: string[];
	/** The cycle's title and place (attendance sheets), and the dates moved by hand: read by readGroup. */
	title?: string;
	place?: string;
	calendarMoves?: unknown[];
}

export function readGroup(store: NoteStore, groupPath: string): GroupInfo | null {
	const fm = store.frontmatter(groupPath);
	if (!fm) return null;
	const note = readGroupNote(fm, (text) => store.resolveLink(text, groupPath));
	const name = basenameOf(groupPath);
	return {
		path: groupPath,
		name,
		uid: note.uid || groupUid(name, note.start),
		members: peopleOf(note.members),
		formerMembers: peopleOf(note.formerMembers),
		facilitator: note.facilitator,
		cadence: note.cadence,
		start: note.start,
		planned: note.planned,
		calendar: note.calendar,
		holidays: note.holidays,
		duration: note.duration,
		time: note.time,
		mode: note.mode,
		backlog: note.backlog,
		title: note.title,
		place: note.place,
		calendarMoves: note.calendarMoves,
	};
}

/**
 * Recomputes `calendar` from cadence/start/sessions_planned/holidays when they are set (else
 * keeps the list as written), and refreshes the calendar section with links to the sessions
 * held on those dates. Only the marked section and the `calendar` property change.
 */
export async function refreshGroupCalendar(store: NoteStore, groupPath: string, lang: Lang): Promise<Result<{ calendar: string[] }>> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	let calendar = group.calendar;
	let moves: Map<string, string> | null = null;
	if (group.cadence !== "" && group.start !== "") {
		const cadence = parseCadence(group.cadence);
		if (!cadence.ok) return cadence;
		const holidays = parseHolidays(group.holidays);
		if (holidays.invalid.length > 0) return fail("cycle-holidays-invalid", { values: holidays.invalid.join(", ") });
		const computed = computeCalendar({ cadence: cadence.value, start: group.start, count: group.planned, holidays: holidays.ranges });
		if (!computed.ok) return computed;
		moves = handMoves(group.calendarMoves ?? [], computed.value, group.calendar, writtenCalendar(await store.read(groupPath)));
		calendar = [...new Set(computed.value.map((date) => moves?.get(date) ?? date))].sort();
	} else if (calendar.length === 0) return fail("cycle-no-calendar");
	const sessionsByDate = new Map<string, string>();
	for (const s of readGroupSessions(store, groupPath)) if (s.date && !sessionsByDate.has(s.date)) sessionsByDate.set(s.date, s.path);
	const lines: CalendarLine[] = calendar.map((date, i) => {
		const session = sessionsByDate.get(date);
		return { number: i + 1, date, sessionLink: session ? store.bodyLink(session, groupPath) : undefined };
	});
	const final = calendar;
	if (blockState(await store.read(groupPath), sectionStart(GROUP_SCOPE, CALENDAR_SECTION), sectionEnd(GROUP_SCOPE, CALENDAR_SECTION)) === "unpaired") {
		return fail("marker-unpaired", { name: basenameOf(groupPath), marker: sectionStart(GROUP_SCOPE, CALENDAR_SECTION) });
	}
	const movesList = moves ? [...moves].map(([from, to]) => `${from} → ${to}`) : null;
	await store.updateProperties(groupPath, (fm) => writeCalendar(fm, final, movesList));
	await store.process(groupPath, (text) => {
		const replaced = replaceMarkedSection(text, GROUP_SCOPE, CALENDAR_SECTION, renderCalendarLines(lines, lang));
		return replaced.ok ? replaced.text : text;
	});
	return ok({ calendar });
}

const MOVE = /^\s*(\d{4}-\d{2}-\d{2})\s*(?:→|->|>)\s*(\d{4}-\d{2}-\d{2})\s*$/u;

/** The dates the calendar section shows, by line number, as the plugin last wrote them ("3. 10 mars 2026 · …"). */
function writtenCalendar(text: string): Map<number, string> {
	const lines = text.split("\n");
	const blocks = findBlocks(lines, sectionStart(GROUP_SCOPE, CALENDAR_SECTION), sectionEnd(GROUP_SCOPE, CALENDAR_SECTION));
	const written = new Map<number, string>();
	const block = blocks === "unpaired" ? undefined : blocks[0];
	if (!block) return written;
	for (const line of lines.slice(block.start + 1, block.end)) {
		const match = /^(\d+)\. ([^·]+?)(?: · .*)?\r?$/u.exec(line);
		if (match) written.set(Number(match[1]) - 1, (match[2] ?? "").trim());
	}
	return written;
}

function shownAs(date: string, text: string | undefined): boolean {
	const parsed = parseLocalDate(date);
	return parsed !== null && text !== undefined && LANGS.some((lang) => formatLongDate(parsed, lang) === text);
}

/**
 * Dates the facilitator moved by hand (`calendar_moves`: "planned → held"), kept across refreshes.
 * A new move is a date of the `calendar` property that differs from what the plugin last wrote
 * in the calendar section: the property was edited since, so the rule must not put it back.
 */
function handMoves(stored: unknown, computed: readonly string[], current: readonly string[], written: Map<number, string>): Map<string, string> {
	const moves = new Map<string, string>();
	for (const item of asList(stored)) {
		const match = MOVE.exec(asText(item));
		if (match?.[1] && match[2] && computed.includes(match[1])) moves.set(match[1], match[2]);
	}
	computed.forEach((date, i) => {
		const now = current[i];
		const expected = moves.get(date) ?? date;
		if (now === undefined || now === expected || !written.has(i) || shownAs(now, written.get(i))) return;
		if (now === date) moves.delete(date);
		else moves.set(date, now);
	});
	return moves;
}

/** Appends a topic ("[[Person]]: topic" when a proposer is given) to `topics_backlog`. */
export async function addTopicToBacklog(store: NoteStore, groupPath: string, topic: string, proposerPath?: string): Promise<Result<{ item: string }>> {
	if (topic.trim() === "") return fail("cycle-topic-missing");
	if (!store.frontmatter(groupPath)) return fail("cycle-not-found");
	const item = attributedItem(proposerPath ? store.propertyLink(proposerPath, groupPath) : null, topic);
	await store.updateProperties(groupPath, (fm) => addBacklogItem(fm, item));
	return ok({ item });
}

export interface MovedMember {
	/** The link items moved, as they were written in the note. */
	moved: string[];
	members: number;
	formerMembers: number;
}

/**
 * Moves a person's link(s) from one list property of the group to the other, through
 * updateProperties (processFrontMatter): nothing else in the note changes. A person is matched
 * as readGroup identifies them (the resolved note path, else `?name`), so `personId` may be a
 * path or a PersonRef id. Sessions, attendance, ratings and action plans are other notes and
 * stay as they are: the history is kept.
 */
async function moveMember(store: NoteStore, groupPath: string, personId: string, from: Membership): Promise<Result<MovedMember>> {
	const fm = store.frontmatter(groupPath);
	if (!fm) return fail("cycle-not-found");
	const wanted = personId.startsWith("?") ? personId : (store.resolveLink(personId.replace(/\.md$/i, ""), groupPath) ?? personId);
	const isPerson = (item: unknown) => {
		const person = personFromLink(store, item, groupPath);
		return person !== null && (person.id === wanted || person.id === personId);
	};
	if (!membershipItems(fm, from).some(isPerson)) return fail(from === "current" ? "cycle-not-member" : "cycle-not-former-member", { name: basenameOf(personId.replace(/^\?/, "")) });
	const moved: string[] = [];
	let counts = { members: 0, formerMembers: 0 };
	await store.updateProperties(groupPath, (props) => {
		const leaving = moveMembership(props, from, isPerson, store.propertyLink(wanted, groupPath));
		if (leaving.length === 0) return;
		moved.push(...leaving.map((item) => (typeof item === "string" ? item : String(item))));
		counts = { members: membershipItems(props, "current").length, formerMembers: membershipItems(props, "former").length };
	});
	return ok({ moved, ...counts });
}

/** The member left the group mid-cycle: `members` → `former_members`. The rotation stops suggesting them; their history stays. */
export function markMemberLeft(store: NoteStore, groupPath: string, personPath: string): Promise<Result<MovedMember>> {
	return moveMember(store, groupPath, personPath, "current");
}

/** A former member comes back: `former_members` → `members` (at the end of the member order). */
export function bringMemberBack(store: NoteStore, groupPath: string, personPath: string): Promise<Result<MovedMember>> {
	return moveMember(store, groupPath, personPath, "former");
}

/**
 * The suggested client for the group's next session (codev/cycle/rotation.ts rules), from the
 * sessions held up to `todayIso`. For the start-session form: pre-select this person.
 */
export function suggestNextClientForGroup(store: NoteStore, groupPath: string, todayIso: string, absentPaths: readonly string[] = []): PersonRef | null {
	const group = readGroup(store, groupPath);
	if (!group) return null;
	const held = readGroupSessions(store, groupPath).filter((s) => isHeld(s, todayIso));
	return suggestNextClient(group.members, held, absentPaths);
}
