/**
 * The action plan note (step 5), written in the client's words: « Ce que je retiens », then one
 * Tasks checkbox per action under a `%% codev-actions %%` marker, each ending with a block id
 * (`^c1a2b3`) so a retour finds it again whatever was added or reordered meanwhile.
 *
 * One action is one line in one plan: later retours add a dated sub-item under it
 * (`\t- 2026-02-10 · En partie — what the client learned`) and set its checkbox from the latest
 * one: done `[x]` + ✅, partly `[/]`, not tried `[ ]` (still open), let go `[-]` + ❌. A later
 * plan only links back to a carried action. Plans written by schema 1 used `[-]` for "not
 * tried": they are read that way (the action is still open) and converted when a retour edits them.
 * Pure.
 */
import type { Lang } from "../../codev/types";
import { LANGS } from "../../codev/types";
import { translator } from "../../i18n";
import { ACTIONS_MARKER, findBlocks, findSection, PLAN_RETOUR_END, PLAN_RETOUR_START } from "../markers";
import { colonFor, oneLine, paragraph } from "../text";
import type { Properties } from "../frontmatter";
import { countProperties, LEGACY_PLAN_SCHEMA, planSchemaOf, type ActionCounts } from "../schema/plan";

export type { ActionCounts };

export { ACTIONS_MARKER };

/** What the client says of an action at a retour. */
export type Outcome = "done" | "partly" | "not-tried" | "let-go";
export const OUTCOMES: readonly Outcome[] = ["done", "partly", "not-tried", "let-go"];

/** Done and let go close an action; partly and not tried keep it the client's, carried over. */
export function isClosed(outcome: Outcome | null): boolean {
	return outcome === "done" || outcome === "let-go";
}

export interface PlanActionInput {
	text: string;
	/** Already written: a body link to the person, or a plain name; "" for none. */
	owner: string;
	/** yyyy-MM-dd or null. */
	due: string | null;
	/** Block id without the caret; one is made when absent. */
	id?: string;
}

export interface PlanBodyLinks {
	session: string;
	contract: string | null;
	client: string | null;
	group: string | null;
}

/** A carried action listed in a later plan: a link back to its line, never a second checkbox. */
export interface CarriedReference {
	/** `[[Plan#^id|text]]`, written by the caller. */
	link: string;
	/** The plan's date (yyyy-MM-dd) the action was first planned. */
	since: string | null;
	due: string | null;
}

const BLOCK_ID = /\s\^([A-Za-z0-9-]+)\s*$/u;

/** A short block id, stable for a text and position, unique among `taken`. */
export function makeActionId(seed: string, taken: ReadonlySet<string>): string {
	let hash = 2166136261;
	for (const char of seed) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
	let id = `c${hash.toString(36).slice(0, 6)}`;
	for (let n = 2; taken.has(id); n++) id = `c${hash.toString(36).slice(0, 6)}-${n}`;
	return id;
}

/** `- [ ] Call the manager — [[Alice]] 📅 2026-12-14 ^c1a2b3` */
export function renderTaskLine(action: PlanActionInput): string {
	const text = oneLine(action.text).replace(/^- \[.\]\s*/, "").replace(BLOCK_ID, "");
	const owner = action.owner.trim() ? ` — ${action.owner.trim()}` : "";
	const due = action.due ? ` 📅 ${action.due}` : "";
	const id = action.id ? ` ^${action.id}` : "";
	return `- [ ] ${text}${owner}${due}${id}`;
}

/** Gives every action a block id unique in the plan. */
export function withIds(actions: PlanActionInput[], seed: string): PlanActionInput[] {
	const taken = new Set<string>();
	return actions.map((action, i) => {
		const id = action.id ?? makeActionId(`${seed}\n${i}\n${action.text}`, taken);
		taken.add(id);
		return { ...action, id };
	});
}

/** « 13 janv. 2026 » / « Jan 13, 2026 »: dates as people read them in the notes. */
export type DateLabel = (iso: string) => string;

