/**
 * The action plan note (step 5): Tasks-compatible checkboxes under a `%% codev-actions %%`
 * marker, and how a retour changes them. Status symbols follow the Tasks plugin: `x` done
 * (with ✅ date), `/` in progress, `-` cancelled (with ❌ date). Pure.
 */
import type { Lang } from "../../codev/types";
import { LANGS } from "../../codev/types";
import { translator } from "../../i18n";
import { colonFor } from "../text";
import { ACTIONS_MARKER, findSection } from "../markers";
import { oneLine } from "../text";

export type Outcome = "tried" | "partly" | "not-tried";
export const OUTCOMES: readonly Outcome[] = ["tried", "partly", "not-tried"];

export interface PlanActionInput {
	text: string;
	/** Already written: a body link to the person, or a plain name; "" for none. */
	owner: string;
	/** yyyy-MM-dd or null. */
	due: string | null;
}

export interface PlanBodyLinks {
	session: string;
	contract: string | null;
	client: string | null;
	group: string | null;
}

/** `- [ ] Call the manager — [[Alice]] 📅 2026-12-14` */
export function renderTaskLine(action: PlanActionInput): string {
	const text = oneLine(action.text).replace(/^- \[.\]\s*/, "");
	const owner = action.owner.trim() ? ` — ${action.owner.trim()}` : "";
	const due = action.due ? ` 📅 ${action.due}` : "";
	return `- [ ] ${text}${owner}${due}`;
}

export function renderPlanBody(actions: PlanActionInput[], links: PlanBodyLinks, clientName: string, lang: Lang): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const context = [`**${t("linked.note.label.session")}**${colon} ${links.session}`];
	if (links.contract) context.push(`**${t("linked.note.label.contract")}**${colon} ${links.contract}`);
	if (links.client) context.push(`**${t("note.label.client")}**${colon} ${links.client}`);
	if (links.group) context.push(`**${t("note.label.group")}**${colon} ${links.group}`);
	return [
		`# ${t("linked.note.plan.title", { client: clientName })}`,
		"",
		`> [!info] ${t("linked.note.plan.callout")}`,
		...context.map((line) => `> ${line}`),
		"",
		`## ${t("linked.note.plan.actions")}`,
		ACTIONS_MARKER,
		...(actions.length > 0 ? actions.map(renderTaskLine) : [`*${t("linked.note.plan.no-actions")}*`]),
		"",
		`## ${t("linked.note.plan.retour")}`,
		`*${t("linked.note.plan.retour-hint")}*`,
		"",
	].join("\n");
}

export interface ParsedAction {
	/** Line index in the note text. */
	line: number;
	/** The checkbox symbol: " ", "x", "/", "-"… */
	status: string;
	/** Text without the Tasks date fields (the owner, when written, is still there). */
	description: string;
	/** The action alone: no owner, no Tasks dates, priority or id fields. For tables (the bilan). */
	text: string;
	/** The owner written after the last " — " (a link or a name), or null. */
	owner: string | null;
	due: string | null;
	/** The outcome this checkbox already shows, if any. */
	outcome: Outcome | null;
}

const TASK = /^- \[(.)\] (.*)$/;
const TASK_DATES = /\s*(?:📅|✅|❌|⏳|🛫|➕)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;
/** Other Tasks fields: priorities, and ids / dependencies with their value. */
const TASK_FIELDS = /\s*(?:[⏫🔼🔽⏬🔺]\uFE0F?|(?:🆔|⛔)\uFE0F?\s*[\w,-]+)/gu;
/** renderTaskLine's owner: " — [[Link]]", " — [Name](path.md)" or " — Name" at the end. */
const OWNER = /\s+—\s+(\[\[[^\]]+\]\]|\[[^\]]*\]\([^)]*\)|[^—]+)$/u;

/** A plain-text owner is a short name, not the end of a sentence that happens to hold a dash. */
function looksLikeOwner(value: string): boolean {
	if (value.startsWith("[")) return true;
	return value.length <= 60 && value.split(/\s+/).length <= 5 && !/[.!?:;…]$/u.test(value) && !/\d/.test(value);
}

