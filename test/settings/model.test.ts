import { describe, expect, it } from "vitest";
import { DATA_VERSION, defaultSettings, migrateData } from "../../src/settings/model";

describe("plugin data migration", () => {
	it("starts from fresh defaults whose folders follow the language", () => {
		const loaded = migrateData(null, "fr");
		expect(loaded.changed).toBe(true);
		expect(loaded.data.settings.sessionsFolder).toBe("Codev/Séances");
		expect(migrateData(undefined, "en").data.settings.sessionsFolder).toBe("Codev/Sessions");
		// Defaults are never shared: editing one load does not change the next.
		loaded.data.settings.stepMinutes.expose = 12;
		expect(migrateData(null, "fr").data.settings.stepMinutes).toEqual({});
	});

	it("migrates version 0 (a flat settings object) without losing what was set", () => {
		const loaded = migrateData({ sessionsFolder: "Coaching/Séances", defaultDurationMinutes: 180, stepMinutes: { expose: 15, bogus: "x" } }, "fr");
		expect(loaded.data.data_version).toBe(DATA_VERSION);
		expect(loaded.data.settings).toMatchObject({ sessionsFolder: "Coaching/Séances", defaultDurationMinutes: 180, stepMinutes: { expose: 15 } });
		expect(loaded.changed).toBe(true);
	});

	it("keeps valid fields, resets wrongly typed ones and says which", () => {
		const loaded = migrateData({ data_version: 1, settings: { facilitator: "Claire", defaultDurationMinutes: "long", language: "de" }, timer: { any: 1 } }, "en");
		expect(loaded.data.settings.facilitator).toBe("Claire");
		expect(loaded.data.settings.defaultDurationMinutes).toBe(defaultSettings("en").defaultDurationMinutes);
		expect(loaded.data.settings.language).toBe("auto");
		expect(loaded.problems).toEqual(expect.arrayContaining(["field:defaultDurationMinutes", "field:language"]));
		expect(loaded.data.timer).toEqual({ any: 1 });
	});

	it("resets corrupted data with a problem instead of crashing", () => {
		for (const raw of ["garbage", 42, [1, 2], true]) {
			const loaded = migrateData(raw, "fr");
			expect(loaded.problems).toContain("corrupted");
			expect(loaded.data.settings).toEqual(defaultSettings("fr"));
		}
	});

	it("does not overwrite data written by a newer version", () => {
		const loaded = migrateData({ data_version: 99, settings: {} }, "fr");
		expect(loaded.changed).toBe(false);
		expect(loaded.problems).toContain("newer-version");
	});
});
