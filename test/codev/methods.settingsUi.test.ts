import { AbstractTextComponent, ButtonComponent, ExtraButtonComponent } from "obsidian";
import { beforeAll, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n";
import { renderMethodSettings, type MethodSettingsHost } from "../../src/obsidian/methodsSettings";
import { defaultSettings } from "../../src/settings/model";

/** The settings section in a detached element, with a host that counts saves. */
function mount(): { el: HTMLElement; host: MethodSettingsHost & { saves: number } } {
	setLanguage("en");
	const el = createDiv();
	const host = {
		settings: defaultSettings("en"),
		saves: 0,
		saveSettings(): Promise<void> {
			host.saves++;
			return Promise.resolve();
		},
	};
	renderMethodSettings(el, host);
	return { el, host };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const buttons = (el: HTMLElement, text: string): HTMLButtonElement[] => [...el.querySelectorAll("button")].filter((b) => b.textContent === text);

function setInput(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

/** The mocks keep handlers without wiring the DOM: wire clicks and typing, as Obsidian does. */
beforeAll(() => {
	ButtonComponent.prototype.onClick = function (this: ButtonComponent, callback: (evt: MouseEvent) => unknown) {
		this.buttonEl.addEventListener("click", (event) => void callback(event));
		return this;
	};
	ExtraButtonComponent.prototype.onClick = function (this: ExtraButtonComponent, callback: () => void) {
		this.extraSettingsEl.addEventListener("click", () => callback());
		return this;
	};
	AbstractTextComponent.prototype.onChange = function (this: AbstractTextComponent<HTMLInputElement>, callback: (value: string) => unknown) {
		this.inputEl.addEventListener("input", () => void callback(this.inputEl.value));
		return this;
	};
});

describe("renderMethodSettings", () => {
	it("offers the built-in methods as default and as sources to copy", () => {
		const { el } = mount();
		const options = [...el.querySelectorAll("option")].map((o) => o.textContent);
		expect(options).toEqual(expect.arrayContaining(["Classic codevelopment (Payette and Champagne)", "Express codevelopment (flash)", "Intervision: incident method"]));
		expect(el.textContent).toContain("No method of your own yet.");
	});

	it("copies a method, saves the valid edits and refuses an invalid one with its message", async () => {
		const { el, host } = mount();
		buttons(el, "Copy")[0]?.click();
		await flush();
		expect(host.settings.customMethods.map((m) => m.id)).toEqual(["classic-copy"]);
		const editor = el.querySelector(".codev-method-editor") as HTMLElement;
		const inputs = [...editor.querySelectorAll("input[type=text], input:not([type])")] as HTMLInputElement[];
		// Method name (French), then (English).
		setInput(inputs[1] as HTMLInputElement, "My codev");
		expect(host.settings.customMethods[0]?.name.en).toBe("My codev");
		const saved = host.saves;
		// A step named like another one is not saved, and the message says why.
		const stepName = [...editor.querySelectorAll(".codev-step-editor input")][1] as HTMLInputElement;
		setInput(stepName, "Presentation");
		expect(host.saves).toBe(saved);
		expect(editor.querySelector(".codev-method-error")?.textContent).toBe("Not saved: two steps are named “Presentation”");
		expect(host.settings.customMethods[0]?.steps[0]?.name.en).toBe("Follow-up and choice of topic");
	});

	it("reorders and removes steps, refusing a move that breaks the method", async () => {
		const { el, host } = mount();
		buttons(el, "Copy")[0]?.click();
		await flush();
		const ids = (): string[] => host.settings.customMethods[0]?.steps.map((s) => s.id) ?? [];
		const extra = (label: string, index: number): HTMLElement => [...el.querySelectorAll(`[aria-label="${label}"]`)][index] as HTMLElement;
		extra("Move down", 1).click();
		await flush();
		expect(ids().slice(1, 3)).toEqual(["clarification", "expose"]);
		// The opening step may only come first.
		extra("Move down", 0).click();
		await flush();
		expect(ids()[0]).toBe("retour");
		expect(el.querySelector(".codev-method-error")?.textContent).toContain("only the first step can be the optional opening");
		extra("Remove this step", 0).click();
		await flush();
		expect(ids()).not.toContain("retour");
	});

	it("deletes a method only on the second click, falling back to the classic default", async () => {
		const { el, host } = mount();
		buttons(el, "Copy")[0]?.click();
		await flush();
		host.settings.methodId = "classic-copy";
		buttons(el, "Delete")[0]?.click();
		await flush();
		expect(host.settings.customMethods).toHaveLength(1);
		buttons(el, "Click again to delete")[0]?.click();
		await flush();
		expect(host.settings.customMethods).toEqual([]);
		expect(host.settings.methodId).toBe("classic");
	});
});
