import { format } from "date-fns";
import { enUS, fr } from "date-fns/locale";
import type { Lang } from "../codev/types";

const LOCALES = { fr, en: enUS };

/** Parses a local calendar date "yyyy-MM-dd" (no time zone shift: the date is what the user typed). */
export function parseLocalDate(text: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(year, month - 1, day);
	// new Date rolls 2026-02-30 over to March: a real calendar date reads back the same.
	return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

export function toIsoDate(date: Date): string {
	return format(date, "yyyy-MM-dd");
}

/** date-fns format in the note's language; a bad pattern falls back to the ISO date. */
export function formatLocalDate(date: Date, pattern: string, lang: Lang): string {
	try {
		return format(date, pattern, { locale: LOCALES[lang] });
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
