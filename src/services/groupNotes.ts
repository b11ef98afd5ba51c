/**
 * The one writer of group and person notes, for Start session and Create group alike. A typed
 * name reuses the plugin note of that name; a new person note links its group; the group lists
 * its members. Existing notes change only through updateProperties, by a link added.
 */
import type { Lang } from "../codev/types";
import { translator } from "../i18n";
import { renderPersonNote } from "../notes/cycle/groupNote";
import { freePath, nameKey, sanitizeNoteName } from "../notes/names";
import { addMemberLink } from "../notes/schema/group";
import { addGroupLink, personProperties } from "../notes/schema/person";
import type { NoteStore } from "./noteStore";

/** A group or person note to link: existing, or to create at a free path. */
export interface NoteTarget {
	path: string;
	isNew: boolean;
}

/** What the facilitator picked or typed: an existing note (path) or a name. */
export interface NamedNote {
	name: string;
	path?: string;
}

/** The note's name when the typed one has nothing left once cleaned (fallback of sanitizeNoteName). */
function fallbackName(kind: "group" | "person", lang: Lang): string {
	return translator(lang)(kind === "group" ? "names.fallback.group" : "names.fallback.person");
}

/** An existing note is reused; a name matching a plugin note of that kind reuses it too; else a free path in `folder`. */
export function noteTarget(store: NoteStore, kind: "group" | "person", ref: NamedNote, folder: string, lang: Lang): NoteTarget {
	if (ref.path && store.exists(ref.path)) return { path: ref.path, isNew: false };
	const name = sanitizeNoteName(ref.name, fallbackName(kind, lang));
	const existing = store.findNote(kind, name);
	if (existing) return { path: existing, isNew: false };
	return { path: freePath(folder, name, ".md", (p) => store.exists(p)), isNew: true };
}

/** Each note once (a new name typed twice resolves to the same free path), in order. */
export function uniqueTargets(targets: readonly NoteTarget[]): NoteTarget[] {
	const seen = new Set<string>();
	return targets.filter((target) => {
		const key = nameKey(target.path);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export interface WrittenMembers {
	created: string[];
	updated: string[];
}

/**
 * Writes the people of an existing group note: the new ones as person notes linking the group,
 * then the group's `members`, then the group's link in the existing people's `groups`, in that
 * order, so that every link is computed from files that exist.
 */
export async function writeMembers(store: NoteStore, groupPath: string, people: readonly NoteTarget[], lang: Lang, groupIsNew: boolean): Promise<WrittenMembers> {
	const created: string[] = [];
	const updated: string[] = [];
	for (const person of people.filter((p) => p.isNew)) {
		await store.create(person.path, renderPersonNote(personProperties([store.propertyLink(groupPath, person.path)]), lang));
		created.push(person.path);
	}
	const addedMembers = await addLinks(store, groupPath, people.map((p) => p.path), addMemberLink);
	if (addedMembers && !groupIsNew) updated.push(groupPath);
	for (const person of people.filter((p) => !p.isNew)) {
		if (await addLinks(store, person.path, [groupPath], addGroupLink)) updated.push(person.path);
	}
	return { created, updated };
}

/** Adds links to a note's list property through `add`; true when something was added. */
async function addLinks(
	store: NoteStore,
	notePath: string,
	targets: readonly string[],
	add: (fm: Record<string, unknown>, link: string, targetPath: string) => boolean,
): Promise<boolean> {
	let added = false;
	await store.updateProperties(notePath, (fm) => {
		for (const target of targets) if (add(fm, store.propertyLink(target, notePath), target)) added = true;
	});
	return added;
}
