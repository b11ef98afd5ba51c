/**
 * The rating trend as a small SVG line chart, drawn with DOM calls (no library, no markup
 * strings): two series, substance (« fond ») and form (« forme »), 1..5 per session.
 * Colours are theme variables (--color-accent, --color-orange…), so light and dark themes
 * both work; the classes let a snippet restyle it.
 */
import type { RatingPoint } from "../codev/cycle/ratings";
import { RATING_MAX, RATING_MIN } from "../codev/cycle/ratings";
import { svg } from "./dom";

const WIDTH = 280;
const HEIGHT = 120;
/** Room for the axis labels: the first and last date are centred on their point. */
const PAD = { left: 22, right: 16, top: 8, bottom: 18 };
/** Theme variables: the chart follows the light/dark theme and the accent colour. */
export const CHART_COLOURS = { fond: "var(--color-accent)", forme: "var(--color-orange)", grid: "var(--background-modifier-border)", text: "var(--text-muted)" };

function paint(el: SVGElement, stroke: string | null, fill: string | null): void {
	if (stroke) el.style.setProperty("stroke", stroke);
	el.style.setProperty("fill", fill ?? "none");
}

export interface ChartLabels {
	title: string;
	fond: string;
	forme: string;
	/** The x-axis label of a session date (yyyy-MM-dd); default "MM-dd". */
	tick?: (date: string) => string;
}

/** Appends the chart to `parent`; returns the <svg> element. */
export function drawRatingChart(parent: HTMLElement, points: readonly RatingPoint[], labels: ChartLabels): SVGSVGElement {
	const root = svg(parent, "svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: "100%", role: "img", class: "codev-chart" });
	svg(root, "title", {}).textContent = labels.title;
	const innerW = WIDTH - PAD.left - PAD.right;
	const innerH = HEIGHT - PAD.top - PAD.bottom;
	const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
	const y = (v: number) => PAD.top + innerH - ((v - RATING_MIN) * innerH) / (RATING_MAX - RATING_MIN);
	for (let v = RATING_MIN; v <= RATING_MAX; v++) {
		paint(svg(root, "line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v), class: "codev-chart-grid" }), CHART_COLOURS.grid, null);
		const label = svg(root, "text", { x: PAD.left - 8, y: y(v) + 3.5, class: "codev-chart-axis codev-chart-y", "text-anchor": "end", "font-size": 10 });
		paint(label, null, CHART_COLOURS.text);
		label.textContent = String(v);
	}
	const series: Array<["fond" | "forme", string]> = [
		["fond", "codev-chart-fond"],
		["forme", "codev-chart-forme"],
	];
	for (const [key, cls] of series) {
		const coords = points.map((p, i) => [x(i), p[key]] as const).filter((c): c is readonly [number, number] => c[1] !== null);
		if (coords.length > 1) {
			const line = svg(root, "polyline", { points: coords.map(([cx, v]) => `${cx},${y(v)}`).join(" "), class: `codev-chart-line ${cls}`, "stroke-width": 2 });
			paint(line, CHART_COLOURS[key], null);
		}
		for (const [cx, v] of coords) {
			const dot = svg(root, "circle", { cx, cy: y(v), r: 3, class: `codev-chart-dot ${cls}` });
			paint(dot, CHART_COLOURS[key], CHART_COLOURS[key]);
			svg(dot, "title", {}).textContent = `${labels[key]}: ${v}`;
		}
	}
	points.forEach((p, i) => {
		const tick = svg(root, "text", { x: x(i), y: HEIGHT - 4, class: "codev-chart-axis codev-chart-x", "text-anchor": "middle", "font-size": 10 });
		paint(tick, null, CHART_COLOURS.text);
		tick.textContent = labels.tick ? labels.tick(p.date) : p.date.slice(5);
	});
	return root;
}
