import { actualMinutes, type TimerState } from "../codev/timer";
import type { NoteStore } from "./noteStore";

/** Puts each `step_<id>_actual` right after its `step_<id>_planned` (keys keep their order in YAML). */
export function placeActuals(fm: Record<string, unknown>, actuals: Record<string, number>): void {
	const actualKey = (id: string) => `step_${id}_actual`;
	const owned = new Set(Object.keys(actuals).map(actualKey));
	const entries = Object.entries(fm).filter(([key]) => !owned.has(key));
	const placed = new Set<string>();
	for (const key of Object.keys(fm)) delete fm[key];
	for (const [key, value] of entries) {
		fm[key] = value;
		const id = /^step_(.+)_planned$/.exec(key)?.[1];
		if (id !== undefined && id in actuals) {
			fm[actualKey(id)] = actuals[id];
			placed.add(id);
		}
	}
	for (const [id, minutes] of Object.entries(actuals)) if (!placed.has(id)) fm[actualKey(id)] = minutes;
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
		if (state.status === "finished") fm.status = "done";
	});
}
