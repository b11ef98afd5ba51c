import { parseNote, renderFrontmatter, type ListItem, type Properties, type YamlParser } from "../notes/frontmatter";
import { nameKey } from "../notes/names";
import { basenameOf, type NoteKind, type NoteStore } from "./noteStore";
import { linkTarget } from "../notes/links";
import { isConflictCopy } from "../notes/conflicts";
import { isCodevType, TYPES, typeOf } from "../notes/schema/kinds";
import { CodevIndex, recordFromFrontmatter } from "../index/codevIndex";
import { utcDay } from "../codev/dates";

const TYPE_OF_KIND: Record<NoteKind, string> = { group: TYPES.group, person: TYPES.person, session: TYPES.session };

/**
 * An in-memory vault with Obsidian's rules where they matter here: case-insensitive paths,
 * wikilinks resolved by exact path then by basename (shortest link text when unambiguous),
 * front matter rewritten whole by updateProperties like processFrontMatter. Used by the tests
 * and by the demo script, which then writes the files to disk.
 */
export class MemoryStore implements NoteStore {
	readonly files = new Map<string, string>();

	constructor(readonly parseYaml: YamlParser) {}

	exists(path: string): boolean {
		const key = nameKey(path);
		for (const existing of this.files.keys()) if (nameKey(existing) === key) return true;
		return false;
	}

	create(path: string, text: string): Promise<void> {
		if (this.exists(path)) return Promise.reject(new Error(`File already exists: ${path}`));
		this.files.set(path, text);
		return Promise.resolve();
	}

	findNote(kind: NoteKind, name: string): string | null {
		const wanted = nameKey(name);
		for (const path of this.files.keys()) {
			if (nameKey(basenameOf(path)) === wanted && typeOf(this.frontmatter(path)) === TYPE_OF_KIND[kind]) return path;
		}
		return null;
	}

	propertyLink(targetPath: string, sourcePath: string): string {
		return `[[${this.linkText(targetPath, sourcePath)}]]`;
	}

	bodyLink(targetPath: string, sourcePath: string, alias?: string): string {
		const text = this.linkText(targetPath, sourcePath);
		return alias ? `[[${text}|${alias}]]` : `[[${text}]]`;
	}

	/** The basename when no other note shares it, else the path without extension (Obsidian's "shortest"). */
	private linkText(targetPath: string, _sourcePath: string): string {
		const base = basenameOf(targetPath);
		const clashes = [...this.files.keys()].filter((p) => p.endsWith(".md") && nameKey(basenameOf(p)) === nameKey(base));
		return clashes.length > 1 ? targetPath.replace(/\.md$/i, "") : base;
	}

	read(path: string): Promise<string> {
		const text = this.files.get(path);
		return text === undefined ? Promise.reject(new Error(`Note not found: ${path}`)) : Promise.resolve(text);
	}

	async process(path: string, edit: (text: string) => string): Promise<void> {
		this.files.set(path, edit(await this.read(path)));
	}

	async updateProperties(path: string, update: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const text = await this.read(path);
		const parsed = parseNote(text, this.parseYaml);
		if (!parsed.ok) throw new Error(`Malformed front matter in ${path}`);
		const data = { ...parsed.value.data };
		update(data);
		this.files.set(path, renderFrontmatter(toProperties(data)) + parsed.value.body);
	}

	/** Parsed front matter by path, reused while the note's text is unchanged (the demo scans every note often). */
	private readonly parsedCache = new Map<string, { text: string; data: Record<string, unknown> | null }>();

	frontmatter(path: string): Record<string, unknown> | null {
		const text = this.files.get(path);
		if (text === undefined) return null;
		let cached = this.parsedCache.get(path);
		if (cached?.text !== text) {
			const parsed = parseNote(text, this.parseYaml);
			cached = { text, data: parsed.ok && parsed.value.hasFrontmatter ? parsed.value.data : null };
			this.parsedCache.set(path, cached);
		}
		// A copy: a caller that edits what it read must not change the cache.
		return cached.data === null ? null : structuredClone(cached.data);
	}

	private built: { files: Map<string, string>; index: CodevIndex } | null = null;

	/** Rebuilt when any file changed since the last build (tests also edit `files` directly). */
	codevIndex(): CodevIndex {
		if (this.built && sameFiles(this.built.files, this.files)) return this.built.index;
		const index = new CodevIndex();
		index.batch(() => {
			for (const path of this.files.keys()) {
				const fm = path.endsWith(".md") ? this.frontmatter(path) : null;
				if (isCodevType(typeOf(fm))) index.upsert(recordFromFrontmatter(path, fm, (text, source) => this.resolveLink(`[[${text}]]`, source)));
			}
		});
		index.ready = true;
		this.built = { files: new Map(this.files), index };
		return index;
	}

	notesOfType(type: string): string[] {
		return [...this.files.keys()].filter((path) => path.endsWith(".md") && !isConflictCopy(path) && typeOf(this.frontmatter(path)) === type);
	}

	resolveLink(linkText: string, _sourcePath: string): string | null {
		const target = linkTarget(linkText);
		if (target === "") return null;
		const key = nameKey(target);
		const paths = [...this.files.keys()];
		return (
			paths.find((p) => nameKey(p) === key || nameKey(p) === `${key}.md`) ??
			paths.find((p) => p.endsWith(".md") && nameKey(basenameOf(p)) === key) ??
			null
		);
	}
}

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
	if (a.size !== b.size) return false;
	for (const [path, text] of b) if (a.get(path) !== text) return false;
	return true;
}

/** Front matter values as the writer accepts them (dates become yyyy-MM-dd, objects JSON). */
/** What processFrontMatter would keep of a list item: dates as yyyy-MM-dd, numbers as numbers. */
function listItemOf(item: unknown): ListItem {
	if (item instanceof Date) return utcDay(item);
	if (item === null || typeof item === "string" || typeof item === "number" || typeof item === "boolean") return item;
	return JSON.stringify(item);
}

function toProperties(data: Record<string, unknown>): Properties {
	const out: Properties = {};
	for (const [key, value] of Object.entries(data)) {
		if (value instanceof Date) out[key] = utcDay(value);
		else if (Array.isArray(value)) out[key] = value.map(listItemOf);
		else if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
		else out[key] = JSON.stringify(value);
	}
	return out;
}
