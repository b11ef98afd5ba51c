/** `node scripts/run-ts.mjs scripts/bench/indexOnly.ts`: only the index figures, printed (for quick iterations; `npm run bench` gives the recorded ones). */
import { benchIndex } from "./indexBench";
import type { Row } from "./measure";

const rows: Row[] = [];
benchIndex(rows);
for (const row of rows) console.log(`${row.measure}: ${row.value}`);
