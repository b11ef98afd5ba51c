/**
 * CodevIndex: which codev notes belong to which session, client and group, kept in memory from
 * plain records (path, properties, resolved property links). Pure: no Obsidian import. The
 * Obsidian adapter (src/obsidian/indexAdapter.ts, `host.index`) feeds it from the
 * metadata cache after `onLayoutReady` and on "changed" / "rename" / "delete"; scripts and tests
 * build one from a NoteStore with `indexFromStore(store)`.
 *
 * API
 * - `upsert(record)`: add or replace one note, O(links of that note) (replacing also finds the note
 *   among each target's sources). A note whose `type` does
 *   not start with "codev-" is removed (a type edited away leaves the index).
 * - `remove(path)`, `rename(oldPath, newPath)`: rename also rewrites the links of notes that
 *   pointed to the old path (Obsidian updates their text too, and fires "changed" later).
 * - `get(path)`: the indexed note (type, date, properties, resolved links per property key).
 * - `ofType(type)`: notes of a type, in the order indexed.
 * - `ofGroup(group, type)`, `ofSession(session, type)`: notes of a type whose group / session link points there.
 * - `sessionsOfGroup(group)`: sessions sorted by date (then path).
 * - `sessionsAsClient(person)` (as `client` or `client_b`), `sessionsAsAttendee(person)`: sorted by date.
 * - `clientsOfSession(session)`: [client A, client B] (B only in a two-consultation session).
 * - `consultationOfClient(session, person)`: "a", "b" or null.
 * - `contractsOfSession(session, consultation?)`, `plansOfSession(session, consultation?)`: notes
 *   whose `session` links there, optionally only those of one consultation (`consultation: b`
 *   on the note, else "a").
 * - `openPlansOfClient(person)`: action plans with `client` → person and `status` not "done", newest first.
 * - `previousSession(group, date, excludePath?)`, `nextSession(group, date, excludePath?)`.
 * - `revision` (bumped on every change) and `subscribe(listener)` → unsubscribe function;
 *   `batch(run)` groups many changes (a full build) into one notification.
 */

import type { Consultation } from "../codev/consultations";
import { linkpath, wikiLinksIn } from "../notes/links";
import { TYPES, typeOf } from "../notes/schema/kinds";
import { consultationOfProperties } from "../notes/schema/contract";
import { LINK_PROPERTIES } from "../notes/schema/linkProperties";
import { PLAN_KEYS } from "../notes/schema/plan";
import { SESSION_KEYS } from "../notes/schema/session";
import { asDate, asList, linkTexts } from "../notes/schema/values";
import { isConflictCopy } from "../notes/conflicts";
import { basenameOf } from "../notes/paths";

export const CODEV_TYPES = TYPES;

export interface IndexRecord {
	path: string;
	/** Properties as the metadata cache reads them; null when absent or unreadable. */
	frontmatter: Record<string, unknown> | null;
	/** Resolved target paths of the links in each property ("client" → ["People/Alice.md"]). */
	links: Record<string, string[]>;
	/** Link texts that named no note yet (a note still to arrive through sync). */
	unresolved?: readonly string[];
}

export interface IndexedNote {
	path: string;
	type: string;
	/** The `date` property as yyyy-MM-dd, or null. */
	date: string | null;
	frontmatter: Readonly<Record<string, unknown>>;
	/** Resolved target paths per property key, made on each read (the index keeps them as pairs). */
	readonly links: Record<string, string[]>;
	/** Link texts that named no note when this one was read. */
	unresolved: readonly string[];
}

/**
 * An indexed note. Its links are kept as pairs (property name, target), a property's side by
 * side, not an object and an array per property: `pairs` from `from` to `to`. The notes of a full
 * build share a few arrays (12,800 arrays fewer to make and for the garbage collector to copy); a
 * note's segment is its own, so a rename rewrites it in place.
 */
class Note implements IndexedNote {
	/** Read from the properties on first need: a full build parses no date a query never asks for. */
	private dateRead?: string | null;

