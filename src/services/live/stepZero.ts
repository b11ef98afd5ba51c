/**
 * Step 0 chooses today's client and topic. A session started « to choose at step 0 » gets them
 * here: its properties, the lines of its callout that still say « to choose », its name (the
 * caller renames through FileManager so links follow), and the backlog topic taken, linked to the
 * session. Pure over NoteStore.
 */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import { translator } from "../../i18n";
import { parseAttributedItem } from "../../notes/cycle/items";
import { linkTarget } from "../../notes/links";
import { colonFor, oneLine } from "../../notes/text";
import { parseLocalDate } from "../../codev/dates";
import { expandDatePlaceholder } from "../../notes/datePattern";
import { noteNameFromPattern } from "../../notes/names";
import { writeStepZeroChoice } from "../../notes/schema/session";
import { readGroupNote, takeBacklogItem } from "../../notes/schema/group";
import { basenameOf, type NoteStore } from "../noteStore";
import { groupOfSession } from "../cycle/sessionRecords";
import { sessionNoteOf } from "../linked/common";

/** One entry of the group's topics backlog, with who proposed it. */
export interface BacklogTopic {
	/** The item as written in `topics_backlog`. */
	item: string;
	proposerPath: string | null;
	topic: string;
}

export interface StepZeroChoice {
	clientPath: string;
	topic: string;
	/** The backlog item taken, if the topic came from the backlog. */
	backlogItem?: string;
}

/** The session's date (yyyy-MM-dd), "" when it has none. */
export function sessionDateOf(store: NoteStore, sessionPath: string): string {
	return sessionNoteOf(store, sessionPath)?.date ?? "";
}

/** The open topics of the group's backlog, each with its proposer when one is named. */
export function backlogTopics(store: NoteStore, groupPath: string): BacklogTopic[] {
	const fm = store.frontmatter(groupPath);
	const items = fm ? readGroupNote(fm, (text) => store.resolveLink(text, groupPath)).backlogItems : [];
	return items.flatMap((item): BacklogTopic[] => {
		const parsed = parseAttributedItem(item);
		if (!parsed || parsed.text === "" || typeof item !== "string") return [];
		const proposerPath = parsed.link ? store.resolveLink(linkTarget(parsed.link), groupPath) : null;
		return [{ item, proposerPath, topic: parsed.text }];
	});
}

/** The session's new name: the settings' pattern with the chosen client and topic. */
export function nameAfterChoice(store: NoteStore, sessionPath: string, choice: StepZeroChoice, pattern: string, lang: Lang): string {
	const group = groupOfSession(store, sessionPath);
	const date = parseLocalDate(sessionDateOf(store, sessionPath)) ?? new Date();
	return noteNameFromPattern(pattern, { group: group ? basenameOf(group) : "", client: basenameOf(choice.clientPath), topic: oneLine(choice.topic) }, (key) => expandDatePlaceholder(key, { date, time: date }, lang, new Set()));
}

/** Lines of the built-in callout and title that still say « to choose at step 0 », rewritten. */
function fillPendingLines(text: string, lang: Lang, clientLink: string, clientName: string, topic: string): string {
	const t = translator(lang);
	const pending = t("live.later.name");
	const colon = colonFor(lang);
	const replacements = new Map<string, string>([
		[`> **${t("note.label.client")}**${colon} ${pending}`, `> **${t("note.label.client")}**${colon} ${clientLink}`],
		[`> **${t("note.label.topic")}**${colon} ${pending}`, `> **${t("note.label.topic")}**${colon} ${topic}`],
	]);
	// Only whole lines we wrote are replaced: anything the facilitator typed stays as it is.
	return text
		.split("\n")
		.map((line) => {
			const exact = replacements.get(line);
			if (exact !== undefined) return exact;
			if (line.startsWith("# ") && line.endsWith(` — ${pending}`)) return `${line.slice(0, -pending.length)}${clientName}`;
			return line;
		})
		.join("\n");
}

/**
 * Writes the choice into the session (client, topic, the client among those present, the
 * « to choose » lines). Returns the name the note should now have.
 */
export async function applyStepZeroChoice(store: NoteStore, sessionPath: string, choice: StepZeroChoice, pattern: string, lang: Lang): Promise<Result<{ name: string }>> {
	const topic = oneLine(choice.topic);
	if (topic === "") return fail("topic-missing");
	if (!store.exists(choice.clientPath)) return fail("client-missing");
	if (!store.frontmatter(sessionPath)) return fail("cycle-not-found");
	const clientLink = store.propertyLink(choice.clientPath, sessionPath);
	await store.updateProperties(sessionPath, (fm) => writeStepZeroChoice(fm, clientLink, choice.clientPath, topic));
	await store.process(sessionPath, (text) => fillPendingLines(text, lang, store.bodyLink(choice.clientPath, sessionPath), basenameOf(choice.clientPath), topic));
	return ok({ name: nameAfterChoice(store, sessionPath, { ...choice, topic }, pattern, lang) });
}

/**
 * Marks a backlog topic as taken by a session: it leaves `topics_backlog` and joins
 * `topics_taken` as "<item> → [[session]]". Called once the session has its final name.
 */
export async function takeBacklogTopic(store: NoteStore, group: string, sessionPath: string, item: string): Promise<void> {
	await store.updateProperties(group, (fm) => takeBacklogItem(fm, item, store.propertyLink(sessionPath, group)));
}

/** « Ana Lima — Dire non », as the choice lists a backlog topic. */
export function backlogLabel(topic: BacklogTopic): string {
	return topic.proposerPath ? `${basenameOf(topic.proposerPath)} — ${topic.topic}` : topic.topic;
}

