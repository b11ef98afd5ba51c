/** Keyboard shortcuts inside the sidebar panel. Pure mapping, so it is tested without a DOM. */
import type { TimerStatus } from "../codev/timer";
import type { PanelAction } from "./model";

export interface KeyInput {
	key: string;
	/** Tag name of the focused element (upper case), e.g. "BUTTON". */
	targetTag: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/**
 * N or → : the main action (start, next step, end) except after the end, so a stray key never
 * discards a finished session; P or ← : previous step; Space or K : pause/resume (not when a
 * button has focus: Space already presses it); + : one more minute; B : take from later steps.
 */
export function keyToAction(input: KeyInput, status: TimerStatus): PanelAction | null {
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	if (["INPUT", "SELECT", "TEXTAREA"].includes(input.targetTag)) return null;
	const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
	if (key === "n" || key === "ArrowRight") return status === "finished" ? null : "primary";
	if (key === "p" || key === "ArrowLeft") return "previous";
	if (key === "k" || (key === " " && input.targetTag !== "BUTTON")) return "togglePause";
	if (key === "+" || key === "=") return "addOne";
	if (key === "b") return "bank";
	return null;
}
