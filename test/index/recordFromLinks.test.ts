import { describe, expect, it } from "vitest";
import { CodevIndex, recordFromFrontmatter, recordFromLinks, type PropertyLink } from "../../src/index/codevIndex";
import { propertyLinksOf } from "../../scripts/bench/vault";
import { noteViews } from "../tools/indexedNotes";

const notes: Record<string, string> = { alice: "People/Alice.md", bob: "People/Bob.md", "groupe 1": "Groups/Groupe 1.md", "2026-01-13 séance": "Sessions/2026-01-13 Séance.md" };
const resolve = (text: string): string | null => notes[text.toLowerCase()] ?? null;

const cases: Array<Record<string, unknown>> = [
	{ type: "codev-session", group: "[[Groupe 1]]", client: "[[Alice|A.]]", client_b: "[[Bob#Notes]]", attendees: ["[[Alice]]", "[[Bob]]", "[[Alice]]", "[[Nobody]]"], topic: "Dire non" },
	{ type: "codev-contract", session: "[[2026-01-13 Séance]]", client: "Alice", group: "Groupe 1" },
	{ type: "codev-group", members: ["[[Alice]]", "Bob"], facilitator: "Claire", notes: "see [[Bob]] and [[Nobody]]" },
	{ type: "codev-action-plan", client: "Alice, Bob; Nobody", related: ["x", "[[Alice]] et [[Bob]]"], due: "2026-02-01", count: 3 },
	{ type: "codev-person", groups: [], empty: null },
	{ type: "codev-session", attendees: ["[[Alice]]", "[[Bob]]"], "notes.x": "[[Bob]]", notes: ["[[Nobody]]", "[[Alice]]"] },
];

describe("index records from the links Obsidian parsed", () => {
	it("are the records a scan of the property values gives", () => {
		for (const frontmatter of cases) {
			const links: PropertyLink[] = propertyLinksOf(frontmatter);
			expect(recordFromLinks("Codev/note.md", frontmatter, links, resolve)).toEqual(recordFromFrontmatter("Codev/note.md", frontmatter, resolve));
		}
	});

	it("are the same when Obsidian's list is not in the properties' order", () => {
		for (const frontmatter of cases) {
			const links: PropertyLink[] = propertyLinksOf(frontmatter).reverse();
			expect(recordFromLinks("Codev/note.md", frontmatter, links, resolve)).toEqual(recordFromFrontmatter("Codev/note.md", frontmatter, resolve));
		}
	});

	it("go into the index straight as they would through a record, read value by value when needed", () => {
		for (const links of [(fm: Record<string, unknown>) => propertyLinksOf(fm), (fm: Record<string, unknown>) => propertyLinksOf(fm).reverse()]) {
			const straight = new CodevIndex();
			const throughRecords = new CodevIndex();
			cases.forEach((frontmatter, i) => {
				straight.upsertFromLinks(`Codev/note ${i}.md`, frontmatter, links(frontmatter), resolve);
				throughRecords.upsert(recordFromLinks(`Codev/note ${i}.md`, frontmatter, links(frontmatter), resolve));
			});
			expect(noteViews(straight.all())).toEqual(noteViews(throughRecords.all()));
			expect(straight.all().map((note) => note.links)).toEqual(cases.map((frontmatter, i) => recordFromFrontmatter(`Codev/note ${i}.md`, frontmatter, resolve).links));
			expect(straight.all().map((note) => note.unresolved)).toEqual(cases.map((frontmatter, i) => recordFromFrontmatter(`Codev/note ${i}.md`, frontmatter, resolve).unresolved));
		}
	});

	it("list links by property and index, as CachedMetadata.frontmatterLinks does", () => {
		expect(propertyLinksOf({ client: "[[Alice|A.]]", attendees: ["[[Bob]]", "x"] })).toEqual([
			{ key: "client", link: "Alice", original: "[[Alice|A.]]", displayText: "A." },
			{ key: "attendees.0", link: "Bob", original: "[[Bob]]" },
		]);
	});
});
