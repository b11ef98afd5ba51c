/** The `type` property of each note kind the plugin writes and reads: spelled here only. Pure. */

export const TYPES = {
	session: "codev-session",
	group: "codev-group",
	person: "codev-person",
	contract: "codev-contract",
	plan: "codev-action-plan",
	bilan: "codev-bilan",
	method: "codev-method",
	sheet: "codev-client-sheet",
	preparation: "codev-preparation",
	attendance: "codev-attendance",
	certificate: "codev-certificate",
	log: "codev-facilitator-log",
	journal: "codev-facilitator-journal",
} as const;

export type CodevKind = keyof typeof TYPES;

/** The three kinds most features look for by type. */
export const SESSION_TYPE = TYPES.session;
export const GROUP_TYPE = TYPES.group;
export const PERSON_TYPE = TYPES.person;

/** `codev_schema` written in every generated note, so a later version can migrate old notes. */
export const SCHEMA_VERSION = 1;

/** The properties every generated note carries, whatever its kind. */
export const COMMON_KEYS = { type: "type", schema: "codev_schema", lang: "lang", publish: "publish" } as const;

/** The first properties of a generated note: its type and schema. */
export function noteHead(kind: CodevKind, schema: number = SCHEMA_VERSION): { type: string; codev_schema: number } {
	return { type: TYPES[kind], codev_schema: schema };
}

/** The last properties of a generated note: its language, and never published. */
export function noteTail(lang: string): { lang: string; publish: false } {
	return { lang, publish: false };
}

/** The note's `type` property ("" when absent). */
export function typeOf(fm: Readonly<Record<string, unknown>> | null | undefined): string {
	const type = fm?.type;
	return typeof type === "string" ? type : "";
}

/** The note's `codev_schema` as a number (0 when absent). */
export function schemaOf(fm: Readonly<Record<string, unknown>> | null | undefined): number {
	const value = Number(fm?.codev_schema);
	return Number.isFinite(value) ? value : 0;
}

/** True for every note type of this plugin (types it may add later included). */
export function isCodevType(type: unknown): type is string {
	return typeof type === "string" && type.startsWith("codev-");
}
