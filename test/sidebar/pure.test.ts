import { describe, expect, it } from "vitest";
import { CLASSIC_METHOD, stepsFor } from "../../src/codev/methods";
import { createTimer, reduce, snapshot } from "../../src/codev/timer";
import { translator } from "../../src/i18n";
import { defaultSettings } from "../../src/settings/model";
import { cueBetween } from "../../src/sidebar-ui/cues";
import { formatClock, formatTimeOfDay } from "../../src/sidebar-ui/format";
import { keyToAction } from "../../src/sidebar-ui/keys";
import { buildPanelModel, buildRoomModel } from "../../src/sidebar-ui/model";
import { methodForTimer, planFromNote, planWithoutNote, stepDefsFor, timerStepsOf } from "../../src/sidebar-ui/plan";
import { twoClientProperties } from "./twoClients";

const T0 = Date.UTC(2026, 2, 10, 14, 0, 0);
const MIN = 60_000;
const settings = defaultSettings("en");

function classicState() {
	const plan = planWithoutNote(settings);
	return { plan, state: createTimer(plan.key, timerStepsOf(plan)) };
}

describe("formats", () => {
	it("shows remaining time, overtime with a plus, hours when long", () => {
		expect(formatClock(600)).toBe("10:00");
		expect(formatClock(59)).toBe("00:59");
		expect(formatClock(-80)).toBe("+01:20");
		expect(formatClock(3723)).toBe("1:02:03");
		expect(formatClock(0)).toBe("00:00");
	});

	it("formats a clock time in the local zone", () => {
		process.env.TZ = "UTC";
		expect(formatTimeOfDay(T0 + 42 * MIN)).toBe("14:42");
	});
});

describe("keys", () => {
	it("maps the common path to one key per step", () => {
		expect(keyToAction({ key: "n", targetTag: "DIV" }, "idle")).toBe("primary");
		expect(keyToAction({ key: "ArrowRight", targetTag: "DIV" }, "running")).toBe("primary");
		expect(keyToAction({ key: "N", targetTag: "DIV" }, "finished")).toBeNull();
		expect(keyToAction({ key: "p", targetTag: "DIV" }, "running")).toBe("previous");
		expect(keyToAction({ key: " ", targetTag: "DIV" }, "running")).toBe("togglePause");
		expect(keyToAction({ key: " ", targetTag: "BUTTON" }, "running")).toBeNull();
		expect(keyToAction({ key: "+", targetTag: "DIV" }, "running")).toBe("addOne");
		expect(keyToAction({ key: "n", targetTag: "SELECT" }, "running")).toBeNull();
		expect(keyToAction({ key: "n", targetTag: "DIV", ctrlKey: true }, "running")).toBeNull();
	});
});

describe("cues", () => {
	const snap = (remainingSeconds: number, index = 0) => ({ index, remainingSeconds, budgetSeconds: 600, status: "running" as const });
	it("chimes once a minute before the end and once at the end", () => {
		expect(cueBetween({ index: 0, remainingSeconds: 61 }, snap(60))).toBe("soon");
		expect(cueBetween({ index: 0, remainingSeconds: 60 }, snap(59))).toBeNull();
		expect(cueBetween({ index: 0, remainingSeconds: 1 }, snap(0))).toBe("end");
		expect(cueBetween({ index: 0, remainingSeconds: 0 }, snap(-1))).toBeNull();
	});
	it("stays silent across a step change, a big jump or when paused", () => {
		expect(cueBetween({ index: 0, remainingSeconds: 5 }, snap(-5, 1))).toBeNull();
		expect(cueBetween({ index: 0, remainingSeconds: 300 }, snap(-5))).toBeNull();
		expect(cueBetween(null, snap(0))).toBeNull();
		expect(cueBetween({ index: 0, remainingSeconds: 1 }, { ...snap(0), status: "paused" })).toBeNull();
	});
});

