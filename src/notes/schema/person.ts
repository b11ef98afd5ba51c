/**
 * The person note (`type: codev-person`): its property keys, the typed record, and the writers of
 * the properties the plugin owns: type, codev_schema, groups (links to the group notes), publish:
 * false; `lang` (fr | en, optional) is the language of what the plugin writes for that person.
 * A person's progress and statistics are computed when shown, never written here. Pure.
 */
import type { PersonRef } from "../../codev/cycle/records";
import type { Lang } from "../../codev/types";
import type { Properties } from "../properties";
import { nameKey } from "../names";
import { PERSON_TYPE, SCHEMA_VERSION } from "./kinds";
import type { NoteRef, ResolveLink } from "./session";
import { appendLinkProperty, asText, linkTexts } from "./values";
import { basenameOf } from "../paths";

/** Every property of a person note but the common ones (kinds.ts). */
export const PERSON_KEYS = { groups: "groups" } as const;

export interface PersonNote {
	groups: NoteRef[];
	/** `lang` when fr or en, else null. */
	lang: Lang | null;
}

export function readPersonNote(fm: Record<string, unknown>, resolve: ResolveLink): PersonNote {
	const lang = asText(fm.lang);
	return {
		groups: linkTexts(fm.groups).map((text) => ({ path: resolve(text), text })),
		lang: lang === "fr" || lang === "en" ? lang : null,
	};
}

/** The properties of a new person note, member of these groups (property links). */
export function personProperties(groupLinks: readonly string[]): Properties {
	return { type: PERSON_TYPE, codev_schema: SCHEMA_VERSION, groups: [...groupLinks], publish: false };
}

/** Adds a group's link to the person's `groups` unless it is there (by the note it names); true when added. */
export function addGroupLink(fm: Record<string, unknown>, link: string, groupPath: string): boolean {
	return appendLinkProperty(fm, "groups", link, groupPath);
}

/** A person named in a property, as the cycle computations identify them: the note's path, else `?` and the text (any case). */
export function personOf(ref: NoteRef | null): PersonRef | null {
	if (!ref) return null;
	return ref.path ? { id: ref.path, name: basenameOf(ref.path) } : { id: `?${nameKey(ref.text)}`, name: basenameOf(ref.text) };
}

/** Each person once, in order. */
export function peopleOf(refs: readonly NoteRef[]): PersonRef[] {
	const out: PersonRef[] = [];
	for (const person of refs.map(personOf)) if (person && !out.some((p) => p.id === person.id)) out.push(person);
	return out;
}
