/**
 * Properties that hold links to other codev notes, whatever the kind: read as links even when
 * typed as plain text ("Alice Martin") or as one text for a list ("Alice, Bruno"). Made from the
 * kinds' own lists. Pure.
 */
import { CONTRACT_LINK_KEYS } from "./contract";
import { GROUP_PEOPLE_KEYS } from "./group";
import { PERSON_KEYS } from "./person";
import { PLAN_LINK_KEYS } from "./plan";
import { SESSION_LINK_KEYS } from "./session";

/** Group and person notes' link properties. */
const GROUP_AND_PERSON_LINK_KEYS = [...GROUP_PEOPLE_KEYS, PERSON_KEYS.groups];

export const LINK_PROPERTIES: ReadonlySet<string> = new Set<string>([...SESSION_LINK_KEYS, ...GROUP_AND_PERSON_LINK_KEYS, ...CONTRACT_LINK_KEYS, ...PLAN_LINK_KEYS]);
