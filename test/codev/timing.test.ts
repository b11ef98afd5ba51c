import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { CLASSIC_METHOD, stepsFor } from "../../src/codev/methods";
import {
	ABSOLUTE_MAX_MINUTES,
	DEFAULT_SPLITS,
	MAX_SESSION_MINUTES,
	MIN_SESSION_MINUTES,
	defaultSplitFor,
	formatDuration,
	parseDurationMinutes,
	parseSessionMinutes,
	rescaleMinutes,
	splitMinutes,
} from "../../src/codev/timing";
import type { StepDef } from "../../src/codev/types";
import { errorOf, valueOf as value } from "../tools/results";

const WITH_OPENING = stepsFor(CLASSIC_METHOD, true);
const WITHOUT_OPENING = stepsFor(CLASSIC_METHOD, false);
const VARIANTS: Array<[string, StepDef[], boolean]> = [
	["with opening", WITH_OPENING, true],
	["without opening", WITHOUT_OPENING, false],
];

const sum = (split: Record<string, number>): number => Object.values(split).reduce((a, b) => a + b, 0);

function designed(totalMinutes: number, withOpening: boolean): Record<string, number> {
	const found = DEFAULT_SPLITS.find((d) => d.totalMinutes === totalMinutes && d.withOpening === withOpening);
	if (!found) throw new Error(`no default for ${totalMinutes}`);
	return { ...found.minutes };
}

/** Steps of a made-up method, for splits that cannot use the designed defaults. */
function customSteps(weights: number[]): StepDef[] {
	const [template] = CLASSIC_METHOD.steps as [StepDef];
	return weights.map((weight, index) => ({ ...template, id: `s${index}`, opening: false, weight }));
}

describe("limits", () => {
	it("holds sessions between 45 minutes and 4 hours, and any length under 8 hours", () => {
		expect(MIN_SESSION_MINUTES).toBe(45);
		expect(MAX_SESSION_MINUTES).toBe(240);
		expect(ABSOLUTE_MAX_MINUTES).toBe(480);
	});
});

describe("DEFAULT_SPLITS", () => {
	it("covers 90, 120 and 180 minutes, with and without the opening step", () => {
		for (const [, , withOpening] of VARIANTS) {
			const lengths = DEFAULT_SPLITS.filter((d) => d.withOpening === withOpening).map((d) => d.totalMinutes);
			expect(lengths.sort((a, b) => a - b)).toEqual([90, 120, 180]);
		}
	});

	it("names exactly the steps of its variant and adds up to its length", () => {
		for (const d of DEFAULT_SPLITS) {
			const steps = d.withOpening ? WITH_OPENING : WITHOUT_OPENING;
			expect(Object.keys(d.minutes)).toEqual(steps.map((s) => s.id));
			expect(sum(d.minutes)).toBe(d.totalMinutes);
			for (const minutes of Object.values(d.minutes)) expect(minutes).toBeGreaterThanOrEqual(5);
		}
	});

	it("uses METHOD.md's split for two hours with the opening step, which is also the step weights", () => {
		const expected = { retour: 10, expose: 10, clarification: 15, contrat: 10, consultation: 35, synthese: 20, apprentissages: 20 };
		expect(designed(120, true)).toEqual(expected);
		expect(designed(120, true)).toEqual(Object.fromEntries(WITH_OPENING.map((s) => [s.id, s.weight])));
	});

	it("uses the designed splits for 1h30 and 3h with the opening step", () => {
		expect(Object.values(designed(90, true))).toEqual([5, 5, 15, 10, 25, 15, 15]);
		expect(Object.values(designed(180, true))).toEqual([15, 15, 20, 15, 55, 30, 30]);
	});

	it("gives the opening's minutes to other steps when it is left out, never taking any", () => {
		for (const totalMinutes of [90, 120, 180]) {
			const withIt = designed(totalMinutes, true);
			const withoutIt = designed(totalMinutes, false);
			for (const s of WITHOUT_OPENING) expect(withoutIt[s.id], `${totalMinutes} ${s.id}`).toBeGreaterThanOrEqual(withIt[s.id] ?? Infinity);
		}
	});

	it("gives the consultation the largest share", () => {
		for (const d of DEFAULT_SPLITS) {
			expect(d.minutes.consultation).toBe(Math.max(...Object.values(d.minutes)));
		}
	});
});

