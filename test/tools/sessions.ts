/** Start-session requests for tests: one realistic French session, changed field by field. */
import { CLASSIC_METHOD } from "../../src/codev/methods";
import type { Lang } from "../../src/codev/types";
import type { MemoryStore } from "../../src/services/memoryStore";
import { startSession, type SessionRequest, type StartedSession } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";

/** Groupe Horizon, 13 January 2026, Hélène Côté's topic, two hours, the classic method. */
export function sessionRequest(overrides: Partial<SessionRequest> = {}): SessionRequest {
	return {
		group: { name: "Groupe Horizon" },
		date: "2026-01-13",
		client: { name: "Hélène Côté" },
		topic: "Dire non sans culpabiliser",
		duration: 120,
		opening: true,
		attendees: [{ name: "Marc Dubois" }, { name: "Sofia Benali" }],
		facilitator: "Claire Martin",
		method: CLASSIC_METHOD,
		...overrides,
	};
}

/** Starts the session with the default settings of `lang`; throws when the service refuses. */
export async function startOk(store: MemoryStore, overrides: Partial<SessionRequest> = {}, lang: Lang = "fr"): Promise<StartedSession> {
	const result = await startSession(store, sessionRequest(overrides), defaultSettings(lang), lang);
	if (!result.ok) throw new Error(`startSession refused: ${result.error.code}`);
	return result.value;
}

/** The four members of the small « Managers 2026 » group the linked-feature tests use. */
export const MEMBERS = ["Alice Martin", "Bruno Petit", "Chloé Roux", "David Leroy"];

export interface SessionSpec {
	date: string;
	client: string;
	topic: string;
	attendees?: string[];
	group?: string;
	opening?: boolean;
}

/** A two-hour session of « Managers 2026 » (facilitator Nadia, every member present by default); its path. */
export async function addSession(store: MemoryStore, spec: SessionSpec, lang: Lang = "fr"): Promise<string> {
	const request = sessionRequest({
		group: { name: spec.group ?? "Managers 2026" },
		date: spec.date,
		client: { name: spec.client },
		topic: spec.topic,
		opening: spec.opening ?? true,
		attendees: (spec.attendees ?? MEMBERS).map((name) => ({ name })),
		facilitator: "Nadia",
	});
	const result = await startSession(store, request, defaultSettings(lang), lang);
	if (!result.ok) throw new Error(result.error.code);
	return result.value.sessionPath;
}
