/**
 * Obsidian Bases dashboards (.base files, YAML: top-level `filters`, `properties`, `views`).
 * Filters are Bases expressions over the plugin's typed properties:
 *   sessions  (type codev-session):     date, group, client, topic, status, rating_fond, rating_forme
 *   action plans (type codev-action-plan): client, session, due, status
 *   members   (type codev-person, and codev-session for times as client): groups; times as client
 *             and attendance are computed when shown (the plugin's "codev-members" view, and a
 *             Bases grouping of sessions by client), never written into a person's note
 * Written once and never overwritten: the facilitator may edit them in Obsidian.
 */
import type { Lang } from "../../codev/types";
import { translator, type MessageKey } from "../../i18n";
import { TYPES } from "../schema/kinds";
import { PERSON_KEYS } from "../schema/person";
import { PLAN_KEYS } from "../schema/plan";
import { SESSION_KEYS } from "../schema/session";

/** A YAML single-quoted scalar: only the quote itself needs escaping (doubled). */
export function yamlQuote(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

export interface BaseView {
	/** "table" by default; "codev-members" is the plugin's own Bases view. */
	type?: string;
	name: string;
	filters?: string[];
	order: string[];
	sort: Array<{ property: string; direction: "ASC" | "DESC" }>;
	groupBy?: { property: string; direction: "ASC" | "DESC" };
	/** Property id → Bases summary (Count, Filled, Average…), shown per group. */
	summaries?: Record<string, string>;
}

export interface BaseSpec {
	filters: string[];
	/** How the global filters combine: all of them (default) or any. */
	filterMode?: "and" | "or";
	/** Property id → display name. */
	properties: Record<string, string>;
	views: BaseView[];
}

export function renderBase(spec: BaseSpec): string {
	const lines: string[] = ["filters:", `  ${spec.filterMode ?? "and"}:`, ...spec.filters.map((f) => `    - ${yamlQuote(f)}`), "properties:"];
	for (const [id, displayName] of Object.entries(spec.properties)) lines.push(`  ${id}:`, `    displayName: ${yamlQuote(displayName)}`);
	lines.push("views:");
	for (const view of spec.views) {
		lines.push(`  - type: ${view.type ?? "table"}`, `    name: ${yamlQuote(view.name)}`);
		if (view.filters && view.filters.length > 0) lines.push("    filters:", "      and:", ...view.filters.map((f) => `        - ${yamlQuote(f)}`));
		if (view.groupBy) lines.push("    groupBy:", `      property: ${view.groupBy.property}`, `      direction: ${view.groupBy.direction}`);
		lines.push("    order:", ...view.order.map((p) => `      - ${p}`));
		lines.push("    sort:");
		for (const s of view.sort) lines.push(`      - property: ${s.property}`, `        direction: ${s.direction}`);
		const summaries = Object.entries(view.summaries ?? {});
		if (summaries.length > 0) lines.push("    summaries:", ...summaries.map(([property, summary]) => `      ${property}: ${summary}`));
	}
	return lines.join("\n") + "\n";
}

/** A note property as Bases names it. */
const note = (key: string): string => `note.${key}`;

function displayNames(lang: Lang, keys: string[]): Record<string, string> {
	const t = translator(lang);
	return Object.fromEntries(keys.map((key) => [note(key), t(`cycle.prop.${key}` as MessageKey)]));
}

/** The plugin's Bases view type for members (registered at load). */
export const MEMBERS_BASES_VIEW = "codev-members";

export type DashboardId = "sessions" | "actions" | "members";
export const DASHBOARD_IDS: readonly DashboardId[] = ["sessions", "actions", "members"];

const S = SESSION_KEYS;
const P = PLAN_KEYS;

export function dashboardSpec(id: DashboardId, lang: Lang): BaseSpec {
	const t = translator(lang);
	if (id === "sessions") {
		return {
			filters: [`type == "${TYPES.session}"`],
			properties: displayNames(lang, [S.date, S.group, S.client, S.topic, S.status, S.ratingFond, S.ratingForme]),
			views: [
				{
					name: t("cycle.base.view.by-group"),
					groupBy: { property: note(S.group), direction: "ASC" },
					order: ["file.name", ...[S.date, S.client, S.topic, S.status, S.ratingFond, S.ratingForme].map(note)],
					sort: [{ property: note(S.date), direction: "ASC" }],
				},
				{
					name: t("cycle.base.view.upcoming"),
					filters: [`${S.date} >= today()`],
					order: [S.date, S.group, S.client, S.topic].map(note),
					sort: [{ property: note(S.date), direction: "ASC" }],
				},
			],
		};
	}
	if (id === "actions") {
		return {
			filters: [`type == "${TYPES.plan}"`],
			properties: displayNames(lang, [P.client, P.session, P.due, P.status]),
			views: [
				{
					name: t("cycle.base.view.open-actions"),
					filters: [`${P.status} != "done"`],
					order: ["file.name", ...[P.client, P.session, P.due, P.status].map(note)],
					sort: [{ property: note(P.due), direction: "ASC" }],
				},
			],
		};
	}
	return {
		filters: [`type == "${TYPES.person}"`, `type == "${TYPES.session}"`],
		filterMode: "or",
		properties: displayNames(lang, [PERSON_KEYS.groups, S.client, S.date, S.group, S.topic]),
		views: [
			{
				// Times as client and attendance, computed by the plugin from the notes when shown.
				type: MEMBERS_BASES_VIEW,
				name: t("cycle.base.view.members"),
				filters: [`type == "${TYPES.person}"`],
				order: ["file.name", note(PERSON_KEYS.groups)],
				sort: [{ property: "file.name", direction: "ASC" }],
			},
			{
				// The same count by Bases alone (the plugin need not be enabled): one group per client.
				name: t("cycle.bilan.col.times-client"),
				filters: [`type == "${TYPES.session}"`, `${S.date} <= today()`],
				groupBy: { property: note(S.client), direction: "ASC" },
				order: ["file.name", ...[S.date, S.group, S.topic].map(note)],
				sort: [{ property: note(S.date), direction: "ASC" }],
				summaries: { "file.name": "Count" },
			},
		],
	};
}

export function dashboardFileName(id: DashboardId, lang: Lang): string {
	const t = translator(lang);
	return t(id === "sessions" ? "cycle.base.sessions" : id === "actions" ? "cycle.base.actions" : "cycle.base.members");
}
