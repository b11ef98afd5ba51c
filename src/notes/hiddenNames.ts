/**
 * Hides people's names in text meant to be shared (the client sheet). Every spelling of a known
 * person is replaced by that person's label: the full name, each name alone (« Sofia », « Lefèvre »),
 * aliases, in any case, accents or Unicode normalisation (macOS types NFD), across line breaks
 * and non-breaking spaces, on whole words only (« Ali » leaves « réaliser » alone), the longest
 * spelling first (« Paul Durand » is one person, not « Paul » + « Durand »). Links are replaced by
 * the label of the person they point to, or by their text: a link target (a path) never reaches
 * the output. Pure.
 */
import { basenameOf } from "./paths";

export interface KnownPerson {
	/** Stable id (a note path, or "?" + name for a person without a note). */
	id: string;
	/** Full names and aliases, as written. */
	names: string[];
}

export interface NameHiderOptions {
	/** False: the person is shown as written (the client without a pseudonym, names opted in). */
	isHidden(id: string): boolean;
	/** The label shown instead of a hidden person's names; asked when first met (numbering in reading order). */
	labelOf(id: string): string;
	/** Shown for a name that belongs to several people, one of them hidden. */
	ambiguousLabel: string;
	/** The person a link points to (wiki target or decoded Markdown path), or null. */
	resolveLink(target: string): string | null;
}

export interface Replacement {
	/** As found in the text. */
	from: string;
	to: string;
	count: number;
}

export interface NameHider {
	hide(text: string): string;
	/** What was replaced so far, in the order met. */
	replacements(): Replacement[];
	/** Link texts that pointed to no person (a renamed or deleted note may be a person). */
	unresolvedLinks(): string[];
}

// Name particles: never hidden alone (« de » is not a name), still hidden inside a full name.
const PARTICLES = new Set(["d", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "e", "et", "l", "la", "le", "les", "van", "von", "y"]);
const WORD_CHAR = "[\\p{L}\\p{N}_]";
const NOT_WORD_CHAR = "[^\\p{L}\\p{N}_]";
const SPACES = /[\s\u00a0\u202f]+/gu;

/** Lower case, no accents, one space for any run of spaces: the key names are compared by. */
export function foldName(text: string): string {
	return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(SPACES, " ").trim();
}

