// Types for the export tests use (test/release/compressText.test.ts).

/** The bundle with its long texts moved into one inflated table. */
export function compressText(code: string): Promise<string>;

/** `var name;` and the code that fills it with `table` (deflated by deflate.mjs, or by fflate at `level`). */
export function prelude(name: string, table: unknown, level?: "best" | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): Promise<string>;
