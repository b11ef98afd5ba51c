import type { MethodDef } from "../codev/types";
import type { NoteRef, SessionRequest } from "./startSession";

/** What the start-session modal edits. Pure, so the form's rules are tested without a DOM. */
export interface SessionFormState {
	/** Path of an existing group, or "" for a new group named `newGroupName`. */
	groupPath: string;
	newGroupName: string;
	date: string;
	/** Path of an existing person, or "" for a new person named `newClientName`. */
	clientPath: string;
	newClientName: string;
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
}

export const DURATION_CHOICES = ["90", "120", "180"] as const;

export function initialFormState(date: string, defaultDuration: number, opening: boolean, facilitator: string): SessionFormState {
	const preset = (DURATION_CHOICES as readonly string[]).includes(String(defaultDuration));
	return {
		groupPath: "",
		newGroupName: "",
		date,
		clientPath: "",
		newClientName: "",
		topic: "",
		durationChoice: preset ? String(defaultDuration) : "custom",
		customDuration: preset ? "" : String(defaultDuration),
		opening,
		present: {},
		extraAttendees: "",
		facilitator,
	};
}

export function splitNames(text: string): string[] {
	return text
		.split(/[,;\n]/)
		.map((name) => name.trim())
		.filter((name) => name !== "");
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

export function formDuration(state: SessionFormState): string {
	return state.durationChoice === "custom" ? state.customDuration : state.durationChoice;
}

export function formToRequest(state: SessionFormState, method: MethodDef, overrides?: Record<string, number>): SessionRequest {
	const ref = (path: string, newName: string): NoteRef => (path ? { name: basename(path), path } : { name: newName });
	const attendees: NoteRef[] = [
		...Object.entries(state.present)
			.filter(([, isPresent]) => isPresent)
			.map(([path]) => ({ name: basename(path), path })),
		...splitNames(state.extraAttendees).map((name) => ({ name })),
	];
	return {
		group: ref(state.groupPath, state.newGroupName),
		date: state.date,
		client: ref(state.clientPath, state.newClientName),
		topic: state.topic,
		duration: formDuration(state),
		opening: state.opening,
		attendees,
		facilitator: state.facilitator,
		method,
		overrides,
	};
}
