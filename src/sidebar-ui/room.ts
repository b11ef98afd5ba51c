/**
 * The room display (projector, second screen, shared window): large and calm. Three modes
 * for the group: the remaining time; the step name with a soft progress ring; the step alone.
 * The facilitator always keeps the exact time in the sidebar. Pure DOM, no Obsidian import.
 */
import { el, setText, show, svg, toggleClass } from "./dom";
import type { RoomModel } from "./model";

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export class RoomDisplay {
	readonly root: HTMLElement;
	private readonly stepLabel: HTMLElement;
	private readonly stepName: HTMLElement;
	private readonly clock: HTMLElement;
	private readonly ring: SVGSVGElement;
	private readonly arc: SVGCircleElement;
	private readonly next: HTMLElement;
	private arcOffset = "";

	constructor(parent: HTMLElement) {
		this.root = el(parent, "div", "codev-room");
		this.stepLabel = el(this.root, "div", "codev-room-step-label");
		this.ring = svg(this.root, "svg", { class: "codev-room-ring", viewBox: "0 0 120 120", "aria-hidden": "true" });
		svg(this.ring, "circle", { class: "codev-room-ring-track", cx: "60", cy: "60", r: String(RADIUS) });
		this.arc = svg(this.ring, "circle", {
			class: "codev-room-ring-arc",
			cx: "60",
			cy: "60",
			r: String(RADIUS),
			"stroke-dasharray": CIRCUMFERENCE.toFixed(2),
			transform: "rotate(-90 60 60)",
		});
		this.stepName = el(this.root, "div", "codev-room-step-name");
		this.clock = el(this.root, "div", "codev-room-clock");
		this.next = el(this.root, "div", "codev-room-next");
	}

	update(model: RoomModel): void {
		if (this.root.dataset.mode !== model.mode) this.root.dataset.mode = model.mode;
		toggleClass(this.root, "is-overtime", model.overtime);
		toggleClass(this.root, "is-paused", model.status === "paused");
		setText(this.stepLabel, model.stepLabel);
		setText(this.stepName, model.stepName);
		setText(this.clock, model.clock);
		setText(this.next, model.next);
		show(this.clock, model.mode === "time" && model.clock !== "");
		toggleClass(this.ring, "is-hidden", model.mode !== "ring");
		show(this.next, model.mode !== "step" && model.next !== "");
		const offset = (CIRCUMFERENCE * (1 - model.progress)).toFixed(2);
		if (offset !== this.arcOffset) {
			this.arcOffset = offset;
			this.arc.setAttribute("stroke-dashoffset", offset);
		}
	}
}
