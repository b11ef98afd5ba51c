/**
 * Makes obsidian-test-mocks behave like Obsidian where the tests need it (see TESTING.md):
 * DOM events reach the components' callbacks, modals stay open until closed and sit in
 * document.body, settings rows carry Obsidian's class names. Call `installUiPatches()` once per file.
 */
import { AbstractTextComponent, ButtonComponent, DropdownComponent, Modal, Setting, ToggleComponent } from "obsidian-test-mocks/obsidian";

/** The modals open now, oldest first. */
export const openModals: Modal[] = [];

interface ButtonInternals {
	buttonEl: HTMLButtonElement;
	clickHandler?: (ev: MouseEvent) => unknown;
}
interface TextInternals {
	inputEl: HTMLInputElement;
	value: string;
	onChanged(): void;
}
interface DropdownInternals {
	selectEl: HTMLSelectElement;
	changeCallback?: () => void;
}
interface ToggleInternals {
	toggleEl: HTMLElement;
	value: boolean;
	onClick(): void;
}

interface SettingInternals {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
}

let installed = false;

export function installUiPatches(): void {
	if (installed) return;
	installed = true;
	const button = ButtonComponent.prototype as unknown as { constructor2__(this: ButtonInternals): void };
	button.constructor2__ = function (this: ButtonInternals) {
		this.buttonEl.addEventListener("click", (ev) => void this.clickHandler?.(ev));
	};
	const text = AbstractTextComponent.prototype as unknown as { constructor3__(this: TextInternals): void };
	text.constructor3__ = function (this: TextInternals) {
		this.inputEl.addEventListener("input", () => {
			this.value = this.inputEl.value;
			this.onChanged();
		});
	};
	const dropdown = DropdownComponent.prototype as unknown as { constructor3__(this: DropdownInternals): void };
	dropdown.constructor3__ = function (this: DropdownInternals) {
		this.selectEl.addClass("dropdown");
		this.selectEl.addEventListener("change", () => this.changeCallback?.());
	};
	const toggle = ToggleComponent.prototype as unknown as { constructor3__(this: ToggleInternals): void };
	toggle.constructor3__ = function (this: ToggleInternals) {
		this.toggleEl.addClass("checkbox-container");
		this.toggleEl.setAttribute("role", "switch");
		this.toggleEl.addEventListener("click", () => {
			this.onClick();
			this.toggleEl.toggleClass("is-enabled", this.value);
		});
	};
	const modal = Modal.prototype as unknown as { open: (this: Modal) => void; close: (this: Modal) => void };
	const close = modal.close;
	modal.open = function (this: Modal) {
		document.body.appendChild(this.containerEl);
		this.containerEl.addClass("modal-container");
		this.modalEl.addClass("modal");
		this.contentEl.addClass("modal-content");
		this.titleEl.addClass("modal-title");
		openModals.push(this);
		this.onOpen();
	};
	modal.close = function (this: Modal) {
		const at = openModals.indexOf(this);
		if (at < 0) return;
		openModals.splice(at, 1);
		this.containerEl.remove();
		close.call(this);
	};
	const setting = Setting.prototype as unknown as { constructor__(this: SettingInternals): void };
	setting.constructor__ = function (this: SettingInternals) {
		this.settingEl.addClass("setting-item");
		this.infoEl.addClass("setting-item-info");
		this.nameEl.addClass("setting-item-name");
		this.descEl.addClass("setting-item-description");
		this.controlEl.addClass("setting-item-control");
		this.settingEl.insertBefore(this.infoEl, this.controlEl);
	};
}

/** The open modal of a class (the last one opened). */
export function modalOf<T>(type: abstract new (...args: never[]) => T): T | null {
	for (let i = openModals.length - 1; i >= 0; i--) {
		const modal = openModals[i];
		if (modal instanceof type) return modal;
	}
	return null;
}

export function closeAllModals(): void {
	for (const modal of [...openModals].reverse()) modal.close();
}

/** The settings row whose visible name is `name`, in `root`. */
export function rowNamed(root: HTMLElement, name: string | RegExp): HTMLElement {
	const rows = [...root.querySelectorAll<HTMLElement>(".setting-item")];
	const found = rows.find((row) => {
		const label = row.querySelector(".setting-item-name")?.textContent ?? "";
		return typeof name === "string" ? label === name : name.test(label);
	});
	if (!found) throw new Error(`no row named ${String(name)}: ${rows.map((r) => r.querySelector(".setting-item-name")?.textContent).join(" | ")}`);
	return found;
}

export function clickButton(root: HTMLElement, text: string | RegExp, init: MouseEventInit = {}): void {
	const buttons = [...root.querySelectorAll<HTMLButtonElement>("button")];
	const found = buttons.find((b) => (typeof text === "string" ? b.textContent === text : text.test(b.textContent ?? "")));
	if (!found) throw new Error(`no button ${String(text)}: ${buttons.map((b) => b.textContent).join(" | ")}`);
	found.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1, ...init }));
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Draws a settings tab as Obsidian 1.10–1.12 do: `display()` (deprecated only where 1.13 draws the definitions instead). */
export function displayTab(tab: { display(): void }): void {
	tab.display();
}
