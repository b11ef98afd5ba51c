import { describe, expect, it } from "vitest";
import { CLASSIC_METHOD, EXPRESS_METHOD, INTERVISION_METHOD } from "../../src/codev/methods";
import { durationChoicesFor, fitDurationToMethod, formToRequest, groupMethodId, initialFormState } from "../../src/services/sessionForm";
import { planSessionLayout } from "../../src/services/startSession";

const custom = { ...CLASSIC_METHOD, id: "maison", name: { fr: "Maison", en: "Home" } };

describe("method choice in the start form", () => {
	it("offers the group's method when known, else the settings' method", () => {
		expect(groupMethodId({ method: "express" }, "classic", [])).toBe("express");
		expect(groupMethodId({ method: "maison" }, "classic", [custom])).toBe("maison");
		expect(groupMethodId({ method: "deleted" }, "intervision", [])).toBe("intervision");
		expect(groupMethodId({}, "classic", [])).toBe("classic");
		expect(groupMethodId(null, "classic", [])).toBe("classic");
	});

	it("offers lengths the method allows, with one or two consultations", () => {
		expect(durationChoicesFor(CLASSIC_METHOD, false)).toEqual(["90", "120", "180"]);
		expect(durationChoicesFor(EXPRESS_METHOD, false)).toEqual(["30", "45", "60"]);
		expect(durationChoicesFor(INTERVISION_METHOD, false)).toEqual(["30", "45", "60", "90", "120"]);
		expect(durationChoicesFor(EXPRESS_METHOD, true)).toEqual(["90", "120", "180"]);
	});

	it("brings the length within the chosen method's bounds, and the split follows the method", () => {
		const state = initialFormState("2026-03-10", 120, true, "Claire", "express");
		fitDurationToMethod(state, EXPRESS_METHOD, 120);
		expect(state).toMatchObject({ durationChoice: "45" });
		const layout = planSessionLayout(formToRequest({ ...state, opening: false }, EXPRESS_METHOD), 120);
		expect(layout.ok && Object.values(layout.value.minutes).reduce((a, b) => a + b, 0)).toBe(45);
		state.second = true;
		fitDurationToMethod(state, EXPRESS_METHOD, 120);
		expect(state.durationChoice).toBe("120");
		const kept = { ...initialFormState("2026-03-10", 120, true, ""), durationChoice: "custom", customDuration: "150" };
		fitDurationToMethod(kept, CLASSIC_METHOD, 120);
		expect(kept).toMatchObject({ durationChoice: "custom", customDuration: "150" });
	});

	it("turns the second consultation into the request only when asked", () => {
		const state = { ...initialFormState("2026-03-10", 180, true, ""), clientPath: "P/Ana.md", topic: "a", clientBPath: "P/Ben.md", topicB: "b" };
		expect(formToRequest(state, CLASSIC_METHOD).second).toBeUndefined();
		state.second = true;
		expect(formToRequest(state, CLASSIC_METHOD).second).toEqual({ client: { name: "Ben", path: "P/Ben.md" }, topic: "b" });
		state.clientBPath = "";
		state.newClientBName = "Zoé";
		expect(formToRequest(state, CLASSIC_METHOD).second?.client).toEqual({ name: "Zoé" });
	});
});