export function renderPlanBody(
	content: { kept: string; actions: PlanActionInput[]; carried: CarriedReference[] },
	links: PlanBodyLinks,
	clientName: string,
	lang: Lang,
	dateLabel: DateLabel,
): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const context = [`**${t("linked.note.label.session")}**${colon} ${links.session}`];
	if (links.contract) context.push(`**${t("linked.note.label.contract")}**${colon} ${links.contract}`);
	if (links.client) context.push(`**${t("note.label.client")}**${colon} ${links.client}`);
	if (links.group) context.push(`**${t("note.label.group")}**${colon} ${links.group}`);
	const carried = content.carried.map((ref) => {
		const since = ref.since ? `${t("linked.note.plan.carried-since", { date: dateLabel(ref.since) })}${colon} ` : "";
		return `- ${since}${ref.link}${ref.due ? ` — ${t("linked.note.plan.carried-due", { date: dateLabel(ref.due) })}` : ""}`;
	});
	return [
		`# ${t("linked.note.plan.title", { client: clientName })}`,
		"",
		`> [!info] ${t("linked.note.plan.callout")}`,
		...context.map((line) => `> ${line}`),
		"",
		`## ${t("linked.note.plan.kept")}`,
		...(content.kept.trim() ? paragraph(content.kept) : [`*${t("linked.note.to-fill")}*`]),
		"",
		`## ${t("linked.note.plan.actions")}`,
		ACTIONS_MARKER,
		...(content.actions.length > 0 ? content.actions.map(renderTaskLine) : [`*${t("linked.note.plan.no-actions")}*`]),
		"",
		...(carried.length > 0 ? [`## ${t("linked.note.plan.carried")}`, ...carried, ""] : []),
		`## ${t("linked.note.plan.retour")}`,
		PLAN_RETOUR_START,
		`*${t("linked.note.plan.retour-hint")}*`,
		PLAN_RETOUR_END,
		"",
	].join("\n");
}

/** One dated outcome under an action: `\t- 2026-02-10 · En partie — learning`. */
export interface ActionEntry {
	/** Line index in the note text. */
	line: number;
	date: string;
	outcome: Outcome;
	learning: string;
}

export interface ParsedAction {
	/** Line index in the note text. */
	line: number;
	/** The checkbox symbol: " ", "x", "/", "-"… */
	status: string;
	/** Text without the Tasks date fields and block id (the owner, when written, is still there). */
	description: string;
	/** The action alone: no owner, no Tasks dates, priority or id fields. */
	text: string;
	/** The owner written after the last " — " (a link or a name), or null. */
	owner: string | null;
	due: string | null;
	/** The block id (without ^), or null on a line written by hand or by schema 1. */
	id: string | null;
	/** How a retour finds this action again: its block id, else its text. */
	key: string;
	/** Dated outcomes, oldest first. */
	entries: ActionEntry[];
	/** What the checkbox says now (null: never reported, or back to open). */
	outcome: Outcome | null;
	/** Not done and not let go: it comes back at the next retour. */
	open: boolean;
}

const TASK = /^- \[(.)\] (.*)$/;
const TASK_DATES = /\s*(?:📅|✅|❌|⏳|🛫|➕)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;
/** Other Tasks fields: priorities, and ids / dependencies with their value. */
const TASK_FIELDS = /\s*(?:[⏫🔼🔽⏬🔺]\uFE0F?|(?:🆔|⛔)\uFE0F?\s*[\w,-]+)/gu;
/** renderTaskLine's owner: " — [[Link]]", " — [Name](path.md)" or " — Name" at the end. */
const OWNER = /\s+—\s+(\[\[[^\]]+\]\]|\[[^\]]*\]\([^)]*\)|[^—]+)$/u;
const ENTRY = /^\s+- (\d{4}-\d{2}-\d{2}) · ([^—]+?)\s*(?:— (.*))?$/u;

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

/** The outcome label in the note's language, and back from a label in either language. */
export function outcomeLabel(outcome: Outcome | null, lang: Lang): string {
	return translator(lang)(outcome ? `linked.outcome.${outcome}` : "linked.outcome.pending");
}

function outcomeFromLabel(label: string): Outcome | null {
	const wanted = label.trim().toLowerCase();
	for (const outcome of OUTCOMES) if (LANGS.some((lang) => outcomeLabel(outcome, lang).toLowerCase() === wanted)) return outcome;
	return null;
}

/** The checkbox's outcome: Tasks' symbols, `[-]` read as "not tried" in a schema-1 plan. */
function outcomeOfStatus(status: string, legacy: boolean): Outcome | null {
	if (status === "x" || status === "X") return "done";
	if (status === "/") return "partly";
	if (status === "-") return legacy ? "not-tried" : "let-go";
	return null;
}

