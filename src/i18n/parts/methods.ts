/** Strings of the methods feature, in both languages (same keys). Merged into en.ts / fr.ts. */
export const methodsEn = {
} as const;

export const methodsFr: Record<keyof typeof methodsEn, string> = {
};
