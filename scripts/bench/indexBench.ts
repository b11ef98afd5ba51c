/** The pure CodevIndex over a 20,000-note vault: full build vs one plain pass, then O(1) updates. */
import { CodevIndex, recordFromFrontmatter, type IndexRecord } from "../../src/index/codevIndex";
import { buildResolver } from "./folderResolver";
import { linkpath } from "../../src/notes/links";
import { clientProgress } from "../../src/services/linked/progress";
import { fmtMs, median, medianMs, timeMs, type Row } from "./measure";
import { generateVault, linkResolver, modelResolver, type CacheRecord } from "./vault";

function isCodev(fm: Record<string, unknown> | null): boolean {
	const type = fm?.type;
	return typeof type === "string" && type.startsWith("codev-");
}

let sink = 0;

type Resolve = (text: string, source: string) => string | null;

/**
 * The plain pass the index is held to: what any link-aware feature does at least. For every note,
 * fetch its cache, read every property value once, and resolve every property link Obsidian
 * listed (`frontmatterLinks`, path part as `getLinkpath` gives it) with `getFirstLinkpathDest`.
 */
export function plainPass(records: CacheRecord[], cache: Map<string, CacheRecord>, resolve: Resolve): void {
	let touched = 0;
	for (const { path } of records) {
		const entry = cache.get(path);
		const fm = entry?.frontmatter;
		if (!fm) continue;
		for (const key in fm) {
			const value = fm[key];
			touched += typeof value === "string" ? value.length : Array.isArray(value) ? value.length : 1;
		}
		for (const { link } of entry.frontmatterLinks ?? []) if (resolve(linkpath(link), path)) touched++;
	}
	sink += touched;
}

/** The same pass without the links: properties only (the floor). */
function valuesPass(records: CacheRecord[], cache: Map<string, CacheRecord>): void {
	let touched = 0;
	for (const { path } of records) {
		const fm = cache.get(path)?.frontmatter;
		if (!fm) continue;
		for (const key in fm) {
			const value = fm[key];
			touched += typeof value === "string" ? value.length : Array.isArray(value) ? value.length : 1;
		}
	}
	sink += touched;
}

/** What src/obsidian/indexAdapter.ts buildIndex does, with a subscribed view (as when the progress view is open). */
export function buildIndex(records: CacheRecord[], cache: Map<string, CacheRecord>, linkResolve: Resolve, fromLinks = true, perFolder = false): CodevIndex {
	const resolve = perFolder ? buildResolver(linkResolve) : linkResolve;
	const index = new CodevIndex();
	let notified = 0;
	index.subscribe(() => notified++);
	index.batch(() => {
		index.clear();
		for (const { path } of records) {
			const entry = cache.get(path);
			if (!entry || !isCodev(entry.frontmatter)) continue;
			const links = entry.frontmatterLinks;
			if (fromLinks && links) index.upsertFromLinks(path, entry.frontmatter, links, resolve);
			else index.upsert(recordFromFrontmatter(path, entry.frontmatter, resolve));
		}
	});
	if (notified !== 1) throw new Error(`index listener called ${notified} times for one build`);
	return index;
}

