/** Strings of the cycle feature, in both languages (same keys). Merged into en.ts / fr.ts. */
export const cycleEn = {
} as const;

export const cycleFr: Record<keyof typeof cycleEn, string> = {
};
