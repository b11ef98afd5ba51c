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

	it("stay each note's own once built side by side: renames, a note replaced, a note added after the build", () => {
		const straight = new CodevIndex();
		const throughRecords = new CodevIndex();
		const both = (run: (index: CodevIndex, put: (path: string, frontmatter: Record<string, unknown>) => void) => void) => {
			run(straight, (path, frontmatter) => straight.upsertFromLinks(path, frontmatter, propertyLinksOf(frontmatter), resolve));
			run(throughRecords, (path, frontmatter) => throughRecords.upsert(recordFromLinks(path, frontmatter, propertyLinksOf(frontmatter), resolve)));
		};
		both((index, put) =>
			index.batch(() => {
				index.clear();
				cases.forEach((frontmatter, i) => put(`Codev/note ${i}.md`, frontmatter));
			}),
		);
		both((index) => index.rename("People/Alice.md", "People/Alice Martin.md"));
		both((_, put) => put("Codev/note 2.md", { type: "codev-group", members: ["[[Bob]]"] }));
		both((_, put) => put("Codev/note 9.md", { type: "codev-session", client: "[[Alice]]", attendees: ["[[Bob]]", "Alice"] }));
		both((index) => index.rename("People/Bob.md", "People/Bruno.md"));
		expect(noteViews(straight.all())).toEqual(noteViews(throughRecords.all()));
		expect(straight.get("Codev/note 0.md")?.links).toEqual({ group: ["Groups/Groupe 1.md"], client: ["People/Alice Martin.md"], client_b: ["People/Bruno.md"], attendees: ["People/Alice Martin.md", "People/Bruno.md"] });
		for (const target of ["People/Alice Martin.md", "People/Bruno.md", "Groups/Groupe 1.md"]) {
			for (const key of ["client", "client_b", "attendees", "members", "group", "notes"]) {
				for (const type of ["codev-session", "codev-group", "codev-contract", "codev-action-plan"]) {
					expect(noteViews(straight.linkingTo(target, key, type))).toEqual(noteViews(throughRecords.linkingTo(target, key, type)));
				}
			}
		}
	});

	it("list links by property and index, as CachedMetadata.frontmatterLinks does", () => {
		expect(propertyLinksOf({ client: "[[Alice|A.]]", attendees: ["[[Bob]]", "x"] })).toEqual([
			{ key: "client", link: "Alice", original: "[[Alice|A.]]", displayText: "A." },
			{ key: "attendees.0", link: "Bob", original: "[[Bob]]" },
		]);
	});
});
