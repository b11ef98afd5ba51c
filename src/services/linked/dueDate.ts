/** The default due date of an action: the day before the group's next session. Pure. */
import { dateProperty } from "../../index/codevIndex";
import { addDays, parseLocalDate, toIsoDate } from "../../codev/dates";

export const DEFAULT_CADENCE_WEEKS = 4;

function datesIn(value: unknown): string[] {
	const items: unknown[] = Array.isArray(value) ? value : [value];
	return items.map(dateProperty).filter((d): d is string => d !== null);
}

/**
 * The next session after `sessionDate` (yyyy-MM-dd): the first later date among the group note's
 * `next_session` and `calendar` properties and the known session dates; else 4 weeks later.
 * `estimated` says the cadence was assumed.
 */
export function nextSessionDate(
	sessionDate: string,
	group: Record<string, unknown> | null,
	knownSessionDates: string[] = [],
): { date: string; estimated: boolean } | null {
	const start = parseLocalDate(sessionDate);
	if (!start) return null;
	const later = [...datesIn(group?.next_session), ...datesIn(group?.calendar), ...knownSessionDates]
		.filter((d) => parseLocalDate(d) !== null && d > sessionDate)
		.sort();
	const first = later[0];
	if (first) return { date: first, estimated: false };
	// Local calendar arithmetic: a DST change in between does not move the date.
	return { date: toIsoDate(addDays(start, 7 * DEFAULT_CADENCE_WEEKS)), estimated: true };
}

/** The day before `nextDate` (yyyy-MM-dd). */
export function dayBefore(nextDate: string): string | null {
	const next = parseLocalDate(nextDate);
	return next ? toIsoDate(addDays(next, -1)) : null;
}

export function defaultDueDate(sessionDate: string, group: Record<string, unknown> | null, knownSessionDates: string[] = []): string | null {
	const next = nextSessionDate(sessionDate, group, knownSessionDates);
	return next ? dayBefore(next.date) : null;
}
