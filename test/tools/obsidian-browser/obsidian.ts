/**
 * `obsidian` for the browser test project (aliased in vitest.config.ts): the package ships types
 * only, so the plugin's modals get this stand-in, which builds the DOM Obsidian builds
 * (`.modal-container > .modal > .modal-content`, `.setting-item` with `.setting-item-info`,
 * `.setting-item-name`, `.setting-item-description`, `.setting-item-control`, `select.dropdown`,
 * `.checkbox-container`, `button.mod-cta`) so that Obsidian's layout rules (obsidian.css next to
 * this file) and the plugin's styles.css give what a user sees. Behaviour is the least the modals
 * need: DOM events reach the components' callbacks, a modal sits in document.body until closed.
 */
import { installDomHelpers } from "./dom";

installDomHelpers();

export type App = unknown;
export type WorkspaceLeaf = unknown;
export type TAbstractFile = unknown;

/** The modals open now, oldest first. */
export const openModals: Array<{ close(): void }> = [];

export class Component {
	private readonly cleanups: Array<() => void> = [];
	load(): void {
		this.onload();
	}
	onload(): void {}
	unload(): void {
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.onunload();
	}
	onunload(): void {}
	register(cleanup: () => void): void {
		this.cleanups.push(cleanup);
	}
	registerDomEvent(el: EventTarget, type: string, listener: (event: never) => unknown): void {
		const handler = listener as unknown as EventListener;
		el.addEventListener(type, handler);
		this.register(() => el.removeEventListener(type, handler));
	}
	registerEvent(): void {}
	registerInterval(id: number): number {
		return id;
	}
	addChild<T extends Component>(child: T): T {
		child.load();
		return child;
	}
}

export class Modal {
	readonly containerEl: HTMLElement;
	readonly modalEl: HTMLElement;
	readonly titleEl: HTMLElement;
	readonly contentEl: HTMLElement;
	shouldRestoreSelection = false;
	private closeCallback: (() => unknown) | null = null;

	constructor(readonly app: App) {
		this.containerEl = createDiv({ cls: ["modal-container", "mod-dim"] });
		this.containerEl.createDiv({ cls: "modal-bg" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.modalEl.createDiv({ cls: ["modal-close-button"], attr: { "aria-label": "Close" } }).addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-header" }).createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	open(): void {
		document.body.append(this.containerEl);
		openModals.push(this);
		void this.onOpen();
	}

	close(): void {
		const at = openModals.indexOf(this);
		if (at < 0) return;
		openModals.splice(at, 1);
		this.onClose();
		this.closeCallback?.();
		this.containerEl.remove();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.empty();
		if (typeof content === "string") this.contentEl.setText(content);
		else this.contentEl.append(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

export class SuggestModal<T> extends Modal {
	getSuggestions(_query: string): T[] | Promise<T[]> {
		return [];
	}
	setPlaceholder(_text: string): void {}
}
export class FuzzySuggestModal<T> extends SuggestModal<T> {}

abstract class ValueComponent<T> {
	protected changeCallback: ((value: T) => unknown) | null = null;
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(callback: (value: T) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
	protected changed(): void {
		this.changeCallback?.(this.getValue());
	}
	setDisabled(_disabled: boolean): this {
		return this;
	}
}

abstract class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	constructor(readonly inputEl: E) {
		super();
		inputEl.addEventListener("input", () => this.changed());
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class DropdownComponent extends ValueComponent<string> {
	readonly selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this.changed());
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	readonly toggleEl: HTMLElement;
	private readonly inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: "0" } });
		this.toggleEl.addEventListener("click", (event) => {
			event.preventDefault();
			this.setValue(!this.getValue());
			this.changed();
		});
	}
	getValue(): boolean {
		return this.toggleEl.hasClass("is-enabled");
	}
	setValue(on: boolean): this {
		this.toggleEl.toggleClass("is-enabled", on);
		this.inputEl.checked = on;
		return this;
	}
	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr("aria-label", tooltip);
		return this;
	}
}

export class ButtonComponent {
	readonly buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(text: string): this {
		this.buttonEl.setText(text);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}
	setIcon(_icon: string): this {
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}
	onClick(callback: (event: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (event) => void callback(event));
		return this;
	}
}

export class ExtraButtonComponent {
	readonly extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.extraSettingsEl = containerEl.createDiv({ cls: ["clickable-icon", "extra-setting-button"] });
	}
	setIcon(_icon: string): this {
		return this;
	}
	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttr("aria-label", tooltip);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => void callback());
		return this;
	}
}

export class Setting {
	readonly settingEl: HTMLElement;
	readonly infoEl: HTMLElement;
	readonly nameEl: HTMLElement;
	readonly descEl: HTMLElement;
	readonly controlEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.empty();
		if (typeof name === "string") this.nameEl.setText(name);
		else this.nameEl.append(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.empty();
		if (typeof desc === "string") this.descEl.setText(desc);
		else this.descEl.append(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setTooltip(_tooltip: string): this {
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		return this;
	}
	addText(cb: (component: TextComponent) => unknown): this {
		cb(new TextComponent(this.controlEl));
		return this;
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		cb(new TextAreaComponent(this.controlEl));
		return this;
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		cb(new DropdownComponent(this.controlEl));
		return this;
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		this.settingEl.addClass("mod-toggle");
		cb(new ToggleComponent(this.controlEl));
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		cb(new ButtonComponent(this.controlEl));
		return this;
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		cb(new ExtraButtonComponent(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
}

/** Notices are collected, not shown: a test reads them. */
export const notices: string[] = [];
export class Notice {
	readonly noticeEl: HTMLElement = createDiv({ cls: "notice" });
	constructor(message: string | DocumentFragment) {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
	}
	setMessage(message: string): this {
		notices.push(message);
		return this;
	}
	hide(): void {}
}

export class TAbstractFileBase {
	constructor(readonly path: string) {}
	get name(): string {
		return this.path.split("/").pop() ?? this.path;
	}
}
export class TFile extends TAbstractFileBase {
	get basename(): string {
		return this.name.replace(/\.[^.]*$/, "");
	}
	get extension(): string {
		return this.name.includes(".") ? (this.name.split(".").pop() ?? "") : "";
	}
}
export class TFolder extends TAbstractFileBase {
	children: TAbstractFileBase[] = [];
}

export class Plugin extends Component {}
export class PluginSettingTab {}
export class ItemView extends Component {}
export class FileView extends ItemView {}
export class BasesView extends Component {}
export const Platform = { isMobile: false, isPhone: false, isDesktop: true, isDesktopApp: true };
export const moment: unknown = undefined;

export function normalizePath(path: string): string {
	return path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
}

export function getLanguage(): string {
	return document.documentElement.lang || "en";
}

export function debounce<A extends unknown[]>(run: (...args: A) => unknown, wait = 0): (...args: A) => void {
	let timer: number | undefined;
	return (...args: A) => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => run(...args), wait);
	};
}

/** The modals read YAML only through the vault store, which these tests never reach. */
export function parseYaml(_text: string): unknown {
	throw new Error("parseYaml is not available in the browser test shim");
}
