/** Small builders shared by the built-in method definitions. Pure TypeScript: no Obsidian import here. */
import type { Localized, Role } from "../types";

export const l = (fr: string, en: string): Localized => ({ fr, en });

export const guide = (client: Localized, consultants: Localized, facilitator: Localized): Record<Role, Localized> => ({
	client,
	consultants,
	facilitator,
});

/** Built-ins are shared by every caller: freezing turns an accidental mutation into an error. */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
