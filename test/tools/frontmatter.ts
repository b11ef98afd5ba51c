/** Reading a note's properties in tests, two ways: as the strict YAML parser sees the file, or as the store reads it. */
import { parseNote } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import type { MemoryStore } from "../../src/services/memoryStore";

/** The properties parsed from the file by the strict YAML parser (dates are Date objects); throws when they do not parse. */
export function strictFrontmatter(store: MemoryStore, path: string): Record<string, unknown> {
	const parsed = parseNote(store.files.get(path) ?? "", parseYamlStrict);
	if (!parsed.ok) throw new Error(`front matter of ${path} does not parse: ${parsed.error.code}`);
	return parsed.value.data;
}

/** The properties as the store gives them to the services (its metadata-cache view); throws when there are none. */
export function storeFrontmatter(store: MemoryStore, path: string): Record<string, unknown> {
	const data = store.frontmatter(path);
	if (!data) throw new Error(`no front matter in ${path}`);
	return data;
}
