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
import { learningOf, parsePlanActions } from "../../notes/linked/actionPlanNote";
import { helpLabel, isHelpKind } from "../../notes/linked/kinds";
import { freePath } from "../../notes/names";
import { colonFor } from "../../notes/sessionTemplate";
import { clientProgress } from "../linked/progress";
import { indexFor, type LinkedOptions } from "../linked/common";
import { listContributions } from "../linked/contribution";
import { basenameOf, type NoteStore } from "../noteStore";

export const SHEET_TYPE = "codev-client-sheet";

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

type Namer = (personPath: string) => string;

/** Consistent names for the sheet: pseudonyms first, then real names (opt-in) or numbered consultants. */
function namer(store: NoteStore, clientPath: string, options: ClientSheetOptions, lang: Lang): Namer {
	const numbered = new Map<string, string>();
	const t = translator(lang);
	return (path) => {
		const pseudonym = options.pseudonyms?.[path]?.trim();
		if (pseudonym) return pseudonym;
		if (path === clientPath || options.includeNames) return basenameOf(path);
		let name = numbered.get(path);
		if (!name) {
			name = t("sheet.consultant", { n: numbered.size + 1 });
			numbered.set(path, name);
		}
		return name;
	};
}

/** Free text with links and the plain names of known people replaced by their sheet names. */
function scrubber(store: NoteStore, sourcePath: string, nameOf: Namer): (text: string) => string {
	const people = store.notesOfType("codev-person");
	return (text) => {
		let out = text.replace(/\[\[([^\]|]+)(?:\\?\|([^\]]*))?\]\]/g, (_whole, target: string, alias: string | undefined) => {
			const path = store.resolveLink(`[[${target}]]`, sourcePath);
			if (path && people.includes(path)) return nameOf(path);
			return alias ?? basenameOf(target);
		});
		for (const path of people) {
			const name = basenameOf(path);
			const pattern = new RegExp(escapeRegExp(name), "giu");
			// Only a name that is there gets a number, so « Consultant 1 » is the first one the reader meets.
			if (name.length < 2 || !pattern.test(out)) continue;
			const shown = nameOf(path);
			if (name !== shown) out = out.replace(pattern, shown);
		}
		return out;
	};
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An action line ends with « — owner » (renderTaskLine): the owner is the client, so the sheet drops it. */
function withoutOwner(store: NoteStore, description: string, planPath: string): string {
	const match = /\s+—\s+([^—]+)$/.exec(description);
	if (!match) return description;
	const owner = (match[1] ?? "").trim();
	const isPerson = store.resolveLink(owner.startsWith("[[") ? owner : `[[${owner}]]`, planPath) !== null || store.findNote("person", owner) !== null;
	return isPerson ? description.slice(0, match.index) : description;
}

async function planLines(store: NoteStore, planPath: string, scrub: (text: string) => string, lang: Lang): Promise<string[]> {
	const t = translator(lang);
	const text = await store.read(planPath);
	const lines = text.split("\n");
	const out: string[] = [];
	for (const action of parsePlanActions(text).actions) {
		const outcome = action.outcome ? t(`linked.outcome.${action.outcome}`) : t("sheet.no-retour");
		const due = action.due ? ` (${action.due})` : "";
		out.push(`- ${scrub(withoutOwner(store, action.description, planPath))}${due} — ${outcome}`);
		const learning = learningOf(lines[action.line + 1] ?? "");
		if (learning) out.push(`\t- ${t("linked.note.retour.learned")}${colonFor(lang)} ${scrub(learning)}`);
	}
	return out;
}

/** Renders the sheet's body for the client's sessions (in date order). */
async function sheetBody(store: NoteStore, clientPath: string, options: ClientSheetOptions, lang: Lang, linked?: LinkedOptions): Promise<Result<string>> {
	const t = translator(lang);
	const colon = colonFor(lang);
	const progress = clientProgress(indexFor(store, linked), clientPath);
	const entries = progress.asClient.filter((entry) => !options.sessionPath || entry.session === options.sessionPath);
	if (entries.length === 0) return fail("sheet-no-sessions", { name: basenameOf(clientPath) });
	const nameOf = namer(store, clientPath, options, lang);
	const body = [`# ${t("sheet.title", { name: nameOf(clientPath) })}`, "", `*${t("sheet.hint")}*`, ""];
	for (const entry of entries) {
		const scrub = scrubber(store, entry.session, nameOf);
		body.push(`## ${entry.date ?? ""} · ${scrub(entry.topic)}`, "");
		if (entry.contract) {
			const contract = store.frontmatter(entry.contract) ?? {};
			const help = Array.isArray(contract.help) ? contract.help.filter(isHelpKind).map((kind) => helpLabel(kind, lang)) : [];
			body.push(`### ${t("linked.note.label.contract")}`);
			if (entry.request) body.push(`> ${scrub(entry.request)}`);
			if (help.length > 0) body.push("", `${t("sheet.help")}${colon} ${help.join(", ")}`);
			body.push("");
		}
		const consultation = entry.plans.length > 0 && store.frontmatter(entry.plans[0]?.path ?? "")?.consultation === "b" ? "b" : "a";
		const actionsText = (await Promise.all(entry.plans.map((plan) => store.read(plan.path)))).join("\n").toLowerCase();
		const kept = (await listContributions(store, entry.session, { consultation })).filter((c) => c.text.trim() !== "" && actionsText.includes(c.text.trim().toLowerCase().slice(0, 40)));
		if (kept.length > 0) {
			body.push(`### ${t("sheet.kept")}`);
			for (const c of kept) body.push(`- ${scrub(c.who)}${c.kind ? ` · ${helpLabel(c.kind, lang)}` : ""}${colon} ${scrub(c.text)}`);
			body.push("");
		}
		for (const plan of entry.plans) {
			body.push(`### ${t("linked.note.label.plan")}`, ...(await planLines(store, plan.path, scrub, lang)), "");
		}
	}
	return ok(body.join("\n"));
}

/** Writes the sheet as a new note (never over an existing one). */
export async function exportClientSheet(store: NoteStore, clientPath: string, options: ClientSheetOptions, lang: Lang, linked?: LinkedOptions): Promise<Result<{ path: string }>> {
	if (!store.exists(clientPath)) return fail("sheet-no-sessions", { name: basenameOf(clientPath) });
	const body = await sheetBody(store, clientPath, options, lang, linked);
	if (!body.ok) return body;
	const t = translator(lang);
	const shownName = options.pseudonyms?.[clientPath]?.trim() || basenameOf(clientPath);
	const path = freePath(options.folder, t("sheet.file-name", { name: shownName }), ".md", (p) => store.exists(p));
	const props = { type: SHEET_TYPE, codev_schema: 1, generated: options.today, names: options.includeNames, lang, publish: false };
	await store.create(path, renderFrontmatter(props) + body.value);
	return ok({ path });
}
