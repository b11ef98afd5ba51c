import { describe, expect, it } from "vitest";
import { attendanceByMember, attendanceBySession, formatRate } from "../../src/codev/cycle/attendance";
import { ratingTrend, toRating } from "../../src/codev/cycle/ratings";
import { isHeld, type PersonRef, type SessionRecord } from "../../src/codev/cycle/records";
import { computeRotation, suggestNextClient } from "../../src/codev/cycle/rotation";

const p = (name: string): PersonRef => ({ id: `People/${name}.md`, name });
const [ana, ben, cleo, dan, eve] = ["Ana", "Ben", "Cleo", "Dan", "Eve"].map(p) as [PersonRef, PersonRef, PersonRef, PersonRef, PersonRef];
const members = [ana, ben, cleo, dan, eve];

function session(date: string, client: PersonRef | null, extra: Partial<SessionRecord> = {}): SessionRecord {
	return { path: `S/${date}.md`, date, client, topic: "t", status: "", present: [], absent: [], excused: [], ratings: [], learnings: [], helpKinds: [], ...extra };
}

describe("rotation", () => {
	it("counts times client and lists those never client", () => {
		const rotation = computeRotation(members, [session("2026-02-10", ben), session("2026-01-13", ana), session("2026-03-10", ana)]);
		expect(rotation.entries.find((e) => e.person.id === ana.id)).toMatchObject({ timesClient: 2, lastClientDate: "2026-03-10" });
		expect(rotation.neverClient.map((x) => x.name)).toEqual(["Cleo", "Dan", "Eve"]);
		expect(rotation.lastClient?.name).toBe("Ana");
	});

	it("favours those never client, in member order, and skips the absent", () => {
		const history = [session("2026-01-13", ana), session("2026-02-10", ben)];
		expect(suggestNextClient(members, history)?.name).toBe("Cleo");
		expect(suggestNextClient(members, history, [cleo.id])?.name).toBe("Dan");
		expect(suggestNextClient(members, history, [cleo.id, dan.id, eve.id])?.name).toBe("Ana");
	});

	it("never suggests the last client, even when they were client least often", () => {
		const history = [session("2026-01-13", ana), session("2026-02-10", ben), session("2026-03-10", ana), session("2026-04-14", cleo), session("2026-05-12", dan), session("2026-06-09", eve), session("2026-07-07", ben), session("2026-09-08", cleo), session("2026-10-13", dan)];
		// Eve: 1 time; Dan (last) also low but excluded; Eve wins on fewest.
		expect(suggestNextClient(members, history)?.name).toBe("Eve");
		expect(suggestNextClient([ana], [session("2026-01-13", ana)])).toBeNull();
		expect(suggestNextClient(members, [], members.map((m) => m.id))).toBeNull();
	});

	it("on equal counts, the oldest turn comes first; former members keep their history", () => {
		const history = [session("2026-01-13", cleo), session("2026-02-10", ana), session("2026-03-10", ben), session("2026-04-14", dan), session("2026-05-12", eve)];
		expect(suggestNextClient(members, history)?.name).toBe("Cleo");
		const rotation = computeRotation([ana, ben], history);
		expect(rotation.entries.map((e) => e.person.name)).toEqual(["Ana", "Ben", "Cleo", "Dan", "Eve"]);
		expect(suggestNextClient([ana, ben], history)?.name).toBe("Ana");
	});
});

describe("attendance and ratings", () => {
	const sessions = [
		session("2026-01-13", ana, { present: [ana, ben, cleo], absent: [dan], excused: [eve] }),
		session("2026-02-10", ben, { present: [ana, ben, dan, eve], excused: [cleo] }),
		session("2026-03-10", cleo, { present: [ana] }),
	];

	it("rates per member count only the sessions that record them", () => {
		const byMember = attendanceByMember(members, sessions);
		expect(byMember.find((m) => m.person.name === "Ana")).toMatchObject({ present: 3, rate: 1 });
		expect(byMember.find((m) => m.person.name === "Cleo")).toMatchObject({ present: 1, excused: 1, rate: 0.5 });
		expect(byMember.find((m) => m.person.name === "Dan")?.rate).toBe(0.5);
		expect(attendanceByMember([p("Zoe")], sessions)[0]?.rate).toBeNull();
		expect(attendanceBySession(sessions).map((s) => s.rate)).toEqual([0.6, 0.8, 1]);
		expect(formatRate(0.6, "fr")).toBe("60\u00a0%");
		expect(formatRate(null, "en")).toBe("–");
	});

	it("ratings: 1..5 integers only; means and slopes per session", () => {
		expect([toRating(3), toRating("5"), toRating(0), toRating(6), toRating(2.5), toRating(""), toRating("x")]).toEqual([3, 5, null, null, null, null, null]);
		const rated = [
			session("2026-03-10", ana, { ratings: [{ person: ana, fond: 5, forme: 4 }, { person: ben, fond: 4, forme: null }] }),
			session("2026-01-13", ana, { ratings: [{ person: ana, fond: 3, forme: 3 }] }),
			session("2026-02-10", ana),
		];
		const trend = ratingTrend(rated);
		expect(trend.points.map((x) => [x.date, x.fond, x.forme])).toEqual([["2026-01-13", 3, 3], ["2026-03-10", 4.5, 4]]);
		expect(trend.fondSlope).toBe(1.5);
		expect(trend.fondMean).toBe(3.8);
		expect(ratingTrend([]).fondSlope).toBeNull();
	});

	it("a session is held when dated today or before, or done; cancelled never", () => {
		expect(isHeld({ date: "2026-01-13", status: "" }, "2026-01-13")).toBe(true);
		expect(isHeld({ date: "2026-01-14", status: "" }, "2026-01-13")).toBe(false);
		expect(isHeld({ date: "2026-01-14", status: "done" }, "2026-01-13")).toBe(true);
		expect(isHeld({ date: "2026-01-10", status: "cancelled" }, "2026-01-13")).toBe(false);
	});
});