describe("splitMinutes on the classic method", () => {
	for (const [label, steps, withOpening] of VARIANTS) {
		it(`returns the designed split for 90, 120 and 180 minutes ${label}`, () => {
			for (const totalMinutes of [90, 120, 180]) {
				expect(value(splitMinutes(steps, totalMinutes))).toEqual(designed(totalMinutes, withOpening));
				expect(defaultSplitFor(steps, totalMinutes)).toEqual(designed(totalMinutes, withOpening));
			}
		});

		it(`adds up exactly, in step order, with at least 2 minutes per step, for every length 45..240 ${label}`, () => {
			for (let totalMinutes = MIN_SESSION_MINUTES; totalMinutes <= MAX_SESSION_MINUTES; totalMinutes++) {
				const split = value(splitMinutes(steps, totalMinutes));
				expect(Object.keys(split)).toEqual(steps.map((s) => s.id));
				expect(sum(split), `${totalMinutes}`).toBe(totalMinutes);
				for (const minutes of Object.values(split)) {
					expect(Number.isInteger(minutes)).toBe(true);
					expect(minutes, `${totalMinutes}`).toBeGreaterThanOrEqual(2);
				}
			}
		});

		it(`keeps each step between its two neighbouring designed splits from 90 to 180 minutes ${label}`, () => {
			const bounds: Array<[number, number]> = [
				[90, 120],
				[120, 180],
			];
			for (const [low, high] of bounds) {
				for (let totalMinutes = low; totalMinutes <= high; totalMinutes++) {
					const split = value(splitMinutes(steps, totalMinutes));
					for (const s of steps) {
						const a = designed(low, withOpening)[s.id] ?? NaN;
						const b = designed(high, withOpening)[s.id] ?? NaN;
						expect(split[s.id], `${totalMinutes} ${s.id}`).toBeGreaterThanOrEqual(Math.min(a, b));
						expect(split[s.id], `${totalMinutes} ${s.id}`).toBeLessThanOrEqual(Math.max(a, b));
					}
				}
			}
		});

		it(`scales the nearest designed split proportionally outside 90..180 minutes ${label}`, () => {
			const outside = [...Array(MAX_SESSION_MINUTES + 1).keys()].filter((t) => (t >= MIN_SESSION_MINUTES && t < 90) || t > 180);
			for (const totalMinutes of outside) {
				const reference = totalMinutes < 90 ? 90 : 180;
				const split = value(splitMinutes(steps, totalMinutes));
				for (const s of steps) {
					const exact = ((designed(reference, withOpening)[s.id] ?? NaN) * totalMinutes) / reference;
					expect(Math.abs((split[s.id] ?? NaN) - exact), `${totalMinutes} ${s.id}`).toBeLessThan(1);
				}
			}
		});
	}

	it("accepts lengths written as text", () => {
		expect(value(splitMinutes(WITH_OPENING, "1h30"))).toEqual(designed(90, true));
		expect(value(splitMinutes(WITHOUT_OPENING, "3h"))).toEqual(designed(180, false));
		expect(sum(value(splitMinutes(WITH_OPENING, "2h30")))).toBe(150);
	});

	it("accepts the bounds and refuses just outside them", () => {
		expect(sum(value(splitMinutes(WITH_OPENING, MIN_SESSION_MINUTES)))).toBe(MIN_SESSION_MINUTES);
		expect(sum(value(splitMinutes(WITH_OPENING, MAX_SESSION_MINUTES)))).toBe(MAX_SESSION_MINUTES);
		expect(errorOf(splitMinutes(WITH_OPENING, MIN_SESSION_MINUTES - 1))).toEqual({ code: "duration-too-short", vars: { min: 45 } });
		expect(errorOf(splitMinutes(WITH_OPENING, MAX_SESSION_MINUTES + 1))).toEqual({ code: "duration-too-long", vars: { max: 240 } });
	});

	it("returns a copy that the caller may change", () => {
		const split = value(splitMinutes(WITH_OPENING, 120));
		split.consultation = 1;
		expect(value(splitMinutes(WITH_OPENING, 120)).consultation).toBe(35);
	});
});

