/** Small text helpers shared by the linked notes. Pure. */

/** One line of user text: newlines and tabs become spaces, edges trimmed. */
export function oneLine(text: string): string {
	return text.replace(/[\r\n\t]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/** User text as a Markdown block quote, each line prefixed. */
export function quoted(text: string): string[] {
	return text
		.trim()
		.split(/\r?\n/)
		.map((line) => (line.trim() === "" ? ">" : `> ${line.trimEnd()}`));
}

/** A user paragraph, with lines that could pass for our marker comments neutralised. */
export function paragraph(text: string): string[] {
	return text
		.trim()
		.split(/\r?\n/)
		.map((line) => line.replace(/^(\s*)%%/, "$1\\%%").trimEnd());
}
