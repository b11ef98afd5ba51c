/**
 * What a user would see wrong in an open modal, measured in the browser: a control (input, select,
 * textarea, button) outside its modal or the window, or without a label one can read on screen.
 * A visible label is a `.setting-item-name` of a row holding that one control, a `<label>` around
 * it or pointing at it, a grid's column header (or the cell's own caption), or a button's text;
 * an aria-label alone does not count.
 */
const CONTROLS = "input, select, textarea, button";
const SLACK = 0.5;

/** Laid out and not hidden: it has a box, outside a closed <details> (whose content keeps its boxes but is not shown). */
function rendered(el: Element): boolean {
	if (el.getClientRects().length === 0) return false;
	const closed = el.closest("details:not([open])");
	if (closed && !el.closest("summary")) return false;
	return getComputedStyle(el).visibility !== "hidden";
}

/** Rendered and seen: not transparent nor clipped away (clip-path, as screen-reader-only text is) (an opacity-0 radio over its label is rendered, not painted). */
function painted(el: Element): boolean {
	if (!rendered(el)) return false;
	for (let node: Element | null = el; node; node = node.parentElement) {
		const style = getComputedStyle(node);
		if (style.opacity === "0") return false;
		if (style.clipPath === "inset(50%)") return false;
	}
	return true;
}

/** The text of `root` one can read on screen (the text inside form controls left out). */
export function visibleText(root: Element, skip: (node: Element) => boolean = () => false): string {
	const parts: string[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		const text = node.textContent?.trim() ?? "";
		if (!parent || text === "" || parent.closest("select, textarea, option") || skip(parent)) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		const rect = range.getBoundingClientRect();
		if (rect.width > 1 && rect.height > 1 && painted(parent)) parts.push(text);
	}
	return parts.join(" ");
}

export function describeControl(control: Element): string {
	const type = control.getAttribute("type");
	const name = control.getAttribute("aria-label") ?? control.closest(".setting-item")?.querySelector(".setting-item-name")?.textContent ?? control.textContent ?? "";
	return `<${control.tagName.toLowerCase()}${type ? ` type=${type}` : ""}> "${name.trim().slice(0, 40)}"`;
}

/** The label shown for a control in a grid cell: its column's header, else the cell's own caption. */
function cellLabel(control: Element, cell: Element): string {
	const row = cell.closest("[role=row]");
	const table = cell.closest("[role=table], [role=grid]");
	const index = row ? Array.from(row.children).indexOf(cell) : -1;
	const header = table?.querySelectorAll("[role=columnheader]")[index];
	const fromHeader = header ? visibleText(header) : "";
	if (fromHeader !== "") return fromHeader;
	return visibleText(cell, (node) => node.closest("label") !== null || node === control);
}

/** The visible label of a control, "" when it has none. */
export function visibleLabel(control: Element): string {
	if (control instanceof HTMLButtonElement) return visibleText(control);
	const cell = control.closest("[role=cell]");
	if (cell) return cellLabel(control, cell);
	const label = control.closest("label");
	if (label) {
		const text = visibleText(label);
		if (text !== "") return text;
	}
	if (control.id) {
		const pointing = document.querySelector(`label[for="${CSS.escape(control.id)}"]`);
		if (pointing && visibleText(pointing) !== "") return visibleText(pointing);
	}
	const row = control.closest(".setting-item");
	const name = row?.querySelector(".setting-item-name");
	// A row's name labels its control only when it holds one: two dropdowns under one name leave one unnamed.
	const fields = row ? row.querySelectorAll(".setting-item-control input, .setting-item-control select, .setting-item-control textarea").length : 0;
	if (name && fields === 1) return visibleText(name);
	return "";
}

/**
 * Tab order against what is seen: each focusable control comes after the previous one on the
 * screen (lower, or on the same line further right), and none has a positive tabindex.
 */
export function focusOrderProblems(root: HTMLElement): string[] {
	const problems: string[] = [];
	const focusable = Array.from(root.querySelectorAll<HTMLElement>(`${CONTROLS}, [tabindex]`)).filter((el) => rendered(el) && !(el as HTMLInputElement).disabled && el.tabIndex >= 0);
	for (const el of focusable) if (el.tabIndex > 0) problems.push(`${describeControl(el)} has tabindex ${el.tabIndex}`);
	// Radios of one group are one tab stop; the first stands for the group.
	const stops = focusable.filter((el, i) => !(el instanceof HTMLInputElement && el.type === "radio" && focusable.slice(0, i).some((o) => o instanceof HTMLInputElement && o.type === "radio" && o.name === el.name && el.name !== "")));
	for (let i = 1; i < stops.length; i++) {
		const a = stops[i - 1]?.getBoundingClientRect();
		const b = stops[i]?.getBoundingClientRect();
		if (!a || !b) continue;
		const sameLine = b.top < a.bottom && b.bottom > a.top;
		if (b.bottom <= a.top + SLACK || (sameLine && b.right <= a.left + SLACK)) problems.push(`tab goes back from ${describeControl(stops[i - 1] as Element)} to ${describeControl(stops[i] as Element)}`);
	}
	return problems;
}

export interface ModalMeasure {
	problems: string[];
	/** The modal's height and the height its content asks for. */
	height: number;
	contentHeight: number;
	controls: number;
}

/** Every painted control of `modal` checked for overflow and a visible label. */
export function measureModal(modal: HTMLElement): ModalMeasure {
	const problems: string[] = [];
	const box = modal.getBoundingClientRect();
	const viewport = document.documentElement.clientWidth;
	if (box.left < -SLACK || box.right > viewport + SLACK) problems.push(`the modal (${Math.round(box.left)}–${Math.round(box.right)}) is outside the window (0–${viewport})`);
	if (modal.scrollWidth > modal.clientWidth + 1) problems.push(`the modal scrolls sideways (${modal.scrollWidth} > ${modal.clientWidth})`);
	const controls = Array.from(modal.querySelectorAll(CONTROLS)).filter(rendered);
	for (const control of controls) {
		const rect = control.getBoundingClientRect();
		const what = describeControl(control);
		if (rect.left < box.left - SLACK || rect.right > box.right + SLACK) problems.push(`${what} overflows the modal (${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`);
		if (rect.left < -SLACK || rect.right > viewport + SLACK) problems.push(`${what} sticks out of the window`);
		if (visibleLabel(control) === "") problems.push(`${what} has no visible label`);
	}
	for (const info of Array.from(modal.querySelectorAll<HTMLElement>(".setting-item-info"))) {
		if (!painted(info) || visibleText(info) === "") continue;
		// A name or description squeezed into a column a few letters wide.
		if (info.getBoundingClientRect().width < 120) problems.push(`"${visibleText(info).slice(0, 40)}" is squeezed to ${Math.round(info.getBoundingClientRect().width)} px`);
	}
	problems.push(...focusOrderProblems(modal));
	return { problems, height: modal.clientHeight, contentHeight: modal.scrollHeight, controls: controls.length };
}