export function actionKey(id: string | null, text: string): string {
	return id ? `^${id}` : `text:${oneLine(text).toLowerCase()}`;
}

/**
 * The plan's top-level checkboxes in the actions section, with their dated entries. When the
 * marker was deleted by hand, every top-level checkbox of the note is taken and `markerFound` says so.
 */
export function parsePlanActions(text: string): { actions: ParsedAction[]; markerFound: boolean; legacy: boolean } {
	const lines = text.split("\n");
	const legacy = planSchemaOf(text) === LEGACY_PLAN_SCHEMA;
	const range = findSection(lines, ACTIONS_MARKER);
	const from = range ? range.marker + 1 : 0;
	const to = range ? range.end : lines.length;
	const actions: ParsedAction[] = [];
	for (let i = from; i < to; i++) {
		const match = TASK.exec((lines[i] ?? "").replace(/\r$/, ""));
		if (!match) continue;
		const raw = match[2] ?? "";
		const id = BLOCK_ID.exec(raw)?.[1] ?? null;
		const body = raw.replace(BLOCK_ID, "");
		const due = /📅\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u.exec(body)?.[1] ?? null;
		const status = match[1] ?? " ";
		const description = body.replace(TASK_DATES, "").trim();
		const entries: ActionEntry[] = [];
		for (let j = i + 1; j < to && /^\s+\S/.test(lines[j] ?? ""); j++) {
			const entry = ENTRY.exec((lines[j] ?? "").replace(/\r$/, ""));
			const outcome = entry ? outcomeFromLabel(entry[2] ?? "") : null;
			if (entry && outcome) entries.push({ line: j, date: entry[1] ?? "", outcome, learning: (entry[3] ?? "").trim() });
		}
		const latest = entries[entries.length - 1]?.outcome ?? null;
		const checkbox = outcomeOfStatus(status, legacy && latest !== "let-go");
		// An empty checkbox after "not tried" is still "not tried"; a box ticked by hand wins over the entries.
		const outcome = checkbox ?? (latest === "not-tried" ? "not-tried" : null);
		const split = splitOwner(description);
		actions.push({ line: i, status, description, ...split, due, id, key: actionKey(id, split.text), entries, outcome, open: !isClosed(outcome) });
	}
	return { actions, markerFound: range !== null, legacy };
}

/** The one counting rule used by the plan's properties, the progress, the group view and the bilan. */
export function countActions(actions: ReadonlyArray<Pick<ParsedAction, "outcome">>): ActionCounts {
	const counts: ActionCounts = { done: 0, partly: 0, notTried: 0, letGo: 0, pending: 0 };
	for (const { outcome } of actions) {
		if (outcome === "done") counts.done++;
		else if (outcome === "partly") counts.partly++;
		else if (outcome === "not-tried") counts.notTried++;
		else if (outcome === "let-go") counts.letGo++;
		else counts.pending++;
	}
	return counts;
}

/** A plan is done only when each of its actions is done or let go. */
export function planStatus(actions: ReadonlyArray<Pick<ParsedAction, "outcome">>): "done" | "open" {
	return actions.length > 0 && actions.every((action) => isClosed(action.outcome)) ? "done" : "open";
}

/** The properties a plan carries about its actions (the dashboards and the group view read them). */
export function planCountProperties(actions: ReadonlyArray<Pick<ParsedAction, "outcome">>): Properties {
	return countProperties(planStatus(actions), countActions(actions));
}

export function addCounts(all: ActionCounts[]): ActionCounts {
	const total: ActionCounts = { done: 0, partly: 0, notTried: 0, letGo: 0, pending: 0 };
	for (const c of all) for (const key of Object.keys(total) as Array<keyof ActionCounts>) total[key] += c[key];
	return total;
}

const STATUS_OF: Record<Outcome, string> = { done: "x", partly: "/", "not-tried": " ", "let-go": "-" };

