import { describe, expect, it } from "vitest";
import type { App, CachedMetadata } from "obsidian";
import { CODEV_TYPES, CodevIndex, recordFromLinks, type IndexRecord, type LinkResolver } from "../../src/index/codevIndex";
import { buildResolver } from "../../scripts/bench/folderResolver";
import { buildIndex, recordOf } from "../../src/obsidian/indexAdapter";
import { propertyLinksOf } from "../../scripts/bench/vault";
import { noteViews } from "../tools/indexedNotes";

/**
 * Obsidian's choice for a link path as observed (getFirstLinkpathDest): `./` and `../` from the
 * source's folder, else an exact vault path, else a note of that name in the source's folder,
 * else the shortest path of that name; case-insensitive.
 */
function obsidianLike(paths: readonly string[]): LinkResolver {
	const lower = (path: string) => path.toLowerCase();
	const exact = (path: string) => paths.find((p) => lower(p) === lower(path) || lower(p) === lower(`${path}.md`)) ?? null;
	return (text, source) => {
		const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/")) : "";
		if (text.startsWith("./") || text.startsWith("../")) {
			const parts = folder === "" ? [] : folder.split("/");
			for (const part of text.split("/")) {
				if (part === "..") parts.pop();
				else if (part !== ".") parts.push(part);
			}
			return exact(parts.join("/"));
		}
		const found = exact(text);
		if (found !== null) return found;
		const named = paths.filter((p) => lower(p).endsWith(`/${lower(text)}.md`) || lower(p) === `${lower(text)}.md`);
		const near = named.find((p) => p.slice(0, p.lastIndexOf("/")) === folder);
		return near ?? [...named].sort((a, b) => a.length - b.length)[0] ?? null;
	};
}

interface Note {
	path: string;
	frontmatter: Record<string, unknown>;
}

const person = (path: string): Note => ({ path, frontmatter: { type: "codev-person" } });
const session = (path: string, fm: Record<string, unknown>): Note => ({ path, frontmatter: { type: "codev-session", date: "2026-01-13", ...fm } });

/** "Alice" and "Groupe" in several folders: which one a link names depends on the linking note's folder. */
const NOTES: Note[] = [
	person("A/Alice.md"),
	person("B/Alice.md"),
	person("Deep/er/Alice.md"),
	person("Bob.md"),
	{ path: "A/Groupe.md", frontmatter: { type: "codev-group", members: ["[[Alice]]", "[[Bob]]"] } },
	{ path: "B/Groupe.md", frontmatter: { type: "codev-group", members: ["[[Alice]]"] } },
	session("A/S1.md", { group: "[[Groupe]]", client: "[[Alice]]", attendees: ["[[Alice]]", "[[Bob]]", "[[./Alice]]", "[[B/Alice]]"] }),
	session("A/S2.md", { group: "[[Groupe]]", client: "[[alice]]", attendees: ["[[Alice]]", "[[Nobody]]"] }),
	session("B/S3.md", { group: "[[Groupe]]", client: "[[Alice]]", attendees: ["[[Alice]]", "[[../A/Alice]]", "[[Bob]]"] }),
	session("B/S4.md", { group: "[[Groupe|G]]", client: "[[Alice#Notes]]", attendees: ["[[Alice]]", "[[Nobody]]", "[[Bob]]"] }),
	session("C/S5.md", { group: "[[Groupe]]", client: "[[Alice]]", attendees: ["[[Deep/er/Alice]]", "[[Alice]]"] }),
	session("Deep/er/S6.md", { group: "[[A/Groupe]]", client: "[[Alice]]", attendees: ["[[../../Bob]]", "[[Alice]]"] }),
	session("S7.md", { group: "[[Groupe]]", client: "[[Alice]]", attendees: ["[[./Bob]]"] }),
];

const resolveIn = obsidianLike(NOTES.map((n) => n.path));

function recordsWith(resolve: LinkResolver): IndexRecord[] {
	return NOTES.map((note) => recordFromLinks(note.path, note.frontmatter, propertyLinksOf(note.frontmatter), resolve));
}

