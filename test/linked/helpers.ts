/** Builds small vaults over MemoryStore with the plugin's own session creation. */
import { CLASSIC_METHOD } from "../../src/codev/methods";
import type { Lang } from "../../src/codev/types";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { MemoryStore } from "../../src/services/memoryStore";
import { startSession } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";

export function newStore(): MemoryStore {
	return new MemoryStore(parseYamlStrict);
}

export interface SessionSpec {
	date: string;
	client: string;
	topic: string;
	attendees?: string[];
	group?: string;
	opening?: boolean;
}

export const MEMBERS = ["Alice Martin", "Bruno Petit", "Chloé Roux", "David Leroy"];

export async function addSession(store: MemoryStore, spec: SessionSpec, lang: Lang = "fr"): Promise<string> {
	const result = await startSession(
		store,
		{
			group: { name: spec.group ?? "Managers 2026" },
			date: spec.date,
			client: { name: spec.client },
			topic: spec.topic,
			duration: 120,
			opening: spec.opening ?? true,
			attendees: (spec.attendees ?? MEMBERS).map((name) => ({ name })),
			facilitator: "Nadia",
			method: CLASSIC_METHOD,
		},
		defaultSettings(lang),
		lang,
	);
	if (!result.ok) throw new Error(result.error.code);
	return result.value.sessionPath;
}

export function fm(store: MemoryStore, path: string): Record<string, unknown> {
	const data = store.frontmatter(path);
	if (!data) throw new Error(`no front matter in ${path}`);
	return data;
}

export function text(store: MemoryStore, path: string): string {
	const value = store.files.get(path);
	if (value === undefined) throw new Error(`missing ${path}`);
	return value;
}
