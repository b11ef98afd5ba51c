/**
 * A generated 20,000-note vault as metadata-cache records: 400 groups over five years, their
 * members, one session a month per group (with a contract and an action plan), and unrelated
 * notes. Deterministic (no randomness): the same vault on every run.
 */
export interface CacheRecord {
	path: string;
	basename: string;
	frontmatter: Record<string, unknown> | null;
	/** The links Obsidian lists for the properties (`CachedMetadata.frontmatterLinks`); absent when none. */
	frontmatterLinks?: PropertyLinkCache[];
}

export interface PropertyLinkCache {
	key: string;
	link: string;
	original: string;
	displayText?: string;
}

/** What Obsidian's metadata cache lists as `frontmatterLinks`: each [[link]] of a property, "key.i" for a list item. */
export function propertyLinksOf(frontmatter: Record<string, unknown> | null): PropertyLinkCache[] {
	const out: PropertyLinkCache[] = [];
	const collect = (key: string, text: string) => {
		for (const match of text.matchAll(/\[\[([^\]|]+?)(?:\|([^\]]*?))?\]\]/g)) {
			const entry: PropertyLinkCache = { key, link: match[1] ?? "", original: match[0] };
			if (match[2] !== undefined) entry.displayText = match[2];
			out.push(entry);
		}
	};
	for (const [key, value] of Object.entries(frontmatter ?? {})) {
		if (typeof value === "string") collect(key, value);
		else if (Array.isArray(value)) value.forEach((item, i) => typeof item === "string" && collect(`${key}.${i}`, item));
	}
	return out;
}

export const GROUPS = 400;
const MEMBERS_PER_GROUP = 7;
const SESSIONS_PER_GROUP = 8;
export const TOTAL_NOTES = 20_000;

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function generateVault(): CacheRecord[] {
	const out: CacheRecord[] = [];
	const add = (folder: string, basename: string, frontmatter: Record<string, unknown> | null) => {
		const links = propertyLinksOf(frontmatter);
		out.push({ path: `${folder}/${basename}.md`, basename, frontmatter, ...(links.length > 0 ? { frontmatterLinks: links } : {}) });
	};
	for (let g = 0; g < GROUPS; g++) {
		const year = 2021 + (g % 5);
		const group = `Groupe ${g} ${year}`;
		const people = Array.from({ length: MEMBERS_PER_GROUP }, (_, m) => `Personne ${g}-${m}`);
		add("Codev/Groupes", group, { type: "codev-group", codev_schema: 1, members: people.map((p) => `[[${p}]]`), facilitator: "Claire", cadence: "monthly:2:tue", start: isoDate(year, 1, 1), publish: false });
		for (const person of people) add("Codev/Personnes", person, { type: "codev-person", codev_schema: 1, groups: [`[[${group}]]`], publish: false });
		for (let s = 0; s < SESSIONS_PER_GROUP; s++) {
			const date = isoDate(year, 1 + s, 10 + (g % 7));
			const client = people[s % people.length] ?? "";
			const session = `${date} ${group} – ${client}`;
			add("Codev/Séances", session, {
				type: "codev-session", codev_schema: 1, method: "classic", group: `[[${group}]]`, date, client: `[[${client}]]`, topic: `Sujet ${s} du groupe ${g}`,
				duration: 120, opening: true, attendees: people.map((p) => `[[${p}]]`), facilitator: "Claire", status: "done", contract: `[[${session} – Contrat]]`, action_plan: `[[${session} – Plan d'action]]`, lang: "fr", publish: false,
			});
			add("Codev/Séances", `${session} – Contrat`, { type: "codev-contract", codev_schema: 1, session: `[[${session}]]`, client: `[[${client}]]`, group: `[[${group}]]`, date, request: "M'aider à dire non", help: ["ideas", "advice"], validated: true, lang: "fr", publish: false });
			add("Codev/Séances", `${session} – Plan d'action`, {
				type: "codev-action-plan", codev_schema: 1, session: `[[${session}]]`, contract: `[[${session} – Contrat]]`, client: `[[${client}]]`, group: `[[${group}]]`, date,
				status: s < SESSIONS_PER_GROUP - 1 ? "done" : "open", due: date, lang: "fr", publish: false,
			});
		}
	}
	for (let i = 0; out.length < TOTAL_NOTES; i++) {
		const fm = i % 3 === 0 ? null : { tags: ["journal"], created: isoDate(2021 + (i % 5), 1 + (i % 12), 1 + (i % 28)), related: i % 2 === 0 ? `[[Note ${i + 1}]]` : "x" };
		add(`Notes/${i % 50}`, `Note ${i}`, fm);
	}
	return out;
}

/** Obsidian's getFirstLinkpathDest, reduced to what the vault needs: by basename, case-insensitive. */
export function linkResolver(records: CacheRecord[]): (linkText: string, sourcePath: string) => string | null {
	const byName = new Map<string, string>();
	for (const r of records) byName.set(r.basename.toLowerCase(), r.path);
	return (linkText) => byName.get(linkText.toLowerCase()) ?? null;
}

/**
 * A resolver doing the kind of work Obsidian's getFirstLinkpathDest must do for its documented
 * "best match" (a model, not Obsidian's code): normalise the link path, try it as a vault path
 * (with ".md"), else the notes of that name ending with the path, the source's folder first, then
 * the shortest path. Used only to show what resolving once per folder saves when a call costs more
 * than the one Map lookup of `linkResolver`.
 */
export function modelResolver(records: CacheRecord[]): (linkText: string, sourcePath: string) => string | null {
	const byPath = new Map(records.map((r) => [r.path, r.path]));
	const byName = new Map<string, string[]>();
	for (const r of records) {
		const key = r.basename.toLowerCase();
		const list = byName.get(key);
		if (list) list.push(r.path);
		else byName.set(key, [r.path]);
	}
	return (linkText, sourcePath) => {
		const path = linkText.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "").normalize("NFC");
		const exact = byPath.get(path) ?? byPath.get(`${path}.md`);
		if (exact !== undefined) return exact;
		const suffix = `${path.toLowerCase()}.md`;
		const candidates = (byName.get(path.slice(path.lastIndexOf("/") + 1).toLowerCase()) ?? []).filter((p) => p.toLowerCase().endsWith(suffix));
		const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
		return candidates.sort((a, b) => Number(b.startsWith(folder)) - Number(a.startsWith(folder)) || a.length - b.length)[0] ?? null;
	};
}
