import { describe, expect, it } from "vitest";
import { CodevIndex, dateProperty, indexFromStore, recordFromFrontmatter, type IndexRecord } from "../../src/index/codevIndex";
import { addSession } from "../tools/sessions";
import { newStore } from "../tools/stores";

const G = "Groups/Managers.md";
const ALICE = "People/Alice.md";
const BRUNO = "People/Bruno.md";

function session(path: string, date: string, client: string, attendees: string[], extra: Record<string, unknown> = {}): IndexRecord {
	return {
		path,
		frontmatter: { type: "codev-session", date, client: "[[x]]", group: "[[Managers]]", topic: `Topic ${date}`, ...extra },
		links: { group: [G], client: [client], attendees },
	};
}

function plan(path: string, sessionPath: string, client: string, date: string, status = "open"): IndexRecord {
	return { path, frontmatter: { type: "codev-action-plan", date, status }, links: { session: [sessionPath], client: [client], group: [G] } };
}

function build(): CodevIndex {
	const index = new CodevIndex();
	index.upsert({ path: G, frontmatter: { type: "codev-group" }, links: {} });
	index.upsert(session("S/3.md", "2026-03-10", ALICE, [ALICE, BRUNO]));
	index.upsert(session("S/1.md", "2026-01-13", ALICE, [ALICE, BRUNO]));
	index.upsert(session("S/2.md", "2026-02-10", BRUNO, [ALICE, BRUNO]));
	index.upsert({ path: "S/1 contract.md", frontmatter: { type: "codev-contract", date: "2026-01-13" }, links: { session: ["S/1.md"], client: [ALICE] } });
	index.upsert(plan("S/1 plan.md", "S/1.md", ALICE, "2026-01-13", "done"));
	index.upsert(plan("S/3 plan.md", "S/3.md", ALICE, "2026-03-10"));
	index.upsert({ path: "Random.md", frontmatter: { type: "note" }, links: { session: ["S/1.md"] } });
	return index;
}

const paths = (notes: Array<{ path: string }>): string[] => notes.map((n) => n.path);

