/**
 * The client's preparation (« Préparer la prochaine séance »): a short note for the member who
 * will be client at a coming session, with prompts in their language. The note is the version
 * to share with them: it holds the group's name, their name, the date and the prompts, nothing
 * else (no link to a session note, whose name may hold another client's name). The session note
 * links to it (`preparation`) once it exists. Pure (NoteStore).
 */
import { isHeld, type PersonRef } from "../../codev/cycle/records";
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { formatLongDate } from "../../notes/dates";
import { parseLocalDate } from "../../codev/dates";
import { renderFrontmatter } from "../../notes/frontmatter";
import { TYPES } from "../../notes/schema/kinds";
import { preparationProperties, readPreparation } from "../../notes/schema/preparation";
import { linkPreparation, readSession } from "../../notes/schema/session";
import type { NoteRef } from "../../notes/schema/values";
import { freePath, nameKey } from "../../notes/names";
import { readGroup, suggestNextClientForGroup } from "../cycle/group";
import { readGroupSessions } from "../cycle/sessionRecords";
import { readPersonNote } from "../../notes/schema/person";
import { basenameOf, type NoteStore } from "../noteStore";

const PROMPTS = ["topic", "situation", "stakes", "tried", "hopes"] as const;

export interface NextSession {
	date: string;
	/** Suggested client (the rotation), if any. */
	client: PersonRef | null;
	/** Calendar dates still to come (the first is `date`). */
	dates: string[];
}

/** The next date of the group's calendar with no session held yet, on or after today. */
export function nextSessionOf(store: NoteStore, groupPath: string, today: string): Result<NextSession> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	const held = new Set(readGroupSessions(store, groupPath).filter((s) => isHeld(s, today)).map((s) => s.date));
	const dates = group.calendar.filter((date) => date >= today && !held.has(date));
	if (dates.length === 0) return fail("preparation-no-date");
	return ok({ date: dates[0] ?? "", client: suggestNextClientForGroup(store, groupPath, today), dates });
}

/** The client's language: their person note's `lang` when fr or en, else `fallback`. */
export function personLanguage(store: NoteStore, personPath: string, fallback: Lang): Lang {
	const fm = store.frontmatter(personPath);
	return (fm && readPersonNote(fm, (text) => store.resolveLink(text, personPath)).lang) ?? fallback;
}

/** The preparation for this group, date and client, if written. */
export function findPreparation(store: NoteStore, groupPath: string, date: string, clientPath?: string): string | undefined {
	const isClient = (client: NoteRef | null): boolean => nameKey(client?.path ?? "") === nameKey(clientPath ?? "");
	return store
		.codevIndex()
		.ofGroup(groupPath, TYPES.preparation)
		.find(({ path, frontmatter }) => {
			const preparation = readPreparation(frontmatter, (text) => store.resolveLink(text, path));
			return preparation.sessionDate === date && (clientPath === undefined || isClient(preparation.client));
		})?.path;
}

function preparationText(groupName: string, clientName: string, date: string, lang: Lang): string {
	const t = translator(lang);
	const parsed = parseLocalDate(date);
	const long = parsed ? formatLongDate(parsed, lang) : date;
	return [
		`# ${t("preparation.title", { date: long })}`,
		"",
		`*${t("preparation.intro", { name: clientName, group: groupName })}*`,
		"",
		...PROMPTS.flatMap((key) => [`## ${t(`preparation.prompt.${key}`)}`, "", ""]),
	].join("\n");
}

export interface PreparationRequest {
	groupPath: string;
	clientPath: string;
	date: string;
	folder: string;
	/** Used when the person note gives no `lang`. */
	lang: Lang;
}

/** Writes the preparation note (or returns the one already there for this group, date and client). */
export async function writePreparation(store: NoteStore, request: PreparationRequest): Promise<Result<{ path: string; created: boolean }>> {
	const group = readGroup(store, request.groupPath);
	if (!group) return fail("cycle-not-found");
	if (!parseLocalDate(request.date)) return fail("date-invalid");
	if (!store.exists(request.clientPath)) return fail("client-missing");
	const existing = findPreparation(store, request.groupPath, request.date, request.clientPath);
	if (existing) return ok({ path: existing, created: false });
	const lang = personLanguage(store, request.clientPath, request.lang);
	const t = translator(lang);
	const clientName = basenameOf(request.clientPath);
	const path = freePath(request.folder, t("preparation.file", { name: clientName, date: request.date }), ".md", (p) => store.exists(p));
	const props = preparationProperties({ group: store.propertyLink(request.groupPath, path), client: store.propertyLink(request.clientPath, path), sessionDate: request.date, lang });
	await store.create(path, renderFrontmatter(props) + preparationText(group.name, clientName, request.date, lang));
	await linkSessionsOn(store, request.groupPath, request.date);
	return ok({ path, created: true });
}

/** The first line the client wrote under the topic prompt (the second heading is the next prompt). */
export async function preparedTopic(store: NoteStore, path: string): Promise<string> {
	const lines = (await store.read(path)).split(/\r?\n/);
	const start = lines.findIndex((line) => /^##\s/.test(line));
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,6}\s/.test(line)) return "";
		if (line.trim() !== "") return line.trim().replace(/^[-*]\s+/, "");
	}
	return "";
}

/**
 * The preparation of a session's client (the one linked as `preparation`, else the one written
 * for its group, date and client), linked from the session note when it was not yet. Null when none.
 */
export async function preparationOfSession(store: NoteStore, sessionPath: string): Promise<string | null> {
	const fm = store.frontmatter(sessionPath);
	if (!fm) return null;
	const session = readSession(fm, (text) => store.resolveLink(text, sessionPath));
	if (session.preparation?.path) return session.preparation.path;
	const groupPath = session.group?.path ?? null;
	const client = session.client?.path ?? null;
	const date = session.date ?? "";
	const found = groupPath ? (client ? findPreparation(store, groupPath, date, client) : undefined) ?? findPreparation(store, groupPath, date) : undefined;
	if (!found) return null;
	await store.updateProperties(sessionPath, (props) => linkPreparation(props, store.propertyLink(found, sessionPath)));
	return found;
}

/** Session notes already there for this group and date get their `preparation` link. */
async function linkSessionsOn(store: NoteStore, groupPath: string, date: string): Promise<void> {
	for (const session of readGroupSessions(store, groupPath)) if (session.date === date) await preparationOfSession(store, session.path);
}
