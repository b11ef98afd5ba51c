/** Step 4: "who said what", appended to the session note's consultation section. Pure (NoteStore). */
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import { appendContribution, parseContributions, renderContributionLine, type Contribution } from "../../notes/linked/contributions";
import type { HelpKind } from "../../notes/linked/kinds";
import { oneLine } from "../../notes/linked/text";
import { basenameOf, type NoteStore } from "../noteStore";
import { sessionContext } from "./common";

export interface ContributionInput {
	/** A person note's path, or a name (linked when a person note of that name exists). */
	who: string;
	kind: HelpKind;
	text: string;
}

/** Body link to a person note when there is one, else the name as typed. */
export function personText(store: NoteStore, who: string, sourcePath: string): string {
	const trimmed = who.trim();
	if (trimmed === "") return "";
	const path = store.exists(trimmed) ? trimmed : store.findNote("person", trimmed);
	return path ? store.bodyLink(path, sourcePath) : oneLine(trimmed);
}

/** Appends one contribution line; fails (and writes nothing) when the consultation section is gone. */
export async function logContribution(store: NoteStore, sessionPath: string, input: ContributionInput, lang: Lang): Promise<Result<{ line: string }>> {
	if (input.text.trim() === "") return fail("linked-contribution-empty");
	const context = sessionContext(store, sessionPath, []);
	if (!context.ok) return context;
	const line = renderContributionLine(personText(store, input.who, sessionPath) || "?", input.kind, input.text, lang);
	let found = false;
	await store.process(sessionPath, (text) => {
		const next = appendContribution(text, line);
		found = next !== null;
		return next ?? text;
	});
	return found ? ok({ line }) : fail("linked-section-missing", { name: basenameOf(sessionPath), step: "consultation" });
}

/** The contributions logged in a session note (for the action plan's choices). */
export async function listContributions(store: NoteStore, sessionPath: string): Promise<Contribution[]> {
	return parseContributions(await store.read(sessionPath)).contributions;
}