/** Text folded character by character, with where each folded unit came from in the original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
	let folded = "";
	const origin: number[] = [];
	let index = 0;
	for (const char of text) {
		const piece = /[\s\u00a0\u202f]/u.test(char) ? " " : char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
		for (let i = 0; i < piece.length; i++) origin.push(index);
		folded += piece;
		index += char.length;
	}
	origin.push(text.length);
	return { folded, origin };
}

/** Every spelling worth hiding for one name: itself and each of its words but particles and single letters. */
function spellingsOf(name: string): { whole: string; words: string[] } {
	const whole = foldName(name.replace(/^\s*\[\[|\]\]\s*$/g, ""));
	const words = whole.split(/[\s\-‐'’.]+/u).filter((word) => word.length >= 2 && !PARTICLES.has(word));
	return { whole, words };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const LINK = /!?\[\[([^\]\n]+?)\]\]|!?\[([^\]\n]*)\]\(\s*(<[^>\n]*>|[^)\s]*)(?:\s+"[^"\n]*")?\s*\)/gu;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

function decodePath(target: string): string {
	const bare = target.replace(/^<|>$/g, "");
	try {
		return decodeURIComponent(bare);
	} catch {
		return bare;
	}
}

/** The part of a wiki link before "#" or "|" ("\|" inside tables). */
function splitWikiLink(inner: string): { target: string; display: string | null } {
	const bar = /\\?\|/.exec(inner);
	const linkPart = bar ? inner.slice(0, bar.index) : inner;
	const display = bar ? inner.slice(bar.index + bar[0].length) : null;
	return { target: linkPart, display: display !== null && display.trim() !== "" ? display : null };
}

function basename(target: string): string {
	const noHeading = target.replace(/#.*$/u, "");
	const file = basenameOf(noHeading);
	return file || target.replace(/^#\^?/u, "");
}

export function nameHider(people: KnownPerson[], options: NameHiderOptions): NameHider {
	// Spelling key → owners. A full name or alias belongs to its person before anyone's single word.
	const whole = new Map<string, Set<string>>();
	const words = new Map<string, Set<string>>();
	const add = (map: Map<string, Set<string>>, key: string, id: string): void => {
		if (key.length < 2) return;
		const owners = map.get(key) ?? new Set<string>();
		owners.add(id);
		map.set(key, owners);
	};
	for (const person of people) {
		for (const name of person.names) {
			const spelling = spellingsOf(name);
			add(whole, spelling.whole, person.id);
			for (const word of spelling.words) add(words, word, person.id);
		}
	}
	const owners = new Map<string, Set<string>>(words);
	for (const [key, ids] of whole) owners.set(key, ids);

	const ids = (key: string): string[] => [...(owners.get(key) ?? [])];
	// A spelling shared by several people, one of them hidden, is attributed to none of them.
	const labelFor = (key: string): string | null => {
		const owned = ids(key);
		if (!owned.some((id) => options.isHidden(id))) return null;
		return owned.length === 1 ? options.labelOf(owned[0] ?? "") : options.ambiguousLabel;
	};
	const keys = [...owners.keys()].filter((key) => ids(key).some((id) => options.isHidden(id)));
	keys.sort((a, b) => b.length - a.length || a.localeCompare(b));
	const pattern =
		// The character before is captured, not looked behind: older iOS Safari has no lookbehind.
		keys.length === 0 ? null : new RegExp(`(^|${NOT_WORD_CHAR})(${keys.map((key) => escapeRegExp(key).replace(/ /g, " +")).join("|")})(?!${WORD_CHAR})`, "gu");

	const replaced = new Map<string, Replacement>();
	const unresolved = new Set<string>();
	const note = (from: string, to: string): void => {
		const key = `${from}\u0000${to}`;
		const entry = replaced.get(key) ?? { from, to, count: 0 };
		entry.count++;
		replaced.set(key, entry);
	};

	function hidePlain(text: string): string {
		if (!pattern || text === "") return text;
		const { folded, origin } = foldWithMap(text);
		let out = "";
		let last = 0;
		for (const match of folded.matchAll(pattern)) {
			const before = match[1] ?? "";
			const found = match[2] ?? "";
			const label = labelFor(found.replace(/ +/g, " "));
			if (label === null) continue;
			const start = origin[match.index + before.length] ?? 0;
			const end = origin[match.index + before.length + found.length] ?? text.length;
			const from = text.slice(start, end);
			out += text.slice(last, start) + label;
			last = end;
			note(from, label);
		}
		return out + text.slice(last);
	}

	function personLabel(id: string, shown: string): string {
		if (!options.isHidden(id)) return hidePlain(shown);
		const label = options.labelOf(id);
		note(shown, label);
		return label;
	}

	function hideLink(raw: string, wiki: string | undefined, mdText: string | undefined, mdTarget: string | undefined): string {
		if (wiki !== undefined) {
			const { target, display } = splitWikiLink(wiki);
			const person = options.resolveLink(target.replace(/#.*$/u, "").trim());
			const shown = display ?? basename(target.trim());
			if (person) return personLabel(person, shown);
			if (!raw.startsWith("!")) unresolved.add(shown);
			return hidePlain(shown);
		}
		const text = mdText ?? "";
		const target = decodePath(mdTarget ?? "");
		if (EXTERNAL.test(target)) {
			const safeText = hidePlain(text);
			// A URL that spells a hidden name (mailto:marc.dubois@…) is dropped, its text kept.
			return hidePlain(target) === target ? `[${safeText}](${mdTarget ?? ""})` : safeText;
		}
		const person = options.resolveLink(target.replace(/#.*$/u, "").trim());
		const shown = text.trim() !== "" ? text : basename(target);
		if (person) return personLabel(person, shown);
		if (!raw.startsWith("!")) unresolved.add(shown);
		return hidePlain(shown);
	}

	return {
		hide(text: string): string {
			const input = text.normalize("NFC");
			let out = "";
			let last = 0;
			for (const match of input.matchAll(LINK)) {
				out += hidePlain(input.slice(last, match.index)) + hideLink(match[0], match[1], match[2], match[3]);
				last = match.index + match[0].length;
			}
			return out + hidePlain(input.slice(last));
		},
		replacements: () => [...replaced.values()],
		unresolvedLinks: () => [...unresolved],
	};
}

/**
 * Capitalised words of a text that look like a hidden person's name without being one of its
 * spellings (a typo, a plural, a nickname's start): shown to the facilitator for a last check.
 */
export function nameLookalikes(text: string, people: KnownPerson[], isHidden: (id: string) => boolean): string[] {
	const keys = new Set<string>();
	for (const person of people) {
		if (!isHidden(person.id)) continue;
		for (const name of person.names) for (const word of spellingsOf(name).words) if (word.length >= 3) keys.add(word);
	}
	const found = new Set<string>();
	for (const match of text.normalize("NFC").matchAll(/(?:^|[^\p{L}\p{N}_])(\p{Lu}[\p{L}\p{M}]+)/gu)) {
		const shown = match[1] ?? "";
		const word = foldName(shown);
		for (const key of keys) {
			if (word !== key && (closeTo(word, key) || (key.length >= 4 && word.startsWith(key)))) found.add(shown);
		}
	}
	return [...found];
}

/** Edit distance at most 1 (one letter added, removed, changed or two swapped), for words of 4+ letters. */
function closeTo(a: string, b: string): boolean {
	if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