describe("splitMinutes on other step lists", () => {
	it("uses the steps' weights when the list is not the classic one", () => {
		const reordered = [...WITH_OPENING].reverse();
		const split = value(splitMinutes(reordered, 120));
		expect(Object.keys(split)).toEqual(reordered.map((s) => s.id));
		for (const s of reordered) expect(split[s.id]).toBe(s.weight);
	});

	it("adds up exactly and follows the weights for any weights and length", () => {
		const weights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 20 });
		const length = fc.integer({ min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES });
		fc.assert(
			fc.property(weights, length, (ws, totalMinutes) => {
				const steps = customSteps(ws);
				const split = value(splitMinutes(steps, totalMinutes));
				const minutes = steps.map((s) => split[s.id] ?? NaN);
				expect(sum(split)).toBe(totalMinutes);
				const floor = totalMinutes >= 2 * steps.length ? 2 : 1;
				for (const m of minutes) expect(m).toBeGreaterThanOrEqual(floor);
				// A heavier step never gets fewer minutes than a lighter one.
				ws.forEach((wa, a) => ws.forEach((wb, b) => wa > wb && expect(minutes[a]).toBeGreaterThanOrEqual(minutes[b] ?? NaN)));
			}),
		);
	});

	it("stays within a minute of the exact proportion when no step needs the floor", () => {
		const weights = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 });
		const length = fc.integer({ min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES });
		fc.assert(
			fc.property(weights, length, (ws, totalMinutes) => {
				const total = ws.reduce((a, b) => a + b, 0);
				fc.pre(ws.every((w) => (w * totalMinutes) / total >= 2));
				const split = value(splitMinutes(customSteps(ws), totalMinutes));
				ws.forEach((w, index) => expect(Math.abs((split[`s${index}`] ?? NaN) - (w * totalMinutes) / total)).toBeLessThan(1));
			}),
		);
	});

	it("shares equally when every weight is zero", () => {
		const split = value(splitMinutes(customSteps([0, 0, 0, 0]), 60));
		expect(Object.values(split)).toEqual([15, 15, 15, 15]);
	});

	it("gives every step at least one minute even with more steps than minutes per two", () => {
		const steps = customSteps(Array.from({ length: 40 }, (_, i) => (i === 0 ? 1000 : 1)));
		const split = value(splitMinutes(steps, 60));
		expect(sum(split)).toBe(60);
		for (const m of Object.values(split)) expect(m).toBeGreaterThanOrEqual(1);
	});

	it("refuses an empty list, duplicate ids, and more steps than minutes", () => {
		expect(errorOf(splitMinutes([], 120)).code).toBe("steps-empty");
		expect(errorOf(splitMinutes([...WITH_OPENING, WITH_OPENING[1] as StepDef], 120))).toEqual({ code: "steps-duplicate-id", vars: { step: "expose" } });
		expect(errorOf(splitMinutes(customSteps(Array.from({ length: 50 }, () => 1)), 45))).toEqual({ code: "duration-too-short", vars: { min: 50 } });
	});
});

