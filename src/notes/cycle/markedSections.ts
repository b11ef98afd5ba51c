/**
 * Sections the plugin owns inside a note the facilitator also writes in:
 *   %% codev-<scope>:<name>:start %%
 *   …generated text…
 *   %% codev-<scope>:<name>:end %%
 * Only the text between a pair of markers is ever replaced; everything else is kept byte for
 * byte (line endings included). A section whose markers were deleted is not re-added: the
 * facilitator removed it on purpose.
 */

export function sectionStart(scope: string, name: string): string {
	return `%% codev-${scope}:${name}:start %%`;
}

export function sectionEnd(scope: string, name: string): string {
	return `%% codev-${scope}:${name}:end %%`;
}

/** The markers and the generated content between them, as written into a new note. */
export function renderMarkedSection(scope: string, name: string, content: string): string {
	const body = content.replace(/\n+$/, "");
	return `${sectionStart(scope, name)}\n${body === "" ? "" : `${body}\n`}${sectionEnd(scope, name)}`;
}

/** Offsets of the content between the markers: [after the start marker's line break, start of the end marker]. */
export function findMarkedSection(text: string, scope: string, name: string): [number, number] | null {
	const start = text.indexOf(sectionStart(scope, name));
	if (start < 0) return null;
	const lineBreak = text.indexOf("\n", start);
	if (lineBreak < 0) return null;
	const end = text.indexOf(sectionEnd(scope, name), lineBreak + 1);
	return end < 0 ? null : [lineBreak + 1, end];
}

/** The text with one section's content replaced, or null when the markers are missing or broken. */
export function replaceMarkedSection(text: string, scope: string, name: string, content: string): string | null {
	const found = findMarkedSection(text, scope, name);
	if (!found) return null;
	const eol = text.slice(found[0] - 2, found[0]) === "\r\n" ? "\r\n" : "\n";
	const body = content.replace(/\n+$/, "");
	const inner = body === "" ? "" : `${body.split("\n").join(eol)}${eol}`;
	return text.slice(0, found[0]) + inner + text.slice(found[1]);
}

/** Replaces every section found; returns the new text and the names that were missing. */
export function refreshMarkedSections(text: string, scope: string, sections: Record<string, string>): { text: string; missing: string[] } {
	let out = text;
	const missing: string[] = [];
	for (const [name, content] of Object.entries(sections)) {
		const next = replaceMarkedSection(out, scope, name, content);
		if (next === null) missing.push(name);
		else out = next;
	}
	return { text: out, missing };
}
