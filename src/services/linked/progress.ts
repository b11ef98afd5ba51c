/** A client's progress across months, from the index and the plans; and its generated section in the person note. Pure. */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import type { CodevIndex } from "../../index/codevIndex";
import { translator } from "../../i18n";
import { keptOf, parsePlanActions, planRetourLines } from "../../notes/linked/actionPlanNote";
import { blockState, PROGRESS_END, PROGRESS_START, replaceBlock } from "../../notes/markers";
import { renderStoryLines, storyCounts, type ClientProgress, type ClientStory, type StoryAction, type StoryMonth } from "../../notes/linked/progress";
import { basenameOf, type NoteStore } from "../noteStore";
import { indexFor, type LinkedOptions } from "./common";
import { readContract } from "../../notes/schema/contract";
import { PLAN_KEYS, readPlan } from "../../notes/schema/plan";
import { SESSION_KEYS, topicOfClient } from "../../notes/schema/session";
import { noLinks } from "../../notes/schema/values";

/**
 * Every session where the person was client (A or B: with that consultation's contract and
 * plans), and those they attended as consultant. Properties only (sync, from the index).
 */
export function clientProgress(index: CodevIndex, personPath: string): ClientProgress {
	const asClient = index.sessionsAsClient(personPath).map((session) => {
		const consultation = index.consultationOfClient(session.path, personPath) ?? "a";
		const contract = index.contractsOfSession(session.path, consultation)[0] ?? null;
		return {
			session: session.path,
			date: session.date,
			topic: topicOfClient(session.frontmatter, consultation),
			group: index.target(session.path, SESSION_KEYS.group),
			contract: contract?.path ?? null,
			request: contract ? readContract(contract.frontmatter, noLinks).request : "",
			plans: index.plansOfSession(session.path, consultation).map((plan) => ({
				path: plan.path,
				status: readPlan(plan.frontmatter, noLinks).status || "open",
				retourSession: index.target(plan.path, PLAN_KEYS.retour),
			})),
		};
	});
	const asConsultant = index
		.sessionsAsAttendee(personPath)
		.filter((session) => !index.clientsOfSession(session.path).includes(personPath))
		.map((session) => ({
			session: session.path,
			date: session.date,
			topic: topicOfClient(session.frontmatter, "a"),
			client: index.target(session.path, SESSION_KEYS.client),
		}));
	return { person: personPath, asClient, asConsultant };
}

/** The story: each month with what the client kept, every action's latest outcome and learning, and what is still open. */
export async function clientStory(store: NoteStore, personPath: string, lang: Lang, options?: LinkedOptions): Promise<ClientStory> {
	const progress = clientProgress(indexFor(store, options), personPath);
	const months: StoryMonth[] = [];
	for (const entry of progress.asClient) {
		const month: StoryMonth = { ...entry, kept: "", actions: [], changed: [] };
		for (const plan of entry.plans) {
			if (!store.exists(plan.path)) continue;
			const text = await store.read(plan.path);
			const planNote = readPlan(store.frontmatter(plan.path) ?? {}, noLinks);
			month.kept = [month.kept, planNote.kept || keptOf(text, lang)].filter((k) => k !== "").join(" · ");
			for (const action of parsePlanActions(text).actions) {
				const last = action.entries[action.entries.length - 1];
				const learning = [...action.entries].reverse().find((e) => e.learning !== "")?.learning ?? "";
				// A box ticked by hand, or a plan from before the dated entries: the plan's last retour date.
				const outcomeDate = last?.date ?? (action.outcome ? planNote.retourDate : null);
				month.actions.push({ planPath: plan.path, id: action.id, text: action.text, due: action.due, outcome: action.outcome, outcomeDate, learning, open: action.open, since: entry.date });
			}
			month.changed.push(...planRetourLines(text));
		}
		months.push(month);
	}
	const open: StoryAction[] = months.flatMap((month) => month.actions.filter((action) => action.open));
	return { person: personPath, months, open, counts: storyCounts(months), asConsultant: progress.asConsultant };
}

/** Display text for a link: no characters that would end the link early. */
function safeAlias(text: string): string {
	return text.replace(/[[\]|#^]/g, " ").replace(/\s{2,}/g, " ").trim();
}

/** The generated section's lines (markers excluded), with links written by the store from the person note. */
export async function renderClientProgress(store: NoteStore, personPath: string, lang: Lang, options?: LinkedOptions): Promise<string[]> {
	const story = await clientStory(store, personPath, lang, options);
	return renderStoryLines(story, lang, {
		link: (path, text) => store.bodyLink(path, personPath, safeAlias(text) === basenameOf(path) ? undefined : safeAlias(text)),
		actionLink: (path, id, text) => {
			const link = store.bodyLink(path, personPath, safeAlias(text));
			if (!id) return link;
			return link.startsWith("[[") ? link.replace(/(\|[^\]]*)?\]\]$/, (tail) => `#^${id}${tail}`) : link.replace(/\)$/, `#^${id})`);
		},
	});
}

/**
 * Rewrites only what lies between the progress markers of the person note; when there are none,
 * appends a heading and the marked section at the end. A start marker without its end marker is
 * refused (the user's text after it is never rewritten).
 */
export async function writeClientProgress(store: NoteStore, personPath: string, lang: Lang, options?: LinkedOptions): Promise<Result<{ appended: boolean }>> {
	if (!store.exists(personPath)) return fail("linked-note-missing", { path: personPath });
	const text = await store.read(personPath);
	const lines = await renderClientProgress(store, personPath, lang, options);
	if (blockState(text, PROGRESS_START, PROGRESS_END) === "unpaired") return fail("linked-progress-markers", { name: basenameOf(personPath) });
	let appended = false;
	await store.process(personPath, (current) => {
		const replaced = replaceBlock(current, PROGRESS_START, PROGRESS_END, lines);
		if (replaced.ok) return replaced.text;
		// Broken meanwhile (another device): leave the note as it is.
		if (replaced.reason === "unpaired") return current;
		appended = true;
		const heading = `## ${translator(lang)("linked.progress.heading")}`;
		return `${current.replace(/\n*$/, "")}\n\n${heading}\n${PROGRESS_START}\n${lines.join("\n")}\n${PROGRESS_END}\n`;
	});
	return ok({ appended });
}