describe("splitMinutes with overrides", () => {
	it("keeps an override exactly and shares the rest in proportion", () => {
		const split = value(splitMinutes(WITH_OPENING, 120, { consultation: 60 }));
		expect(split.consultation).toBe(60);
		expect(sum(split)).toBe(120);
		const others = WITH_OPENING.filter((s) => s.id !== "consultation");
		const otherWeight = others.reduce((a, s) => a + s.weight, 0);
		for (const s of others) expect(Math.abs((split[s.id] ?? NaN) - (s.weight * 60) / otherWeight)).toBeLessThan(1);
	});

	it("leaves the split unchanged when an override equals the designed value", () => {
		expect(value(splitMinutes(WITH_OPENING, 120, { contrat: 10 }))).toEqual(designed(120, true));
	});

	it("accepts overrides for every step when they add up to the length", () => {
		const all = Object.fromEntries(WITHOUT_OPENING.map((s, i) => [s.id, i === 0 ? 50 : 10]));
		expect(value(splitMinutes(WITHOUT_OPENING, 100, all))).toEqual(all);
	});

	it("respects any valid overrides and adds up exactly", () => {
		const override = fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined });
		const overrides = fc.tuple(...WITH_OPENING.map(() => override));
		const length = fc.integer({ min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES });
		fc.assert(
			fc.property(overrides, length, (values, totalMinutes) => {
				const given = Object.fromEntries(WITH_OPENING.flatMap((s, i) => (values[i] === undefined ? [] : [[s.id, values[i]]])));
				const result = splitMinutes(WITH_OPENING, totalMinutes, given);
				const fixedSum = sum(given);
				const freeCount = WITH_OPENING.length - Object.keys(given).length;
				if (fixedSum + freeCount > totalMinutes) {
					expect(errorOf(result).code).toBe("overrides-exceed-total");
				} else if (freeCount === 0 && fixedSum < totalMinutes) {
					expect(errorOf(result).code).toBe("overrides-below-total");
				} else {
					const split = value(result);
					expect(sum(split)).toBe(totalMinutes);
					for (const [id, m] of Object.entries(given)) expect(split[id]).toBe(m);
					for (const m of Object.values(split)) expect(m).toBeGreaterThanOrEqual(1);
				}
			}),
		);
	});

	it("rounds fractional overrides to whole minutes and ignores undefined entries", () => {
		const overrides = { consultation: 40.4, contrat: undefined } as unknown as Record<string, number>;
		const split = value(splitMinutes(WITH_OPENING, 120, overrides));
		expect(split.consultation).toBe(40);
		expect(sum(split)).toBe(120);
	});

	it("refuses invalid override values, naming the step", () => {
		for (const bad of [0, -5, NaN, Infinity, 0.4, "10", null]) {
			const overrides = { clarification: bad } as unknown as Record<string, number>;
			expect(errorOf(splitMinutes(WITH_OPENING, 120, overrides)), String(bad)).toEqual({ code: "override-invalid", vars: { step: "clarification" } });
		}
	});

	it("refuses an override for a step that is not in the list", () => {
		expect(errorOf(splitMinutes(WITHOUT_OPENING, 120, { retour: 10 }))).toEqual({ code: "override-unknown-step", vars: { step: "retour" } });
	});

	it("refuses overrides that leave less than a minute per other step", () => {
		expect(errorOf(splitMinutes(WITH_OPENING, 120, { consultation: 121 }))).toEqual({ code: "overrides-exceed-total", vars: { total: 120, max: 114 } });
		expect(errorOf(splitMinutes(WITH_OPENING, 120, { consultation: 115 })).code).toBe("overrides-exceed-total");
		expect(sum(value(splitMinutes(WITH_OPENING, 120, { consultation: 114 })))).toBe(120);
	});

	it("refuses overrides of every step that fall short of the length", () => {
		const all = Object.fromEntries(WITHOUT_OPENING.map((s) => [s.id, 10]));
		expect(errorOf(splitMinutes(WITHOUT_OPENING, 90, all))).toEqual({ code: "overrides-below-total", vars: { total: 90, sum: 60 } });
	});

	it("checks the length before the overrides", () => {
		expect(errorOf(splitMinutes(WITH_OPENING, "abc", { consultation: -1 })).code).toBe("duration-not-a-number");
	});
});

describe("splitMinutes with invalid lengths", () => {
	const cases: Array<[unknown, string, Record<string, number>?]> = [
		["abc", "duration-not-a-number"],
		["", "duration-not-a-number"],
		[NaN, "duration-not-a-number"],
		[undefined, "duration-not-a-number"],
		[null, "duration-not-a-number"],
		[{}, "duration-not-a-number"],
		[0, "duration-not-positive"],
		[-90, "duration-not-positive"],
		["-1h30", "duration-not-positive"],
		[30, "duration-too-short", { min: MIN_SESSION_MINUTES }],
		["44", "duration-too-short", { min: MIN_SESSION_MINUTES }],
		[300, "duration-too-long", { max: MAX_SESSION_MINUTES }],
		["9h", "duration-too-long", { max: ABSOLUTE_MAX_MINUTES }],
	];
	for (const [input, code, vars] of cases) {
		it(`gives ${code} for ${JSON.stringify(input) ?? String(input)}`, () => {
			expect(errorOf(splitMinutes(WITH_OPENING, input))).toEqual({ code, vars });
		});
	}
});

