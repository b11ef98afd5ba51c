/**
 * What the services need from a vault. Implemented over Obsidian's Vault/FileManager in
 * src/obsidian/vaultStore.ts and over the file system in scripts/ (demo vault), so the demo
 * is produced by the same code the plugin runs.
 */
import type { CodevIndex } from "../index/codevIndex";
import type { YamlParser } from "../notes/frontmatter";

export type NoteKind = "group" | "person" | "session";

export interface NoteStore {
	/** True if a file exists at this path, ignoring case and Unicode normalisation (as macOS and Windows do). */
	exists(path: string): boolean;
	/** Creates a new note; the folder is created when missing. Must fail rather than overwrite. */
	create(path: string, text: string): Promise<void>;
	/** Path of an existing plugin note of this kind whose name matches (case/NFC-insensitive), if any. */
	findNote(kind: NoteKind, name: string): string | null;
	/** Link for a property value: `[[…]]`, shortest unambiguous form. */
	propertyLink(targetPath: string, sourcePath: string): string;
	/** Link in a note's body, following the vault's link format settings. */
	bodyLink(targetPath: string, sourcePath: string, alias?: string): string;
	/** Parses YAML (front matter of user templates). */
	parseYaml: YamlParser;
	/** Edits properties in place (processFrontMatter): the rest of the note is untouched. */
	updateProperties(path: string, update: (frontmatter: Record<string, unknown>) => void): Promise<void>;
	/** Reads a note's text. */
	read(path: string): Promise<string>;
	/** Edits a note's text atomically (Vault.process). */
	process(path: string, edit: (text: string) => string): Promise<void>;
	/** The note's properties as the metadata cache sees them; null when absent or unreadable. */
	frontmatter(path: string): Record<string, unknown> | null;
	/** Paths of the Markdown notes whose `type` property equals `type`. */
	notesOfType(type: string): string[];
	/**
	 * The index of the codev notes, current with the store: the features query it instead of
	 * scanning (the plugin's live index once built; a fresh one over the vault or memory otherwise).
	 */
	codevIndex(): CodevIndex;
	/** The note a link points to (Obsidian's resolution from `sourcePath`), or null. */
	resolveLink(linkText: string, sourcePath: string): string | null;
}

export { basenameOf } from "../notes/paths";

export function joinPath(folder: string, name: string): string {
	return folder === "" ? name : `${folder}/${name}`;
}
