/** Throws unless the code parses; returns it. */
export function mustParse(code: string, pass: string): string;
/** The code with each edit's range replaced by its text, in order; the result must parse. */
export function applyEdits(code: string, edits: Array<{ start: number; end: number; text: string }>, pass: string): string;
