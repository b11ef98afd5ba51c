import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import {
	actualMinutes,
	bankableSeconds,
	createTimer,
	deserialize,
	distributeCut,
	elapsedMs,
	elapsedSeconds,
	FUTURE_TOLERANCE_MS,
	MAX_STEP_SECONDS,
	isOvertime,
	projectedEndMs,
	reduce,
	remainingSeconds,
	resumeAfterReload,
	serialize,
	snapshot,
	STALE_AFTER_MS,
	stepBudgetSeconds,
	type TimerEvent,
	type TimerSnapshot,
	type TimerState,
	type TimerStep,
} from "../../src/codev/timer";

const SEC = 1000;
const MIN = 60 * SEC;
const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);

const THREE_STEPS: TimerStep[] = [
	{ id: "expose", plannedSeconds: 600 },
	{ id: "clarification", plannedSeconds: 900 },
	{ id: "contrat", plannedSeconds: 600 },
];

/** Applies events at given offsets (ms after T0), in order. */
function play(state: TimerState, script: Array<[number, TimerEvent]>): TimerState {
	return script.reduce((s, [at, event]) => reduce(s, event, T0 + at), state);
}

function fresh(steps: TimerStep[] = THREE_STEPS): TimerState {
	return createTimer("Codev/2025-03-14 Séance 3.md", steps);
}

function totalBudget(state: TimerState): number {
	return state.steps.reduce((sum, s) => sum + stepBudgetSeconds(s), 0);
}