export function benchIndex(rows: Row[]): void {
	const records = generateVault();
	const resolve = linkResolver(records);
	const codev = records.filter((r) => isCodev(r.frontmatter)).length;
	const cache = new Map(records.map((r) => [r.path, r]));
	const values = medianMs(9, () => valuesPass(records, cache));
	const plain = medianMs(9, () => plainPass(records, cache, resolve));
	const build = medianMs(9, () => void buildIndex(records, cache, resolve));
	// What an open view pays on its first query after the build (the inverse links are made then).
	const group = "Codev/Groupes/Groupe 17 2023.md";
	const firstQuery = median(Array.from({ length: 9 }, () => {
		const built = buildIndex(records, cache, resolve);
		return timeMs(() => void built.sessionsOfGroup(group));
	}));
	const scanBuild = medianMs(9, () => void buildIndex(records, cache, resolve, false));
	// What resolving once per folder would cost here (a cache hit is one Map lookup, as the mock's call is) and save when a call costs more.
	const cached = medianMs(9, () => void buildIndex(records, cache, resolve, true, true));
	const model = modelResolver(records);
	const modelEvery = medianMs(5, () => void buildIndex(records, cache, model, true, false));
	const modelCached = medianMs(5, () => void buildIndex(records, cache, model, true, true));
	const prepared: IndexRecord[] = records.filter((r) => isCodev(r.frontmatter)).map((r) => recordFromFrontmatter(r.path, r.frontmatter, resolve));
	const upsertOnly = medianMs(9, () => {
		const index = new CodevIndex();
		index.batch(() => {
			for (const record of prepared) index.upsert(record);
		});
	});
	rows.push({ area: "Index", measure: `vault: ${records.length} notes, ${codev} codev notes`, value: "", goal: "" });
	rows.push({ area: "Index", measure: "properties only: every note's cache, every property value", value: fmtMs(values), goal: "" });
	rows.push({ area: "Index", measure: "plain pass: every note's properties and property links (frontmatterLinks), each link resolved", value: fmtMs(plain), goal: "" });
	rows.push({ area: "Index", measure: "full build at layout ready (records from frontmatterLinks, one notification)", value: `${fmtMs(build)} (${(build / plain).toFixed(2)}× plain pass)`, goal: "≤ 1.5× plain pass" });
	rows.push({ area: "Index", measure: "first query after the full build (inverse links made then)", value: fmtMs(firstQuery), goal: "" });
	rows.push({ area: "Index", measure: "full build and the first query together", value: `${fmtMs(build + firstQuery)} (${((build + firstQuery) / plain).toFixed(2)}× plain pass)`, goal: "" });
	rows.push({ area: "Index", measure: "full build resolving each link text once per folder (buildResolver, not used)", value: `${fmtMs(cached)} (${(cached / plain).toFixed(2)}× plain pass)`, goal: "" });
	rows.push({ area: "Index", measure: "full build with a resolver modelled on getFirstLinkpathDest's work: every link / once per folder", value: `${fmtMs(modelEvery)} / ${fmtMs(modelCached)}`, goal: "" });
	rows.push({ area: "Index", measure: "full build scanning every value for [[links]] (as before)", value: `${fmtMs(scanBuild)} (${(scanBuild / plain).toFixed(2)}× plain pass)`, goal: "" });
	rows.push({ area: "Index", measure: "full build, links already resolved (upsert only)", value: `${fmtMs(upsertOnly)} (${(upsertOnly / plain).toFixed(2)}×)`, goal: "" });

	const index = buildIndex(records, cache, resolve);
	const sessions = prepared.filter((r) => r.frontmatter?.type === "codev-session");
	for (const count of [1, 100, 10_000]) {
		const changes = Array.from({ length: count }, (_, i) => {
			const base = sessions[i % sessions.length] as IndexRecord;
			return recordFromFrontmatter(base.path, { ...base.frontmatter, topic: `edited ${i}` }, resolve);
		});
		const total = medianMs(5, () => {
			for (const change of changes) index.upsert(change);
		}, 1);
		rows.push({ area: "Index", measure: `${count.toLocaleString("en")} changed note${count > 1 ? "s" : ""}`, value: `${fmtMs(total)} total, ${fmtMs(total / count)} each`, goal: "O(1) per change" });
	}
	const person = "Codev/Personnes/Personne 17-2.md";
	rows.push({ area: "Index", measure: "query: sessions of a group", value: fmtMs(medianMs(101, () => void index.sessionsOfGroup(group))), goal: "" });
	rows.push({ area: "Index", measure: "query: a client's progress", value: fmtMs(medianMs(101, () => void clientProgress(index, person))), goal: "" });
	if (sink < 0) console.log(sink); // keeps the passes from being optimised away
}