describe("parseDurationMinutes", () => {
	const accepted: Array<[unknown, number]> = [
		[90, 90],
		[90.4, 90],
		["90", 90],
		[" 90 ", 90],
		["1h30", 90],
		["1 h 30", 90],
		["1h30min", 90],
		["1 h 30 min", 90],
		["1h05", 65],
		["2h", 120],
		["2H", 120],
		["3h", 180],
		["2 heures", 120],
		["2 hours", 120],
		["1:30", 90],
		["2:00", 120],
		["120 min", 120],
		["120min", 120],
		["45 minutes", 45],
		["45m", 45],
		["1,5 h", 90],
		["1.5h", 90],
		["2h\u00a030", 150],
		["8h", 480],
	];
	for (const [input, minutes] of accepted) {
		it(`reads ${JSON.stringify(input)} as ${minutes} minutes`, () => {
			expect(value(parseDurationMinutes(input))).toBe(minutes);
		});
	}

	const refused: Array<[unknown, string]> = [
		["", "duration-not-a-number"],
		["   ", "duration-not-a-number"],
		["abc", "duration-not-a-number"],
		["h", "duration-not-a-number"],
		["1h75", "duration-not-a-number"],
		["1:75", "duration-not-a-number"],
		["1..5", "duration-not-a-number"],
		["1,5h30", "duration-not-a-number"],
		["90 secondes", "duration-not-a-number"],
		["Infinity", "duration-not-a-number"],
		["1e3", "duration-not-a-number"],
		[Infinity, "duration-not-a-number"],
		[NaN, "duration-not-a-number"],
		[true, "duration-not-a-number"],
		[[90], "duration-not-a-number"],
		[0, "duration-not-positive"],
		["0", "duration-not-positive"],
		["0h", "duration-not-positive"],
		["0:00", "duration-not-positive"],
		[0.2, "duration-not-positive"],
		[-30, "duration-not-positive"],
		["-30", "duration-not-positive"],
		["- 2h", "duration-not-positive"],
		["-abc", "duration-not-a-number"],
		[481, "duration-too-long"],
		["8h01", "duration-too-long"],
		["99999999999999999999", "duration-too-long"],
	];
	for (const [input, code] of refused) {
		it(`refuses ${JSON.stringify(input) ?? String(input)} with ${code}`, () => {
			expect(errorOf(parseDurationMinutes(input)).code).toBe(code);
		});
	}

	it("names the maximum when a length is too long", () => {
		expect(errorOf(parseDurationMinutes(600)).vars).toEqual({ max: ABSOLUTE_MAX_MINUTES });
	});

	it("reads any whole number of minutes as itself, and hours:minutes consistently with h", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: ABSOLUTE_MAX_MINUTES }), (minutes) => {
				const hours = Math.floor(minutes / 60);
				const rest = String(minutes % 60).padStart(2, "0");
				expect(value(parseDurationMinutes(minutes))).toBe(minutes);
				expect(value(parseDurationMinutes(String(minutes)))).toBe(minutes);
				expect(value(parseDurationMinutes(`${hours}:${rest}`))).toBe(minutes);
				expect(value(parseDurationMinutes(`${hours}h${rest}`))).toBe(minutes);
			}),
		);
	});
});

describe("parseSessionMinutes", () => {
	it("adds the session bounds to the parsing", () => {
		expect(value(parseSessionMinutes("1h30"))).toBe(90);
		expect(errorOf(parseSessionMinutes("30 min"))).toEqual({ code: "duration-too-short", vars: { min: 45 } });
		expect(errorOf(parseSessionMinutes("5h"))).toEqual({ code: "duration-too-long", vars: { max: 240 } });
		expect(errorOf(parseSessionMinutes("x")).code).toBe("duration-not-a-number");
	});
});

