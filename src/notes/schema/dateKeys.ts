/**
 * The properties of every note kind that hold a date. Their yyyy-MM-dd values are written plain
 * (a YAML date, typed as a date everywhere); the same text in any other property (a topic
 * "2026-01-13") is quoted, so strict YAML readers keep it a string. Pure.
 */
import { BILAN_KEYS } from "./bilan";
import { GROUP_KEYS } from "./group";
import { PLAN_KEYS } from "./plan";
import { SESSION_KEYS } from "./session";

export const DATE_KEYS: ReadonlySet<string> = new Set([
	SESSION_KEYS.date,
	GROUP_KEYS.start,
	GROUP_KEYS.calendar,
	PLAN_KEYS.due,
	PLAN_KEYS.nextSession,
	PLAN_KEYS.retourDate,
	BILAN_KEYS.generated,
]);
