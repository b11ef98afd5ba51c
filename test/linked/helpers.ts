/** The linked features' own test helpers: a retour played by action text, the checkbox lines of a plan and Tasks' rules for them. */
import type { Lang } from "../../src/codev/types";
import type { MemoryStore } from "../../src/services/memoryStore";
import { applyRetour, findRetour, type RetourPerson } from "../../src/services/linked/retour";
import type { Outcome } from "../../src/notes/linked/actionPlanNote";
import { noteText as text } from "../tools/stores";

/** What a client says at a retour, by action text: the answers the form would send. */
export type Said = Record<string, [Outcome | null, string?]>;

/**
 * Plays the retour of one session as the service sees it: every person with open actions,
 * answered by action text (actions not named are left "not discussed yet").
 */
export async function reportRetour(store: MemoryStore, session: string, said: Said, changed: Record<string, string> = {}, lang: Lang = "fr"): Promise<RetourPerson[]> {
	const found = await findRetour(store, session);
	if (!found.ok) throw new Error(found.error.code);
	for (const person of found.value) {
		const answers = person.items.filter((item) => item.text in said).map((item) => ({ planPath: item.planPath, key: item.key, outcome: said[item.text]?.[0] ?? null, learning: said[item.text]?.[1] ?? "" }));
		if (answers.length === 0) continue;
		const result = await applyRetour(store, session, { client: person.client, clientName: person.clientName, answers, changed: changed[person.clientName] ?? "" }, lang);
		if (!result.ok) throw new Error(result.error.code);
	}
	return found.value;
}

/** The checkbox lines of a note. */
export function checkboxes(store: MemoryStore, path: string): string[] {
	return text(store, path).split("\n").filter((line) => /^- \[.\] /.test(line));
}

/** Tasks' rules for one line: a readable 📅 date, ✅ only on [x], ❌ only on [-]. */
export function tasksProblems(line: string): string[] {
	const problems: string[] = [];
	const status = /^- \[(.)\] /.exec(line)?.[1];
	if (status === undefined) return ["not a checkbox"];
	if (/📅/u.test(line) && !/📅 \d{4}-\d{2}-\d{2}(?!\d)/u.test(line)) problems.push("📅 without a yyyy-MM-dd date");
	for (const match of line.matchAll(/📅 (\d{4})-(\d{2})-(\d{2})/gu)) {
		const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
		if (date.getMonth() !== Number(match[2]) - 1) problems.push(`📅 ${match[0]} is not a calendar date`);
	}
	if (/✅/u.test(line) && status !== "x") problems.push("✅ on a box not [x]");
	if (/❌/u.test(line) && status !== "-") problems.push("❌ on a box not [-]");
	if (status === "x" && !/✅ \d{4}-\d{2}-\d{2}/u.test(line)) problems.push("[x] without ✅ date");
	if (status === "-" && !/❌ \d{4}-\d{2}-\d{2}/u.test(line)) problems.push("[-] without ❌ date");
	if (!/^- \[.\] .+ \^[A-Za-z0-9-]+$/u.test(line)) problems.push("no block id at the end");
	return problems;
}
