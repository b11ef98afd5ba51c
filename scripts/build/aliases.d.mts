/** The code with `null`, `void 0`, `""`, `!0`, `!1` and ECMAScript's globals read through variables declared first; a value used fewer than `minUses` times stays. */
export function aliasValues(code: string, minUses?: number): string;