	constructor(
		public path: string,
		readonly type: string,
		readonly frontmatter: Readonly<Record<string, unknown>>,
		readonly pairs: string[],
		readonly from: number,
		readonly to: number,
		readonly unresolved: readonly string[],
	) {}

	get date(): string | null {
		// A note with no date reads again: `dateProperty` of a missing value is a type test.
		return (this.dateRead ??= dateProperty(this.frontmatter[SESSION_KEYS.date]));
	}

	get links(): Record<string, string[]> {
		return linksOfPairs(this.pairs, this.from, this.to);
	}

	/** The first target of a property, or null. */
	target(key: string): string | null {
		for (let i = this.from; i < this.to; i += 2) if (this.pairs[i] === key) return this.pairs[i + 1] as string;
		return null;
	}
}

/** The consultation a contract or plan belongs to: `consultation: b`, else A (one-client sessions included). */
export function consultationOfNote(note: Pick<IndexedNote, "frontmatter">): Consultation {
	return consultationOfProperties(note.frontmatter);
}

/** A date property as yyyy-MM-dd (a date-time too): the session model's reading. */
export const dateProperty = asDate;

function wikiTexts(value: unknown): string[] {
	return asList(value).flatMap((item) => (typeof item === "string" ? wikiLinksIn(item).map((link) => link.path).filter((text) => text !== "") : []));
}

/** Builds a record from properties, resolving every `[[link]]` found in string or list values. */
export function recordFromFrontmatter(
	path: string,
	frontmatter: Record<string, unknown> | null,
	resolve: LinkResolver,
): IndexRecord {
	const links: Record<string, string[]> = {};
	const unresolved: string[] = [];
	for (const [key, value] of Object.entries(frontmatter ?? {})) {
		// A link property is read leniently (plain text, one text for a list); elsewhere only [[links]] count.
		const texts = LINK_PROPERTIES.has(key) ? linkTexts(value) : wikiTexts(value);
		const targets: string[] = [];
		for (const text of texts) {
			const target = resolve(text, path);
			if (target === null) unresolved.push(text);
			else if (!targets.includes(target)) targets.push(target);
		}
		if (targets.length > 0) links[key] = targets;
	}
	return { path, frontmatter, links, unresolved };
}

/** A link Obsidian found in a property (`CachedMetadata.frontmatterLinks`): `key` is "client", or "attendees.2" for a list item. */
export interface PropertyLink {
	key: string;
	link: string;
}

/** How many texts a property holds: 1 for a text, the texts of a list. */
function textCount(value: unknown): number {
	if (typeof value === "string") return 1;
	if (!Array.isArray(value)) return 0;
	let count = 0;
	for (const item of value) if (typeof item === "string") count++;
	return count;
}

/** True when `key`, a `frontmatterLinks` key, is a list item's link of the property `name`: "attendees.2" of `attendees`. */
function itemOf(key: string, name: string): boolean {
	return key.charCodeAt(name.length) === 46 && key.startsWith(name) && key.indexOf(".", name.length + 1) < 0;
}

/** Shared by every note without unresolved links (most of them), or without links: one array less per note kept. */
const NO_TEXTS: readonly string[] = Object.freeze([]);

/**
 * The links of a note from the list Obsidian already parsed, instead of scanning every value
 * again, as pairs (property name, target) pushed onto `pairs`, a property's targets side by side
 * and each once. Obsidian lists them in property order, so properties and links are read side by
 * side: no property name worked out per link. Returns the texts that named no note, or undefined
 * for a note to read value by value instead: a link property written as plain text ("client:
 * Alice", which Obsidian does not list as a link), or links not in the order of the properties.
 */
