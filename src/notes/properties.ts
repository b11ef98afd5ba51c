/** The shapes of the properties the plugin writes (types only, so every note kind can name them). */

/** One item of a list property: text, or a number (ratings) kept a number. */
export type ListItem = string | number | boolean | null;
/** The value types the plugin writes as Obsidian properties. */
export type PropertyValue = string | number | boolean | null | ListItem[];
export type Properties = Record<string, PropertyValue>;
