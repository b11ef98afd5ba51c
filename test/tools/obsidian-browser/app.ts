/**
 * The least of an Obsidian `App` the modals read: markdown files with their properties (as the
 * metadata cache gives them) and link resolution by note name.
 */
import { TFile } from "./obsidian";

export interface FakeNote {
	path: string;
	frontmatter: Record<string, unknown>;
}

export function fakeApp(notes: FakeNote[]) {
	const files = new Map(notes.map((note) => [note.path, new TFile(note.path)]));
	const frontmatter = new Map(notes.map((note) => [note.path, note.frontmatter]));
	return {
		vault: {
			getMarkdownFiles: () => [...files.values()],
			getAbstractFileByPath: (path: string) => files.get(path) ?? null,
		},
		metadataCache: {
			getFileCache: (file: TFile) => ({ frontmatter: frontmatter.get(file.path) }),
			getFirstLinkpathDest: (link: string) => [...files.values()].find((file) => file.basename === link || file.path === link || file.path === `${link}.md`) ?? null,
		},
		workspace: { getActiveFile: () => null },
	};
}