describe("rescaleMinutes", () => {
	it("keeps a split unchanged when the length does not change", () => {
		for (const d of DEFAULT_SPLITS) {
			const steps = d.withOpening ? WITH_OPENING : WITHOUT_OPENING;
			expect(value(rescaleMinutes({ ...d.minutes }, steps, d.totalMinutes))).toEqual(d.minutes);
		}
	});

	it("doubles every step exactly when the length doubles", () => {
		const split = value(rescaleMinutes(designed(90, true), WITH_OPENING, 180));
		for (const s of WITH_OPENING) expect(split[s.id]).toBe((designed(90, true)[s.id] ?? NaN) * 2);
	});

	it("adds up exactly, keeps proportions within a minute, at least one minute per step", () => {
		const minutes = fc.array(fc.integer({ min: 1, max: 120 }), { minLength: WITH_OPENING.length, maxLength: WITH_OPENING.length });
		const length = fc.integer({ min: WITH_OPENING.length, max: ABSOLUTE_MAX_MINUTES });
		fc.assert(
			fc.property(minutes, length, (values, newTotal) => {
				const current = Object.fromEntries(WITH_OPENING.map((s, i) => [s.id, values[i] ?? 1]));
				const split = value(rescaleMinutes(current, WITH_OPENING, newTotal));
				expect(sum(split)).toBe(newTotal);
				for (const m of Object.values(split)) expect(m).toBeGreaterThanOrEqual(1);
				const currentSum = sum(current);
				const noFloor = WITH_OPENING.every((s) => ((current[s.id] ?? NaN) * newTotal) / currentSum >= 1);
				if (noFloor) {
					for (const s of WITH_OPENING) expect(Math.abs((split[s.id] ?? NaN) - ((current[s.id] ?? NaN) * newTotal) / currentSum)).toBeLessThan(1);
				}
			}),
		);
	});

	it("allows short totals such as the time left in a running session", () => {
		const split = value(rescaleMinutes(designed(120, false), WITHOUT_OPENING, 20));
		expect(sum(split)).toBe(20);
		expect(split.consultation).toBe(Math.max(...Object.values(split)));
	});

	it("only splits over the given steps, ignoring other keys", () => {
		const remaining = WITH_OPENING.slice(4);
		const split = value(rescaleMinutes(designed(120, true), remaining, 50));
		expect(Object.keys(split)).toEqual(remaining.map((s) => s.id));
		expect(sum(split)).toBe(50);
	});

	it("falls back on a step's weight, on the same scale, when its current minutes are missing or invalid", () => {
		const current: Record<string, number> = { ...designed(120, true), retour: NaN };
		delete current.expose;
		expect(value(rescaleMinutes(current, WITH_OPENING, 120))).toEqual(designed(120, true));
	});

	it("refuses a total under one minute per step, and invalid totals", () => {
		expect(errorOf(rescaleMinutes(designed(120, true), WITH_OPENING, 6))).toEqual({ code: "duration-too-short", vars: { min: 7 } });
		expect(errorOf(rescaleMinutes(designed(120, true), WITH_OPENING, "abc")).code).toBe("duration-not-a-number");
		expect(errorOf(rescaleMinutes(designed(120, true), WITH_OPENING, 0)).code).toBe("duration-not-positive");
		expect(errorOf(rescaleMinutes(designed(120, true), WITH_OPENING, 500)).code).toBe("duration-too-long");
		expect(errorOf(rescaleMinutes({}, [], 60)).code).toBe("steps-empty");
	});
});

describe("formatDuration", () => {
	it("writes hours and minutes the French way", () => {
		expect(formatDuration(90, "fr")).toBe("1 h 30");
		expect(formatDuration(65, "fr")).toBe("1 h 05");
		expect(formatDuration(120, "fr")).toBe("2 h");
		expect(formatDuration(45, "fr")).toBe("45 min");
		expect(formatDuration(0, "fr")).toBe("0 min");
	});

	it("writes hours and minutes the English way", () => {
		expect(formatDuration(90, "en")).toBe("1h 30m");
		expect(formatDuration(120, "en")).toBe("2h");
		expect(formatDuration(45, "en")).toBe("45m");
	});

	it("rounds to whole minutes and keeps the sign of an overrun", () => {
		expect(formatDuration(89.6, "fr")).toBe("1 h 30");
		expect(formatDuration(-5, "fr")).toBe("-5 min");
		expect(formatDuration(-75, "en")).toBe("-1h 15m");
	});

	it("reads back through parseDurationMinutes", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: ABSOLUTE_MAX_MINUTES }), (minutes) => {
				expect(value(parseDurationMinutes(formatDuration(minutes, "fr")))).toBe(minutes);
			}),
		);
	});
});
