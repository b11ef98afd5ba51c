import { parseLocalDate, toIsoDate } from "../codev/dates";
import type { Lang } from "../codev/types";

// Month names as date-fns's fr and en-US locales print them (MMMM, MMM): the notes written before
// this formatter replaced date-fns's (and its locales' 20 KB in the bundle) read the same.
const MONTHS: Record<Lang, { long: readonly string[]; short: readonly string[] }> = {
	fr: {
		long: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
		short: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
	},
	en: {
		long: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
		short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
	},
};

/** The date-fns letters the plugin's own patterns use (yyyy, M to MMMM, d, dd); others throw. */
function format(date: Date, pattern: string, lang: Lang): string {
	if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
	const month = date.getMonth();
	return pattern.replace(/yyyy|M{1,4}|d{1,2}|[A-Za-z]/g, (token) => {
		if (token === "yyyy") return String(date.getFullYear()).padStart(4, "0");
		if (token === "MMMM") return MONTHS[lang].long[month] ?? "";
		if (token === "MMM") return MONTHS[lang].short[month] ?? "";
		if (token[0] === "M") return String(month + 1).padStart(token.length, "0");
		if (token[0] === "d") return String(date.getDate()).padStart(token.length, "0");
		throw new RangeError(`Unsupported date letter: ${token}`);
	});
}

/** A date-fns-style pattern in the note's language; a pattern it cannot print gives the ISO date. */
export function formatLocalDate(date: Date, pattern: string, lang: Lang): string {
	try {
		return format(date, pattern, lang);
	} catch {
		return toIsoDate(date);
	}
}

/** "13 janvier 2026" / "January 13, 2026". */
export function formatLongDate(date: Date, lang: Lang): string {
	return formatLocalDate(date, lang === "fr" ? "d MMMM yyyy" : "MMMM d, yyyy", lang);
}

/** "13 janv. 2026" / "Jan 13, 2026" from yyyy-MM-dd; the text itself when it is not a date. */
export function shortDate(iso: string, lang: Lang): string {
	const date = parseLocalDate(iso.slice(0, 10));
	return date ? formatLocalDate(date, lang === "fr" ? "d MMM yyyy" : "MMM d, yyyy", lang) : iso;
}