describe("one resolution per link text and folder during a full build", () => {
	it("gives the records resolving every link gives, ambiguous names in several folders included", () => {
		let asked = 0;
		const cached = buildResolver((text, source) => {
			asked++;
			return resolveIn(text, source);
		});
		expect(recordsWith(cached)).toEqual(recordsWith(resolveIn));
		// Each note linked its folder's Alice, not the first one met.
		expect(recordsWith(cached).find((r) => r.path === "B/S3.md")?.links).toEqual({ group: ["B/Groupe.md"], client: ["B/Alice.md"], attendees: ["B/Alice.md", "A/Alice.md", "Bob.md"] });
		expect(recordsWith(cached).find((r) => r.path === "C/S5.md")?.links.client).toEqual(["A/Alice.md"]);
		const links = NOTES.reduce((sum, note) => sum + propertyLinksOf(note.frontmatter).length, 0);
		expect(asked).toBeLessThan(links);
	});

	it("never answers from another build: a note added between two builds is found by the second", () => {
		const before = buildResolver(resolveIn);
		expect(before("Carla", "A/S1.md")).toBeNull();
		const after = buildResolver(obsidianLike([...NOTES.map((n) => n.path), "A/Carla.md"]));
		expect(after("Carla", "A/S1.md")).toBe("A/Carla.md");
		expect(before("Carla", "A/S2.md")).toBeNull();
	});

	it("the adapter's build indexes what reading each note alone indexes, ambiguous names in several folders included", () => {
		const caches = new Map<string, CachedMetadata>(NOTES.map((n) => [n.path, { frontmatter: n.frontmatter, frontmatterLinks: propertyLinksOf(n.frontmatter) }]));
		const app = {
			vault: { getMarkdownFiles: () => NOTES.map((n) => ({ path: n.path })) },
			metadataCache: {
				getFileCache: (file: { path: string }) => caches.get(file.path) ?? null,
				getFirstLinkpathDest: (text: string, source: string) => {
					const path = resolveIn(text, source);
					return path === null ? null : { path };
				},
			},
		} as unknown as Pick<App, "vault" | "metadataCache">;
		const built = new CodevIndex();
		buildIndex(app, built);
		const oneByOne = new CodevIndex();
		for (const note of NOTES) oneByOne.upsert(recordOf(app, note.path, caches.get(note.path) ?? null));
		expect(noteViews(built.all())).toEqual(noteViews(oneByOne.all()));
		for (const target of ["A/Alice.md", "B/Alice.md", "Deep/er/Alice.md", "Bob.md", "A/Groupe.md", "B/Groupe.md"]) {
			for (const key of ["group", "client", "attendees", "members"]) {
				for (const type of Object.values(CODEV_TYPES)) expect(noteViews(built.linkingTo(target, key, type))).toEqual(noteViews(oneByOne.linkingTo(target, key, type)));
			}
		}
	});
});

const G1 = "Groups/G1.md";
const G2 = "Groups/G2.md";
const ALICE = "People/Alice.md";
const BRUNO = "People/Bruno.md";

function sessionRecord(path: string, group: string, client: string, attendees: string[], date = "2026-01-13"): IndexRecord {
	return { path, frontmatter: { type: "codev-session", date, client: "[[x]]" }, links: { group: [group], client: [client], attendees } };
}

const BUILD: IndexRecord[] = [
	{ path: G1, frontmatter: { type: "codev-group" }, links: { members: [ALICE, BRUNO] } },
	{ path: G2, frontmatter: { type: "codev-group" }, links: { members: [BRUNO] } },
	sessionRecord("S/1.md", G1, ALICE, [ALICE, BRUNO]),
	sessionRecord("S/2.md", G1, BRUNO, [BRUNO, ALICE], "2026-02-10"),
	sessionRecord("S/3.md", G2, BRUNO, [BRUNO]),
	{ path: "S/1 plan.md", frontmatter: { type: "codev-action-plan", date: "2026-01-13" }, links: { session: ["S/1.md"], client: [ALICE], group: [G1] } },
	{ path: "S/4.md", frontmatter: { type: "codev-session", date: "2026-03-10" }, links: { group: [G1] }, unresolved: ["Carla"] },
];

const TARGETS = [G1, G2, "Groups/G3.md", ALICE, BRUNO, "People/Carla.md", "S/1.md", "S/1 bis.md"];
const KEYS = ["group", "client", "attendees", "members", "session"];

/** Every inverse answer, in the order the index gives it. */
function answers(index: CodevIndex): unknown {
	return {
		notes: noteViews(index.all()),
		inverse: TARGETS.map((target) => KEYS.map((key) => Object.values(CODEV_TYPES).map((type) => index.linkingTo(target, key, type).map((n) => n.path)))),
		waiting: TARGETS.map((target) => index.waitingOn(target)),
	};
}

/** A full build as the adapter runs it: one batch from an empty index, so the inverse links wait. */
function fullBuild(): CodevIndex {
	const index = new CodevIndex();
	index.batch(() => {
		index.clear();
		for (const record of BUILD) index.upsert(record);
	});
	return index;
}

