import { App } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { listMethods } from "../../src/codev/customMethods";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import type { Lang } from "../../src/codev/types";
import { setLanguage } from "../../src/i18n";
import { StartSessionModal } from "../../src/obsidian/startSessionModal";
import { formToRequest, initialFormState, type SessionFormState } from "../../src/services/sessionForm";

const group = "---\ntype: codev-group\nmembers:\n  - \"[[Ana]]\"\n  - \"[[Bruno]]\"\n---\n";
const person = (name: string): string => `---\ntype: codev-person\ngroups:\n  - "[[G]]"\n---\n${name}\n`;

function openModal(defaultDuration = 120, lang: Lang = "en"): { modal: StartSessionModal; state: SessionFormState; submitted: SessionFormState[] } {
	setLanguage(lang);
	const app = App.createConfigured__({ files: { "Codev/Groups/G.md": group, "Codev/People/Ana.md": person("Ana"), "Codev/People/Bruno.md": person("Bruno") } }).asOriginalType__();
	const state = initialFormState("2026-03-10", defaultDuration, true, "Claire");
	const submitted: SessionFormState[] = [];
	const modal = new StartSessionModal(app, state, {
		methods: listMethods([]),
		defaultMethodId: () => "classic",
		overridesFor: () => ({}),
		defaultDuration,
		suggestClient: () => "Codev/People/Bruno.md",
		onSubmit: (filled) => {
			submitted.push(filled);
			return Promise.resolve(true);
		},
	});
	modal.open();
	return { modal, state, submitted };
}

describe("start session modal", () => {
	it("preselects the first group, lists its members as clients and as present", () => {
		const { modal, state } = openModal();
		expect(state.groupPath).toBe("Codev/Groups/G.md");
		const options = [...modal.contentEl.querySelectorAll("option")].map((o) => o.textContent);
		expect(options).toEqual(expect.arrayContaining(["G", "New group…", "New person…", "Ana", "Bruno (suggested)", "1h 30m", "2h", "3h"]));
		expect(state.clientPath).toBe("Codev/People/Bruno.md");
		expect(options).toContain("Bruno (suggested)");
		expect(state.present).toEqual({ "Codev/People/Ana.md": true, "Codev/People/Bruno.md": true });
		expect(modal.contentEl.textContent).toContain("Planned minutes: Follow-up and choice of topic 10 · Presentation 10");
	});

	it("names the lengths in the interface language", () => {
		const lengths = (modal: StartSessionModal) => [...modal.contentEl.querySelectorAll("option")].map((o) => o.textContent ?? "").filter((text) => /^\d+\s?h/.test(text));
		expect(lengths(openModal().modal)).toEqual(["1h 30m", "2h", "3h"]);
		expect(lengths(openModal(120, "fr").modal)).toEqual(["1 h 30", "2 h", "3 h"]);
		setLanguage("en");
	});

	it("offers a custom length when the default is not a preset, and shows an error for a bad one", () => {
		const { modal, state } = openModal(150);
		expect(state.durationChoice).toBe("custom");
		expect(modal.contentEl.querySelector(".codev-error")).toBeNull();
		expect(formToRequest(state, CLASSIC_METHOD).duration).toBe("150");
		// A default length the method does not allow is brought within its bounds, never left invalid.
		const short = openModal(20);
		expect(short.state).toMatchObject({ durationChoice: "custom", customDuration: "45" });
		expect(short.modal.contentEl.querySelector(".codev-error")).toBeNull();
	});

	it("turns the filled form into a request: absent members left out, guests added", () => {
		const { state } = openModal();
		state.clientPath = "Codev/People/Bruno.md";
		state.present["Codev/People/Ana.md"] = false;
		state.extraAttendees = "Chloé Invitée; Dan";
		const request = formToRequest(state, CLASSIC_METHOD);
		expect(request.client).toEqual({ name: "Bruno", path: "Codev/People/Bruno.md" });
		expect(request.attendees).toEqual([{ name: "Bruno", path: "Codev/People/Bruno.md" }, { name: "Chloé Invitée" }, { name: "Dan" }]);
		expect(request.group).toEqual({ name: "G", path: "Codev/Groups/G.md" });
	});
});

describe("start session modal: method and second consultation", () => {
	it("lists the methods, the group's first, and shows a two-consultation split when asked", () => {
		const { modal, state } = openModal();
		const options = [...modal.contentEl.querySelectorAll("option")].map((o) => o.textContent);
		expect(options).toEqual(expect.arrayContaining(["Classic codevelopment (Payette and Champagne) (group's method)", "Express codevelopment (flash)"]));
		expect(state.methodId).toBe("classic");
		expect(modal.contentEl.textContent).toContain("Second consultation");
		const request = formToRequest({ ...state, second: true, clientBPath: "Codev/People/Ana.md", topicB: "x" }, CLASSIC_METHOD);
		expect(request.second?.client).toEqual({ name: "Ana", path: "Codev/People/Ana.md" });
	});
});
