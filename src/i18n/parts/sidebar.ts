/** Strings of the sidebar feature, in both languages (same keys). Merged into en.ts / fr.ts. */
export const sidebarEn = {
} as const;

export const sidebarFr: Record<keyof typeof sidebarEn, string> = {
};