describe("CodevIndex", () => {
	it("answers the queries after a build, sessions sorted by date", () => {
		const index = build();
		expect(index.size).toBe(7); // the non-codev note is not kept
		expect(paths(index.sessionsOfGroup(G))).toEqual(["S/1.md", "S/2.md", "S/3.md"]);
		expect(paths(index.sessionsAsClient(ALICE))).toEqual(["S/1.md", "S/3.md"]);
		expect(paths(index.sessionsAsAttendee(BRUNO))).toEqual(["S/1.md", "S/2.md", "S/3.md"]);
		expect(paths(index.contractsOfSession("S/1.md"))).toEqual(["S/1 contract.md"]);
		expect(paths(index.plansOfSession("S/1.md"))).toEqual(["S/1 plan.md"]);
		expect(paths(index.openPlansOfClient(ALICE))).toEqual(["S/3 plan.md"]);
		expect(index.previousSession(G, "2026-03-10")?.path).toBe("S/2.md");
		expect(index.previousSession(G, "2026-01-13")).toBeNull();
		expect(index.nextSession(G, "2026-01-13")?.path).toBe("S/2.md");
		expect(index.target("S/2.md", "client")).toBe(BRUNO);
	});

	it("updates one note in place and bumps the revision", () => {
		const index = build();
		const seen: number[] = [];
		index.subscribe(() => seen.push(index.revision));
		index.upsert(session("S/2.md", "2026-02-10", ALICE, [ALICE]));
		expect(paths(index.sessionsAsClient(ALICE))).toEqual(["S/1.md", "S/2.md", "S/3.md"]);
		expect(paths(index.sessionsAsClient(BRUNO))).toEqual([]);
		expect(paths(index.sessionsAsAttendee(BRUNO))).toEqual(["S/1.md", "S/3.md"]);
		index.upsert(plan("S/3 plan.md", "S/3.md", ALICE, "2026-03-10", "done"));
		expect(index.openPlansOfClient(ALICE)).toEqual([]);
		expect(seen).toHaveLength(2);
	});

	it("drops a note whose type was edited away, and a deleted note", () => {
		const index = build();
		index.upsert({ path: "S/1 contract.md", frontmatter: { type: "something else" }, links: { session: ["S/1.md"] } });
		expect(index.contractsOfSession("S/1.md")).toEqual([]);
		index.remove("S/2.md");
		expect(paths(index.sessionsOfGroup(G))).toEqual(["S/1.md", "S/3.md"]);
		expect(index.get("S/2.md")).toBeUndefined();
		index.remove("not indexed.md"); // no-op
	});

	it("renames a target (links of other notes follow) and a source", () => {
		const index = build();
		index.rename(ALICE, "People/Alice Martin.md");
		expect(paths(index.sessionsAsClient("People/Alice Martin.md"))).toEqual(["S/1.md", "S/3.md"]);
		expect(index.sessionsAsClient(ALICE)).toEqual([]);
		expect(index.get("S/1.md")?.links.client).toEqual(["People/Alice Martin.md"]);
		index.rename("S/1.md", "Archive/S1.md");
		expect(paths(index.sessionsOfGroup(G))).toEqual(["Archive/S1.md", "S/2.md", "S/3.md"]);
		expect(paths(index.plansOfSession("Archive/S1.md"))).toEqual(["S/1 plan.md"]);
		expect(index.get("S/1 plan.md")?.links.session).toEqual(["Archive/S1.md"]);
		expect(index.previousSession(G, "2026-02-10")?.path).toBe("Archive/S1.md");
	});

	it("counts a note once per target, and keeps the other sources when one leaves or a target is renamed onto another", () => {
		const index = build();
		index.upsert(session("S/4.md", "2026-04-14", ALICE, [BRUNO, ALICE, BRUNO]));
		expect(paths(index.sessionsAsAttendee(BRUNO))).toEqual(["S/1.md", "S/2.md", "S/3.md", "S/4.md"]);
		index.remove("S/2.md");
		index.upsert(session("S/3.md", "2026-03-10", ALICE, [ALICE]));
		expect(paths(index.sessionsAsAttendee(BRUNO))).toEqual(["S/1.md", "S/4.md"]);
		expect(index.get("S/2 plan.md")).toBeUndefined();
		// Two people merged into one note: Bruno's sessions now count for Alice, each once.
		index.rename(BRUNO, ALICE);
		expect(paths(index.sessionsAsAttendee(ALICE))).toEqual(["S/1.md", "S/3.md", "S/4.md"]);
		expect(index.get("S/4.md")?.links.attendees).toEqual([ALICE, ALICE, ALICE]);
		expect(index.sessionsAsAttendee(BRUNO)).toEqual([]);
		index.remove("S/1.md");
		expect(paths(index.sessionsAsAttendee(ALICE))).toEqual(["S/3.md", "S/4.md"]);
	});

	it("reads dates from strings and from js-yaml Dates; resolves links in properties", () => {
		expect(dateProperty("2026-03-29")).toBe("2026-03-29");
		expect(dateProperty(new Date(Date.UTC(2026, 9, 25)))).toBe("2026-10-25");
		expect(dateProperty("soon")).toBeNull();
		const record = recordFromFrontmatter("S.md", { client: "[[Alice|A.]]", attendees: ["[[Alice]]", "[[Bruno]]", "[[Ghost]]"], topic: "no link" }, (text) =>
			text === "Ghost" ? null : `People/${text}.md`,
		);
		expect(record.links).toEqual({ client: ["People/Alice.md"], attendees: ["People/Alice.md", "People/Bruno.md"] });
	});

	it("builds from a NoteStore (the demo and test path)", async () => {
		const store = newStore();
		const s1 = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non" });
		const s2 = await addSession(store, { date: "2026-02-10", client: "Bruno Petit", topic: "Visibilité" });
		const index = indexFromStore(store);
		expect(paths(index.sessionsOfGroup("Codev/Groupes/Managers 2026.md"))).toEqual([s1, s2]);
		expect(paths(index.sessionsAsAttendee("Codev/Personnes/Chloé Roux.md"))).toEqual([s1, s2]);
		expect(index.get("Codev/Personnes/Alice Martin.md")?.type).toBe("codev-person");
	});
});

describe("CodevIndex batch", () => {
	it("tells subscribers once for a batch of changes, and once per change outside a batch", () => {
		const index = new CodevIndex();
		let calls = 0;
		index.subscribe(() => calls++);
		index.batch(() => {
			for (let i = 0; i < 50; i++) index.upsert(recordFromFrontmatter(`S${i}.md`, { type: "codev-session", date: "2026-01-13" }, () => null));
		});
		expect(calls).toBe(1);
		expect(index.revision).toBeGreaterThanOrEqual(50);
		index.upsert(recordFromFrontmatter("S50.md", { type: "codev-session", date: "2026-02-10" }, () => null));
		expect(calls).toBe(2);
	});
});