function readLinks(path: string, frontmatter: Record<string, unknown> | null, propertyLinks: readonly PropertyLink[], resolve: LinkResolver, pairs: string[]): readonly string[] | undefined {
	const properties = frontmatter ?? {};
	let unresolved: string[] | null = null;
	let next = 0;
	// for…in, not Object.keys: no array made per note (this runs for every codev note at start-up).
	for (const name in properties) {
		const value = properties[name];
		// A text's links have the property's name as key, exactly: no list item's key to look for.
		const isText = typeof value === "string";
		const first = pairs.length;
		const firstUnresolved = unresolved?.length ?? 0;
		// Texts of this property that hold links: one key per text ("attendees.2"), repeated for a text with two.
		let texts = 0;
		let lastKey = "";
		for (; next < propertyLinks.length; next++) {
			const { key, link } = propertyLinks[next] as PropertyLink;
			if (key !== name && (isText || !itemOf(key, name))) break;
			if (key !== lastKey) texts++;
			lastKey = key;
			// A link written in a table ends with the escaped pipe's backslash.
			const text = linkpath(link.charCodeAt(link.length - 1) === 92 ? link.slice(0, -1) : link);
			if (text === "") continue;
			const target = resolve(text, path);
			// A link property lists each name once, as its lenient reading (linkTexts) does; a name met twice resolves to a target listed already.
			if (target === null) {
				if (!LINK_PROPERTIES.has(name) || unresolved === null || unresolved.indexOf(text, firstUnresolved) < 0) (unresolved ??= []).push(text);
			} else if (!hasTarget(pairs, first, target)) pairs.push(name, target);
		}
		// A text with its link, or a number, a date, a flag: nothing Obsidian left out. A text of a link property without a link ("client: Alice") is a name it did not list.
		if (isText ? texts === 1 : texts === 0 && !Array.isArray(value)) continue;
		if (LINK_PROPERTIES.has(name) && texts !== textCount(value)) return undefined;
	}
	if (next < propertyLinks.length) return undefined;
	return unresolved ?? NO_TEXTS;
}

/** True when the pairs from `first` on (one property's) list `target`. */
function hasTarget(pairs: readonly string[], first: number, target: string): boolean {
	for (let i = first + 1; i < pairs.length; i += 2) if (pairs[i] === target) return true;
	return false;
}

/** Links by property from pairs (property name, target). */
function linksOfPairs(pairs: readonly string[], from = 0, to = pairs.length): Record<string, string[]> {
	const links: Record<string, string[]> = {};
	for (let i = from; i < to; i += 2) (links[pairs[i] as string] ??= []).push(pairs[i + 1] as string);
	return links;
}

function pairsOfLinks(links: Readonly<Record<string, readonly string[]>>): string[] {
	const pairs: string[] = [];
	for (const key in links) for (const target of links[key] ?? []) pairs.push(key, target);
	return pairs;
}

/**
 * The record `recordFromFrontmatter` builds, from the links Obsidian already parsed (`readLinks`);
 * a note that Obsidian's list does not fully describe is read value by value.
 */
export function recordFromLinks(path: string, frontmatter: Record<string, unknown> | null, propertyLinks: readonly PropertyLink[], resolve: LinkResolver): IndexRecord {
	const pairs: string[] = [];
	const unresolved = readLinks(path, frontmatter, propertyLinks, resolve, pairs);
	if (unresolved === undefined) return recordFromFrontmatter(path, frontmatter, resolve);
	return { path, frontmatter, links: linksOfPairs(pairs), unresolved };
}

/** Resolves a link text from a note: Obsidian's `getFirstLinkpathDest(text, sourcePath)`, a path or null. */
export type LinkResolver = (linkText: string, sourcePath: string) => string | null;

/** The smallest view of a NoteStore the builder needs (MemoryStore and VaultStore both fit). */
export interface RecordSource {
	notesOfType(type: string): string[];
	frontmatter(path: string): Record<string, unknown> | null;
	resolveLink(linkText: string, sourcePath: string): string | null;
}

/** Full build from a store (scripts, tests, and the services' fallback outside Obsidian). */
export function indexFromStore(store: RecordSource): CodevIndex {
	const index = new CodevIndex();
	index.batch(() => {
		for (const type of Object.values(CODEV_TYPES)) {
			for (const path of store.notesOfType(type)) {
				index.upsert(recordFromFrontmatter(path, store.frontmatter(path), (text, source) => store.resolveLink(`[[${text}]]`, source)));
			}
		}
	});
	return index;
}

