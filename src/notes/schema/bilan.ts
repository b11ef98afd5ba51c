/**
 * The bilan note (`type: codev-bilan`, the end-of-cycle review): its property keys, the typed
 * record and the properties writer: type, codev_schema, group (link), generated (yyyy-MM-dd of
 * the last generation), lang, publish: false. Its text is notes/cycle/bilan.ts. Pure.
 */
import type { Properties } from "../properties";
import { SCHEMA_VERSION, TYPES } from "./kinds";
import type { NoteRef, ResolveLink } from "./session";
import { asText, linkText } from "./values";

export const BILAN_TYPE = TYPES.bilan;

/** Every property of a bilan note but the common ones (kinds.ts). */
export const BILAN_KEYS = { group: "group", generated: "generated" } as const;

export interface BilanNote {
	group: NoteRef | null;
	generated: string;
	lang: string;
}

export function readBilanNote(fm: Record<string, unknown>, resolve: ResolveLink): BilanNote {
	const group = linkText(fm.group);
	return { group: group === "" ? null : { path: resolve(group), text: group }, generated: asText(fm.generated), lang: asText(fm.lang) };
}

export function bilanProperties(groupLink: string, generated: string, lang: string): Properties {
	return { type: BILAN_TYPE, codev_schema: SCHEMA_VERSION, group: groupLink, generated, lang, publish: false };
}

/** Stamps a refreshed bilan with the day it was generated. */
export function stampGenerated(fm: Record<string, unknown>, today: string): void {
	fm.generated = today;
}
