/** Strings of the linked feature, in both languages (same keys). Merged into en.ts / fr.ts. */
export const linkedEn = {
} as const;

export const linkedFr: Record<keyof typeof linkedEn, string> = {
};