function deepFreeze<T>(value: T): T {
	if (typeof value === "object" && value !== null) {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

describe("createTimer", () => {
	it("starts idle on the first step with no time recorded", () => {
		const state = fresh();
		expect(state).toMatchObject({ version: 1, current: 0, status: "idle", runningSince: null, startedAt: null, finishedAt: null });
		expect(state.steps.map((s) => [s.id, s.plannedSeconds, s.adjustSeconds, s.periods.length])).toEqual([
			["expose", 600, 0, 0],
			["clarification", 900, 0, 0],
			["contrat", 600, 0, 0],
		]);
	});

	it("rounds fractional planned seconds to whole seconds", () => {
		expect(fresh([{ id: "a", plannedSeconds: 449.6 }]).steps[0]?.plannedSeconds).toBe(450);
	});

	it.each([
		["no step", []],
		["a negative duration", [{ id: "a", plannedSeconds: -1 }]],
		["NaN", [{ id: "a", plannedSeconds: Number.NaN }]],
		["Infinity", [{ id: "a", plannedSeconds: Number.POSITIVE_INFINITY }]],
		["more than a day", [{ id: "a", plannedSeconds: MAX_STEP_SECONDS + 1 }]],
		["an empty id", [{ id: "", plannedSeconds: 60 }]],
		["duplicate ids", [{ id: "a", plannedSeconds: 60 }, { id: "a", plannedSeconds: 60 }]],
	])("throws on %s (programmer error)", (_label, steps) => {
		expect(() => createTimer("key", steps as TimerStep[])).toThrow(/createTimer/);
	});
});

describe("reduce: transitions", () => {
	it("start: idle → running from now; a second start is a no-op", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		expect(started).toMatchObject({ status: "running", startedAt: T0, runningSince: T0 });
		expect(reduce(started, { type: "start" }, T0 + MIN)).toBe(started);
		expect(elapsedSeconds(started, 0, T0 + 90 * SEC)).toBe(90);
	});

	it("pause closes the open period and freezes the time", () => {
		const paused = play(fresh(), [[0, { type: "start" }], [4 * MIN, { type: "pause" }]]);
		expect(paused).toMatchObject({ status: "paused", runningSince: null });
		expect(paused.steps[0]?.periods).toEqual([{ start: T0, end: T0 + 4 * MIN }]);
		expect(remainingSeconds(paused, T0 + 60 * MIN)).toBe(6 * 60);
		expect(reduce(paused, { type: "pause" }, T0 + 5 * MIN)).toBe(paused);
	});

	it("resume opens a new period; resume while running is a no-op", () => {
		const resumed = play(fresh(), [[0, { type: "start" }], [4 * MIN, { type: "pause" }], [9 * MIN, { type: "resume" }]]);
		expect(resumed).toMatchObject({ status: "running", runningSince: T0 + 9 * MIN });
		expect(elapsedSeconds(resumed, 0, T0 + 10 * MIN)).toBe(5 * 60);
		expect(reduce(resumed, { type: "resume" }, T0 + 11 * MIN)).toBe(resumed);
		expect(reduce(fresh(), { type: "resume" }, T0)).toEqual(fresh());
	});

	it("next while running closes the step and keeps timing the next one", () => {
		const state = play(fresh(), [[0, { type: "start" }], [8 * MIN, { type: "next" }]]);
		expect(state).toMatchObject({ status: "running", current: 1, runningSince: T0 + 8 * MIN });
		expect(state.steps[0]?.periods).toEqual([{ start: T0, end: T0 + 8 * MIN }]);
		expect(elapsedSeconds(state, 1, T0 + 10 * MIN)).toBe(120);
		expect(elapsedSeconds(state, 0, T0 + 10 * MIN)).toBe(8 * 60);
	});

	it("next while paused moves the cursor and stays paused", () => {
		const state = play(fresh(), [[0, { type: "start" }], [MIN, { type: "pause" }], [2 * MIN, { type: "next" }]]);
		expect(state).toMatchObject({ status: "paused", current: 1, runningSince: null });
		expect(elapsedSeconds(state, 1, T0 + 30 * MIN)).toBe(0);
	});

	it("next while idle only moves the cursor and never finishes", () => {
		const state = play(fresh(), [[0, { type: "next" }], [0, { type: "next" }]]);
		expect(state).toMatchObject({ status: "idle", current: 2 });
		expect(reduce(state, { type: "next" }, T0)).toBe(state);
	});

	it("next on the last step finishes the session", () => {
		const state = play(fresh(), [[0, { type: "goTo", index: 2 }], [0, { type: "start" }], [7 * MIN, { type: "next" }]]);
		expect(state).toMatchObject({ status: "finished", current: 2, finishedAt: T0 + 7 * MIN, runningSince: null });
		expect(state.steps[2]?.periods).toEqual([{ start: T0, end: T0 + 7 * MIN }]);
		const pausedThenNext = play(fresh([{ id: "a", plannedSeconds: 60 }]), [[0, { type: "start" }], [MIN, { type: "pause" }], [2 * MIN, { type: "next" }]]);
		expect(pausedThenNext).toMatchObject({ status: "finished", finishedAt: T0 + 2 * MIN });
	});

	it("previous goes back and keeps accumulating on the earlier step", () => {
		const state = play(fresh(), [
			[0, { type: "start" }],
			[5 * MIN, { type: "next" }],
			[7 * MIN, { type: "previous" }],
			[10 * MIN, { type: "pause" }],
		]);
		expect(state).toMatchObject({ status: "paused", current: 0 });
		expect(state.steps[0]?.periods).toEqual([
			{ start: T0, end: T0 + 5 * MIN },
			{ start: T0 + 7 * MIN, end: T0 + 10 * MIN },
		]);
		expect(elapsedSeconds(state, 0, T0 + 20 * MIN)).toBe(8 * 60);
		expect(elapsedSeconds(state, 1, T0 + 20 * MIN)).toBe(2 * 60);
	});

	it("previous on the first step is a no-op", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		expect(reduce(started, { type: "previous" }, T0 + MIN)).toBe(started);
	});

	it("goTo jumps to a valid index and ignores anything else", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		expect(reduce(started, { type: "goTo", index: 2 }, T0 + MIN)).toMatchObject({ current: 2, status: "running", runningSince: T0 + MIN });
		for (const index of [-1, 3, 1.5, Number.NaN, 0]) {
			expect(reduce(started, { type: "goTo", index }, T0 + MIN)).toBe(started);
		}
	});

	it("addTime extends the current step and moves the projected end", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		const extended = reduce(started, { type: "addTime", seconds: 300 }, T0 + MIN);
		expect(extended.steps[0]?.adjustSeconds).toBe(300);
		expect(remainingSeconds(extended, T0 + MIN)).toBe(14 * 60);
		expect(projectedEndMs(extended, T0 + MIN) - projectedEndMs(started, T0 + MIN)).toBe(5 * MIN);
	});

	it("addTime with a negative amount shortens, never below zero; 0 and NaN are no-ops", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		expect(stepBudgetSeconds(reduce(started, { type: "addTime", seconds: -60 }, T0).steps[0])).toBe(540);
		expect(stepBudgetSeconds(reduce(started, { type: "addTime", seconds: -9999 }, T0).steps[0])).toBe(0);
		expect(stepBudgetSeconds(reduce(started, { type: "addTime", seconds: 1e17 }, T0).steps[0])).toBe(MAX_STEP_SECONDS);
		for (const seconds of [0, 0.2, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(reduce(started, { type: "addTime", seconds }, T0)).toBe(started);
		}
	});

	it("resetStep clears the step's periods and adjustments; running restarts from now", () => {
		const state = play(fresh(), [
			[0, { type: "start" }],
			[2 * MIN, { type: "pause" }],
			[3 * MIN, { type: "resume" }],
			[3 * MIN, { type: "addTime", seconds: 60 }],
			[4 * MIN, { type: "resetStep" }],
		]);
		expect(state).toMatchObject({ status: "running", runningSince: T0 + 4 * MIN });
		expect(state.steps[0]).toMatchObject({ periods: [], adjustSeconds: 0 });
		expect(remainingSeconds(state, T0 + 5 * MIN)).toBe(9 * 60);
	});

	it("resetStep while paused stays paused; with nothing to reset it is a no-op", () => {
		const paused = play(fresh(), [[0, { type: "start" }], [2 * MIN, { type: "pause" }], [3 * MIN, { type: "resetStep" }]]);
		expect(paused).toMatchObject({ status: "paused", runningSince: null });
		expect(paused.steps[0]?.periods).toEqual([]);
		expect(reduce(paused, { type: "resetStep" }, T0 + 4 * MIN)).toBe(paused);
		expect(reduce(fresh(), { type: "resetStep" }, T0)).toEqual(fresh());
	});

	it("finish from running or paused; from idle it is a no-op", () => {
		const idle = fresh();
		expect(reduce(idle, { type: "finish" }, T0)).toBe(idle);
		const finished = play(fresh(), [[0, { type: "start" }], [3 * MIN, { type: "finish" }]]);
		expect(finished).toMatchObject({ status: "finished", finishedAt: T0 + 3 * MIN, current: 0 });
		expect(projectedEndMs(finished, T0 + 99 * MIN)).toBe(T0 + 3 * MIN);
		expect(elapsedSeconds(finished, 0, T0 + 99 * MIN)).toBe(180);
	});

	it("a finished session ignores everything but resume, which reopens it", () => {
		const finished = play(fresh(), [[0, { type: "start" }], [3 * MIN, { type: "finish" }]]);
		const ignored: TimerEvent[] = [
			{ type: "start" }, { type: "pause" }, { type: "next" }, { type: "previous" }, { type: "goTo", index: 1 },
			{ type: "addTime", seconds: 60 }, { type: "resetStep" }, { type: "takeFromLater", seconds: 60 }, { type: "finish" },
		];
		for (const event of ignored) expect(reduce(finished, event, T0 + 4 * MIN)).toBe(finished);
		const reopened = reduce(finished, { type: "resume" }, T0 + 5 * MIN);
		expect(reopened).toMatchObject({ status: "running", finishedAt: null, runningSince: T0 + 5 * MIN });
		expect(elapsedSeconds(reopened, 0, T0 + 6 * MIN)).toBe(4 * 60);
	});

	it("ignores unknown events, garbage and a non-finite clock", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		expect(reduce(started, { type: "bogus" } as unknown as TimerEvent, T0)).toBe(started);
		expect(reduce(started, null as unknown as TimerEvent, T0)).toBe(started);
		expect(reduce(started, { type: "pause" }, Number.NaN)).toBe(started);
	});

	it("a clock set backwards never yields negative or overlapping periods", () => {
		const state = play(fresh(), [[0, { type: "start" }], [10 * MIN, { type: "next" }], [5 * MIN, { type: "previous" }], [8 * MIN, { type: "pause" }]]);
		expect(state.steps[0]?.periods).toEqual([{ start: T0, end: T0 + 10 * MIN }]);
		expect(state.steps[1]?.periods).toEqual([]);
		expect(elapsedMs(state, 1, T0)).toBe(0);
		expect(deserialize(serialize(state)).ok).toBe(true);
	});
});