/** The checkbox line showing an outcome (null: open, never reported): Tasks' status and date. */
export function setLineOutcome(line: string, outcome: Outcome | null, isoDate: string | null): string {
	const match = TASK.exec(line.replace(/\r$/, ""));
	if (!match) return line;
	const raw = match[2] ?? "";
	const id = BLOCK_ID.exec(raw)?.[1] ?? null;
	const body = raw.replace(BLOCK_ID, "").replace(/\s*(?:✅|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu, "").trimEnd();
	const stamp = isoDate && outcome === "done" ? ` ✅ ${isoDate}` : isoDate && outcome === "let-go" ? ` ❌ ${isoDate}` : "";
	return `- [${outcome ? STATUS_OF[outcome] : " "}] ${body}${stamp}${id ? ` ^${id}` : ""}`;
}

/** A new due date on the line (📅), or the date removed when null. */
export function setLineDue(line: string, due: string | null): string {
	const match = TASK.exec(line.replace(/\r$/, ""));
	if (!match) return line;
	const raw = match[2] ?? "";
	const id = BLOCK_ID.exec(raw)?.[1] ?? null;
	const body = raw.replace(BLOCK_ID, "");
	const without = body.replace(/\s*📅\uFE0F?\s*\d{4}-\d{2}-\d{2}/u, "");
	// Tasks reads 📅 among the fields after the description: before any ✅ / ❌ stamp.
	const stamp = /\s*(?:✅|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}.*$/u.exec(without);
	const head = stamp ? without.slice(0, stamp.index) : without;
	const next = `${head.trimEnd()}${due ? ` 📅 ${due}` : ""}${stamp ? stamp[0] : ""}`;
	return `- [${match[1] ?? " "}] ${next}${id ? ` ^${id}` : ""}`;
}

/** The line with a new action text, keeping its owner, dates, status and block id. */
export function setLineText(line: string, action: Pick<ParsedAction, "text">, text: string): string {
	const clean = oneLine(text);
	if (clean === "") return line;
	const at = line.indexOf(action.text);
	return at < 0 ? line : `${line.slice(0, at)}${clean}${line.slice(at + action.text.length)}`;
}

function renderEntry(date: string, outcome: Outcome, learning: string, lang: Lang): string {
	const note = oneLine(learning);
	return `\t- ${date} · ${outcomeLabel(outcome, lang)}${note ? ` — ${note}` : ""}`;
}

export interface ActionUpdate {
	/** The action's key (block id or text), never its position. */
	key: string;
	/**
	 * What the client said today; null: nothing (a re-run back to "not discussed yet" removes
	 * today's entry); undefined: the entries are left alone (a new due date or text only).
	 */
	outcome?: Outcome | null;
	learning?: string;
	/** A new text (reworded at step 5), a new due date, when given. */
	text?: string;
	due?: string | null;
}

export interface PlanEdit {
	text: string;
	/** Keys of updates whose action is no longer in the plan (removed or reworded elsewhere). */
	missing: string[];
	actions: ParsedAction[];
}

/**
 * Applies dated outcomes to a plan: each update's entry for `isoDate` is written (or replaced,
 * or removed when the outcome is null), then the checkbox is set from the latest entry. Lines
 * without a block id get one; a schema-1 plan's `[-]` lines become open ones with a dated
 * "not tried" entry. Everything else in the note is kept.
 */
export function applyUpdatesToPlanText(text: string, updates: ActionUpdate[], isoDate: string, lang: Lang): PlanEdit {
	let lines = text.split("\n");
	const first = parsePlanActions(text);
	const missing = updates.filter((u) => !first.actions.some((a) => a.key === u.key || actionKey(null, a.text) === u.key)).map((u) => u.key);
	const taken = new Set(first.actions.map((a) => a.id).filter((id): id is string => id !== null));
	// From the bottom up, so inserted or removed sub-items do not shift the lines still to edit.
	for (const action of [...first.actions].reverse()) {
		const update = updates.find((u) => u.key === action.key || u.key === actionKey(null, action.text));
		const legacyDash = first.legacy && action.status === "-";
		if (!update && !legacyDash && action.id !== null) continue;
		let entries = action.entries.map((e) => ({ date: e.date, outcome: e.outcome, learning: e.learning }));
		if (legacyDash && entries.length === 0) {
			const stamp = /❌\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u.exec(lines[action.line] ?? "")?.[1];
			entries = [{ date: stamp ?? isoDate, outcome: "not-tried", learning: "" }];
		}
		const hadEntries = entries.length > 0;
		const says = update !== undefined && update.outcome !== undefined;
		if (update && says) {
			const today = entries.find((e) => e.date === isoDate);
			entries = entries.filter((e) => e.date !== isoDate);
			// Letting go at step 5 after today's retour keeps what the client learned at the retour.
			const learning = update.learning !== undefined ? oneLine(update.learning) : (today?.learning ?? "");
			if (update.outcome) entries.push({ date: isoDate, outcome: update.outcome, learning });
			entries.sort((a, b) => a.date.localeCompare(b.date));
		}
		const latest = entries[entries.length - 1];
		let line = lines[action.line] ?? "";
		// The box follows the latest entry; with none left it is open again, unless it never had
		// one (ticked by hand in Tasks: nothing said today leaves it as it is).
		if (says || legacyDash) {
			if (latest) line = setLineOutcome(line, latest.outcome, latest.date);
			else if (hadEntries) line = setLineOutcome(line, null, null);
		}
		if (update?.text !== undefined) line = setLineText(line, action, update.text);
		if (update?.due !== undefined) line = setLineDue(line, update.due);
		if (action.id === null) {
			const id = makeActionId(`${action.text}\n${action.line}`, taken);
			taken.add(id);
			line = `${line.trimEnd()} ^${id}`;
		}
		lines[action.line] = line;
		const entryLines = new Set(action.entries.map((e) => e.line));
		const kept = lines.slice(action.line + 1, nextTopLine(lines, action.line)).filter((_, i) => !entryLines.has(action.line + 1 + i));
		const rendered = entries.map((e) => renderEntry(e.date, e.outcome, e.learning, lang));
		lines = [...lines.slice(0, action.line + 1), ...rendered, ...kept, ...lines.slice(nextTopLine(lines, action.line))];
	}
	const out = lines.join("\n");
	return { text: out, missing, actions: parsePlanActions(out).actions };
}

/** The first line after `at` that is not an indented sub-item of it. */
function nextTopLine(lines: string[], at: number): number {
	let next = at + 1;
	while (next < lines.length && /^\s+\S/.test(lines[next] ?? "")) next++;
	return next;
}

/**
 * The client's overall retour in the plan's « Retour » section: one line per session date. A
 * block with one marker deleted by hand is left as it is (the text after it is the user's).
 */
export function setPlanRetourLine(text: string, isoDate: string, line: string | null): string {
	const lines = text.split("\n");
	const blocks = findBlocks(lines, PLAN_RETOUR_START, PLAN_RETOUR_END);
	if (blocks === "unpaired") return text;
	const range = blocks[0];
	if (!range) {
		if (line === null) return text;
		// A plan written before these markers: the block goes at the end (its « Retour » section).
		const base = text.replace(/\n*$/, "");
		return `${base}\n${PLAN_RETOUR_START}\n${line}\n${PLAN_RETOUR_END}\n`;
	}
	const inner = lines.slice(range.start + 1, range.end).filter((l) => !l.startsWith(`- ${isoDate} `) && !/^\*.*\*$/.test(l.trim()));
	if (line !== null) inner.push(line);
	inner.sort((a, b) => a.localeCompare(b));
	lines.splice(range.start + 1, range.end - range.start - 1, ...inner);
	return lines.join("\n");
}

/** The overall retours written in the plan: `- 2026-02-10 · [[Session|…]] — text`. */
export function planRetourLines(text: string): Array<{ date: string; text: string }> {
	const lines = text.split("\n");
	const blocks = findBlocks(lines, PLAN_RETOUR_START, PLAN_RETOUR_END);
	const range = blocks === "unpaired" ? undefined : blocks[0];
	if (!range) return [];
	return lines
		.slice(range.start + 1, range.end)
		.map((l) => /^- (\d{4}-\d{2}-\d{2}) · .*? — (.*)$/u.exec(l))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ date: m[1] ?? "", text: (m[2] ?? "").trim() }));
}

/** The plan's « Ce que je retiens » section text (lines until the next heading), "" when left to fill. */
export function keptOf(text: string, lang: Lang): string {
	const lines = text.split("\n");
	const labels = LANGS.map((l) => `## ${translator(l)("linked.note.plan.kept")}`);
	const at = lines.findIndex((l) => labels.includes(l.trim()));
	if (at < 0) return "";
	const out: string[] = [];
	for (let i = at + 1; i < lines.length && !/^#{1,6}\s/.test(lines[i] ?? ""); i++) out.push(lines[i] ?? "");
	const kept = out.join("\n").trim();
	return kept === `*${translator(lang)("linked.note.to-fill")}*` || LANGS.some((l) => kept === `*${translator(l)("linked.note.to-fill")}*`) ? "" : kept;
}
