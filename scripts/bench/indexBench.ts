/** The pure CodevIndex over a 20,000-note vault: full build vs one plain pass, then O(1) updates. */
import { CodevIndex, recordFromFrontmatter, type IndexRecord } from "../../src/index/codevIndex";
import { clientProgress } from "../../src/services/linked/progress";
import { fmtMs, medianMs, type Row } from "./measure";
import { generateVault, linkResolver, type CacheRecord } from "./vault";

function isCodev(fm: Record<string, unknown> | null): boolean {
	const type = fm?.type;
	return typeof type === "string" && type.startsWith("codev-");
}

let sink = 0;

/** The least any feature reading properties does: fetch every note's cache, read every property value once. */
function plainPass(records: CacheRecord[], cache: Map<string, CacheRecord>): void {
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

/** The same pass, also finding and resolving every [[link]] in the properties (what any link-aware feature must do). */
function linkPass(records: CacheRecord[], cache: Map<string, CacheRecord>, resolve: (text: string, source: string) => string | null): void {
	let found = 0;
	for (const { path } of records) {
		const fm = cache.get(path)?.frontmatter;
		if (!fm) continue;
		for (const key in fm) {
			const value = fm[key];
			for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
				if (typeof item !== "string") continue;
				for (const match of item.matchAll(/\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]/g)) if (resolve(match[1] ?? "", path)) found++;
			}
		}
	}
	sink += found;
}

/** What src/obsidian/indexAdapter.ts buildIndex does, with a subscribed view (as when the progress view is open). */
function buildIndex(records: CacheRecord[], resolve: (text: string, source: string) => string | null): CodevIndex {
	const index = new CodevIndex();
	let notified = 0;
	index.subscribe(() => notified++);
	for (const record of records) if (isCodev(record.frontmatter)) index.upsert(recordFromFrontmatter(record.path, record.frontmatter, resolve));
	if (notified === 0) throw new Error("index listener never called");
	return index;
}

export function benchIndex(rows: Row[]): void {
	const records = generateVault();
	const resolve = linkResolver(records);
	const codev = records.filter((r) => isCodev(r.frontmatter)).length;
	const cache = new Map(records.map((r) => [r.path, r]));
	const plain = medianMs(9, () => plainPass(records, cache));
	const links = medianMs(9, () => linkPass(records, cache, resolve));
	const build = medianMs(9, () => void buildIndex(records, resolve));
	const prepared: IndexRecord[] = records.filter((r) => isCodev(r.frontmatter)).map((r) => recordFromFrontmatter(r.path, r.frontmatter, resolve));
	const upsertOnly = medianMs(9, () => {
		const index = new CodevIndex();
		for (const record of prepared) index.upsert(record);
	});
	rows.push({ area: "Index", measure: `vault: ${records.length} notes, ${codev} codev notes`, value: "", goal: "" });
	rows.push({ area: "Index", measure: "plain pass: every note's cache, every property value", value: fmtMs(plain), goal: "" });
	rows.push({ area: "Index", measure: "plain pass that also resolves every property [[link]]", value: `${fmtMs(links)} (${(links / plain).toFixed(1)}× plain)`, goal: "" });
	rows.push({ area: "Index", measure: "full build (links resolved + upsert)", value: `${fmtMs(build)} (${(build / plain).toFixed(0)}× plain, ${(build / links).toFixed(1)}× link pass)`, goal: "≤ 1.5× plain pass" });
	rows.push({ area: "Index", measure: "full build, links already resolved (upsert only)", value: `${fmtMs(upsertOnly)} (${(upsertOnly / plain).toFixed(1)}×)`, goal: "" });

	const index = buildIndex(records, resolve);
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
	const group = "Codev/Groupes/Groupe 17 2023.md";
	rows.push({ area: "Index", measure: "query: sessions of a group", value: fmtMs(medianMs(101, () => void index.sessionsOfGroup(group))), goal: "" });
	rows.push({ area: "Index", measure: "query: a client's progress", value: fmtMs(medianMs(101, () => void clientProgress(index, person))), goal: "" });
	if (sink < 0) console.log(sink); // keeps the passes from being optimised away
}
