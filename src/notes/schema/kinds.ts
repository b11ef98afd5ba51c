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
} as const;

export type CodevKind = keyof typeof TYPES;

/** `codev_schema` written in every generated note, so a later version can migrate old notes. */
export const SCHEMA_VERSION = 1;

/** True for every note type of this plugin (types it may add later included). */
export function isCodevType(type: unknown): type is string {
	return typeof type === "string" && type.startsWith("codev-");
}

/**
 * Properties that hold links to other codev notes, whatever the kind: read as links even when
 * typed as plain text ("Alice Martin") or as one text for a list ("Alice, Bruno").
 */
export const LINK_PROPERTIES: ReadonlySet<string> = new Set([
	"group", "client", "client_b", "attendees", "present", "absent", "excused", "members", "former_members", "groups",
	"session", "contract", "contract_b", "action_plan", "action_plan_b", "retour", "retour_plan",
]);