describe("overtime", () => {
	it("remaining goes negative once the budget is spent", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		expect(remainingSeconds(started, T0 + 10 * MIN)).toBe(0);
		expect(isOvertime(started, T0 + 10 * MIN)).toBe(false);
		expect(remainingSeconds(started, T0 + 12 * MIN + 5 * SEC)).toBe(-125);
		expect(isOvertime(started, T0 + 12 * MIN + 5 * SEC)).toBe(true);
	});

	it("the snapshot clamps progress and reports overtime; the projected end slides with it", () => {
		const started = reduce(fresh(), { type: "start" }, T0);
		const snap = snapshot(started, T0 + 12 * MIN);
		expect(snap).toMatchObject({ overtime: true, overtimeSeconds: 120, remainingSeconds: -120, progress: 1, elapsedSeconds: 720, budgetSeconds: 600 });
		expect(snap.projectedEndMs).toBe(T0 + 12 * MIN + 25 * MIN);
		expect(snapshot(started, T0 + 5 * MIN).progress).toBe(0.5);
	});

	it("a zero-minute step is immediately over", () => {
		const state = reduce(fresh([{ id: "a", plannedSeconds: 0 }]), { type: "start" }, T0);
		expect(snapshot(state, T0).progress).toBe(0);
		expect(snapshot(state, T0 + 2 * SEC)).toMatchObject({ progress: 1, overtime: true, remainingSeconds: -2 });
	});
});

