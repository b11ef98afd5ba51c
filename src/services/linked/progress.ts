/** A client's progress across months, from the index; and its generated section in the person note. Pure. */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import type { CodevIndex } from "../../index/codevIndex";
import { translator } from "../../i18n";
import { blockState, PROGRESS_END, PROGRESS_START, replaceBlock } from "../../notes/markers";
import { renderProgressLines, type ClientProgress, type ProgressPlan } from "../../notes/linked/progress";
import { basenameOf, type NoteStore } from "../noteStore";
import { indexFor, type LinkedOptions } from "./common";

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/**
 * Every session where the person was client (A or B: with that consultation's contract, plans and
 * retours), and those they attended as consultant.
 */
export function clientProgress(index: CodevIndex, personPath: string): ClientProgress {
	const asClient = index.sessionsAsClient(personPath).map((session) => {
		const consultation = index.consultationOfClient(session.path, personPath) ?? "a";
		const topic = consultation === "b" ? session.frontmatter.topic_b : session.frontmatter.topic;
		const contract = index.contractsOfSession(session.path, consultation)[0] ?? null;
		const plans: ProgressPlan[] = index.plansOfSession(session.path, consultation).map((plan) => ({
			path: plan.path,
			status: typeof plan.frontmatter.status === "string" ? plan.frontmatter.status : "open",
			tried: count(plan.frontmatter.actions_tried),
			partly: count(plan.frontmatter.actions_partly),
			notTried: count(plan.frontmatter.actions_not_tried),
			retourSession: index.target(plan.path, "retour"),
		}));
		return {
			session: session.path,
			date: session.date,
			topic: typeof topic === "string" ? topic : "",
			group: index.target(session.path, "group"),
			contract: contract?.path ?? null,
			request: typeof contract?.frontmatter.request === "string" ? contract.frontmatter.request : "",
			plans,
		};
	});
	const asConsultant = index
		.sessionsAsAttendee(personPath)
		.filter((session) => !index.clientsOfSession(session.path).includes(personPath))
		.map((session) => ({
			session: session.path,
			date: session.date,
			topic: typeof session.frontmatter.topic === "string" ? session.frontmatter.topic : "",
			client: index.target(session.path, "client"),
		}));
	return { person: personPath, asClient, asConsultant };
}

/** The generated section's lines (markers excluded), with links written by the store from the person note. */
export function renderClientProgress(store: NoteStore, personPath: string, lang: Lang, options?: LinkedOptions): string[] {
	return renderProgressLines(clientProgress(indexFor(store, options), personPath), lang, (path) => store.bodyLink(path, personPath));
}

/**
 * Rewrites only what lies between the progress markers of the person note; when there are none,
 * appends a heading and the marked section at the end. A start marker without its end marker is
 * refused (the user's text after it is never rewritten).
 */
export async function writeClientProgress(store: NoteStore, personPath: string, lang: Lang, options?: LinkedOptions): Promise<Result<{ appended: boolean }>> {
	if (!store.exists(personPath)) return fail("linked-note-missing", { path: personPath });
	const text = await store.read(personPath);
	const lines = renderClientProgress(store, personPath, lang, options);
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
