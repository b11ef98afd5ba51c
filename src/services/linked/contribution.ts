/** Step 4: "who said what", appended to the session note's consultation section. Pure (NoteStore). */
import { planStepId } from "../../codev/consultations";
import type { Lang, Result } from "../../codev/types";
import { fail, ok } from "../../codev/types";
import { appendContribution, CONSULTATION_STEP, parseContributions, renderContributionLine, type Contribution } from "../../notes/linked/contributions";
import type { HelpKind } from "../../notes/linked/kinds";
import { oneLine } from "../../notes/text";
import { basenameOf, type NoteStore } from "../noteStore";
import { consultationOption, sessionContext, type LinkedOptions } from "./common";

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

/**
 * Appends one contribution line to the consultation section (options.consultation "b": consultation
 * B's); fails (and writes nothing) when that section is gone.
 */
export async function logContribution(
	store: NoteStore,
	sessionPath: string,
	input: ContributionInput,
	lang: Lang,
	options?: Pick<LinkedOptions, "consultation">,
): Promise<Result<{ line: string }>> {
	if (input.text.trim() === "") return fail("linked-contribution-empty");
	const consultation = consultationOption(options);
	const stepId = planStepId(consultation, CONSULTATION_STEP);
	const context = sessionContext(store, sessionPath, [], consultation);
	if (!context.ok) return context;
	const line = renderContributionLine(personText(store, input.who, sessionPath) || "?", input.kind, input.text, lang);
	let found = false;
	await store.process(sessionPath, (text) => {
		const next = appendContribution(text, line, stepId);
		found = next !== null;
		return next ?? text;
	});
	return found ? ok({ line }) : fail("linked-section-missing", { name: basenameOf(sessionPath), step: stepId });
}

/** The contributions logged in a session note, in one consultation's section (for the action plan's choices). */
export async function listContributions(store: NoteStore, sessionPath: string, options?: Pick<LinkedOptions, "consultation">): Promise<Contribution[]> {
	return parseContributions(await store.read(sessionPath), planStepId(consultationOption(options), CONSULTATION_STEP)).contributions;
}

/** Undo of the last capture: removes the last line of the note equal to `line` (a whole line, nothing else). */
export async function removeContributionLine(store: NoteStore, sessionPath: string, line: string): Promise<boolean> {
	let removed = false;
	await store.process(sessionPath, (text) => {
		const lines = text.split("\n");
		const at = lines.lastIndexOf(line);
		if (at < 0) return text;
		removed = true;
		lines.splice(at, 1);
		return lines.join("\n");
	});
	return removed;
}