describe("time bank (takeFromLater)", () => {
	it("moves seconds to the current step without moving the projected end", () => {
		const running = reduce(fresh(), { type: "start" }, T0);
		const now = T0 + 4 * MIN;
		const banked = reduce(running, { type: "takeFromLater", seconds: 180 }, now);
		expect(projectedEndMs(banked, now)).toBe(projectedEndMs(running, now));
		expect(remainingSeconds(banked, now)).toBe(remainingSeconds(running, now) + 180);
		expect(totalBudget(banked)).toBe(totalBudget(running));
		// Later steps of 15 and 10 minutes give in proportion: 108 s and 72 s.
		expect(banked.steps.map((s) => s.adjustSeconds)).toEqual([180, -108, -72]);
	});

	it("by default absorbs the current overtime: the end returns to where it was planned", () => {
		const running = reduce(fresh(), { type: "start" }, T0);
		const plannedEnd = projectedEndMs(running, T0);
		const now = T0 + 13 * MIN;
		expect(projectedEndMs(running, now)).toBe(plannedEnd + 3 * MIN);
		const banked = reduce(running, { type: "takeFromLater" }, now);
		expect(remainingSeconds(banked, now)).toBe(0);
		expect(projectedEndMs(banked, now)).toBe(plannedEnd);
		expect(totalBudget(banked)).toBe(totalBudget(running));
	});

	it("never leaves a later step below one minute", () => {
		const state = reduce(fresh([{ id: "a", plannedSeconds: 60 }, { id: "b", plannedSeconds: 90 }, { id: "c", plannedSeconds: 600 }]), { type: "start" }, T0);
		expect(bankableSeconds(state)).toBe(570);
		const banked = reduce(state, { type: "takeFromLater", seconds: 3600 }, T0);
		expect(banked.steps.map(stepBudgetSeconds)).toEqual([630, 60, 60]);
	});

	it("is a no-op without later minutes, without overtime or when finished", () => {
		const onLast = play(fresh(), [[0, { type: "goTo", index: 2 }], [0, { type: "start" }]]);
		expect(reduce(onLast, { type: "takeFromLater", seconds: 60 }, T0 + MIN)).toBe(onLast);
		const allMinimal = reduce(fresh([{ id: "a", plannedSeconds: 60 }, { id: "b", plannedSeconds: 60 }]), { type: "start" }, T0);
		expect(reduce(allMinimal, { type: "takeFromLater", seconds: 60 }, T0 + 2 * MIN)).toBe(allMinimal);
		const onTime = reduce(fresh(), { type: "start" }, T0);
		expect(reduce(onTime, { type: "takeFromLater" }, T0 + MIN)).toBe(onTime);
		expect(reduce(onTime, { type: "takeFromLater", seconds: -60 }, T0 + MIN)).toBe(onTime);
	});

	it("does not take time a later step has already used", () => {
		// Step 2 got 9 of its 10 minutes, then the group went back to step 1.
		const state = play(fresh(), [
			[0, { type: "start" }],
			[MIN, { type: "goTo", index: 2 }],
			[10 * MIN, { type: "goTo", index: 1 }],
		]);
		expect(bankableSeconds(state)).toBe(60);
		const banked = reduce(state, { type: "takeFromLater", seconds: 600 }, T0 + 11 * MIN);
		expect(banked.steps[2]?.adjustSeconds).toBe(-60);
		expect(projectedEndMs(banked, T0 + 11 * MIN)).toBe(projectedEndMs(state, T0 + 11 * MIN));
	});

	it("distributeCut splits exactly, by largest remainder, within each slack", () => {
		expect(distributeCut(120, [15, 55, 30, 30], [14, 54, 29, 29])).toEqual([14, 51, 28, 27]);
		expect(distributeCut(300, [90, 600], [30, 540])).toEqual([30, 270]);
		expect(distributeCut(0, [10], [5])).toEqual([0]);
	});
});

