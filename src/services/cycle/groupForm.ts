/** The create-group form's state and its conversion to a request: pure, so tested without a DOM. */
import { computeCalendar, parseHolidays, type Cadence, type Weekday } from "../../codev/cycle/calendar";
import { fail, ok, type Result } from "../../codev/types";
import type { CreateGroupRequest, GroupMode } from "./group";

export interface GroupFormState {
	name: string;
	members: string;
	facilitator: string;
	cadenceKind: "monthly" | "weekly";
	nth: "1" | "2" | "3" | "4" | "5" | "last";
	weekday: Weekday;
	everyWeeks: string;
	start: string;
	count: string;
	duration: string;
	time: string;
	mode: GroupMode;
	holidays: string;
	charter: string;
}

export function initialGroupForm(todayIso: string, facilitator: string, duration: number, charter: string): GroupFormState {
	return { name: "", members: "", facilitator, cadenceKind: "monthly", nth: "2", weekday: "tue", everyWeeks: "4", start: todayIso, count: "", duration: String(duration), time: "", mode: "in-person", holidays: "", charter };
}

export function splitLines(text: string): string[] {
	return text
		.split(/[\n,;]/)
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

export function formCadence(state: GroupFormState): Cadence {
	if (state.cadenceKind === "weekly") return { kind: "weekly", everyWeeks: Math.max(1, Math.min(12, Math.floor(Number(state.everyWeeks)) || 1)) };
	return { kind: "monthly", nth: state.nth === "last" ? "last" : (Number(state.nth) as 1 | 2 | 3 | 4 | 5), weekday: state.weekday };
}

export function groupFormToRequest(state: GroupFormState): CreateGroupRequest {
	const members = splitLines(state.members);
	const count = Number(state.count);
	const duration = Number(state.duration);
	return {
		name: state.name,
		members,
		facilitator: state.facilitator,
		cadence: formCadence(state),
		start: state.start.trim(),
		sessionsPlanned: state.count.trim() !== "" && Number.isFinite(count) ? Math.floor(count) : undefined,
		durationMinutes: Number.isFinite(duration) && duration > 0 ? Math.round(duration) : undefined,
		time: state.time.trim(),
		mode: state.mode,
		holidays: state.holidays.split("\n").map((s) => s.trim()).filter((s) => s !== ""),
		charter: state.charter,
	};
}

/** The dates the form would plan, for the live preview. */
export function previewCalendar(state: GroupFormState): Result<string[]> {
	const request = groupFormToRequest(state);
	const holidays = parseHolidays(request.holidays);
	if (holidays.invalid.length > 0) return fail("cycle-holidays-invalid", { values: holidays.invalid.join(", ") });
	const count = request.sessionsPlanned ?? Math.max(1, request.members.length);
	const calendar = computeCalendar({ cadence: request.cadence, start: request.start, count, holidays: holidays.ranges });
	return calendar.ok ? ok(calendar.value) : calendar;
}