/** The same notes with the inverse links made at each step (a query after every change). */
function eagerBuild(): CodevIndex {
	const index = new CodevIndex();
	for (const record of BUILD) {
		index.upsert(record);
		index.linkingTo(G1, "group", CODEV_TYPES.session);
	}
	return index;
}

const CHANGES: Record<string, (index: CodevIndex) => void> = {
	"a target renamed": (index) => index.rename(G1, "Groups/G3.md"),
	"a target renamed onto a note already linked": (index) => index.rename(ALICE, BRUNO),
	"a source renamed": (index) => index.rename("S/1.md", "S/1 bis.md"),
	"a source deleted": (index) => index.remove("S/2.md"),
	"a note replaced (its links move to the end)": (index) => index.upsert(sessionRecord("S/1.md", G1, BRUNO, [ALICE])),
	"a note deleted then back": (index) => {
		index.remove("S/1.md");
		index.upsert(sessionRecord("S/1.md", G2, ALICE, [ALICE]));
	},
	"a note no longer a codev note": (index) => index.upsert({ path: "S/3.md", frontmatter: { type: "note" }, links: {} }),
	"a note arriving late by sync": (index) => index.upsert({ path: "People/Carla.md", frontmatter: { type: "codev-person" }, links: { groups: [G1] } }),
	"a new session linking the late note": (index) => index.upsert(sessionRecord("S/5.md", G2, "People/Carla.md", [ALICE, "People/Carla.md"])),
};

describe("inverse links made on first need after a full build", () => {
	it("answer as if made note by note", () => {
		expect(answers(fullBuild())).toEqual(answers(eagerBuild()));
	});

	for (const [name, change] of Object.entries(CHANGES)) {
		it(`answer the same after ${name} before any query`, () => {
			const lazy = fullBuild();
			const eager = eagerBuild();
			change(lazy);
			change(eager);
			expect(answers(lazy)).toEqual(answers(eager));
		});
	}

	for (const [name, change] of Object.entries(CHANGES)) {
		it(`answer the same after ${name} once one property was queried (each property folded on its first query)`, () => {
			const lazy = fullBuild();
			const eager = eagerBuild();
			expect(lazy.linkingTo(G1, "group", CODEV_TYPES.session)).toEqual(eager.linkingTo(G1, "group", CODEV_TYPES.session));
			change(lazy);
			change(eager);
			expect(answers(lazy)).toEqual(answers(eager));
		});
	}

	it("answer the same after every change in a row, the first query coming last", () => {
		const lazy = fullBuild();
		const eager = eagerBuild();
		for (const change of Object.values(CHANGES)) {
			change(lazy);
			change(eager);
		}
		expect(answers(lazy)).toEqual(answers(eager));
	});

	it("answer the same when the build itself puts a note twice, drops one or reads one", () => {
		const steps: Record<string, (index: CodevIndex) => void> = {
			"put twice": (index) => index.upsert(sessionRecord("S/1.md", G2, BRUNO, [BRUNO])),
			"no longer a codev note": (index) => index.upsert({ path: "S/2.md", frontmatter: { type: "note" }, links: {} }),
			removed: (index) => index.remove("S/3.md"),
			read: (index) => void index.get("S/1.md"),
		};
		for (const [name, step] of Object.entries(steps)) {
			const lazy = new CodevIndex();
			lazy.batch(() => {
				lazy.clear();
				for (const record of BUILD) lazy.upsert(record);
				step(lazy);
				lazy.upsert({ path: "People/Carla.md", frontmatter: { type: "codev-person" }, links: { groups: [G1] } });
			});
			const eager = eagerBuild();
			step(eager);
			eager.upsert({ path: "People/Carla.md", frontmatter: { type: "codev-person" }, links: { groups: [G1] } });
			expect(answers(lazy), name).toEqual(answers(eager));
			expect(lazy.size, name).toBe(eager.size);
		}
	});

	it("a note arriving late is still waited for, and the build notifies once", () => {
		const index = new CodevIndex();
		let notified = 0;
		index.subscribe(() => notified++);
		index.batch(() => {
			index.clear();
			for (const record of BUILD) index.upsert(record);
		});
		expect(notified).toBe(1);
		expect(index.waitingOn("People/Carla.md")).toEqual(["S/4.md"]);
		expect(index.sessionsOfGroup(G1).map((n) => n.path)).toEqual(["S/1.md", "S/2.md", "S/4.md"]);
	});
});
