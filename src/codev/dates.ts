/** Calendar days as the user types them ("yyyy-MM-dd", local time, no time zone shift). Pure. */

/** The yyyy-MM-dd of a Date's UTC day: a YAML date (`2026-03-14`) is parsed as that day's UTC midnight. */
export function utcDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Parses a local calendar date "yyyy-MM-dd" (no time zone shift: the date is what the user typed). */
export function parseLocalDate(text: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(year, month - 1, day);
	// new Date rolls 2026-02-30 over to March: a real calendar date reads back the same.
	return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** The local calendar day as "yyyy-MM-dd"; an invalid date throws, as date-fns's format did. */
export function toIsoDate(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
	const pad = (n: number, width: number) => String(n).padStart(width, "0");
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

// Calendar arithmetic as date-fns does it, each on a copy, in local time: a DST change between
// two dates moves neither the day nor the time of day.

export function addDays(date: Date, days: number): Date {
	const next = new Date(date.getTime());
	next.setDate(next.getDate() + days);
	return next;
}

/** The same day `months` later, or that month's last day when it is shorter (31 January + 1: 28 or 29 February). */
export function addMonths(date: Date, months: number): Date {
	const monthEnd = new Date(date.getTime());
	monthEnd.setMonth(date.getMonth() + months + 1, 0);
	if (date.getDate() >= monthEnd.getDate()) return monthEnd;
	const next = new Date(date.getTime());
	next.setFullYear(monthEnd.getFullYear(), monthEnd.getMonth(), date.getDate());
	return next;
}

/** The first (`last` false) or last day of the date's month, at midnight. */
export function monthEdge(date: Date, last: boolean): Date {
	const edge = new Date(date.getTime());
	edge.setFullYear(edge.getFullYear(), edge.getMonth() + (last ? 1 : 0), last ? 0 : 1);
	edge.setHours(0, 0, 0, 0);
	return edge;
}
