/**
 * What the plugin writes, as approval files next to this test (`<note>.<lang>.md`): one realistic
 * cycle per language, run through the same service functions as the plugin's commands over a
 * memory store, with a fixed clock. A wording or layout change shows as a diff of those files;
 * refresh them on purpose with `UPDATE_APPROVALS=1 npx vitest run test/approval`.
 */
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { CLASSIC_METHOD } from "../../src/codev/methods";
import type { Lang, Result } from "../../src/codev/types";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import { createGroup, generateBilan, recordEvaluation } from "../../src/services/cycle";
import { applyRetour, createActionPlan, createContract, findRetour, logContribution } from "../../src/services/linked";
import { MemoryStore } from "../../src/services/memoryStore";
import { prepareClientSheet, writeClientSheet } from "../../src/services/sheet/clientSheet";
import { startSession, type NoteRef } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";
import { expectApproved } from "../tools/approval";

const FACILITATOR = "Claire Martin";
const CLIENT = "Hélène Côté";
const MEMBERS = [CLIENT, "Marc Dubois", "Sofia Benali", "Jérôme Lefèvre", "Élodie Fontaine"];
const GROUP = "Groupe Horizon";

/** What the members type, in the note's language (the people's names stay French). */
const WORDS = {
	fr: {
		topic: "Prise de parole : dire non à mon directeur sans me fermer de portes",
		topicA: "Déléguer : par où commencer quand tout paraît urgent ?",
		// Typed with non-breaking spaces, as French autocorrect does.
		topicB: "Recadrer un collègue plus âgé que moi\u00a0: par quoi commencer\u00a0?",
		contract: {
			request: "J'aimerais repartir avec deux phrases pour refuser une demande « urgente » sans abîmer la relation.",
			goal: "Refuser au moins une demande non prioritaire d'ici la prochaine séance.",
			reformulation: "Tu veux protéger tes priorités tout en restant loyale envers ton directeur.",
		},
		contributions: [
			{ who: "Marc Dubois", kind: "questions", text: "Qu'est-ce qui se passerait vraiment si tu disais non ?" },
			{ who: "Sofia Benali", kind: "experiences", text: "J'ai répondu « pas maintenant, mais jeudi » : ça a été bien reçu." },
		],
		kept: "Un refus peut être une proposition : « pas maintenant, mais jeudi ».",
		actions: ["Tenir la liste des demandes urgentes de la semaine", "Tester la réponse « pas maintenant, mais … » trois fois"],
		takeaway: "Dire non, c'est aussi dire oui à mes priorités.",
		learnings: ["La liste m'a montré que la moitié des urgences n'en étaient pas.", "Deux fois sur trois : la troisième fois, j'ai cédé."],
		changed: "Mon directeur me demande maintenant si c'est « vraiment urgent » avant moi.",
	},
	en: {
		topic: "Speaking up: saying no to my director without closing doors",
		topicA: "Delegating: where to start when everything looks urgent?",
		topicB: "Setting limits with an older colleague",
		contract: {
			request: "I would like to leave with two sentences to turn down an \"urgent\" request without hurting the relationship.",
			goal: "Turn down at least one low-priority request before the next session.",
			reformulation: "You want to protect your priorities while staying loyal to your director.",
		},
		contributions: [
			{ who: "Marc Dubois", kind: "questions", text: "What would really happen if you said no?" },
			{ who: "Sofia Benali", kind: "experiences", text: "I answered \"not now, but on Thursday\": it went down well." },
		],
		kept: "A refusal can be an offer: \"not now, but on Thursday\".",
		actions: ["Keep a list of the week's urgent requests", "Try the answer \"not now, but …\" three times"],
		takeaway: "Saying no is also saying yes to my priorities.",
		learnings: ["The list showed me that half the emergencies were not.", "Two times out of three: the third time, I gave in."],
		changed: "My director now asks whether it is \"really urgent\" before I do.",
	},
} as const;

