/**
 * Reload at the data level: the timer state survives serialise → plugin data → migrateData →
 * deserialise at any moment of any session (fast-check), plugin data of an older version is
 * migrated rather than dropped, and corrupted data resets with a problem reported, not a crash.
 * (The sidebar's view-level reload tests live in test/sidebar.)
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, Notice } from "obsidian-test-mocks/obsidian";
import { createTimer, deserialize, reduce, resumeAfterReload, serialize, snapshot, type TimerEvent, type TimerState } from "../../src/codev/timer";
import CodevFacilitatorPlugin from "../../src/main";
import { DATA_VERSION, migrateData, type PluginData } from "../../src/settings/model";

const T0 = Date.UTC(2026, 0, 13, 8, 0); // 09:00 in Paris
const STEPS = [
	{ id: "retour", plannedSeconds: 600 },
	{ id: "presentation", plannedSeconds: 600 },
	{ id: "clarification", plannedSeconds: 900 },
	{ id: "contrat", plannedSeconds: 600 },
	{ id: "consultation", plannedSeconds: 2100 },
	{ id: "synthese", plannedSeconds: 900 },
	{ id: "apprentissages", plannedSeconds: 600 },
];

const event: fc.Arbitrary<TimerEvent> = fc.oneof(
	fc.constantFrom<TimerEvent>({ type: "start" }, { type: "pause" }, { type: "resume" }, { type: "next" }, { type: "previous" }, { type: "resetStep" }, { type: "finish" }),
	fc.integer({ min: -900, max: 900 }).map((seconds): TimerEvent => ({ type: "addTime", seconds })),
	fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }).map((seconds): TimerEvent => ({ type: "takeFromLater", seconds })),
	fc.integer({ min: -1, max: 8 }).map((index): TimerEvent => ({ type: "goTo", index })),
);
/** An event after a pause of 0 ms to 40 min (ms precision: reloads land between seconds). */
const step = fc.tuple(event, fc.integer({ min: 0, max: 40 * 60 * 1000 }));

/** What a reload does to the timer: through JSON plugin data, the migration, then deserialize. */
function reload(state: TimerState, settings: Record<string, unknown>): TimerState {
	const timer: unknown = JSON.parse(serialize(state));
	const stored: unknown = JSON.parse(JSON.stringify({ data_version: DATA_VERSION, settings, timer }));
	const migrated = migrateData(stored, "fr");
	expect(migrated.problems).toEqual([]);
	const loaded = deserialize(migrated.data.timer);
	if (!loaded.ok) throw new Error(`timer lost on reload: ${loaded.error.code}`);
	return loaded.value;
}

describe("reload: the timer state", () => {
	it("survives a reload at any moment: the same snapshots before and after, down to the millisecond", () => {
		const settings = migrateData(null, "fr").data.settings as unknown as Record<string, unknown>;
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.nat(), fc.integer({ min: 0, max: 20 * 60 * 60 * 1000 }), (steps, at, closedMs) => {
				const cut = at % steps.length;
				let live = createTimer("Codev/Séances/2026-01-13 Séance.md", STEPS);
				let now = T0;
				for (const [ev, wait] of steps.slice(0, cut)) {
					now += wait;
					live = reduce(live, ev, now);
				}
				let reloaded = reload(live, settings);
				expect(reloaded).toEqual(live);
				// Obsidian stays closed for up to 20 h: the timer is resumed, not reset, and keeps counting.
				now += closedMs;
				expect(resumeAfterReload(reloaded, now).note).toBe("resumed");
				expect(snapshot(reloaded, now)).toEqual(snapshot(live, now));
				for (const [ev, wait] of steps.slice(cut)) {
					now += wait;
					live = reduce(live, ev, now);
					reloaded = reduce(reloaded, ev, now);
					expect(snapshot(reloaded, now)).toEqual(snapshot(live, now));
				}
				// Time is read from timestamps: a second reload at the very end changes nothing either.
				expect(snapshot(reload(reloaded, settings), now + 1)).toEqual(snapshot(live, now + 1));
			}),
			{ numRuns: 300 },
		);
	});

	it("a state over 24 h old or in the future is flagged, never silently dropped", () => {
		let state = createTimer("k", STEPS);
		state = reduce(state, { type: "start" }, T0);
		expect(resumeAfterReload(state, T0 + 25 * 60 * 60 * 1000).note).toBe("stale");
		expect(resumeAfterReload(state, T0 - 10 * 60 * 1000).note).toBe("future");
		expect(deserialize(serialize(state))).toEqual({ ok: true, value: state });
	});

	it("a corrupted timer in the plugin data is an error value, never an exception", () => {
		const outOfRange: unknown = { ...(JSON.parse(serialize(createTimer("k", STEPS))) as object), current: 99 };
		for (const bad of ["{", "null", 42, [], { version: 1 }, { version: 2, steps: [] }, outOfRange]) {
			const migrated = migrateData({ data_version: 1, settings: {}, timer: bad }, "fr");
			expect(() => deserialize(migrated.data.timer)).not.toThrow();
			expect(deserialize(migrated.data.timer).ok).toBe(false);
		}
	});
});

