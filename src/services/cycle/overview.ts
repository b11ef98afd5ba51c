/** What the group view shows, computed from the notes (pure over NoteStore). */
import { attendanceByMember, attendanceBySession, type MemberAttendance, type SessionAttendance } from "../../codev/cycle/attendance";
import { ratingTrend, type RatingTrend } from "../../codev/cycle/ratings";
import { isHeld, sortSessions, type Learning, type PersonRef, type SessionRecord } from "../../codev/cycle/records";
import { computeRotation, suggestNextClient, type Rotation } from "../../codev/cycle/rotation";
import type { NoteStore } from "../noteStore";
import { readGroup, type GroupInfo } from "./group";
import { addCounts, type ActionCounts } from "../../notes/linked/actionPlanNote";
import { countsFromProperties } from "../../notes/schema/plan";
import { readActionPlans, readGroupSessions } from "./sessionRecords";

export interface GroupOverview {
	group: GroupInfo;
	rotation: Rotation;
	suggestion: PersonRef | null;
	members: MemberAttendance[];
	sessions: SessionAttendance[];
	trend: RatingTrend;
	learnings: Array<{ date: string; path: string; items: Learning[] }>;
	/** The actions of the held sessions' plans, by outcome (the plans' counts, one rule with the bilan). */
	actions: ActionCounts;
	/** Planned dates with the session held on each, if any. */
	calendar: Array<{ number: number; date: string; sessionPath: string | null }>;
}

export function groupOverview(store: NoteStore, groupPath: string, todayIso: string): GroupOverview | null {
	const group = readGroup(store, groupPath);
	if (!group) return null;
	const sessions = readGroupSessions(store, groupPath);
	const held = sessions.filter((s) => isHeld(s, todayIso)).map((s) => s.path);
	const actions = addCounts(readActionPlans(store, held).map((plan) => countsFromProperties(store.frontmatter(plan.path) ?? {})));
	return buildGroupOverview(group, sessions, todayIso, actions);
}

/** The overview from a group and its session records (pure: the browser test feeds it directly). */
export function buildGroupOverview(group: GroupInfo, sessions: readonly SessionRecord[], todayIso: string, actions: ActionCounts = addCounts([])): GroupOverview {
	const all = sortSessions(sessions);
	const held = all.filter((s) => isHeld(s, todayIso));
	const everyone = [...group.members, ...group.formerMembers.filter((f) => !group.members.some((m) => m.id === f.id))];
	return {
		group,
		rotation: computeRotation(group.members, held),
		suggestion: suggestNextClient(group.members, held),
		members: attendanceByMember(everyone, held),
		sessions: attendanceBySession(held),
		trend: ratingTrend(held),
		actions,
		learnings: held.filter((s) => s.learnings.length > 0).map((s) => ({ date: s.date, path: s.path, items: s.learnings })),
		calendar: group.calendar.map((date, i) => ({ number: i + 1, date, sessionPath: all.find((s) => s.date === date)?.path ?? null })),
	};
}
