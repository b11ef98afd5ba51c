/**
 * The method note's properties (`type: codev-method`): its keys, the reader (strict: an unknown
 * property is refused, so a typo never goes unseen) and the writer. The steps live in the note's
 * body (notes/methodNote.ts reads and writes them). Pure.
 */
import { fail, ok, type Lang, type Localized, type MethodDef, type Result } from "../../codev/types";
import type { Properties } from "../properties";
import { oneLine } from "../text";
import { COMMON_KEYS, TYPES } from "./kinds";

/** Every property of a method note but the common ones (kinds.ts). */
export const METHOD_KEYS = {
	id: "id",
	nameFr: "name_fr",
	nameEn: "name_en",
	descriptionFr: "description_fr",
	descriptionEn: "description_en",
	minMinutes: "min_minutes",
	maxMinutes: "max_minutes",
	defaultMinutes: "default_minutes",
} as const;

export const METHOD_NOTE_SCHEMA = 1;

/** Obsidian's own properties, which a method note may carry too. */
const OBSIDIAN_KEYS = ["tags", "aliases", "cssclasses"];
const ALLOWED: ReadonlySet<string> = new Set([...Object.values(COMMON_KEYS), ...Object.values(METHOD_KEYS), ...OBSIDIAN_KEYS]);

/** A method note's properties, not validated yet (validateMethod names each wrong value). */
export interface MethodNoteProperties {
	id: string | undefined;
	/** The language of the note's ## headings. */
	lang: Lang;
	name: Partial<Localized>;
	description: Partial<Localized>;
	minMinutes: unknown;
	maxMinutes: unknown;
	defaultMinutes: unknown;
}

const asText = (value: unknown): string | undefined =>
	typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

/** The id of the method a note holds (its `id` property), for finding it without reading it all. */
export function methodIdOf(fm: Readonly<Record<string, unknown>> | null | undefined): unknown {
	return fm?.id;
}

export function readMethod(data: Readonly<Record<string, unknown>>): Result<MethodNoteProperties> {
	if (data.type !== TYPES.method) return fail("method-note-type", { type: TYPES.method });
	const extra = Object.keys(data).find((key) => !ALLOWED.has(key));
	if (extra !== undefined) return fail("method-unknown-field", { field: extra });
	const schema = data.codev_schema;
	if (schema !== undefined && schema !== null && schema !== METHOD_NOTE_SCHEMA) return fail("method-note-schema", { version: typeof schema === "number" || typeof schema === "string" ? String(schema) : JSON.stringify(schema) });
	if (data.lang !== undefined && data.lang !== null && data.lang !== "fr" && data.lang !== "en") return fail("method-note-lang");
	const bound = (value: unknown): unknown => (value === null ? undefined : value);
	return ok({
		id: asText(data.id),
		lang: data.lang === "en" ? "en" : "fr",
		name: { fr: asText(data.name_fr), en: asText(data.name_en) },
		description: { fr: asText(data.description_fr), en: asText(data.description_en) },
		minMinutes: bound(data.min_minutes),
		maxMinutes: bound(data.max_minutes),
		defaultMinutes: bound(data.default_minutes),
	});
}

export function methodProperties(method: MethodDef, lang: Lang): Properties {
	const props: Properties = { type: TYPES.method, codev_schema: METHOD_NOTE_SCHEMA, id: method.id, lang, name_fr: method.name.fr, name_en: method.name.en };
	if (method.description) {
		props.description_fr = oneLine(method.description.fr);
		props.description_en = oneLine(method.description.en);
	}
	if (method.minMinutes !== undefined) props.min_minutes = method.minMinutes;
	if (method.maxMinutes !== undefined) props.max_minutes = method.maxMinutes;
	if (method.defaultMinutes !== undefined) props.default_minutes = method.defaultMinutes;
	props.publish = false;
	return props;
}
