/**
 * The DOM helpers Obsidian adds to every element (createEl, createDiv, empty, toggle, addClass…)
 * and its global createEl/createDiv/createSpan, for the browser test project's `obsidian` shim.
 */
interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

type Callback<T> = (el: T) => void;

function classesOf(cls: string | string[] | undefined): string[] {
	if (cls === undefined) return [];
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c !== "");
}

function build<K extends keyof HTMLElementTagNameMap>(tag: K, info: ElementInfo | string = {}, callback?: Callback<HTMLElementTagNameMap[K]>, parent?: Node): HTMLElementTagNameMap[K] {
	const o: ElementInfo = typeof info === "string" ? { cls: info } : info;
	const el = document.createElement(tag);
	el.classList.add(...classesOf(o.cls));
	if (o.text !== undefined) {
		if (typeof o.text === "string") el.textContent = o.text;
		else el.append(o.text);
	}
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
	for (const [name, value] of Object.entries(o.attr ?? {})) {
		if (value === null || value === false) continue;
		el.setAttribute(name, value === true ? "" : String(value));
	}
	const into = o.parent ?? parent;
	if (into) {
		if (o.prepend) into.insertBefore(el, into.firstChild);
		else into.appendChild(el);
	}
	callback?.(el);
	return el;
}

const HIDDEN = "shim-hidden";
let installed = false;

export function installDomHelpers(): void {
	if (installed) return;
	installed = true;
	const node = Node.prototype as unknown as Record<string, unknown>;
	node.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, info?: ElementInfo | string, callback?: Callback<HTMLElement>) {
		return build(tag, info, callback, this);
	};
	node.createDiv = function (this: Node, info?: ElementInfo | string, callback?: Callback<HTMLElement>) {
		return build("div", info, callback, this);
	};
	node.createSpan = function (this: Node, info?: ElementInfo | string, callback?: Callback<HTMLElement>) {
		return build("span", info, callback, this);
	};
	node.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	node.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	node.setText = function (this: Node, text: string) {
		this.textContent = text;
	};
	node.appendText = function (this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	};
	const element = Element.prototype as unknown as Record<string, unknown>;
	element.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.flatMap((c) => classesOf(c)));
	};
	element.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	};
	element.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes.flatMap((c) => classesOf(c)));
	};
	element.toggleClass = function (this: Element, classes: string | string[], on: boolean) {
		for (const c of classesOf(classes)) this.classList.toggle(c, on);
	};
	element.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	element.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	element.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	element.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	};
	element.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	const html = HTMLElement.prototype as unknown as Record<string, unknown>;
	// Obsidian hides with an inline `display: none`; a class with !important (obsidian.css) does the same.
	html.show = function (this: HTMLElement) {
		this.classList.remove(HIDDEN);
	};
	html.hide = function (this: HTMLElement) {
		this.classList.add(HIDDEN);
	};
	html.toggle = function (this: HTMLElement, show: boolean) {
		this.classList.toggle(HIDDEN, !show);
	};
	html.isShown = function (this: HTMLElement) {
		return !this.classList.contains(HIDDEN) && this.isConnected;
	};
	const global = globalThis as unknown as Record<string, unknown>;
	global.createEl = (tag: keyof HTMLElementTagNameMap, info?: ElementInfo | string, callback?: Callback<HTMLElement>) => build(tag, info, callback);
	global.createDiv = (info?: ElementInfo | string, callback?: Callback<HTMLElement>) => build("div", info, callback);
	global.createSpan = (info?: ElementInfo | string, callback?: Callback<HTMLElement>) => build("span", info, callback);
	global.createFragment = (callback?: Callback<DocumentFragment>) => {
		const fragment = document.createDocumentFragment();
		callback?.(fragment);
		return fragment;
	};
	global.activeDocument = document;
	global.activeWindow = window;
}
