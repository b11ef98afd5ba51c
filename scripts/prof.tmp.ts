import { generateVault, linkResolver } from "./bench/vault";
import { buildIndex } from "./bench/indexBench";
const records = generateVault();
const resolve = linkResolver(records);
const cache = new Map(records.map((r) => [r.path, r]));
for (let i = 0; i < 60; i++) buildIndex(records, cache, resolve);
