/** The code with each arrow's first `let`/`const` locals (plain names, each with a value) moved into its parameters, when those are plain names. */
export function localsAsParameters(code: string): string;
