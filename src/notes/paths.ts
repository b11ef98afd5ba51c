/** Vault paths as Obsidian writes them ("Folder/Sub/Note.md"), pure. */

/** The folder holding a path ("" at the vault's root). */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** A note's name: the path's last part without ".md". */
export function basenameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}