describe("a full 3-hour session on a fake clock", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	// 7 steps, 180 minutes: the opening step, the six steps of the method.
	const SESSION: TimerStep[] = [
		{ id: "retour", plannedSeconds: 15 * 60 },
		{ id: "expose", plannedSeconds: 15 * 60 },
		{ id: "clarification", plannedSeconds: 20 * 60 },
		{ id: "contrat", plannedSeconds: 15 * 60 },
		{ id: "consultation", plannedSeconds: 55 * 60 },
		{ id: "synthese", plannedSeconds: 30 * 60 },
		{ id: "apprentissages", plannedSeconds: 30 * 60 },
	];

	it("stays exact to the second through a break, overtime, the time bank, a 20-min sleep and a reload", () => {
		vi.useFakeTimers();
		vi.setSystemTime(T0);
		let state = createTimer("Codev/2025-03-14.md", SESSION);
		let view: TimerSnapshot = snapshot(state, Date.now());
		let ticks = 0;
		// Ticks only redraw; they are what a sleeping laptop skips.
		const startTicking = () => window.setInterval(() => {
			view = snapshot(state, Date.now());
			ticks++;
		}, SEC);
		let ticker = startTicking();
		const send = (event: TimerEvent) => {
			state = reduce(state, event, Date.now());
			view = snapshot(state, Date.now());
		};
		const wait = (seconds: number) => vi.advanceTimersByTime(seconds * SEC);
		const clockJump = (seconds: number) => vi.setSystemTime(Date.now() + seconds * SEC);

		send({ type: "start" });
		expect(view.projectedEndMs).toBe(T0 + 180 * MIN);
		wait(15 * 60);
		expect(view).toMatchObject({ stepId: "retour", remainingSeconds: 0 });
		send({ type: "next" });

		wait(12 * 60); // the presentation ends 3 minutes early
		send({ type: "next" });

		wait(10 * 60);
		send({ type: "pause" }); // a 5-minute break
		wait(5 * 60);
		expect(view).toMatchObject({ status: "paused", elapsedSeconds: 600 });
		send({ type: "resume" });
		wait(12 * 60);
		expect(view).toMatchObject({ stepId: "clarification", remainingSeconds: -120, overtime: true });
		expect(view.projectedEndMs).toBe(T0 + (180 - 3 + 5 + 2) * MIN);
		send({ type: "takeFromLater" });
		expect(view).toMatchObject({ remainingSeconds: 0, overtime: false, totalBudgetSeconds: 180 * 60 });
		expect(view.projectedEndMs).toBe(T0 + (180 - 3 + 5) * MIN);
		send({ type: "next" });

		const contrat = view.budgetSeconds;
		expect(contrat).toBe(15 * 60 - 14);
		wait(contrat);
		send({ type: "next" });

		const consultation = view.budgetSeconds;
		expect(consultation).toBe(55 * 60 - 51);
		wait(10 * 60);
		expect(view.remainingSeconds).toBe(consultation - 600);
		const ticksBeforeSleep = ticks;
		clockJump(20 * 60); // the laptop sleeps: the clock moves on, no tick fires
		expect(ticks).toBe(ticksBeforeSleep);
		expect(view.remainingSeconds).toBe(consultation - 600); // stale until the next redraw
		wait(1);
		expect(view.remainingSeconds).toBe(consultation - 600 - 20 * 60 - 1);
		wait(view.remainingSeconds);
		expect(view.remainingSeconds).toBe(0);
		send({ type: "next" });

		send({ type: "addTime", seconds: 5 * 60 });
		const synthese = view.budgetSeconds;
		expect(synthese).toBe(30 * 60 - 28 + 5 * 60);
		expect(view.projectedEndMs).toBe(T0 + (180 - 3 + 5 + 5) * MIN);
		wait(10 * 60);
		const saved = serialize(state); // Obsidian closes for 7 minutes mid-step
		window.clearInterval(ticker);
		clockJump(7 * 60);
		const loaded = deserialize(JSON.parse(saved));
		if (!loaded.ok) throw new Error("reload failed");
		expect(resumeAfterReload(loaded.value, Date.now()).note).toBe("resumed");
		state = loaded.value;
		ticker = startTicking();
		wait(1);
		expect(view.remainingSeconds).toBe(synthese - 17 * 60 - 1);
		wait(view.remainingSeconds);
		send({ type: "next" });

		const apprentissages = view.budgetSeconds;
		expect(apprentissages).toBe(30 * 60 - 27);
		wait(apprentissages);
		expect(view.projectedEndMs).toBe(Date.now());
		send({ type: "next" });
		window.clearInterval(ticker);

		const spent = 15 * 60 + 12 * 60 + 22 * 60 + contrat + consultation + synthese + apprentissages;
		expect(spent).toBe(182 * 60);
		expect(state).toMatchObject({ status: "finished", startedAt: T0, finishedAt: T0 + (spent + 5 * 60) * SEC });
		expect(state.finishedAt).toBe(Date.UTC(2025, 2, 14, 12, 7, 0));
		expect(snapshot(state, Date.now() + 60 * MIN).totalElapsedSeconds).toBe(spent);
		expect(actualMinutes(state, Date.now())).toEqual({
			retour: 15, expose: 12, clarification: 22, contrat: 15, consultation: 54, synthese: 35, apprentissages: 30,
		});
	});
});

