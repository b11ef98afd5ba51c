/**
 * `node scripts/run-ts.mjs scripts/bench/indexOnly.ts`: only the index figures, printed (for quick
 * iterations; `npm run bench` gives the recorded ones). With `alternate [rounds]`: the plain pass
 * and the full build timed one after the other, round after round, and the medians of their ratios
 * (on a shared machine the load moves between two separate series).
 */
import { generateVault, linkResolver } from "./vault";
import { benchIndex, buildIndex, plainPass } from "./indexBench";
import { median, timeMs, type Row } from "./measure";

function alternate(rounds: number): void {
	const records = generateVault();
	const resolve = linkResolver(records);
	const cache = new Map(records.map((r) => [r.path, r]));
	const group = "Codev/Groupes/Groupe 17 2023.md";
	const build: number[] = [];
	const withQuery: number[] = [];
	const plain: number[] = [];
	for (let round = -2; round < rounds; round++) {
		const before = timeMs(() => plainPass(records, cache, resolve));
		const alone = timeMs(() => void buildIndex(records, cache, resolve));
		const between = timeMs(() => plainPass(records, cache, resolve));
		let index: ReturnType<typeof buildIndex> | undefined;
		const built = timeMs(() => (index = buildIndex(records, cache, resolve)));
		const query = timeMs(() => void index?.sessionsOfGroup(group));
		if (round < 0) continue; // warm-up
		plain.push(before, between);
		build.push(alone / before);
		withQuery.push((built + query) / between);
	}
	console.log(`plain pass ${median(plain).toFixed(2)} ms; full build ${median(build).toFixed(2)}× the pass before it, with the first query ${median(withQuery).toFixed(2)}× (medians of ${rounds} rounds)`);
}

if (process.argv[2] === "alternate") alternate(Number(process.argv[3] ?? 15));
else {
	const rows: Row[] = [];
	benchIndex(rows);
	for (const row of rows) console.log(`${row.measure}: ${row.value}`);
}
