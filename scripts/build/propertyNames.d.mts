// Types for the export tests use (test/release/propertyNames.test.ts).

/** The property names main.js may minify, sorted; `reasons` gets why each other name stays. */
export function ownPropertyNames(root: string, reasons?: Map<string, Set<string>>): string[];
