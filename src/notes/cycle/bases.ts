/**
 * Obsidian Bases dashboards (.base files, YAML: top-level `filters`, `properties`, `views`).
 * Filters are Bases expressions over the plugin's typed properties:
 *   sessions  (type codev-session):     date, group, client, topic, status, rating_fond, rating_forme
 *   action plans (type codev-action-plan): client, session, due, status
 *   members   (type codev-person):      groups, times_client, attendance_rate (written by the plugin)
 * Written once and never overwritten: the facilitator may edit them in Obsidian.
 */
import type { Lang } from "../../codev/types";
import { translator, type MessageKey } from "../../i18n";
import { TYPES } from "../schema/kinds";

/** A YAML single-quoted scalar: only the quote itself needs escaping (doubled). */
export function yamlQuote(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

export interface BaseView {
	name: string;
	filters?: string[];
	order: string[];
	sort: Array<{ property: string; direction: "ASC" | "DESC" }>;
	groupBy?: { property: string; direction: "ASC" | "DESC" };
}

export interface BaseSpec {
	filters: string[];
	/** Property id → display name. */
	properties: Record<string, string>;
	views: BaseView[];
}

export function renderBase(spec: BaseSpec): string {
	const lines: string[] = ["filters:", "  and:", ...spec.filters.map((f) => `    - ${yamlQuote(f)}`), "properties:"];
	for (const [id, displayName] of Object.entries(spec.properties)) lines.push(`  ${id}:`, `    displayName: ${yamlQuote(displayName)}`);
	lines.push("views:");
	for (const view of spec.views) {
		lines.push("  - type: table", `    name: ${yamlQuote(view.name)}`);
		if (view.filters && view.filters.length > 0) lines.push("    filters:", "      and:", ...view.filters.map((f) => `        - ${yamlQuote(f)}`));
		if (view.groupBy) lines.push("    groupBy:", `      property: ${view.groupBy.property}`, `      direction: ${view.groupBy.direction}`);
		lines.push("    order:", ...view.order.map((p) => `      - ${p}`));
		lines.push("    sort:");
		for (const s of view.sort) lines.push(`      - property: ${s.property}`, `        direction: ${s.direction}`);
	}
	return lines.join("\n") + "\n";
}

function displayNames(lang: Lang, keys: string[]): Record<string, string> {
	const t = translator(lang);
	return Object.fromEntries(keys.map((key) => [`note.${key}`, t(`cycle.prop.${key}` as MessageKey)]));
}

export type DashboardId = "sessions" | "actions" | "members";
export const DASHBOARD_IDS: readonly DashboardId[] = ["sessions", "actions", "members"];

export function dashboardSpec(id: DashboardId, lang: Lang): BaseSpec {
	const t = translator(lang);
	if (id === "sessions") {
		return {
			filters: [`type == "${TYPES.session}"`],
			properties: displayNames(lang, ["date", "group", "client", "topic", "status", "rating_fond", "rating_forme"]),
			views: [
				{
					name: t("cycle.base.view.by-group"),
					groupBy: { property: "note.group", direction: "ASC" },
					order: ["file.name", "note.date", "note.client", "note.topic", "note.status", "note.rating_fond", "note.rating_forme"],
					sort: [{ property: "note.date", direction: "ASC" }],
				},
				{
					name: t("cycle.base.view.upcoming"),
					filters: ["date >= today()"],
					order: ["note.date", "note.group", "note.client", "note.topic"],
					sort: [{ property: "note.date", direction: "ASC" }],
				},
			],
		};
	}
	if (id === "actions") {
		return {
			filters: [`type == "${TYPES.plan}"`],
			properties: displayNames(lang, ["client", "session", "due", "status"]),
			views: [
				{
					name: t("cycle.base.view.open-actions"),
					filters: ['status != "done"'],
					order: ["file.name", "note.client", "note.session", "note.due", "note.status"],
					sort: [{ property: "note.due", direction: "ASC" }],
				},
			],
		};
	}
	return {
		filters: [`type == "${TYPES.person}"`],
		properties: displayNames(lang, ["groups", "times_client", "attendance_rate"]),
		views: [
			{
				name: t("cycle.base.view.members"),
				order: ["file.name", "note.groups", "note.times_client", "note.attendance_rate"],
				sort: [
					{ property: "note.times_client", direction: "ASC" },
					{ property: "file.name", direction: "ASC" },
				],
			},
		],
	};
}

export function dashboardFileName(id: DashboardId, lang: Lang): string {
	const t = translator(lang);
	return t(id === "sessions" ? "cycle.base.sessions" : id === "actions" ? "cycle.base.actions" : "cycle.base.members");
}