describe("serialize / deserialize", () => {
	const busy = () => play(fresh(), [
		[0, { type: "start" }],
		[3 * MIN, { type: "next" }],
		[5 * MIN, { type: "addTime", seconds: 60 }],
		[6 * MIN, { type: "pause" }],
		[7 * MIN, { type: "resume" }],
	]);

	it("round-trips from the text and from the parsed value", () => {
		const state = busy();
		expect(deserialize(serialize(state))).toEqual({ ok: true, value: state });
		expect(deserialize(JSON.parse(serialize(state)))).toEqual({ ok: true, value: state });
	});

	it("returns a fresh copy without unknown keys", () => {
		const raw = { ...JSON.parse(serialize(busy())), extra: "x" } as Record<string, unknown>;
		const result = deserialize(raw);
		if (!result.ok) throw new Error("expected ok");
		expect(result.value).not.toHaveProperty("extra");
		(raw.steps as Array<{ id: string }>)[0]!.id = "changed";
		expect(result.value.steps[0]?.id).toBe("expose");
	});

	const corrupt = (patch: (raw: Record<string, unknown>) => void) => {
		const raw = JSON.parse(serialize(busy())) as Record<string, unknown>;
		patch(raw);
		return raw;
	};
	const firstStep = (raw: Record<string, unknown>) => (raw.steps as Array<Record<string, unknown>>)[0]!;

	it.each<[string, unknown, string]>([
		["null", null, "timer.invalidState"],
		["a number", 42, "timer.invalidState"],
		["an array", [], "timer.invalidState"],
		["broken JSON text", "{\"version\":1,", "timer.invalidJson"],
		["an empty string", "", "timer.invalidJson"],
		["another version", corrupt((r) => { r.version = 2; }), "timer.unsupportedVersion"],
		["a version as text", corrupt((r) => { r.version = "1"; }), "timer.invalidState"],
		["no version", corrupt((r) => { delete r.version; }), "timer.invalidState"],
		["a missing sessionKey", corrupt((r) => { delete r.sessionKey; }), "timer.invalidState"],
		["steps not an array", corrupt((r) => { r.steps = {}; }), "timer.invalidState"],
		["no steps", corrupt((r) => { r.steps = []; }), "timer.invalidState"],
		["a step id as number", corrupt((r) => { firstStep(r).id = 3; }), "timer.invalidState"],
		["duplicate step ids", corrupt((r) => { (r.steps as Array<Record<string, unknown>>)[1]!.id = "expose"; }), "timer.invalidState"],
		["planned seconds as text", corrupt((r) => { firstStep(r).plannedSeconds = "600"; }), "timer.invalidState"],
		["negative planned seconds", corrupt((r) => { firstStep(r).plannedSeconds = -5; }), "timer.invalidState"],
		["a budget over a day", corrupt((r) => { firstStep(r).adjustSeconds = MAX_STEP_SECONDS; }), "timer.invalidState"],
		["a negative budget", corrupt((r) => { firstStep(r).adjustSeconds = -601; }), "timer.invalidState"],
		["a missing adjustSeconds", corrupt((r) => { delete firstStep(r).adjustSeconds; }), "timer.invalidState"],
		["a period with end before start", corrupt((r) => { firstStep(r).periods = [{ start: T0 + 5, end: T0 }]; }), "timer.invalidState"],
		["a period with a null end", corrupt((r) => { firstStep(r).periods = [{ start: T0, end: null }]; }), "timer.invalidState"],
		["overlapping periods", corrupt((r) => { firstStep(r).periods = [{ start: T0, end: T0 + 4 * MIN }]; }), "timer.invalidState"],
		["current out of range", corrupt((r) => { r.current = 3; }), "timer.invalidState"],
		["current not an integer", corrupt((r) => { r.current = 0.5; }), "timer.invalidState"],
		["an unknown status", corrupt((r) => { r.status = "stopped"; }), "timer.invalidState"],
		["running without runningSince", corrupt((r) => { r.runningSince = null; }), "timer.invalidState"],
		["runningSince as text", corrupt((r) => { r.runningSince = "now"; }), "timer.invalidState"],
		["finished without finishedAt", corrupt((r) => { r.status = "finished"; r.runningSince = null; }), "timer.invalidState"],
		["a missing startedAt", corrupt((r) => { delete r.startedAt; }), "timer.invalidState"],
	])("rejects %s", (_label, input, code) => {
		const result = deserialize(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe(code);
	});
});

describe("resumeAfterReload", () => {
	const running = () => play(fresh(), [[0, { type: "start" }], [2 * MIN, { type: "next" }]]);
	const reload = (state: TimerState, atMs: number) => {
		const loaded = deserialize(serialize(state));
		if (!loaded.ok) throw new Error("reload failed");
		return resumeAfterReload(loaded.value, atMs);
	};

	it("gives exactly the wall-clock remaining time at any later moment", () => {
		const closedAt = T0 + 3 * MIN;
		for (const gapMs of [1, 997, 37 * MIN + 13 * SEC, 14 * MIN, 23 * 60 * MIN]) {
			const { state, note } = reload(running(), closedAt + gapMs);
			expect(note).toBe("resumed");
			const now = closedAt + gapMs;
			expect(remainingSeconds(state, now)).toBe(900 - Math.floor((now - (T0 + 2 * MIN)) / SEC));
			expect(snapshot(state, now)).toEqual(snapshot(running(), now));
		}
	});

	it("a paused session keeps its remaining time", () => {
		const paused = reduce(running(), { type: "pause" }, T0 + 5 * MIN);
		const { state, note } = reload(paused, T0 + 5 * 60 * MIN);
		expect(note).toBe("resumed");
		expect(remainingSeconds(state, T0 + 5 * 60 * MIN)).toBe(12 * 60);
	});

	it("flags a state whose last activity is over 24 hours old", () => {
		const paused = reduce(running(), { type: "pause" }, T0 + 5 * MIN);
		expect(reload(paused, T0 + 5 * MIN + STALE_AFTER_MS).note).toBe("resumed");
		expect(reload(paused, T0 + 5 * MIN + STALE_AFTER_MS + 1).note).toBe("stale");
		expect(reload(running(), T0 + 26 * 60 * MIN).note).toBe("stale");
	});

	it("flags timestamps in the future beyond the clock tolerance", () => {
		expect(reload(running(), T0 + 2 * MIN - FUTURE_TOLERANCE_MS).note).toBe("resumed");
		expect(reload(running(), T0 + 2 * MIN - FUTURE_TOLERANCE_MS - 1).note).toBe("future");
		expect(reload(running(), T0 - 3 * 60 * MIN).note).toBe("future");
	});

	it("an untouched timer is simply resumed, unchanged", () => {
		const idle = fresh();
		expect(resumeAfterReload(idle, T0)).toEqual({ state: idle, note: "resumed" });
	});
});

describe("reduce under random event sequences (fast-check)", () => {
	const anyNumber = fc.oneof(fc.integer({ min: -2000, max: 4000 }), fc.double());
	const eventArb: fc.Arbitrary<TimerEvent> = fc.oneof(
		fc.constantFrom<TimerEvent>(
			{ type: "start" }, { type: "pause" }, { type: "resume" }, { type: "next" }, { type: "previous" },
			{ type: "resetStep" }, { type: "finish" }, { type: "takeFromLater" },
			{ type: "unknown" } as unknown as TimerEvent,
		),
		anyNumber.map((seconds): TimerEvent => ({ type: "addTime", seconds })),
		anyNumber.map((seconds): TimerEvent => ({ type: "takeFromLater", seconds })),
		fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double()).map((index): TimerEvent => ({ type: "goTo", index })),
	);
	// Mostly forward, sometimes backwards (clock change), sometimes not a number at all.
	const clockStepArb = fc.oneof(
		{ weight: 8, arbitrary: fc.integer({ min: 0, max: 20 * MIN }) },
		{ weight: 2, arbitrary: fc.integer({ min: -10 * MIN, max: 0 }) },
		{ weight: 1, arbitrary: fc.constant(Number.NaN) },
	);
	const stepsArb = fc.array(fc.integer({ min: 0, max: 3600 }), { minLength: 1, maxLength: 7 })
		.map((planned) => planned.map((plannedSeconds, i): TimerStep => ({ id: `s${i}`, plannedSeconds })));

	function checkInvariants(state: TimerState, nowMs: number, plannedTotal: number): void {
		expect(state.current).toBeGreaterThanOrEqual(0);
		expect(state.current).toBeLessThan(state.steps.length);
		expect(state.steps.reduce((sum, s) => sum + s.plannedSeconds, 0)).toBe(plannedTotal);
		state.steps.forEach((_, i) => expect(elapsedMs(state, i, nowMs)).toBeGreaterThanOrEqual(0));
		const periods = state.steps.flatMap((s) => s.periods).sort((a, b) => a.start - b.start);
		periods.forEach((p, i) => {
			expect(p.end).toBeGreaterThan(p.start);
			if (i > 0) expect(p.start).toBeGreaterThanOrEqual(periods[i - 1]!.end);
		});
		state.steps.forEach((s) => s.periods.forEach((p, i) => i > 0 && expect(p.start).toBeGreaterThanOrEqual(s.periods[i - 1]!.end)));
		expect(deserialize(serialize(state))).toEqual({ ok: true, value: state });
		if (state.status !== "finished") expect(projectedEndMs(state, nowMs)).toBeGreaterThanOrEqual(nowMs);
	}

	it("never throws and keeps the invariants", () => {
		fc.assert(
			fc.property(stepsArb, fc.array(fc.tuple(eventArb, clockStepArb), { maxLength: 60 }), (steps, script) => {
				let state = deepFreeze(createTimer("key", steps));
				const plannedTotal = state.steps.reduce((sum, s) => sum + s.plannedSeconds, 0);
				let clock = T0;
				for (const [event, step] of script) {
					const nowMs = Number.isNaN(step) ? Number.NaN : (clock += step);
					const before = state;
					state = deepFreeze(reduce(state, event, nowMs)); // frozen: a mutation would throw
					const probe = Number.isNaN(nowMs) ? clock : nowMs;
					checkInvariants(state, probe, plannedTotal);
					if (event.type === "takeFromLater") {
						expect(totalBudget(state)).toBe(totalBudget(before));
						const hadTimeLeft = elapsedMs(before, before.current, probe) <= stepBudgetSeconds(before.steps[before.current]) * SEC;
						if (event.seconds !== undefined && hadTimeLeft) expect(projectedEndMs(state, probe)).toBe(projectedEndMs(before, probe));
					}
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
