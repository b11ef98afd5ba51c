/** When the optional chime sounds: once a minute before the end of a step, once at its end. Pure. */
import type { TimerSnapshot } from "../codev/timer";

export type Cue = "soon" | "end";

export interface CueMemory {
	index: number;
	remainingSeconds: number;
}

/**
 * Compares two readings of the same step: a cue fires when a threshold is crossed between them,
 * so a skipped tick (sleep, throttled window) still gives at most one chime and never a burst.
 * A change of step, or a jump of more than a minute (time added, wake-up), gives none.
 */
export function cueBetween(previous: CueMemory | null, snap: Pick<TimerSnapshot, "index" | "remainingSeconds" | "budgetSeconds" | "status">): Cue | null {
	if (snap.status !== "running" || !previous || previous.index !== snap.index) return null;
	const before = previous.remainingSeconds;
	const now = snap.remainingSeconds;
	if (before - now > 60 || now >= before) return null;
	if (before > 0 && now <= 0) return "end";
	if (snap.budgetSeconds > 120 && before > 60 && now <= 60) return "soon";
	return null;
}
