// Copies the screenshots the browser tests saved (test-output/screenshots) into docs/screenshots,
// the ones README shows. Run through `npm run screenshots`, never by `npm test`.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const from = "test-output/screenshots";
const to = "docs/screenshots";
mkdirSync(to, { recursive: true });
const shots = readdirSync(from).filter((name) => name.endsWith(".png"));
for (const name of shots) copyFileSync(join(from, name), join(to, name));
console.log(`${shots.length} screenshots copied from ${from} to ${to}`);