describe("panel model", () => {
	const t = translator("en");
	it("prepares, runs and ends a session with readable labels", () => {
		const { plan, state } = classicState();
		const base = { steps: plan.steps, lang: "en" as const, t, title: "S", subtitle: "", role: "facilitator" as const, roomMode: "time" as const };
		const idle = buildPanelModel({ ...base, state, nowMs: T0 });
		expect(idle.primaryLabel).toBe("Start");
		expect(idle.steps).toHaveLength(7);
		expect(idle.canPause).toBe(false);
		let running = reduce(state, { type: "start" }, T0);
		running = reduce(running, { type: "next" }, T0 + 10 * MIN);
		const mid = buildPanelModel({ ...base, state: running, nowMs: T0 + 22 * MIN });
		expect(mid.stepName).toBe("Presentation");
		expect(mid.clock).toBe("+02:00");
		expect(mid.overtime).toBe(true);
		expect(mid.bankLabel).toBe("Take 2 min from later steps");
		expect(mid.steps[0]?.state).toBe("done");
		expect(mid.steps[0]?.minutes).toBe("10 / 10 min");
		expect(mid.steps[1]?.state).toBe("current");
		expect(mid.guidance.client).toContain("Presents the situation");
		const room = buildRoomModel({ state: running, steps: plan.steps, lang: "fr", t: translator("fr"), nowMs: T0 + 12 * MIN, roomMode: "ring" });
		expect(room).toMatchObject({ mode: "ring", stepName: "Exposé de la problématique", clock: "08:00", next: "Ensuite : Clarification", stepLabel: "Étape 1" });
		expect(snapshot(running, T0 + 12 * MIN).remainingSeconds).toBe(480);
	});
});

describe("plan from a note", () => {
	it("reads planned minutes in the note's order", () => {
		const fm = { type: "codev-session", method: "classic", step_expose_planned: 12, step_clarification_planned: 18, step_contrat_planned: 10, step_consultation_planned: 40, step_synthese_planned: 20, step_apprentissages_planned: 20 };
		const plan = planFromNote("S.md", fm, settings);
		expect(plan.problems).toEqual([]);
		expect(plan.steps.map((s) => s.id)).toEqual(stepsFor(CLASSIC_METHOD, false).map((s) => s.id));
		expect(plan.minutes.expose).toBe(12);
	});

	it("names what is wrong with hand-edited properties and falls back, without throwing", () => {
		const fm = { method: "nope", status: "finished?", step_expose_planned: "abc", step_clarification_planned: -5, step_contrat_planned: 10 };
		const plan = planFromNote("S.md", fm, settings);
		const keys = plan.problems.map((p) => p.key);
		expect(keys).toEqual(["sidebar.problem.method", "sidebar.problem.planned", "sidebar.problem.planned", "sidebar.problem.status"]);
		expect(plan.problems[1]?.vars).toMatchObject({ property: "step_expose_planned", value: "abc" });
		expect(plan.minutes.contrat).toBe(10);
		expect(plan.minutes.expose).toBeGreaterThan(0);
		expect(() => createTimer(plan.key, timerStepsOf(plan))).not.toThrow();
	});

	it("a duplicated id in the steps property says why and keeps the note's session instead of switching to a session without a note", () => {
		const fm = { type: "codev-session", method: "classic", steps: ["expose", "clarification", "clarification", "contrat"], step_expose_planned: 12, step_clarification_planned: 18, step_contrat_planned: 10 };
		const plan = planFromNote("S.md", fm, settings);
		expect(plan.key).toBe("S.md");
		expect(plan.steps.map((s) => s.id)).toEqual(["expose", "clarification", "contrat"]);
		expect(plan.problems).toEqual([{ key: "sidebar.problem.steps-duplicate", vars: { value: "clarification" } }]);
		expect(() => createTimer(plan.key, timerStepsOf(plan))).not.toThrow();
	});

	it("uses the default split when the note has no planned minutes", () => {
		const plan = planFromNote("S.md", { type: "codev-session", opening: false }, settings);
		expect(plan.problems.map((p) => p.key)).toEqual(["sidebar.problem.no-planned"]);
		expect(plan.steps).toHaveLength(6);
		expect(Object.values(plan.minutes).reduce((a, b) => a + b, 0)).toBe(120);
	});
});

