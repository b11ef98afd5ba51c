import type { IndexedNote } from "../../src/index/codevIndex";

/** What the index answers for each note (its public fields), whatever it keeps inside: to compare two indexes note by note. */
export function noteViews(notes: readonly IndexedNote[]): unknown[] {
	return notes.map((note) => ({ path: note.path, type: note.type, date: note.date, frontmatter: note.frontmatter, links: note.links, unresolved: note.unresolved }));
}