/** What a link text and a path have in common when the link names that note: its name, in lower case. */
function waitKey(textOrPath: string): string {
	return basenameOf(textOrPath).normalize("NFC").toLowerCase();
}

/**
 * The notes linking to one target through one property: the note itself while there is one (a
 * session's action plan, a person's group), a list from the second on. A full build makes
 * thousands of these; most would otherwise be a set or an array of one. Notes, not paths: a
 * query reads them without looking each up by path.
 */
type Sources = Note | Note[];

function listOf(sources: Sources | undefined): readonly Note[] {
	return sources === undefined ? [] : Array.isArray(sources) ? sources : [sources];
}

/** Adds `note` as the last source of `target` (once: a target listed twice in a note's links is already its last source). */
function addSource(byTarget: Map<string, Sources>, target: string, note: Note): void {
	const sources = byTarget.get(target);
	if (sources === undefined) byTarget.set(target, note);
	else if (!Array.isArray(sources)) {
		if (sources !== note) byTarget.set(target, [sources, note]);
	} else if (sources[sources.length - 1] !== note) sources.push(note);
}

const byDate = (a: IndexedNote, b: IndexedNote): number => (a.date ?? "").localeCompare(b.date ?? "") || a.path.localeCompare(b.path);

export class CodevIndex {
	/** Path → note; read through `notes`, which first takes in what a full build left in `added`. */
	private readonly byPath = new Map<string, Note>();
	/**
	 * Notes a full build put into an empty index, in order, not yet in `byPath` nor waiting: the
	 * build only appends (no lookup per note), and they are taken in on first need as `put` would
	 * have taken them one by one (a path put twice replaces the first then).
	 */
	private added: Note[] = [];
	/**
	 * property key → target path → source notes: the inverse of the notes' links. While `lazyKeys`
	 * (a new index, or after `clear()`: a full build), a key is folded from the notes' links, in
	 * their order, on its first query, which gives what linking each note as it came did; a rename
	 * or a note replaced (which reorder sources) folds every key first, and `lazyKeys` ends.
	 */
	private readonly inboundLinks = new Map<string, Map<string, Sources>>();
	private lazyKeys = true;
	private readonly listeners = new Set<() => void>();
	/** Name of a note not there yet (lower case) → the notes whose links name it. */
	private readonly waiting = new Map<string, Set<string>>();
	/** Sync conflict copies seen: never indexed, so never counted; listed for the facilitator. */
	private readonly conflicts = new Set<string>();
	revision = 0;
	/** True once the first full build is done. */
	ready = false;

	private get notes(): Map<string, Note> {
		if (this.added.length > 0) this.settle();
		return this.byPath;
	}

	/** Takes in the notes a full build added, in order; returns them when no path came twice (their order is then the map's). */
	private settle(): readonly Note[] | null {
		const added = this.added;
		this.added = [];
		for (const note of added) {
			const size = this.byPath.size;
			// One map operation per note: a path met again shows as a size that did not grow.
			this.byPath.set(note.path, note);
			if (this.byPath.size > size) this.link(note);
			else {
				// Rare (a build that puts a note twice): all taken in again as `put` does, replacing the first.
				this.byPath.clear();
				for (const again of added) this.takeIn(again);
				return null;
			}
		}
		return added;
	}

	/** What `put` does with a new note of a non-empty index. */
	private takeIn(note: Note): void {
		const old = this.byPath.get(note.path);
		if (old) {
			// The replaced note's links go to the end of each target's sources: the inverse must exist first.
			this.inbound();
			this.unlink(old);
		}
		this.byPath.set(note.path, note);
		this.link(note);
	}

	get size(): number {
		return this.notes.size;
	}

	get(path: string): IndexedNote | undefined {
		return this.notes.get(path);
	}

	all(): IndexedNote[] {
		return [...this.notes.values()];
	}

