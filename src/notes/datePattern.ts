import type { Lang } from "../codev/types";

/**
 * User-facing date patterns ({{date:FORMAT}}, {{time:FORMAT}}, the note-name pattern) take Moment
 * letters, as core Templates, Daily notes and Templater do. The Moment instance is handed in:
 * Obsidian's own in the app (no bundle cost), the npm package in the demo and the tests.
 */
export type MomentFactory = (date: Date) => { locale(lang: string): { format(pattern: string): string } };

let momentFactory: MomentFactory | null = null;

export function useMoment(factory: MomentFactory): void {
	momentFactory = factory;
}

export const DEFAULT_DATE_PATTERN = "YYYY-MM-DD";
export const DEFAULT_TIME_PATTERN = "HH:mm";

// Moment's own formatting tokens (moment/src/lib/format/format.js), local formats first.
const TOKEN = /(?<bracket>\[[^[]*\])|(?<escaped>\\)?(?:LTS|LT|LL?L?L?|l{1,4}|[Hh]mm(?:ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(?:ggg?)?|GG(?:GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|(?<other>[\s\S]))/g;

/**
 * What Moment would print as a stray letter, or an unclosed `[`: the sign of a pattern written
 * for another library ("yyyy-MM-dd'T'"), which Moment never refuses but silently mangles.
 * Returns the offending characters, or null when the pattern is sound.
 */
export function datePatternProblem(pattern: string): string | null {
	const stray = new Set<string>();
	for (const match of pattern.matchAll(TOKEN)) {
		const { escaped, other } = match.groups ?? {};
		if (escaped || other === undefined) continue;
		if (/^[A-Za-z[]$/.test(other)) stray.add(other);
	}
	return stray.size > 0 ? [...stray].join("") : null;
}

export interface FormattedDate {
	text: string;
	/** The pattern, when it was refused (the text is then the default pattern's). */
	refused?: string;
}

/** A date in a Moment pattern, in the note's language; a refused pattern gives the default one. */
export function formatDatePattern(date: Date, pattern: string, lang: Lang, fallback = DEFAULT_DATE_PATTERN): FormattedDate {
	const wanted = pattern.trim() || fallback;
	const refused = datePatternProblem(wanted) === null ? undefined : wanted;
	const used = refused === undefined ? wanted : fallback;
	if (!momentFactory) return { text: isoFallback(date, used), refused };
	return { text: momentFactory(date).locale(lang).format(used), refused };
}

/** Without Moment (never in the app): the default patterns only. */
function isoFallback(date: Date, pattern: string): string {
	const two = (n: number) => String(n).padStart(2, "0");
	if (pattern === DEFAULT_TIME_PATTERN) return `${two(date.getHours())}:${two(date.getMinutes())}`;
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * {{date}}, {{date:FORMAT}}, {{time}}, {{time:FORMAT}} → text; null for another placeholder.
 * `refused` collects the patterns that were refused, for one Notice naming them.
 */
export function expandDatePlaceholder(key: string, when: { date: Date; time: Date }, lang: Lang, refused: Set<string>): string | null {
	const match = /^(date|time)(?::([\s\S]*))?$/.exec(key);
	if (!match) return null;
	const isTime = match[1] === "time";
	const base = isTime ? when.time : when.date;
	const result = formatDatePattern(base, match[2] ?? "", lang, isTime ? DEFAULT_TIME_PATTERN : DEFAULT_DATE_PATTERN);
	if (result.refused !== undefined) refused.add(result.refused);
	return result.text;
}

// date-fns letters → Moment letters, for settings written before patterns took Moment letters.
const DATE_FNS_TO_MOMENT: Record<string, string> = {
	y: "YYYY", yy: "YY", yyy: "YYYY", yyyy: "YYYY", Y: "gggg", YY: "gg", YYYY: "gggg", R: "GGGG", RRRR: "GGGG",
	M: "M", MM: "MM", MMM: "MMM", MMMM: "MMMM", MMMMM: "MMM", L: "M", LL: "MM", LLL: "MMM", LLLL: "MMMM",
	d: "D", dd: "DD", do: "Do", D: "DDD", DD: "DDD", DDD: "DDDD",
	E: "ddd", EE: "ddd", EEE: "ddd", EEEE: "dddd", EEEEE: "dd", EEEEEE: "dd",
	e: "e", ee: "e", eee: "ddd", eeee: "dddd", c: "e", cc: "e", ccc: "ddd", cccc: "dddd",
	i: "E", ii: "E", iii: "ddd", iiii: "dddd",
	w: "w", ww: "ww", wo: "wo", I: "W", II: "WW", Io: "Wo", Q: "Q", QQ: "Q", Qo: "Qo",
	H: "H", HH: "HH", h: "h", hh: "hh", k: "k", kk: "kk", K: "h", KK: "hh", m: "m", mm: "mm", s: "s", ss: "ss",
	a: "A", aa: "A", aaa: "a", aaaa: "A", b: "A", bb: "A", B: "A",
	S: "S", SS: "SS", SSS: "SSS", X: "Z", XX: "ZZ", XXX: "Z", x: "Z", xx: "ZZ", xxx: "Z", t: "X", T: "x",
};

/** One date-fns pattern in Moment letters: `yyyy-MM-dd` → `YYYY-MM-DD`, `'le' d` → `[le] D`. */
export function dateFnsToMoment(pattern: string): string {
	let out = "";
	let i = 0;
	while (i < pattern.length) {
		const char = pattern.charAt(i);
		if (char === "'") {
			if (pattern.charAt(i + 1) === "'") {
				out += "'";
				i += 2;
				continue;
			}
			const end = pattern.indexOf("'", i + 1);
			const text = pattern.slice(i + 1, end === -1 ? undefined : end).replace(/''/g, "'");
			out += text ? `[${text.replace(/[[\]]/g, "")}]` : "";
			i = end === -1 ? pattern.length : end + 1;
			continue;
		}
		if (!/[A-Za-z]/.test(char)) {
			// Brackets are Moment's escapes: a literal one cannot be kept.
			if (char !== "[" && char !== "]") out += char;
			i++;
			continue;
		}
		let run = char;
		while (pattern.charAt(i + run.length) === char) run += char;
		// Ordinals: "do", "Io", "wo", "Qo" are one token in date-fns.
		if (pattern.charAt(i + run.length) === "o" && `${run}o` in DATE_FNS_TO_MOMENT) run += "o";
		out += DATE_FNS_TO_MOMENT[run] ?? `[${run}]`;
		i += run.length;
	}
	return out;
}

/** Every {{date:FORMAT}} of a note-name pattern converted from date-fns to Moment letters. */
export function migrateDatePlaceholders(text: string): string {
	return text.replace(/\{\{\s*(date|time):([^{}]*?)\s*\}\}/g, (_whole, kind: string, pattern: string) => `{{${kind}:${dateFnsToMoment(pattern.trim())}}}`);
}
