/**
 * A tiny DOM toolkit for the pure sidebar components: standard DOM only (no Obsidian
 * helpers), so the same components run in Obsidian, in happy-dom and in plain Chromium.
 * Elements are created in the parent's own document, which matters in pop-out windows.
 */

/** How a component attaches listeners: Obsidian views pass `registerDomEvent` so they are cleaned up. */
export type Listen = (el: HTMLElement, type: "click" | "keydown" | "change", handler: (ev: Event) => void) => void;

const HTML_NS = "http://www.w3.org/1999/xhtml";

export const plainListen: Listen = (el, type, handler) => el.addEventListener(type, handler);

export function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
	// Standard DOM on purpose: Obsidian's createEl (and Document.win) patch the app's DOM and do
	// not exist where these renderers also run (plain Chromium). In an HTML document this is what
	// createElement(tag) does; the owner document keeps pop-out windows right.
	const node = parent.ownerDocument.createElementNS(HTML_NS, tag) as HTMLElementTagNameMap[K];
	if (cls) node.className = cls;
	if (text !== undefined) node.textContent = text;
	parent.appendChild(node);
	return node;
}

/** Writes only when the text changed, so a tick touches the DOM for the digits alone. */
export function setText(node: HTMLElement, text: string): void {
	if (node.textContent !== text) node.textContent = text;
}

export function show(node: HTMLElement, visible: boolean): void {
	if (node.hidden === visible) node.hidden = !visible;
}

export function toggleClass(node: Element, cls: string, on: boolean): void {
	if (node.classList.contains(cls) !== on) node.classList.toggle(cls, on);
}

export function clear(node: HTMLElement): void {
	while (node.firstChild) node.removeChild(node.firstChild);
}

export function button(parent: HTMLElement, cls: string, text: string, listen: Listen, onClick: () => void): HTMLButtonElement {
	const node = el(parent, "button", cls, text);
	node.type = "button";
	listen(node, "click", () => onClick());
	return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element in the parent's document (the chart and the room ring). */
export function svg<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
	const node = parent.ownerDocument.createElementNS(SVG_NS, tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
	parent.appendChild(node);
	return node;
}