	/** Conflict copies of codev notes met so far (left out of every query). */
	conflictCopies(): string[] {
		return [...this.conflicts];
	}

	/** Notes whose links named a note of this path's name before it existed: to resolve again. */
	waitingOn(path: string): string[] {
		const notes = this.notes;
		return [...(this.waiting.get(waitKey(path)) ?? [])].filter((source) => source !== path && notes.has(source));
	}

	upsert(record: IndexRecord): void {
		const pairs = pairsOfLinks(record.links);
		this.put(record.path, record.frontmatter, pairs, 0, pairs.length, record.unresolved ?? NO_TEXTS);
	}

	/**
	 * Where the notes of a full build keep their pairs, one after the other, read straight into it. A
	 * new array past 4,096 strings: a larger one would cost more to grow (each step copies it) than
	 * the few thousand small arrays of a build.
	 */
	private buildPairs: string[] = [];

	/**
	 * What `upsert(recordFromLinks(…))` does, without the record: the pairs of links go straight
	 * into the note. The full build at layout-ready calls this for every codev note.
	 */
	upsertFromLinks(path: string, frontmatter: Record<string, unknown> | null, propertyLinks: readonly PropertyLink[], resolve: LinkResolver): void {
		if (this.buildPairs.length > 4096) this.buildPairs = [];
		const pairs = this.buildPairs;
		const from = pairs.length;
		const unresolved = readLinks(path, frontmatter, propertyLinks, resolve, pairs);
		if (unresolved !== undefined && this.appending()) return this.put(path, frontmatter, pairs, from, pairs.length, unresolved);
		// Not a build's note: it gets its own array, and the shared one its length back.
		const own = pairs.slice(from);
		pairs.length = from;
		if (unresolved === undefined) this.upsert(recordFromFrontmatter(path, frontmatter, resolve));
		else this.put(path, frontmatter, own, 0, own.length, unresolved);
	}

	/** True while notes are only added to an empty index (a full build): nothing to look up or replace yet. */
	private appending(): boolean {
		return this.byPath.size === 0 && this.lazyKeys && this.inboundLinks.size === 0;
	}

	private put(path: string, frontmatter: Record<string, unknown> | null, pairs: string[], from: number, to: number, unresolved: readonly string[]): void {
		const type = typeOf(frontmatter);
		if (isConflictCopy(path)) {
			if (type.startsWith("codev-")) this.conflicts.add(path);
			return;
		}
		if (!type.startsWith("codev-")) {
			const old = this.notes.get(path);
			if (old) {
				this.inbound();
				this.unlink(old);
				this.byPath.delete(path);
				this.changed();
			}
			return;
		}
		const note = new Note(path, type, frontmatter ?? {}, pairs, from, to, unresolved);
		if (this.appending()) this.added.push(note);
		else this.takeIn(note);
		this.changed();
	}

	remove(path: string): void {
		this.conflicts.delete(path);
		const note = this.notes.get(path);
		if (!note) return;
		this.unlink(note);
		this.notes.delete(path);
		this.changed();
	}

	rename(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		let incoming = false;
		for (const [key, byTarget] of this.inbound()) {
			const sources = byTarget.get(oldPath);
			if (sources === undefined) continue;
			incoming = true;
			byTarget.delete(oldPath);
			const moved = listOf(sources);
			for (const note of moved) {
				const { pairs, to } = note;
				for (let i = note.from + 1; i < to; i += 2) if (pairs[i] === oldPath && pairs[i - 1] === key) pairs[i] = newPath;
			}
			const kept = listOf(byTarget.get(newPath));
			const merged = [...kept, ...moved.filter((source) => !kept.includes(source))];
			byTarget.set(newPath, merged.length === 1 ? (merged[0] as Note) : merged);
		}
		const note = this.notes.get(oldPath);
		if (note) {
			this.unlink(note);
			this.notes.delete(oldPath);
			note.path = newPath;
			this.notes.set(newPath, note);
			this.link(note);
		}
		if (incoming || note) this.changed();
	}

