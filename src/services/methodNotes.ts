import { checkCustomMethod } from "../codev/customMethods";
import { fail, ok, type Lang, type MethodDef, type Result } from "../codev/types";
import { parseMethodNote, renderMethodNote } from "../notes/methodNote";
import { freePath, sanitizeNoteName } from "../notes/names";
import type { NoteStore } from "./noteStore";

/**
 * Methods kept as notes (`type: codev-method`): importing one into the settings' custom methods,
 * and writing a method out as a note to edit by hand. Pure (NoteStore).
 */
export interface ImportedMethod {
	method: MethodDef;
	/** The new list of custom methods: the note's method added, or replacing the one with its id. */
	customMethods: MethodDef[];
	replaced: boolean;
}

export async function importMethodNote(store: NoteStore, path: string, customMethods: readonly MethodDef[]): Promise<Result<ImportedMethod>> {
	if (!store.exists(path)) return fail("method-note-missing", { path });
	const parsed = parseMethodNote(await store.read(path), store.parseYaml);
	if (!parsed.ok) return parsed;
	const others = customMethods.filter((method) => method.id !== parsed.value.id);
	const checked = checkCustomMethod(parsed.value, others);
	if (!checked.ok) return checked;
	const replaced = others.length !== customMethods.length;
	const list = replaced ? customMethods.map((method) => (method.id === checked.value.id ? checked.value : method)) : [...customMethods, checked.value];
	return ok({ method: checked.value, customMethods: list, replaced });
}

/** Writes a method as a new note in `folder` (never over an existing one); returns its path. */
export async function exportMethodNote(store: NoteStore, method: MethodDef, folder: string, lang: Lang): Promise<string> {
	const path = freePath(folder, sanitizeNoteName(method.name[lang], method.id), ".md", (p) => store.exists(p));
	await store.create(path, renderMethodNote(method, lang));
	return path;
}
