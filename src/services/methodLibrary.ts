import { LIBRARY_METHODS, type LibraryMethod } from "../codev/library";
import { fail, ok, type Lang, type MethodDef, type Result } from "../codev/types";
import { METHOD_NOTE_TYPE, renderMethodNote } from "../notes/methodNote";
import { methodIdOf } from "../notes/schema/method";
import { freePath, sanitizeNoteName } from "../notes/names";
import { colonFor } from "../notes/text";
import { importMethodNote } from "./methodNotes";
import type { NoteStore } from "./noteStore";

export interface AddedLibraryMethod {
	path: string;
	/** False when a method note with this id was already in the vault: it was kept as is. */
	created: boolean;
	/** The new custom methods when the method was added to them; undefined when one with its id was already there (kept). */
	customMethods?: MethodDef[];
}

/** The note text of a library method: the method note format, with its source line before the steps. */
export function renderLibraryMethod(entry: LibraryMethod, lang: Lang): string {
	const text = renderMethodNote(entry.method, lang);
	const at = text.indexOf("\n## ");
	const source = `*Source${colonFor(lang)} ${entry.source[lang]}*\n`;
	return at < 0 ? text + source : `${text.slice(0, at)}\n${source}${text.slice(at)}`;
}

function existingNote(store: NoteStore, id: string): string | undefined {
	return store.notesOfType(METHOD_NOTE_TYPE).find((path) => methodIdOf(store.frontmatter(path)) === id);
}

/**
 * Writes a library method into `folder` as a method note and adds it to the custom methods. A
 * method note with the same id already in the vault is kept (not rewritten), and a custom method
 * with that id is never replaced: the facilitator's own version wins.
 */
export async function addLibraryMethod(store: NoteStore, id: string, folder: string, lang: Lang, customMethods: readonly MethodDef[]): Promise<Result<AddedLibraryMethod>> {
	const entry = LIBRARY_METHODS.find((item) => item.method.id === id);
	if (!entry) return fail("method-unknown", { id });
	let path = existingNote(store, id);
	const created = path === undefined;
	if (path === undefined) {
		path = freePath(folder, sanitizeNoteName(entry.method.name[lang], id), ".md", (p) => store.exists(p));
		await store.create(path, renderLibraryMethod(entry, lang));
	}
	if (customMethods.some((method) => method.id === id)) return ok({ path, created });
	const imported = await importMethodNote(store, path, customMethods);
	return imported.ok ? ok({ path, created, customMethods: imported.value.customMethods }) : imported;
}