	/** Clears everything (a full rebuild). */
	clear(): void {
		this.byPath.clear();
		this.added = [];
		this.buildPairs = [];
		this.inboundLinks.clear();
		this.lazyKeys = true;
		this.waiting.clear();
		this.conflicts.clear();
		this.changed();
	}

	/** Called after every change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Notes of `type` whose property `key` links to `target`. */
	linkingTo(target: string, key: string, type: string): IndexedNote[] {
		const out: IndexedNote[] = [];
		for (const note of listOf(this.inboundOf(key).get(target))) if (note.type === type) out.push(note);
		return out;
	}

	/** First resolved target of a property, e.g. a session's group. */
	target(path: string, key: string): string | null {
		return this.notes.get(path)?.target(key) ?? null;
	}

	ofType(type: string): IndexedNote[] {
		return this.all().filter((note) => note.type === type);
	}

	ofGroup(groupPath: string, type: string): IndexedNote[] {
		return this.linkingTo(groupPath, SESSION_KEYS.group, type);
	}

	ofSession(sessionPath: string, type: string): IndexedNote[] {
		return this.linkingTo(sessionPath, PLAN_KEYS.session, type);
	}

	sessionsOfGroup(groupPath: string): IndexedNote[] {
		return this.linkingTo(groupPath, SESSION_KEYS.group, CODEV_TYPES.session).sort(byDate);
	}

	sessionsAsClient(personPath: string): IndexedNote[] {
		const asA = this.linkingTo(personPath, SESSION_KEYS.client, CODEV_TYPES.session);
		const asB = this.linkingTo(personPath, SESSION_KEYS.clientB, CODEV_TYPES.session).filter((note) => !asA.includes(note));
		return [...asA, ...asB].sort(byDate);
	}

	clientsOfSession(sessionPath: string): string[] {
		const a = this.target(sessionPath, SESSION_KEYS.client);
		const b = this.target(sessionPath, SESSION_KEYS.clientB);
		return [a, b].filter((path, i, all): path is string => path !== null && all.indexOf(path) === i);
	}

	consultationOfClient(sessionPath: string, personPath: string): Consultation | null {
		if (this.target(sessionPath, SESSION_KEYS.client) === personPath) return "a";
		return this.target(sessionPath, SESSION_KEYS.clientB) === personPath ? "b" : null;
	}

	sessionsAsAttendee(personPath: string): IndexedNote[] {
		return this.linkingTo(personPath, SESSION_KEYS.attendees, CODEV_TYPES.session).sort(byDate);
	}

	contractsOfSession(sessionPath: string, consultation?: Consultation): IndexedNote[] {
		return this.linkingTo(sessionPath, PLAN_KEYS.session, CODEV_TYPES.contract)
			.filter((note) => consultation === undefined || consultationOfNote(note) === consultation)
			.sort(byDate);
	}

	plansOfSession(sessionPath: string, consultation?: Consultation): IndexedNote[] {
		return this.linkingTo(sessionPath, PLAN_KEYS.session, CODEV_TYPES.plan)
			.filter((note) => consultation === undefined || consultationOfNote(note) === consultation)
			.sort(byDate);
	}

	openPlansOfClient(personPath: string): IndexedNote[] {
		return this.linkingTo(personPath, PLAN_KEYS.client, CODEV_TYPES.plan)
			.filter((plan) => plan.frontmatter[PLAN_KEYS.status] !== "done")
			.sort(byDate)
			.reverse();
	}

	/** The latest session of the group strictly before `date` (yyyy-MM-dd). */
	previousSession(groupPath: string, date: string, excludePath?: string): IndexedNote | null {
		const before = this.sessionsOfGroup(groupPath).filter((s) => s.path !== excludePath && s.date !== null && s.date < date);
		return before[before.length - 1] ?? null;
	}

	/** The first session of the group strictly after `date`. */
	nextSession(groupPath: string, date: string, excludePath?: string): IndexedNote | null {
		return this.sessionsOfGroup(groupPath).find((s) => s.path !== excludePath && s.date !== null && s.date > date) ?? null;
	}

