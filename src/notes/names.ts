/**
 * Safe note and folder names for everything the plugin creates from typed input
 * (group, person and topic names), plus free names when a note already exists.
 * Pure: the vault checks are passed in as callbacks.
 */

const DEFAULT_MAX = 120;
const LAST_RESORT = "Codev";
const MAX_ATTEMPTS = 10_000;
// 255-byte file-name limit minus room for a " 10000.base" suffix added after sanitising.
const MAX_NAME_BYTES = 240;

// Invisible controls that let a name look different from what it is (bidi spoofing, zero-width).
// ZWJ/ZWNJ are kept inside names: emoji sequences and Persian/Indic scripts need them.
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
const WHITESPACE = /[\s\u0085]/gu;
// Illegal on Windows/macOS/Android, or breaking Obsidian links (# ^ [ ] |) and URLs (%).
const FORBIDDEN = /[*"\\/<>:|?#^[\]%\p{Cc}\p{Cs}]/gu;
const EDGES = /^[ .\u200C\u200D]+|[ .\u200C\u200D]+$/gu;
// Windows checks the part before the first dot, ignoring trailing spaces.
const RESERVED = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])( *(?:\..*)?)$/iu;
// Fallback clusters when Intl.Segmenter is missing: a base with its marks, modifiers and ZWJ joins.
const CLUSTER = /[^\p{M}\u200D]?(?:[\p{M}\p{Emoji_Modifier}]|\u200D[^\p{M}\u200D]?)*/gu;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

interface GraphemeSegmenter {
	segment(input: string): Iterable<{ segment: string }>;
}
type SegmenterCtor = new (locale?: string, options?: { granularity: "grapheme" }) => GraphemeSegmenter;

/** Clean file or note name; `fallback` (sanitised too) replaces a name that cleans down to nothing. */
export function sanitizeNoteName(input: string, fallback: string, maxLength = DEFAULT_MAX): string {
	const max = Math.max(1, Math.floor(maxLength) || 0);
	return cleanName(input, max) || cleanName(fallback, max) || cleanName(LAST_RESORT, max);
}

/** Vault-relative folder, "" for the root; "." / ".." and empty segments are dropped, never followed. */
export function sanitizeFolderPath(input: string, fallback: string): string {
	return cleanSegments(input) || cleanSegments(fallback);
}

/** `base`, or "base 2", "base 3"… whichever is free first. */
export function freeName(base: string, exists: (candidate: string) => boolean): string {
	if (!exists(base)) return base;
	for (let n = 2; n <= MAX_ATTEMPTS; n++) {
		const candidate = `${base} ${n}`;
		if (!exists(candidate)) return candidate;
	}
	// An `exists` that never says no would otherwise freeze the UI.
	throw new Error(`No free name for "${base}" after ${MAX_ATTEMPTS} attempts`);
}

/** Comparison key matching case-insensitive, normalisation-insensitive file systems. */
export function nameKey(name: string): string {
	// toLowerCase (not toLocaleLowerCase): a Turkish locale must not change which names collide.
	return name.normalize("NFC").toLowerCase().normalize("NFC");
}

/** Free "folder/base N.ext" path; the base is shortened so "base 99.ext" still fits the name limit. */
export function freePath(folder: string, baseName: string, ext: string, existsPath: (path: string) => boolean): string {
	const bare = ext.replace(/^\.+/, "");
	const suffix = bare ? `.${bare}` : "";
	const base = sanitizeNoteName(baseName, LAST_RESORT, DEFAULT_MAX - " 99".length - suffix.length);
	const dir = folder.replace(/^\/+|\/+$/g, "");
	const join = (stem: string) => (dir ? `${dir}/${stem}${suffix}` : `${stem}${suffix}`);
	return join(freeName(base, (stem) => existsPath(join(stem))));
}

/**
 * Expands "{{key}}" placeholders, then sanitises the whole name. `formatDate` gets the whole key
 * ("date", "date:FORMAT", "time"…) and answers null for a key that is no date.
 */
export function noteNameFromPattern(pattern: string, values: Record<string, string>, formatDate: (key: string) => string | null): string {
	const expanded = pattern.replace(PLACEHOLDER, (_match, raw: string) => expand(raw.trim(), values, formatDate));
	return sanitizeNoteName(expanded, LAST_RESORT);
}

function expand(key: string, values: Record<string, string>, formatDate: (key: string) => string | null): string {
	const date = formatDate(key);
	if (date !== null) return date;
	// Own keys only: "{{constructor}}" must not print Object's source.
	return Object.prototype.hasOwnProperty.call(values, key) ? (values[key] ?? "") : "";
}

/** The sanitiser proper; may return "" (the caller picks the fallback). */
function cleanName(input: string, max: number): string {
	const stripped = input
		.normalize("NFC")
		.replace(INVISIBLE, "")
		.replace(WHITESPACE, " ")
		.replace(FORBIDDEN, "")
		// Removing a character can unblock a composition ("e", BEL, U+0301).
		.normalize("NFC")
		.replace(/ {2,}/g, " ");
	return guardReserved(fit(stripped.replace(EDGES, ""), max), max);
}

function cleanSegments(path: string): string {
	return path
		.split(/[\\/]/)
		.map((segment) => cleanName(segment, DEFAULT_MAX))
		.filter((segment) => segment !== "")
		.join("/");
}

/** "CON" → "CON_", "con.txt" → "con_.txt", room made for the "_" within `max`. */
function guardReserved(name: string, max: number): string {
	if (!RESERVED.test(name)) return name;
	const cut = fit(name, max - 1);
	return RESERVED.test(cut) ? cut.replace(RESERVED, "$1_$2") : cut;
}

/**
 * Truncates to `max` UTF-16 units (NTFS counts units) and MAX_NAME_BYTES UTF-8 bytes (ext4 on
 * Linux and Android, APFS on iOS cap a name at 255 bytes: 120 CJK characters are 360 bytes), on
 * a grapheme boundary, then re-trims the edges.
 */
function fit(name: string, max: number): string {
	const maxBytes = MAX_NAME_BYTES;
	if (name.length <= max && utf8Bytes(name) <= maxBytes) return name;
	let kept = "";
	let bytes = 0;
	for (const cluster of graphemes(name)) {
		const size = utf8Bytes(cluster);
		if (kept.length + cluster.length > max || bytes + size > maxBytes) break;
		kept += cluster;
		bytes += size;
	}
	return kept.replace(EDGES, "");
}

/** UTF-8 length without TextEncoder (a lone surrogate counts as U+FFFD, 3 bytes). */
function utf8Bytes(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

function graphemes(text: string): string[] {
	const Segmenter = (Intl as unknown as { Segmenter?: SegmenterCtor }).Segmenter;
	if (Segmenter) return Array.from(new Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);
	return (text.match(CLUSTER) ?? []).filter((cluster) => cluster !== "");
}
