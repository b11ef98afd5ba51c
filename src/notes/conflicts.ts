/**
 * Copies that sync services make when a note was edited on two devices at once. They carry the
 * same properties as the note they copy, so counting them would count a session, a client or a
 * plan twice: every feature leaves them out, and the facilitator is told once per copy. Pure.
 *   Obsidian Sync, Dropbox, Nextcloud: « Note (Conflicted copy …) », « Note (Marc's conflicted copy …) »
 *   Dropbox in French: « Note (copie en conflit …) »
 *   Syncthing: « Note.sync-conflict-20260113-093000-ABCDEFG »
 *   others: « Note (conflict …) »
 */
import { basenameOf } from "./paths";

const CONFLICT = [/\s*\((?:[^()]*\s)?conflicted copy(?:\s[^()]*)?\)/i, /\s*\(copie en conflit(?:\s[^()]*)?\)/i, /\s*\(conflict(?:\s[^()]*)?\)/i, /\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]+)?/];

/** True when the note's name is a sync service's conflict copy. */
export function isConflictCopy(path: string): boolean {
	// Every pattern names a conflict: one cheap test spares the index four per note.
	if (!/confli/i.test(path)) return false;
	const name = basenameOf(path);
	return CONFLICT.some((pattern) => pattern.test(name));
}

/** The name of the note a conflict copy was made from ("Séance (Conflicted copy …)" → "Séance"). */
export function conflictOriginal(path: string): string {
	let name = basenameOf(path);
	for (const pattern of CONFLICT) name = name.replace(pattern, "");
	return name.trim();
}
