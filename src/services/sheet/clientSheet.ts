/**
 * Export client sheet: a shareable note for one client, for one session or their whole cycle —
 * their contract, the contributions they kept, their action plan and their retour. Built from the
 * contract and plan notes and the session's contributions section only: the facilitator's private
 * section is never read. Other members' names become « Consultant 1 », « Consultant 2 »… unless the
 * facilitator opts in; any person may get a pseudonym. Pure (NoteStore).
 */
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { renderFrontmatter } from "../../notes/frontmatter";
import { parsePlanActions } from "../../notes/linked/actionPlanNote";
import { helpLabel, isHelpKind } from "../../notes/linked/kinds";
import { freePath } from "../../notes/names";
import { colonFor, oneLine } from "../../notes/text";
import { clientProgress } from "../linked/progress";
import { indexFor, type LinkedOptions } from "../linked/common";
import { listContributions } from "../linked/contribution";
import type { Contribution } from "../../notes/linked/contributions";
import { foldName, nameHider, nameLookalikes, type KnownPerson, type Replacement } from "../../notes/hiddenNames";
import { linkTarget } from "../../notes/links";
import { basenameOf, type NoteStore } from "../noteStore";
import { TYPES } from "../../notes/schema/kinds";
import { readContract } from "../../notes/schema/contract";
import { readPlan } from "../../notes/schema/plan";
import { sheetProperties } from "../../notes/schema/sheet";
import { SESSION_PEOPLE_KEYS } from "../../notes/schema/session";
import { GROUP_PEOPLE_KEYS } from "../../notes/schema/group";
import { noLinks } from "../../notes/schema/values";

export interface ClientSheetOptions {
	/** One session; omitted: every session where the person was client. */
	sessionPath?: string;
	/** Show other members' names (otherwise « Consultant N »). */
	includeNames: boolean;
	/** Person note path → pseudonym, the client included. */
	pseudonyms?: Record<string, string>;
	folder: string;
	/** yyyy-MM-dd, written as `generated`. */
	today: string;
}

type Namer = (personId: string) => string;

/** Consistent names for the sheet: pseudonyms first, then real names (opt-in) or consultants numbered in reading order. */
function namer(clientPath: string, options: ClientSheetOptions, lang: Lang): { nameOf: Namer; isHidden: (id: string) => boolean } {
	const numbered = new Map<string, string>();
	const t = translator(lang);
	const pseudonymOf = (id: string): string => options.pseudonyms?.[id]?.trim() ?? "";
	const isHidden = (id: string): boolean => pseudonymOf(id) !== "" || (id !== clientPath && !options.includeNames);
	const nameOf = (id: string): string => {
		const pseudonym = pseudonymOf(id);
		if (pseudonym) return pseudonym;
		if (!isHidden(id)) return basenameOf(id.replace(/^\?/, ""));
		let name = numbered.get(id);
		if (!name) {
			name = t("sheet.consultant", { n: numbered.size + 1 });
			numbered.set(id, name);
		}
		return name;
	};
	return { nameOf, isHidden };
}

function textValues(value: unknown): string[] {
	const list = Array.isArray(value) ? (value as unknown[]) : [value];
	return list.filter((item): item is string => typeof item === "string" && item.trim() !== "");
}

const PEOPLE_KEYS = [...SESSION_PEOPLE_KEYS, ...GROUP_PEOPLE_KEYS];

/**
 * Everyone the sheet could name: person notes (name and `aliases`), and names with no note any
 * more (deleted or renamed without updating links) found in sessions, groups, contributions and
 * action owners.
 */
