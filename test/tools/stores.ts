/** Memory stores for service tests: empty, copied, or a fresh copy of the demo vault. */
import { buildDemoVault } from "../../scripts/demoVault";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";

/** An empty vault whose front matter is read by the strict YAML parser, as Obsidian's is. */
export function newStore(): MemoryStore {
	return new MemoryStore(parseYamlStrict);
}

/** A new store holding the same files: each test changes its own copy. */
export function copyStore(source: MemoryStore): MemoryStore {
	const store = newStore();
	for (const [path, text] of source.files) store.files.set(path, text);
	return store;
}

let demo: Promise<MemoryStore> | null = null;

/** A fresh copy of the demo vault, built once per test file (it takes a few seconds). */
export async function demoCopy(): Promise<MemoryStore> {
	demo ??= buildDemoVault().then((vault) => vault.store);
	return copyStore(await demo);
}

/** A note's text; throws when the note is missing, so a wrong path fails loudly. */
export function noteText(store: MemoryStore, path: string): string {
	const text = store.files.get(path);
	if (text === undefined) throw new Error(`no note at ${path}`);
	return text;
}
