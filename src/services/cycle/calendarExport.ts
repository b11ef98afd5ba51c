/**
 * Export group calendar: an .ics file beside the group note. The plugin's own earlier export
 * (recognised by its PRODID) is updated in place; any other file at that path is left alone
 * and a free name is used.
 */
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { freePath } from "../../notes/names";
import { renderIcs } from "../../notes/cycle/ics";
import type { NoteStore } from "../noteStore";
import { readGroup } from "./group";

const OWN_EXPORT = "PRODID:-//Codev facilitator//";

export interface ExportedCalendar {
	path: string;
	created: boolean;
	events: number;
}

export function renderGroupIcs(store: NoteStore, groupPath: string, lang: Lang, now: Date): Result<string> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	if (group.calendar.length === 0) return fail("cycle-no-calendar");
	const t = translator(lang);
	const total = group.calendar.length;
	return ok(
		renderIcs({
			groupUid: group.uid,
			name: `Codev – ${group.name}`,
			time: group.time,
			durationMinutes: group.duration,
			now,
			events: group.calendar.map((date, i) => ({
				number: i + 1,
				date,
				summary: t("cycle.ics.summary", { group: group.name, number: i + 1, total }),
				location: group.mode === "remote" ? t("cycle.ics.remote") : undefined,
			})),
		}),
	);
}

export async function exportCalendar(store: NoteStore, groupPath: string, lang: Lang, now: Date): Promise<Result<ExportedCalendar>> {
	const text = renderGroupIcs(store, groupPath, lang, now);
	if (!text.ok) return text;
	const events = (text.value.match(/BEGIN:VEVENT/g) ?? []).length;
	const base = groupPath.replace(/\.md$/i, "");
	// The first of "Group.ics", "Group 2.ics"… that is either our own export (updated) or free.
	for (let n = 1; n <= 100; n++) {
		const path = n === 1 ? `${base}.ics` : `${base} ${n}.ics`;
		if (!store.exists(path)) {
			await store.create(path, text.value);
			return ok({ path, created: true, events });
		}
		const current = await store.read(path).catch(() => "");
		if (current.includes(OWN_EXPORT)) {
			await store.process(path, () => text.value);
			return ok({ path, created: false, events });
		}
	}
	const path = freePath(base.includes("/") ? base.slice(0, base.lastIndexOf("/")) : "", base.slice(base.lastIndexOf("/") + 1), ".ics", (p) => store.exists(p));
	await store.create(path, text.value);
	return ok({ path, created: true, events });
}