describe("two consultations", () => {
	const t = translator("fr");

	it("reads the plan of a two-client note: names with the consultation, the break, numbers as in the note", () => {
		const plan = planFromNote("S.md", twoClientProperties(), settings);
		expect(plan.problems).toEqual([]);
		expect(plan.steps).toHaveLength(13);
		expect(plan.steps.map((s) => s.name.fr)).toContain("Contrat de consultation (B)");
		const b = plan.steps.find((s) => s.id === "b_contrat");
		expect(b).toMatchObject({ baseId: "contrat", consultation: "b", number: 3, name: { fr: "Contrat de consultation (B)" } });
		expect(plan.steps.find((s) => s.id === "break")).toMatchObject({ isBreak: true, number: null, name: { fr: "Pause", en: "Break" } });
		expect(plan.minutes).toMatchObject({ break: 10, b_contrat: 8, contrat: 8 });
		expect(timerStepsOf(plan).reduce((sum, s) => sum + s.plannedSeconds, 0)).toBe(180 * 60);
	});

	it("shows the client in the hot seat and matches step actions on the underlying step", () => {
		const plan = planFromNote("S.md", twoClientProperties(), settings);
		let state = reduce(createTimer(plan.key, timerStepsOf(plan)), { type: "start" }, T0);
		const at = (id: string) => {
			while (state.steps[state.current]?.id !== id) state = reduce(state, { type: "next" }, T0);
			return buildPanelModel({
				state, steps: plan.steps, clients: { a: "Alice", b: "Bruno" }, lang: "fr", t, nowMs: T0, title: "S", subtitle: "", role: "facilitator", roomMode: "time",
				stepActions: [{ stepId: "contrat", value: "x-contract", label: "Contrat" }],
			});
		};
		expect(at("contrat")).toMatchObject({ stepName: "Contrat de consultation (A)", hotSeat: "Client A : Alice", stepActions: [{ value: "x-contract" }] });
		expect(at("break")).toMatchObject({ stepName: "Pause", stepLabel: "Entre les deux consultations · 7/13", hotSeat: "Tout le monde se repose · ensuite : client B, Bruno", stepActions: [] });
		const b = at("b_contrat");
		expect(b).toMatchObject({ stepName: "Contrat de consultation (B)", stepLabel: "Étape 3 · 10/13", hotSeat: "Client B : Bruno", stepActions: [{ value: "x-contract" }] });
		expect(b.guidance.client).toBe(CLASSIC_METHOD.steps.find((s) => s.id === "contrat")?.guidance.client.fr);
		expect(buildRoomModel({ state, steps: plan.steps, lang: "fr", t, nowMs: T0, roomMode: "step" })).toMatchObject({ stepLabel: "Étape 3", stepName: "Contrat de consultation (B)" });
	});

	it("a timer whose note is gone still reads B's ids and the break; one-client ids stay plain", () => {
		const ids = ["expose", "contrat", "break", "b_expose", "b_contrat", "apprentissages"];
		expect(methodForTimer("Gone.md", ids, undefined, settings).id).toBe("classic");
		const steps = stepDefsFor(ids, CLASSIC_METHOD, settings, null);
		expect(steps.map((s) => s.name.en)).toEqual(["Presentation (A)", "Contract (A)", "Break", "Presentation (B)", "Contract (B)", "Learnings and evaluation"]);
		const one = stepDefsFor(["expose", "contrat"], CLASSIC_METHOD, settings, null);
		expect(one.map((s) => [s.name.en, s.consultation])).toEqual([["Presentation", null], ["Contract", null]]);
		const model = buildPanelModel({ state: createTimer("S.md", one.map((s) => ({ id: s.id, plannedSeconds: 600 }))), steps: one, lang: "en", t: translator("en"), nowMs: T0, title: "S", subtitle: "", role: "facilitator", roomMode: "time" });
		expect(model.hotSeat).toBe("");
	});
});
