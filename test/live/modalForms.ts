/**
 * Each of the plugin's forms opened with a realistic group (six members, long names) for the
 * browser layout tests; imports `obsidian`, so only the browser project (where it is the shim) runs it.
 */
import type { App } from "obsidian";
import type { Modal } from "obsidian";
import { openModals } from "../tools/obsidian-browser/obsidian";
import { listMethods } from "../../src/codev/customMethods";
import { t } from "../../src/i18n";
import type { CodevIndex } from "../../src/index/codevIndex";
import { initialFormState } from "../../src/services/sessionForm";
import { initialGroupForm } from "../../src/services/cycle/groupForm";
import type { PreparedSheet } from "../../src/services/sheet/clientSheet";
import { StartSessionModal } from "../../src/obsidian/startSessionModal";
import { ContractModal, ContributionModal, PlanModal, RetourModal } from "../../src/obsidian/linked/modals";
import { CreateGroupModal, EvaluationModal, TopicModal } from "../../src/obsidian/cycle/modals";
import { ClientSheetModal } from "../../src/obsidian/clientSheetCommand";
import { StepZeroModal } from "../../src/obsidian/live/stepZeroModal";
import { fakeApp } from "../tools/obsidian-browser/app";

export const FORMS = ["start", "contract", "contribution", "plan", "retour", "evaluation", "group", "sheet", "topic", "step-zero"] as const;
export type FormName = (typeof FORMS)[number];

const NAMES = ["Hélène Côté", "Marc Dubois", "Sofia Benali", "Jean-Baptiste Vandenberghe", "Inès Roy", "Nadia Morel-Lefèvre"];
const PEOPLE = NAMES.map((name) => ({ path: `Codev/Personnes/${name}.md`, name }));
const person = (i: number) => PEOPLE[i] ?? { path: "", name: "" };
const GROUP = "Codev/Groupes/Horizon.md";
const SESSION = "Codev/Séances/2026-03-10 Horizon – Sofia Benali.md";

function app(): App {
	return fakeApp([
		{ path: GROUP, frontmatter: { type: "codev-group", members: NAMES.map((name) => `[[${name}]]`), facilitator: "Claire Fontaine" } },
		...PEOPLE.map((p) => ({ path: p.path, frontmatter: { type: "codev-person" } })),
		{ path: SESSION, frontmatter: { type: "codev-session", client: "[[Sofia Benali]]", topic: "Annoncer une réorganisation à mon équipe" } },
	]) as unknown as App;
}

const yes = () => Promise.resolve(true);

function start(): Modal {
	const state = initialFormState("2026-03-10", 120, true, "");
	return new StartSessionModal(app(), state, {
		methods: listMethods([]),
		defaultMethodId: () => "classic",
		groupDefaults: () => ({ facilitator: "Claire Fontaine", duration: null }),
		overridesFor: () => undefined,
		defaultDuration: 120,
		suggestClient: () => person(2).path,
		onSubmit: yes,
	});
}

async function contribution(): Promise<Modal> {
	let n = 0;
	const modal = new ContributionModal(app(), PEOPLE.filter((p) => p !== person(2)), (draft) => Promise.resolve(`- ${draft.who} ${++n}`));
	modal.open();
	for (const [who, text] of [
		[person(0).path, "As-tu pensé à annoncer d'abord aux chefs d'équipe ?"],
		[person(3).path, "Une réunion courte, puis des entretiens individuels la semaine suivante"],
	] as const) {
		modal.choose(who);
		modal.draft.text = text;
		await modal.submit();
	}
	return modal;
}

function plan(): Modal {
	return new PlanModal(
		app(),
		{
			clientName: person(2).name,
			people: PEOPLE.filter((p) => p !== person(2)),
			contributions: [
				{ who: `[[${person(0).name}]]`, kind: "questions", text: "Qui doit l'apprendre en premier, et par qui ?" },
				{ who: `[[${person(3).name}]]`, kind: "ideas", text: "Une réunion courte, puis des entretiens individuels la semaine suivante" },
			],
			earlier: [{ planPath: "Codev/Plans/2026-02-10 Plan – Sofia Benali.md", planDate: "2026-02-10", key: "^a1", text: "Demander un retour à ma responsable", due: "2026-03-01", latest: null }],
			due: "2026-04-14",
			estimated: false,
		},
		yes,
	);
}

function retour(): Modal {
	const item = (text: string, carried: boolean) => ({ planPath: "Codev/Plans/2026-02-10 Plan – Marc Dubois.md", planDate: "2026-02-10", key: text, text, owner: null, due: "2026-03-01", outcome: null, learning: "", carried });
	return new RetourModal(app(), { client: person(1).path, clientName: person(1).name, items: [item("Écrire la fiche de poste avec l'équipe", false), item("Proposer un point hebdomadaire de quinze minutes", true)], changed: "" }, () => Promise.resolve(true));
}

function evaluation(): Modal {
	const rows = PEOPLE.map((p, i) => ({ path: p.path, name: p.name, status: i === 4 ? ("excused" as const) : ("present" as const), fond: i < 2 ? "4" : "", forme: i === 0 ? "5" : "", takeaway: i === 0 ? "Poser les questions avant les idées" : "" }));
	return new EvaluationModal(app(), rows, yes);
}

function group(): Modal {
	const state = initialGroupForm("2026-01-05", "Claire Fontaine", 120, t("cycle.group.charter.default"));
	state.name = "Horizon";
	state.members = NAMES.join("\n");
	return new CreateGroupModal(app(), state, yes);
}

function sheet(): Modal {
	const index = {
		sessionsAsClient: () => [{ path: SESSION, date: "2026-03-10", frontmatter: { topic: "Annoncer une réorganisation à mon équipe" } }],
		consultationOfClient: () => "a",
	} as unknown as CodevIndex;
	const prepared = { clientPath: person(2).path, name: "Fiche – Sofia Benali", folder: "Codev", text: "", review: { replaced: [], toCheck: [] } } as unknown as PreparedSheet;
	return new ClientSheetModal(app(), index, [person(2).path, person(1).path], () => Promise.resolve(prepared), yes);
}

function stepZero(): Modal {
	return new StepZeroModal(
		app(),
		{
			suggested: person(2),
			backlog: [
				{ item: "[[Marc Dubois]] : Annoncer une réorganisation", proposerPath: person(1).path, topic: "Annoncer une réorganisation" },
				{ item: "Reprendre une équipe en difficulté", proposerPath: null, topic: "Reprendre une équipe en difficulté" },
			],
			people: PEOPLE,
		},
		yes,
	);
}

// Keys quoted: they are the forms' names, looked up by string (MANGLE=1 leaves quoted keys alone).
const BUILDERS: Record<FormName, () => Modal | Promise<Modal>> = {
	"start": start,
	"contract": () => new ContractModal(app(), yes),
	"contribution": contribution,
	"plan": plan,
	"retour": retour,
	"evaluation": evaluation,
	"group": group,
	"sheet": sheet,
	"topic": () => new TopicModal(app(), PEOPLE, yes),
	"step-zero": stepZero,
};

/** Opens the form (already open when building it needs clicks) and returns it. */
export async function openForm(name: FormName): Promise<Modal> {
	const modal = await BUILDERS[name]();
	if (!openModals.includes(modal)) modal.open();
	return modal;
}

export function closeAll(): void {
	for (const modal of [...openModals].reverse()) modal.close();
}
