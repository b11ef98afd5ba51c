import { actualMinutes, type TimerState } from "../codev/timer";
import type { NoteStore } from "./noteStore";
import { placeActuals, setSessionStatus } from "../notes/schema/session";

/** The session is being run: `status: in-progress` (processFrontMatter, the rest untouched). */
export async function markInProgress(store: NoteStore, path: string): Promise<void> {
	await store.updateProperties(path, (fm) => setSessionStatus(fm, "in-progress"));
}

/**
 * Writes what the timer measured into the session note (processFrontMatter): the actual minutes
 * beside the planned ones, and `status: done` once the last step is over. Shared by the sidebar
 * and the demo script.
 */
export async function recordTimedRun(store: NoteStore, path: string, state: TimerState, nowMs: number): Promise<void> {
	const actuals = actualMinutes(state, nowMs);
	await store.updateProperties(path, (fm) => {
		placeActuals(fm, actuals);
		if (state.status === "finished") setSessionStatus(fm, "done");
	});
}
