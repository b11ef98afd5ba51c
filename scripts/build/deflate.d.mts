// Types for the tests (test/release/compressText.test.ts).

/** Raw deflate (RFC 1951) of `data`, optimally parsed: slow, small, the same bytes everywhere. */
export function deflateBest(data: Uint8Array): Uint8Array;

/** Code lengths of at most `limit` bits, optimal for these frequencies (package-merge). */
export function codeLengths(freqs: ArrayLike<number>, limit: number): Uint8Array;