	/** The notes in their order, those a full build added taken in first. */
	private inOrder(): Iterable<Note> {
		// The build's array when it is the map's order: walking an array is cheaper than a map.
		return (this.added.length > 0 ? this.settle() : null) ?? this.byPath.values();
	}

	/** The inverse links of one property, folded on its first query while keys are lazy. */
	private inboundOf(key: string): Map<string, Sources> {
		// Taking in the build's notes first: a path put twice folds every key then.
		const notes = this.inOrder();
		let byTarget = this.inboundLinks.get(key);
		if (byTarget !== undefined) return byTarget;
		byTarget = new Map<string, Sources>();
		if (!this.lazyKeys) return byTarget;
		this.inboundLinks.set(key, byTarget);
		for (const note of notes) {
			const { pairs, to } = note;
			for (let i = note.from; i < to; i += 2) if (pairs[i] === key) addSource(byTarget, pairs[i + 1] as string, note);
		}
		return byTarget;
	}

	/** Every property's inverse links (a rename or a replaced note changes their order), folded again all at once while keys are lazy. */
	private inbound(): Map<string, Map<string, Sources>> {
		const notes = this.inOrder();
		if (this.lazyKeys) {
			this.lazyKeys = false;
			this.inboundLinks.clear();
			for (const note of notes) this.linkTargets(note);
		}
		return this.inboundLinks;
	}

	private link(note: Note): void {
		for (const text of note.unresolved) {
			const key = waitKey(text);
			let sources = this.waiting.get(key);
			if (!sources) this.waiting.set(key, (sources = new Set<string>()));
			sources.add(note.path);
		}
		// While keys are lazy and none is folded (a full build taken in), there is nothing to add to.
		if (!this.lazyKeys || this.inboundLinks.size > 0) this.linkTargets(note);
	}

	/** Adds the note's links to the inverse: to every key once all are folded, else only to the keys folded already (the others fold it in later). */
	private linkTargets(note: Note): void {
		const { pairs, to } = note;
		let key: string | undefined;
		let byTarget: Map<string, Sources> | undefined;
		for (let i = note.from; i < to; i += 2) {
			const name = pairs[i] as string;
			if (name !== key) {
				key = name;
				byTarget = this.inboundLinks.get(name);
				if (!byTarget && !this.lazyKeys) this.inboundLinks.set(name, (byTarget = new Map<string, Sources>()));
			}
			if (byTarget) addSource(byTarget, pairs[i + 1] as string, note);
		}
	}

	private unlink(note: Note): void {
		for (const text of note.unresolved) {
			const sources = this.waiting.get(waitKey(text));
			sources?.delete(note.path);
			if (sources?.size === 0) this.waiting.delete(waitKey(text));
		}
		const inbound = this.inboundLinks;
		const { pairs, to } = note;
		for (let i = note.from; i < to; i += 2) {
			const key = pairs[i] as string;
			const byTarget = inbound.get(key);
			if (!byTarget) continue;
			const target = pairs[i + 1] as string;
			const sources = byTarget.get(target);
			if (sources === note) byTarget.delete(target);
			else if (Array.isArray(sources)) {
				const at = sources.indexOf(note);
				if (at >= 0) sources.splice(at, 1);
				if (sources.length === 0) byTarget.delete(target);
			}
			if (byTarget.size === 0) inbound.delete(key);
		}
	}

	private batching = 0;
	private pending = false;

	/**
	 * Runs many changes (a full build) and tells the subscribers once at the end, not once per
	 * note: an open view redraws once instead of thousands of times at start-up.
	 */
	batch(run: () => void): void {
		this.batching++;
		try {
			run();
		} finally {
			this.batching--;
			if (this.batching === 0 && this.pending) {
				this.pending = false;
				for (const listener of this.listeners) listener();
			}
		}
	}

	private changed(): void {
		this.revision++;
		if (this.batching > 0) {
			this.pending = true;
			return;
		}
		for (const listener of this.listeners) listener();
	}
}
