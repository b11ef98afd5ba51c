/**
 * Export group calendar: an .ics file beside the group note. The plugin's own earlier export of
 * this group (its PRODID and this group's event UIDs) is updated in place; any other file at
 * that path, another group's export included, is left alone and the next name is tried.
 * Each event's SEQUENCE is derived from that earlier export: kept when the date and time are
 * the same, one more when they moved; a session gone from the plan is sent as cancelled.
 */
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { freePath } from "../../notes/names";
import { icsUid, isKnownZone, readIcsRevisions, renderIcs, type IcsEvent } from "../../notes/cycle/ics";
import type { NoteStore } from "../noteStore";
import { readGroup, type GroupInfo } from "./group";
import { readGroupNote, recordTimezone } from "../../notes/schema/group";
import { noLinks } from "../../notes/schema/values";
import { folderOf } from "../../notes/paths";

const OWN_EXPORT = "PRODID:-//Codev facilitator//";
/** The group note's property holding the IANA time zone of its sessions' time. */

export interface ExportedCalendar {
	path: string;
	created: boolean;
	events: number;
	/** The zone the times were read in (recorded in the group note when it had none). */
	zone: string;
}

/** The system's zone, as the default for a group that records none. */
export function systemTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function uidPrefix(group: GroupInfo): string {
	return icsUid(group.uid, 0).replace(/0@codev-facilitator$/, "");
}

/** Our export of this group: the plugin wrote it, and its events are this group's. */
function isOwnExport(text: string, group: GroupInfo): boolean {
	return text.includes(OWN_EXPORT) && text.includes(`UID:${uidPrefix(group)}`);
}

function events(group: GroupInfo, lang: Lang, previous: string, render: (events: IcsEvent[]) => string): string {
	const t = translator(lang);
	const total = group.calendar.length;
	const draft: IcsEvent[] = group.calendar.map((date, i) => ({
		number: i + 1,
		date,
		summary: t("cycle.ics.summary", { group: group.name, number: i + 1, total }),
		location: group.mode === "remote" ? t("cycle.ics.remote") : undefined,
	}));
	const before = readIcsRevisions(previous);
	// Render once at revision 0 to learn each event's start and end lines, then compare.
	const fresh = readIcsRevisions(render(draft));
	const current = draft.map((event) => {
		const uid = icsUid(group.uid, event.number);
		const old = before.get(uid);
		const now = fresh.get(uid);
		if (!old || !now) return event;
		const moved = old.start !== now.start || old.end !== now.end || old.status === "CANCELLED";
		return { ...event, sequence: old.sequence + (moved ? 1 : 0) };
	});
	const prefix = uidPrefix(group);
	const gone: IcsEvent[] = [];
	for (const [uid, old] of before) {
		const number = Number(uid.slice(prefix.length).replace(/@codev-facilitator$/, ""));
		if (!uid.startsWith(prefix) || !Number.isInteger(number) || number <= total) continue;
		gone.push({
			number,
			date: "",
			summary: t("cycle.ics.summary", { group: group.name, number, total: number }),
			sequence: old.sequence + (old.status === "CANCELLED" ? 0 : 1),
			cancelled: { start: old.start, end: old.end },
		});
	}
	return render([...current, ...gone.sort((a, b) => a.number - b.number)]);
}

function renderFor(group: GroupInfo, zone: string, now: Date): (events: IcsEvent[]) => string {
	return (list) => renderIcs({ groupUid: group.uid, name: `Codev – ${group.name}`, time: group.time, zone, durationMinutes: group.duration, now, events: list });
}

/** The group's zone: its `timezone` property, or the system's (then recorded in the note). */
async function groupZone(store: NoteStore, groupPath: string): Promise<Result<string>> {
	const fm = store.frontmatter(groupPath);
	const recorded = fm ? readGroupNote(fm, noLinks).timezone : "";
	if (recorded !== "") return isKnownZone(recorded) ? ok(recorded) : fail("ics-timezone", { zone: recorded });
	const zone = systemTimeZone();
	await store.updateProperties(groupPath, (front) => recordTimezone(front, zone));
	return ok(zone);
}

export function renderGroupIcs(store: NoteStore, groupPath: string, lang: Lang, now: Date, zone = systemTimeZone(), previous = ""): Result<string> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	if (group.calendar.length === 0) return fail("cycle-no-calendar");
	return ok(events(group, lang, previous, renderFor(group, zone, now)));
}

export async function exportCalendar(store: NoteStore, groupPath: string, lang: Lang, now: Date): Promise<Result<ExportedCalendar>> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	if (group.calendar.length === 0) return fail("cycle-no-calendar");
	const zone = await groupZone(store, groupPath);
	if (!zone.ok) return zone;
	const base = groupPath.replace(/\.md$/i, "");
	const write = async (path: string, previous: string | null): Promise<Result<ExportedCalendar>> => {
		const text = events(group, lang, previous ?? "", renderFor(group, zone.value, now));
		const count = (text.match(/BEGIN:VEVENT/g) ?? []).length;
		if (previous === null) await store.create(path, text);
		else await store.process(path, () => text);
		return ok({ path, created: previous === null, events: count, zone: zone.value });
	};
	// The first of "Group.ics", "Group 2.ics"… that is either this group's own export (updated) or free.
	for (let n = 1; n <= 100; n++) {
		const path = n === 1 ? `${base}.ics` : `${base} ${n}.ics`;
		if (!store.exists(path)) return write(path, null);
		const current = await store.read(path).catch(() => "");
		if (isOwnExport(current, group)) return write(path, current);
	}
	const folder = folderOf(base);
	return write(freePath(folder, base.slice(base.lastIndexOf("/") + 1), ".ics", (p) => store.exists(p)), null);
}