/** Splits "Call the manager — [[Alice]]" (dates already removed) into the action and its owner. */
export function splitOwner(description: string): { text: string; owner: string | null } {
	const cleaned = description.replace(TASK_FIELDS, "").trim();
	const match = OWNER.exec(cleaned);
	const owner = match?.[1]?.trim() ?? "";
	if (!match || owner === "" || !looksLikeOwner(owner)) return { text: cleaned, owner: null };
	const text = cleaned.slice(0, match.index).trim();
	return text === "" ? { text: cleaned, owner: null } : { text, owner };
}

function outcomeOfStatus(status: string): Outcome | null {
	if (status === "x" || status === "X") return "tried";
	if (status === "/") return "partly";
	if (status === "-") return "not-tried";
	return null;
}

/**
 * The plan's top-level checkboxes in the actions section. When the marker was deleted by hand,
 * every top-level checkbox of the note is taken and `markerFound` says so.
 */
export function parsePlanActions(text: string): { actions: ParsedAction[]; markerFound: boolean } {
	const lines = text.split("\n");
	const range = findSection(lines, ACTIONS_MARKER);
	const from = range ? range.marker + 1 : 0;
	const to = range ? range.end : lines.length;
	const actions: ParsedAction[] = [];
	for (let i = from; i < to; i++) {
		const match = TASK.exec((lines[i] ?? "").replace(/\r$/, ""));
		if (!match) continue;
		const body = match[2] ?? "";
		const due = /📅\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u.exec(body)?.[1] ?? null;
		const status = match[1] ?? " ";
		const description = body.replace(TASK_DATES, "").trim();
		actions.push({ line: i, status, description, ...splitOwner(description), due, outcome: outcomeOfStatus(status) });
	}
	return { actions, markerFound: range !== null };
}

const STATUS_OF: Record<Outcome, string> = { tried: "x", partly: "/", "not-tried": "-" };

/** The checkbox line with the outcome's Tasks status and date (✅ done, ❌ cancelled). */
export function applyOutcomeToLine(line: string, outcome: Outcome, isoDate: string): string {
	const match = TASK.exec(line.replace(/\r$/, ""));
	if (!match) return line;
	const body = (match[2] ?? "").replace(/\s*(?:✅|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu, "").trimEnd();
	const stamp = outcome === "tried" ? ` ✅ ${isoDate}` : outcome === "not-tried" ? ` ❌ ${isoDate}` : "";
	return `- [${STATUS_OF[outcome]}] ${body}${stamp}`;
}

/** Labels of the learning sub-item in both languages, so a re-run replaces it whatever the language. */
function isLearningLine(line: string): boolean {
	return learningOf(line) !== null;
}

/** The text of a learning sub-item ("\t- Ce que j'en retire : …"), or null for any other line. */
export function learningOf(line: string): string | null {
	const trimmed = line.trim();
	for (const lang of LANGS) {
		const label = `- ${translator(lang)("linked.note.retour.learned")}`;
		if (trimmed.startsWith(label)) return trimmed.slice(label.length).replace(/^\s*:\s*/, "").trim();
	}
	return null;
}

export interface ActionUpdate {
	/** Index into the parsed actions. */
	index: number;
	outcome: Outcome | null;
	learning: string;
}

/** Rewrites only the checkbox lines (and their learning sub-item) of the given actions. */
export function applyRetourToPlanText(text: string, updates: ActionUpdate[], isoDate: string, lang: Lang): string {
	const lines = text.split("\n");
	const { actions } = parsePlanActions(text);
	const t = translator(lang);
	// From the bottom up, so inserted lines do not shift the lines still to edit.
	const ordered = [...updates].sort((a, b) => (actions[b.index]?.line ?? 0) - (actions[a.index]?.line ?? 0));
	for (const update of ordered) {
		const action = actions[update.index];
		if (!action) continue;
		if (update.outcome) lines[action.line] = applyOutcomeToLine(lines[action.line] ?? "", update.outcome, isoDate);
		const learning = oneLine(update.learning);
		if (learning === "") continue;
		const next = action.line + 1;
		const sub = `\t- ${t("linked.note.retour.learned")}${colonFor(lang)} ${learning}`;
		if (isLearningLine(lines[next] ?? "") && /^\s+-/.test(lines[next] ?? "")) lines[next] = sub;
		else lines.splice(next, 0, sub);
	}
	return lines.join("\n");
}
