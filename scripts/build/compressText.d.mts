// Types for the export tests use (test/release/compressText.test.ts).

/** The bundle with its long texts moved into one inflated table. */
export function compressText(code: string): Promise<string>;
