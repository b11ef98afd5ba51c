/**
 * One hour of 1 Hz ticks: through the pure timer (snapshot per tick, with the jitter a throttled
 * setInterval has), then through the sidebar panel in happy-dom, counting DOM text writes per tick.
 * The remaining time at the end must be exact: time comes from timestamps, never from tick counts.
 */
import { Window } from "happy-dom";
import { createTimer, reduce, snapshot, type TimerState } from "../../src/codev/timer";
import { translator } from "../../src/i18n";
import { defaultSettings } from "../../src/settings/model";
import { formatClock } from "../../src/sidebar-ui/format";
import { buildPanelModel } from "../../src/sidebar-ui/model";
import { SidebarPanel } from "../../src/sidebar-ui/panel";
import { planWithoutNote, timerStepsOf } from "../../src/sidebar-ui/plan";
import { fmtMs, timeMs, type Row } from "./measure";

const T0 = Date.UTC(2026, 0, 13, 8, 0, 0);
const HOUR_TICKS = 3600;

/** Tick instants over an hour: 1 s apart with up to ±400 ms of deterministic jitter, and a 20 s stall. */
function tickInstants(): number[] {
	let seed = 7;
	const jitter = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 800;
	return Array.from({ length: HOUR_TICKS }, (_, i) => (i >= 1800 && i < 1820 ? T0 + 1820_000 : T0 + (i + 1) * 1000 + Math.round(i === HOUR_TICKS - 1 ? 0 : jitter())));
}

function hourOfRunning(): { state: TimerState; plannedSeconds: number } {
	const plan = planWithoutNote(defaultSettings("fr"));
	const state = reduce(createTimer(plan.key, timerStepsOf(plan)), { type: "start" }, T0);
	return { state, plannedSeconds: state.steps[0]?.plannedSeconds ?? 0 };
}

export function benchTimer(rows: Row[]): void {
	const instants = tickInstants();
	// A single long step, so an hour stays inside it and the expected remaining time is plain arithmetic.
	const state = reduce(createTimer("bench", [{ id: "long", plannedSeconds: 2 * 3600 }]), { type: "start" }, T0);
	let last = snapshot(state, T0);
	const pure = timeMs(() => {
		for (const now of instants) last = snapshot(state, now);
	});
	const drift = last.remainingSeconds - 3600;
	rows.push({ area: "Timer", measure: "3,600 snapshots (1 h at 1 Hz, jitter and a 20 s stall)", value: `${fmtMs(pure)} total, ${fmtMs(pure / HOUR_TICKS)} per tick`, goal: "" });
	rows.push({ area: "Timer", measure: "drift after 1 h (remaining − exact)", value: `${drift} s`, goal: "0 s" });

	// The real sidebar panel (src/sidebar-ui) in happy-dom, the classic 3 h plan, running for an hour.
	const window = new Window();
	const document = window.document as unknown as Document;
	const parent = document.body;
	let writes = 0;
	let proto: object | null = parent;
	let descriptor: PropertyDescriptor | undefined;
	while (proto && !descriptor) {
		descriptor = Object.getOwnPropertyDescriptor(proto, "textContent");
		if (!descriptor) proto = Object.getPrototypeOf(proto) as object | null;
	}
	if (!proto || !descriptor?.set || !descriptor.get) throw new Error("textContent accessor not found");
	const original = descriptor;
	Object.defineProperty(proto, "textContent", {
		configurable: true,
		get(this: Node): unknown {
			return original.get?.call(this);
		},
		set(this: Node, value: string) {
			writes++;
			original.set?.call(this, value);
		},
	});
	const t = translator("fr");
	const plan = planWithoutNote(defaultSettings("fr"));
	const { state: running } = hourOfRunning();
	const panel = new SidebarPanel(parent, t, { action() {}, role() {}, roomMode() {}, choose() {}, stepAction() {} });
	const model = (now: number) => buildPanelModel({ state: running, steps: plan.steps, lang: "fr", t, nowMs: now, title: "Séance", subtitle: "", role: "facilitator", roomMode: "time" });
	panel.update(model(T0));
	writes = 0;
	const perTick: number[] = [];
	let clock = "";
	const viaPanel = timeMs(() => {
		for (const now of instants) {
			const before = writes;
			panel.update(model(now));
			perTick.push(writes - before);
		}
	});
	clock = (parent.querySelector(".codev-sb-clock")?.textContent ?? "").trim();
	const firstStep = running.steps[0]?.plannedSeconds ?? 0;
	const expected = firstStep - 3600;
	const mean = perTick.reduce((a, b) => a + b, 0) / perTick.length;
	const histogram = new Map<number, number>();
	for (const n of perTick) histogram.set(n, (histogram.get(n) ?? 0) + 1);
	const spread = [...histogram.entries()].sort((a, b) => a[0] - b[0]).map(([n, count]) => `${n}×${count}`).join(", ");
	rows.push({ area: "Timer", measure: "sidebar panel, 3,600 updates in happy-dom", value: `${fmtMs(viaPanel)} total, ${fmtMs(viaPanel / HOUR_TICKS)} per tick`, goal: "" });
	rows.push({ area: "Timer", measure: `text writes per tick (mean; writes×ticks: ${spread})`, value: mean.toFixed(2), goal: "1" });
	rows.push({ area: "Timer", measure: `panel clock after 1 h of step 1 (${Math.round(firstStep / 60)} min)`, value: clock, goal: `${formatClock(expected)} (exact)` });
	window.close();
}