describe("reload: plugin data", () => {
	afterEach(() => vi.restoreAllMocks());

	it("version 0 (flat settings, as early builds stored) is migrated with every valid field kept", () => {
		const v0 = { language: "fr", sessionsFolder: "Mes séances", defaultDurationMinutes: 180, facilitator: "Claire", stepMinutes: { contrat: 15, bad: -1 }, sessionNamePattern: "{{date:yyyy-MM-dd}} {{client}}" };
		const migrated = migrateData(v0, "en");
		expect(migrated.changed).toBe(true);
		expect(migrated.data.data_version).toBe(DATA_VERSION);
		expect(migrated.data.settings).toMatchObject({ language: "fr", sessionsFolder: "Mes séances", defaultDurationMinutes: 180, facilitator: "Claire", stepMinutes: { contrat: 15 }, sessionNamePattern: "{{date:YYYY-MM-DD}} {{client}}" });
		// Migrating twice is stable: a second load saves nothing.
		const again = migrateData(JSON.parse(JSON.stringify(migrated.data)), "en");
		expect(again).toMatchObject({ changed: false, problems: [] });
		expect(again.data).toEqual(migrated.data);
	});

	it.each([
		["a string", "not json at all"],
		["a number", 42],
		["an array", [1, 2]],
		["a version that is not a number", { data_version: "one", settings: { facilitator: 3 } }],
		["settings that are not an object", { data_version: 1, settings: "oops" }],
		["every field of the wrong type", { data_version: 1, settings: { language: "de", groupsFolder: 1, defaultDurationMinutes: Number.NaN, customMethods: "x", roomDisplay: 3 } }],
	])("corrupted data (%s) resets to defaults with a problem, not a crash", (_label, raw) => {
		const migrated = migrateData(raw, "fr");
		expect(migrated.problems.length).toBeGreaterThan(0);
		expect(migrated.data.settings.sessionsFolder).toBe("Codev/Séances");
		expect(migrated.data.data_version).toBe(DATA_VERSION);
	});

	async function loadWith(raw: unknown): Promise<{ plugin: CodevFacilitatorPlugin; saved: unknown[]; notices: string[] }> {
		const spy = vi.spyOn(Notice.prototype, "constructor__");
		const app = App.createConfigured__({}).asOriginalType__();
		const plugin = new CodevFacilitatorPlugin(app, { id: "codev-facilitator", name: "Codev", version: "0", minAppVersion: "1.8.7", description: "", author: "" });
		const saved: unknown[] = [];
		plugin.loadData = () => Promise.resolve(raw);
		plugin.saveData = (data: unknown) => {
			saved.push(structuredClone(data));
			return Promise.resolve();
		};
		await plugin.onload();
		return { plugin, saved, notices: spy.mock.calls.map((call) => (typeof call[0] === "string" ? call[0] : "")) };
	}

	it("the plugin loads over corrupted data, tells the user where the copy is, and saves the repaired data", async () => {
		const { plugin, saved, notices } = await loadWith("{corrupted");
		expect(plugin.settings.defaultDurationMinutes).toBe(120);
		expect(notices.join("\n")).toContain("data.unreadable-");
		expect(saved).toHaveLength(1);
	});

	it("the plugin never overwrites data written by a newer version, even when settings change", async () => {
		const newer = { data_version: DATA_VERSION + 1, settings: { facilitator: "from the future" }, timer: { anything: true } };
		const { plugin, saved, notices } = await loadWith(newer);
		expect(notices.join("\n")).toContain("newer version");
		plugin.settings.facilitator = "edited";
		await plugin.saveSettings();
		expect(saved).toEqual([]);
	});

	it("an open session's timer is kept through the plugin's own load and save", async () => {
		let timer = createTimer("Codev/Séances/2026-01-13 Séance.md", STEPS);
		timer = reduce(reduce(timer, { type: "start" }, T0), { type: "next" }, T0 + 601_234);
		const stored: PluginData = { data_version: DATA_VERSION, settings: migrateData(null, "fr").data.settings, timer: JSON.parse(serialize(timer)) };
		const { plugin } = await loadWith(JSON.parse(JSON.stringify(stored)));
		const back = deserialize(plugin.data.timer);
		expect(back).toEqual({ ok: true, value: timer });
	});
});
