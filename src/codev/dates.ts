/** Calendar days as the user types them ("yyyy-MM-dd", local time, no time zone shift). Pure. */

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
