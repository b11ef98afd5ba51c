/**
 * The client's preparation note (`type: codev-preparation`), written for the member who will be
 * client on a date, to share with them: type, codev_schema, group and client (links),
 * session_date (yyyy-MM-dd), lang, publish: false. It links to no session note (whose name may
 * hold another client's name): the session links to it (`preparation`). Pure.
 */
import type { Properties } from "../properties";
import { noteHead, noteTail } from "./kinds";
import { asText, ref, type NoteRef, type ResolveLink } from "./values";

/** Every property of a preparation note but the common ones (kinds.ts). */
export const PREPARATION_KEYS = { group: "group", client: "client", sessionDate: "session_date" } as const;

export interface PreparationNote {
	group: NoteRef | null;
	client: NoteRef | null;
	/** The date of the session it prepares, as written. */
	sessionDate: string;
}

export function readPreparation(fm: Readonly<Record<string, unknown>>, resolve: ResolveLink): PreparationNote {
	return { group: ref(fm.group, resolve), client: ref(fm.client, resolve), sessionDate: asText(fm.session_date) };
}

export function preparationProperties(p: { group: string; client: string; sessionDate: string; lang: string }): Properties {
	return { ...noteHead("preparation"), group: p.group, client: p.client, session_date: p.sessionDate, ...noteTail(p.lang) };
}
