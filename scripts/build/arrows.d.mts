// Types for the tests (test/release/arrows.test.ts).

/**
 * The program with the function declarations it can prove the same as arrows written as
 * `const f=(…)=>{…}` at the start of their statement lists; `functionBody`: the program runs as a
 * function's body, so its top-level declarations are local. Strict programs only; throws on code
 * acorn cannot parse.
 */
export function toArrows(code: string, options?: { functionBody?: boolean }): string;

/** `let t=this` at the start of each method reading `this` `minUses` times or more (in a derived constructor after a first `super(…)`; never in one holding a function or class). */
export function aliasThis(code: string, minUses: number): string;

/** Both passes as the build applies them to main.js. */
export function shortenFunctions(code: string): string;