function must<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.vars ?? {})}`);
	return result.value;
}

function read(store: MemoryStore, path: string): string {
	const text = store.files.get(path);
	if (text === undefined) throw new Error(`no note at ${path}`);
	return text;
}

/** The session's opening step section: from its heading to the next step heading. */
function retourSection(text: string): string {
	const lines = text.split("\n");
	const block = lines.findIndex((line) => line.includes("codev-retour"));
	let start = block;
	while (start > 0 && !lines[start]?.startsWith("## ")) start--;
	let end = block + 1;
	while (end < lines.length && !lines[end]?.startsWith("## ")) end++;
	return `${lines.slice(start, end).join("\n")}\n`;
}

interface Rendered {
	groupCreated: string;
	personCreated: string;
	groupFromStart: string;
	personFromStart: string;
	sessionOne: string;
	sessionOneHeld: string;
	contract: string;
	plan: string;
	planAfterRetour: string;
	sessionTwo: string;
	retour: string;
	bilan: string;
	sheet: string;
}

/** One client's cycle as the plugin's commands run it: the group (Create group), start, contract, contributions, plan, evaluation (the note as held), a second session with two consultations and its retour, the bilan, the client sheet. */
async function renderCycle(lang: Lang): Promise<Rendered> {
	const words = WORDS[lang];
	const store = new MemoryStore(parseYamlStrict);
	const settings = { ...defaultSettings(lang), facilitator: FACILITATOR };
	const person = (name: string): NoteRef => {
		const path = store.findNote("person", name);
		return path ? { name, path } : { name };
	};
	const personPath = (name: string): string => person(name).path ?? name;
	vi.setSystemTime(new Date(2026, 1, 20, 10, 0));
	const { groupPath } = must(
		await createGroup(
			store,
			{ name: GROUP, members: MEMBERS, facilitator: FACILITATOR, cadence: { kind: "monthly", nth: 2, weekday: "tue" }, start: "2026-03-10", sessionsPlanned: 6, durationMinutes: 120, time: "14:00", mode: "in-person" },
			settings,
			lang,
		),
	);
	const march = new Date(2026, 2, 10, 14, 0);
	vi.setSystemTime(march);
	const one = must(
		await startSession(
			store,
			{ group: { name: GROUP, path: groupPath }, date: "2026-03-10", client: person(CLIENT), topic: words.topic, duration: 120, opening: false, attendees: MEMBERS.map(person), facilitator: FACILITATOR, method: CLASSIC_METHOD, createdAt: march },
			settings,
			lang,
		),
	);
	const sessionOne = read(store, one.sessionPath);
	const groupCreated = read(store, groupPath);
	const personCreated = read(store, personPath("Jérôme Lefèvre"));
	const marchEvening = new Date(2026, 2, 10, 17, 30);
	vi.setSystemTime(marchEvening);
	const contract = must(await createContract(store, one.sessionPath, { ...words.contract, help: ["questions", "experiences", "suggestions"], validated: true }, lang, { today: marchEvening }));
	for (const c of words.contributions) must(await logContribution(store, one.sessionPath, { who: personPath(c.who), kind: c.kind, text: c.text }, lang));
	const plan = must(await createActionPlan(store, one.sessionPath, { kept: words.kept, actions: words.actions.map((text) => ({ text })) }, lang, { today: marchEvening }));
	must(
		await recordEvaluation(
			store,
			one.sessionPath,
			MEMBERS.map((name, i) => (i === 4 ? { personPath: personPath(name), status: "excused" as const } : { personPath: personPath(name), status: "present" as const, fond: 4 + (i % 2), forme: 5 - (i % 2), takeaway: name === CLIENT ? words.takeaway : undefined })),
			lang,
		),
	);
	const sessionOneHeld = read(store, one.sessionPath);
	const planAsWritten = read(store, plan.path);

	const april = new Date(2026, 3, 14, 14, 0);
	vi.setSystemTime(april);
	const two = must(
		await startSession(
			store,
			{
				group: { name: GROUP, path: groupPath },
				date: "2026-04-14",
				client: person("Marc Dubois"),
				topic: words.topicA,
				second: { client: person("Sofia Benali"), topic: words.topicB },
				duration: 180,
				opening: true,
				attendees: MEMBERS.map(person),
				facilitator: FACILITATOR,
				method: CLASSIC_METHOD,
				createdAt: april,
			},
			settings,
			lang,
		),
	);
	const sessionTwo = read(store, two.sessionPath);
	const heard = must(await findRetour(store, two.sessionPath, { today: april }));
	for (const who of heard) {
		const outcomes = ["done", "partly"] as const;
		const answers = who.items.map((item, i) => ({ planPath: item.planPath, key: item.key, outcome: outcomes[i % 2] ?? "done", learning: words.learnings[i % 2] ?? "" }));
		must(await applyRetour(store, two.sessionPath, { client: who.client, clientName: who.clientName, answers, changed: words.changed }, lang, { today: april }));
	}
	const retour = retourSection(read(store, two.sessionPath));

	const june = new Date(2026, 5, 30, 12, 0);
	vi.setSystemTime(june);
	const bilan = must(await generateBilan(store, groupPath, lang, "2026-06-30"));
	const prepared = must(await prepareClientSheet(store, personPath(CLIENT), { includeNames: false, folder: settings.peopleFolder, today: "2026-06-30" }, lang, { today: june }));
	const sheet = await writeClientSheet(store, prepared);
	return { ...(await startWithNewNames(lang)), groupCreated, personCreated, sessionOne, sessionOneHeld, contract: read(store, contract.path), plan: planAsWritten, planAfterRetour: read(store, plan.path), sessionTwo, retour, bilan: read(store, bilan.path), sheet: read(store, sheet.path) };
}

/** Start session with a group and people that have no note yet: it writes them too. */
async function startWithNewNames(lang: Lang): Promise<Pick<Rendered, "groupFromStart" | "personFromStart">> {
	const store = new MemoryStore(parseYamlStrict);
	const march = new Date(2026, 2, 10, 14, 0);
	vi.setSystemTime(march);
	must(
		await startSession(
			store,
			{ group: { name: GROUP }, date: "2026-03-10", client: { name: CLIENT }, topic: WORDS[lang].topic, duration: 120, opening: false, attendees: MEMBERS.map((name) => ({ name })), facilitator: FACILITATOR, method: CLASSIC_METHOD, createdAt: march },
			{ ...defaultSettings(lang), facilitator: FACILITATOR },
			lang,
		),
	);
	return { groupFromStart: read(store, store.findNote("group", GROUP) ?? ""), personFromStart: read(store, store.findNote("person", "Jérôme Lefèvre") ?? "") };
}

const FILES: Record<keyof Rendered, string> = {
	groupCreated: "group-from-create-group",
	personCreated: "person-from-create-group",
	groupFromStart: "group-from-start-session",
	personFromStart: "person-from-start-session",
	sessionOne: "session-one-consultation",
	sessionOneHeld: "session-one-consultation-held",
	sessionTwo: "session-two-consultations",
	contract: "contract",
	plan: "action-plan",
	planAfterRetour: "action-plan-after-retour",
	retour: "retour-block",
	bilan: "bilan",
	sheet: "client-sheet",
};

beforeAll(() => {
	vi.useFakeTimers({ toFake: ["Date"] });
});
afterAll(() => {
	vi.useRealTimers();
});

describe.each(["fr", "en"] as const)("the notes the plugin writes (%s) match their approval files", (lang) => {
	let rendered: Rendered;
	beforeAll(async () => {
		rendered = await renderCycle(lang);
	});
	it.each(Object.keys(FILES) as Array<keyof Rendered>)("%s", (key) => {
		expectApproved(rendered[key], `${FILES[key]}.${lang}.md`, import.meta.url);
	});
});
