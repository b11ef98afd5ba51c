/** A fresh copy of the demo vault (built once per test file), for client sheet tests. */
import { buildDemoVault } from "../../scripts/demoVault";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";

let base: Promise<MemoryStore> | null = null;

export async function demoCopy(): Promise<MemoryStore> {
	base ??= buildDemoVault().then((vault) => vault.store);
	const store = new MemoryStore(parseYamlStrict);
	for (const [path, text] of (await base).files) store.files.set(path, text);
	return store;
}