function knownPeople(store: NoteStore, extraNames: Array<{ value: string; source: string }>): KnownPerson[] {
	const people: KnownPerson[] = store.notesOfType(TYPES.person).map((path) => {
		const fm = store.frontmatter(path) ?? {};
		return { id: path, names: [basenameOf(path), ...textValues(fm.aliases), ...textValues(fm.alias)] };
	});
	const seen = new Set(people.flatMap((person) => person.names.map(foldName)));
	const addName = (value: string, source: string): void => {
		const target = linkTarget(value);
		if (store.resolveLink(`[[${target}]]`, source) !== null && /^\s*\[\[/.test(value)) return;
		const name = basenameOf(target).trim();
		const key = foldName(name);
		if (key.length < 2 || seen.has(key)) return;
		seen.add(key);
		people.push({ id: `?${name}`, names: [name] });
	};
	for (const type of [TYPES.session, TYPES.group]) {
		for (const path of store.notesOfType(type)) {
			const fm = store.frontmatter(path) ?? {};
			for (const key of PEOPLE_KEYS) for (const value of textValues(fm[key])) addName(value, path);
		}
	}
	for (const extra of extraNames) addName(extra.value, extra.source);
	return people;
}

/** A contribution is kept when one of the plan's actions is that very text (case, accents and final punctuation aside). */
function sameAction(a: string, b: string): boolean {
	const key = (text: string): string => foldName(oneLine(text)).replace(/[\s.!…;:,]+$/u, "");
	return key(a) !== "" && key(a) === key(b);
}

/** An action line ends with « — owner » (renderTaskLine): the owner is the client, so the sheet drops it. */
function withoutOwner(store: NoteStore, description: string, planPath: string): string {
	const match = /\s+—\s+([^—]+)$/.exec(description);
	if (!match) return description;
	const owner = (match[1] ?? "").trim();
	const isPerson = store.resolveLink(owner.startsWith("[[") ? owner : `[[${owner}]]`, planPath) !== null || store.findNote("person", owner) !== null;
	return isPerson ? description.slice(0, match.index) : description;
}

async function planLines(store: NoteStore, planPath: string, hide: (text: string) => string, lang: Lang): Promise<string[]> {
	const t = translator(lang);
	const text = await store.read(planPath);
	const out: string[] = [];
	for (const action of parsePlanActions(text).actions) {
		const outcome = action.outcome ? t(`linked.outcome.${action.outcome}`) : t("sheet.no-retour");
		const due = action.due ? ` (${action.due})` : "";
		out.push(`- ${hide(withoutOwner(store, action.description, planPath))}${due} — ${outcome}`);
		const learning = [...action.entries].reverse().find((entry) => entry.learning !== "")?.learning ?? "";
		if (learning) out.push(`\t- ${hide(learning)}`);
	}
	return out;
}

interface SheetEntry {
	session: string;
	date: string | null;
	topic: string;
	request: string | null;
	contract: string | null;
	help: string[];
	kept: Contribution[];
	plans: string[];
}

/** What the sheet is made of, read before any name is hidden (so every name can be collected first). */
async function sheetEntries(store: NoteStore, clientPath: string, options: ClientSheetOptions, lang: Lang, linked?: LinkedOptions): Promise<SheetEntry[]> {
	const progress = clientProgress(indexFor(store, linked), clientPath);
	const entries: SheetEntry[] = [];
	for (const entry of progress.asClient.filter((e) => !options.sessionPath || e.session === options.sessionPath)) {
		const contract = entry.contract ? readContract(store.frontmatter(entry.contract) ?? {}, noLinks) : null;
		const help = (contract?.help ?? []).filter(isHelpKind).map((kind) => helpLabel(kind, lang));
		const plans = entry.plans.map((plan) => plan.path);
		const consultation = plans[0] !== undefined ? readPlan(store.frontmatter(plans[0]) ?? {}, noLinks).consultation : "a";
		const actions = (await Promise.all(plans.map((plan) => store.read(plan)))).flatMap((text) => parsePlanActions(text).actions.map((action) => action.text));
		const kept = (await listContributions(store, entry.session, { consultation })).filter((c) => actions.some((action) => sameAction(c.text, action)));
		entries.push({ session: entry.session, date: entry.date, topic: entry.topic, request: entry.request, contract: entry.contract, help, kept, plans });
	}
	return entries;
}

export interface SheetReview {
	/** Each spelling replaced, with its label and how often. */
	replaced: Replacement[];
	/** Capitalised words near a hidden name, and link texts that led to no note: for the facilitator to check. */
	toCheck: string[];
}

export interface PreparedSheet {
	clientPath: string;
	/** The note's name without folder or extension. */
	name: string;
	folder: string;
	text: string;
	review: SheetReview;
}

/** Builds the sheet (not written yet): its text and what was hidden, for the facilitator's last check. */
export async function prepareClientSheet(store: NoteStore, clientPath: string, options: ClientSheetOptions, lang: Lang, linked?: LinkedOptions): Promise<Result<PreparedSheet>> {
	if (!store.exists(clientPath)) return fail("sheet-no-sessions", { name: basenameOf(clientPath) });
	const entries = await sheetEntries(store, clientPath, options, lang, linked);
	if (entries.length === 0) return fail("sheet-no-sessions", { name: basenameOf(clientPath) });
	const t = translator(lang);
	const colon = colonFor(lang);
	const extra = entries.flatMap((entry) => entry.kept.map((c) => ({ value: c.who, source: entry.session })));
	const people = knownPeople(store, extra);
	const { nameOf, isHidden } = namer(clientPath, options, lang);
	let source = clientPath;
	const persons = new Set(people.map((person) => person.id));
	const hider = nameHider(people, {
		isHidden,
		labelOf: nameOf,
		ambiguousLabel: t("sheet.name-hidden"),
		resolveLink: (target) => {
			const path = store.resolveLink(`[[${target}]]`, source);
			return path && persons.has(path) ? path : null;
		},
	});
	const hide = (text: string): string => hider.hide(text);
	const body = [`# ${t("sheet.title", { name: nameOf(clientPath) })}`, "", `*${t("sheet.hint")}*`, ""];
	for (const entry of entries) {
		source = entry.session;
		body.push(`## ${entry.date ?? ""} · ${hide(entry.topic)}`, "");
		if (entry.contract) {
			body.push(`### ${t("linked.note.label.contract")}`);
			if (entry.request) body.push(`> ${hide(entry.request)}`);
			if (entry.help.length > 0) body.push("", `${t("sheet.help")}${colon} ${entry.help.join(", ")}`);
			body.push("");
		}
		if (entry.kept.length > 0) {
			body.push(`### ${t("sheet.kept")}`);
			for (const c of entry.kept) body.push(`- ${hide(c.who)}${c.kind ? ` · ${helpLabel(c.kind, lang)}` : ""}${colon} ${hide(c.text)}`);
			body.push("");
		}
		for (const plan of entry.plans) {
			source = plan;
			body.push(`### ${t("linked.note.label.plan")}`, ...(await planLines(store, plan, hide, lang)), "");
		}
	}
	const text = body.join("\n");
	const lookalikes = nameLookalikes(text, people, isHidden);
	const toCheck = [...new Set([...lookalikes, ...hider.unresolvedLinks().map(hide).filter((link) => /\p{Lu}/u.test(link))])];
	const props = sheetProperties({ generated: options.today, names: options.includeNames, lang });
	const name = t("sheet.file-name", { name: nameOf(clientPath) });
	return ok({ clientPath, name, folder: options.folder, text: renderFrontmatter(props) + text, review: { replaced: hider.replacements(), toCheck } });
}

/** Writes a prepared sheet as a new note (never over an existing one). */
export async function writeClientSheet(store: NoteStore, sheet: PreparedSheet): Promise<{ path: string }> {
	const path = freePath(sheet.folder, sheet.name, ".md", (p) => store.exists(p));
	await store.create(path, sheet.text);
	return { path };
}

/** Prepares and writes the sheet in one go (scripts, tests). */
export async function exportClientSheet(store: NoteStore, clientPath: string, options: ClientSheetOptions, lang: Lang, linked?: LinkedOptions): Promise<Result<{ path: string; review: SheetReview }>> {
	const sheet = await prepareClientSheet(store, clientPath, options, lang, linked);
	if (!sheet.ok) return sheet;
	return ok({ ...(await writeClientSheet(store, sheet.value)), review: sheet.value.review });
}
