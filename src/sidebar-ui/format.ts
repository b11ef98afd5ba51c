/** Display formats of the timer. Pure. */

function pad(value: number): string {
	return String(value).padStart(2, "0");
}

/** "12:34", "1:02:03"; overtime (negative) as "+01:20": time past the budget, never a minus. */
export function formatClock(remainingSeconds: number): string {
	const over = remainingSeconds < 0;
	const total = Math.abs(Math.trunc(remainingSeconds));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;
	const body = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
	return over ? `+${body}` : body;
}

/** Local wall-clock time "16:42" (24 h, as both French and most facilitators read it). */
export function formatTimeOfDay(ms: number): string {
	const date = new Date(ms);
	return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function wholeMinutes(seconds: number): number {
	return Math.round(seconds / 60);
}
