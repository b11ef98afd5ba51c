// js-yaml ships no types; the browser tests use its safe `load` (gray-matter needs Node's Buffer there).
declare module "js-yaml" {
	export function load(text: string): unknown;
}
