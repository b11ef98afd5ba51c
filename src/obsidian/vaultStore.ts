import { normalizePath, parseYaml, TFile, type App } from "obsidian";
import type { YamlParser } from "../notes/frontmatter";
import { nameKey } from "../notes/names";
import type { NoteKind, NoteStore } from "../services/noteStore";
import { basenameOf } from "../services/noteStore";
import { linkTarget } from "../notes/links";
import { isConflictCopy } from "../notes/conflicts";
import { TYPES, typeOf } from "../notes/schema/kinds";
import { readGroupNote } from "../notes/schema/group";
import { CodevIndex } from "../index/codevIndex";
import { buildIndex } from "./indexAdapter";

const TYPE_OF_KIND: Record<NoteKind, string> = { group: TYPES.group, person: TYPES.person, session: TYPES.session };

/**
 * NoteStore over Obsidian's vault. Create one per command run: it snapshots the set of
 * existing paths (case- and NFC-insensitive keys) once instead of scanning the vault per check.
 */
export class VaultStore implements NoteStore {
	private readonly keys: Set<string>;
	readonly parseYaml: YamlParser = (yaml) => parseYaml(yaml) as unknown;

	/** `live`: the plugin's index (`host.index`), used once built; before that each query reads the metadata cache afresh. */
	constructor(
		private readonly app: Pick<App, "vault" | "metadataCache" | "fileManager">,
		private readonly live?: CodevIndex,
	) {
		this.keys = new Set(app.vault.getAllLoadedFiles().map((f) => nameKey(f.path)));
	}

	exists(path: string): boolean {
		const normalized = normalizePath(path);
		return this.app.vault.getAbstractFileByPath(normalized) !== null || this.keys.has(nameKey(normalized));
	}

	async create(path: string, text: string): Promise<void> {
		const normalized = normalizePath(path);
		await this.ensureFolder(normalized.slice(0, Math.max(0, normalized.lastIndexOf("/"))));
		// vault.create rejects when the file exists: a race never overwrites a note.
		await this.app.vault.create(normalized, text);
		this.keys.add(nameKey(normalized));
	}

	private async ensureFolder(folder: string): Promise<void> {
		if (folder === "") return;
		let current = "";
		for (const segment of folder.split("/")) {
			current = current === "" ? segment : `${current}/${segment}`;
			if (this.app.vault.getAbstractFileByPath(current)) continue;
			try {
				await this.app.vault.createFolder(current);
			} catch (error) {
				// Another command may have created it in between; only a still-missing folder is an error.
				if (!this.app.vault.getAbstractFileByPath(current)) throw error;
			}
			this.keys.add(nameKey(current));
		}
	}

	findNote(kind: NoteKind, name: string): string | null {
		const wanted = nameKey(name);
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (nameKey(file.basename) !== wanted) continue;
			const type = typeOfFile(this.app, file);
			if (type === TYPE_OF_KIND[kind]) return file.path;
		}
		return null;
	}

	private file(path: string): TFile | null {
		const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
		return file instanceof TFile ? file : null;
	}

	propertyLink(targetPath: string, sourcePath: string): string {
		const file = this.file(targetPath);
		const text = file ? this.app.metadataCache.fileToLinktext(file, sourcePath, true) : basenameOf(targetPath);
		return `[[${text}]]`;
	}

	bodyLink(targetPath: string, sourcePath: string, alias?: string): string {
		const file = this.file(targetPath);
		if (!file) return `[[${basenameOf(targetPath)}]]`;
		return this.app.fileManager.generateMarkdownLink(file, sourcePath, undefined, alias);
	}

	async read(path: string): Promise<string> {
		const file = this.file(path);
		if (!file) throw new Error(`Note not found: ${path}`);
		return this.app.vault.read(file);
	}

	async process(path: string, edit: (text: string) => string): Promise<void> {
		const file = this.file(path);
		if (!file) throw new Error(`Note not found: ${path}`);
		await this.app.vault.process(file, edit);
	}

	frontmatter(path: string): Record<string, unknown> | null {
		const file = this.file(path);
		const fm: unknown = file ? this.app.metadataCache.getFileCache(file)?.frontmatter : null;
		return typeof fm === "object" && fm !== null ? (fm as Record<string, unknown>) : null;
	}

	notesOfType(type: string): string[] {
		return this.app.vault
			.getMarkdownFiles()
			.filter((file) => !isConflictCopy(file.path) && typeOfFile(this.app, file) === type)
			.map((file) => file.path);
	}

	codevIndex(): CodevIndex {
		if (this.live?.ready) return this.live;
		const index = new CodevIndex();
		buildIndex(this.app, index);
		index.ready = true;
		return index;
	}

	resolveLink(linkText: string, sourcePath: string): string | null {
		const target = linkTarget(linkText);
		return target === "" ? null : (this.app.metadataCache.getFirstLinkpathDest(target, sourcePath)?.path ?? null);
	}

	async updateProperties(path: string, update: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const file = this.file(path);
		if (!file) throw new Error(`Note not found: ${path}`);
		await this.app.fileManager.processFrontMatter(file, update);
	}
}

/** The store of a command run over the plugin's one index (`host.index`): cycle features query it instead of scanning. */
export function storeOf(host: { app: App; index?: CodevIndex }): VaultStore {
	return new VaultStore(host.app, host.index);
}

/** A note's `type` property as the metadata cache has it ("" when it has none). */
export function typeOfFile(app: Pick<App, "metadataCache">, file: TFile): string {
	return typeOf(app.metadataCache.getFileCache(file)?.frontmatter);
}

/** Existing plugin notes of a kind, for the pickers: path and display name. */
export function listNotesOfKind(app: Pick<App, "vault" | "metadataCache">, kind: NoteKind): Array<{ path: string; name: string }> {
	return app.vault
		.getMarkdownFiles()
		.filter((file) => !isConflictCopy(file.path) && typeOfFile(app, file) === TYPE_OF_KIND[kind])
		.map((file) => ({ path: file.path, name: file.basename }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Members of a group note (its `members` links resolved to files), in the order written. */
export function groupMembers(app: Pick<App, "vault" | "metadataCache">, groupPath: string): Array<{ path: string; name: string }> {
	const file = app.vault.getAbstractFileByPath(groupPath);
	if (!(file instanceof TFile)) return [];
	const fm: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
	if (typeof fm !== "object" || fm === null) return [];
	const note = readGroupNote(fm as Record<string, unknown>, (text) => app.metadataCache.getFirstLinkpathDest(text, groupPath)?.path ?? null);
	return note.members.flatMap((member) => (member.path === null ? [] : [{ path: member.path, name: basenameOf(member.path) }]));
}
