import { resolveMethod } from "../codev/customMethods";
import { twoConsultationBounds } from "../codev/consultations";
import { sessionBounds } from "../codev/timing";
import type { MethodDef } from "../codev/types";
import type { NoteRef, SessionRequest } from "./startSession";
import { basenameOf } from "./noteStore";

/** What the start-session modal edits. Pure, so the form's rules are tested without a DOM. */
export interface SessionFormState {
	/** Path of an existing group, or "" for a new group named `newGroupName`. */
	groupPath: string;
	newGroupName: string;
	date: string;
	/** Path of an existing person, or "" for a new person named `newClientName`. */
	clientPath: string;
	newClientName: string;
	/** The client and topic are chosen at step 0 (the opening step), not now. */
	clientLater: boolean;
	topic: string;
	/** "90" | "120" | "180" | "custom" */
	durationChoice: string;
	customDuration: string;
	opening: boolean;
	/** Present members by path. */
	present: Record<string, boolean>;
	/** Other people present, comma-separated names. */
	extraAttendees: string;
	facilitator: string;
	/** The method of this session ("" = the settings' method). */
	methodId: string;
	/** A second consultation (client B and topic B) in the same session. */
	second: boolean;
	clientBPath: string;
	newClientBName: string;
	topicB: string;
}

export const DURATION_CHOICES = ["90", "120", "180"] as const;
/** Presets offered when a method's lengths exclude the usual ones (express: 30–60). */
const OTHER_PRESETS = [30, 45, 60, 90, 120, 180, 240];

/** Lengths the form offers for a method and a number of consultations: 1h30, 2h, 3h when allowed. */
export function durationChoicesFor(method: MethodDef, second: boolean): string[] {
	const { min, max } = formBounds(method, second);
	const within = (minutes: number): boolean => minutes >= min && minutes <= max;
	if (DURATION_CHOICES.every((choice) => within(Number(choice)))) return [...DURATION_CHOICES];
	return OTHER_PRESETS.filter(within).map(String);
}

/** The lengths allowed: the method's bounds, or those of two consultations (twoConsultationBounds). */
export function formBounds(method: MethodDef, second: boolean): { min: number; max: number } {
	return second ? twoConsultationBounds(method) : sessionBounds(method);
}

/**
 * The group's default method: its `method` property when it names a known method (built-in or
 * custom), else the settings' method.
 */
export function groupMethodId(groupFrontmatter: Record<string, unknown> | null | undefined, settingsMethodId: string, customMethods: readonly MethodDef[]): string {
	const id = groupFrontmatter?.method;
	return typeof id === "string" && resolveMethod(id.trim(), customMethods).ok ? id.trim() : settingsMethodId;
}

/**
 * After the method or the number of consultations changed: a length the method does not allow is
 * replaced by its default length (or the nearest bound), so the form never starts out invalid.
 */
export function fitDurationToMethod(state: SessionFormState, method: MethodDef, defaultDuration: number): void {
	const { min, max } = formBounds(method, state.second);
	const current = Number(formDuration(state));
	if (Number.isFinite(current) && current >= min && current <= max) {
		if (state.durationChoice !== "custom" && !durationChoicesFor(method, state.second).includes(state.durationChoice)) {
			state.customDuration = state.durationChoice;
			state.durationChoice = "custom";
		}
		return;
	}
	const preferred = state.second ? defaultDuration : (method.defaultMinutes ?? defaultDuration);
	const minutes = Math.min(max, Math.max(min, preferred));
	const choices = durationChoicesFor(method, state.second);
	state.durationChoice = choices.includes(String(minutes)) ? String(minutes) : "custom";
	state.customDuration = state.durationChoice === "custom" ? String(minutes) : "";
}

export function initialFormState(date: string, defaultDuration: number, opening: boolean, facilitator: string, methodId = ""): SessionFormState {
	const preset = (DURATION_CHOICES as readonly string[]).includes(String(defaultDuration));
	return {
		groupPath: "",
		newGroupName: "",
		date,
		clientPath: "",
		newClientName: "",
		clientLater: false,
		topic: "",
		durationChoice: preset ? String(defaultDuration) : "custom",
		customDuration: preset ? "" : String(defaultDuration),
		opening,
		present: {},
		extraAttendees: "",
		facilitator,
		methodId,
		second: false,
		clientBPath: "",
		newClientBName: "",
		topicB: "",
	};
}

export function splitNames(text: string): string[] {
	return text
		.split(/[,;\n]/)
		.map((name) => name.trim())
		.filter((name) => name !== "");
}

export function formDuration(state: SessionFormState): string {
	return state.durationChoice === "custom" ? state.customDuration : state.durationChoice;
}

export function formToRequest(state: SessionFormState, method: MethodDef, overrides?: Record<string, number>): SessionRequest {
	const ref = (path: string, newName: string): NoteRef => (path ? { name: basenameOf(path), path } : { name: newName });
	const attendees: NoteRef[] = [
		...Object.entries(state.present)
			.filter(([, isPresent]) => isPresent)
			.map(([path]) => ({ name: basenameOf(path), path })),
		...splitNames(state.extraAttendees).map((name) => ({ name })),
	];
	return {
		group: ref(state.groupPath, state.newGroupName),
		date: state.date,
		client: state.clientLater ? { name: "" } : ref(state.clientPath, state.newClientName),
		topic: state.clientLater ? "" : state.topic,
		...(state.clientLater ? { clientLater: true } : {}),
		duration: formDuration(state),
		opening: state.opening,
		attendees,
		facilitator: state.facilitator,
		method,
		overrides,
		...(state.second ? { second: { client: ref(state.clientBPath, state.newClientBName), topic: state.topicB } } : {}),
	};
}
