/**
 * Generate cycle review (« bilan »): creates the note when the group has none, else refreshes
 * only the plugin's marked sections of the existing one (the facilitator's text is kept byte
 * for byte). Reads properties only, never session bodies, so private notes cannot leak in.
 */
import { attendanceByMember } from "../../codev/cycle/attendance";
import { ratingTrend, sessionMeans } from "../../codev/cycle/ratings";
import { isHeld, sortSessions, type PersonRef } from "../../codev/cycle/records";
import { computeRotation } from "../../codev/cycle/rotation";
import { fail, ok, type Lang, type Result } from "../../codev/types";
import { translator } from "../../i18n";
import { parsePlanActions } from "../../notes/linked/actionPlanNote";
import { helpLabel, isHelpKind } from "../../notes/linked/kinds";
import { BILAN_SCOPE, renderBilanNote, renderBilanSections, type BilanData, type Outcome } from "../../notes/cycle/bilan";
import { refreshMarkedSections, sectionStart } from "../../notes/markers";
import { freePath, nameKey } from "../../notes/names";
import { basenameOf, type NoteStore } from "../noteStore";
import { bilanProperties, BILAN_TYPE, stampGenerated } from "../../notes/schema/bilan";
import { readGroup } from "./group";
import { readActionPlans, readContractHelpKinds, readGroupSessions } from "./sessionRecords";
import { folderOf } from "../../notes/paths";

export function toOutcome(value: string, status = ""): Outcome {
	const v = nameKey(value || status).replace(/[_\s]+/g, "-");
	if (["tried", "essayé", "essaye", "done", "fait"].includes(v)) return "done";
	if (["partly", "partial", "partially", "en-partie", "partiel"].includes(v)) return "partly";
	if (["not-tried", "pas-essayé", "pas-essaye"].includes(v)) return "not-tried";
	if (["let-go", "abandoned", "abandonné", "abandonne", "cancelled"].includes(v)) return "let-go";
	return "unknown";
}

/**
 * One row per action of each action plan, read by the linked-notes feature's one rule
 * (parsePlanActions: [x] done, [/] partly, [ ] after « pas essayé » not tried, [-] let go, and
 * [-] as not tried in a schema-1 plan); a plan without checkboxes is one row from its
 * `status`/`outcome` properties. The action column shows the action alone: its owner, dates
 * and status stamps have their own columns (client, due, outcome).
 */
async function actionRows(store: NoteStore, sessionPaths: string[], notePath: string, personLink: (p: PersonRef | null) => string): Promise<BilanData["actions"]> {
	const rows: BilanData["actions"] = [];
	for (const plan of readActionPlans(store, sessionPaths)) {
		const text = await store.read(plan.path).catch(() => "");
		const { actions } = parsePlanActions(text);
		const link = store.bodyLink(plan.path, notePath);
		const clientLink = personLink(plan.client);
		if (actions.length === 0) rows.push({ link, clientLink, due: plan.due, outcome: toOutcome(plan.outcome, plan.status) });
		for (const action of actions) {
			rows.push({ link: `${link} – ${action.text}`, clientLink, due: action.due ?? plan.due, outcome: action.outcome ?? "unknown" });
		}
	}
	return rows.sort((a, b) => (a.due || "9999").localeCompare(b.due || "9999"));
}

/** Everything the bilan shows, with links relative to `notePath`. */
export async function collectBilanData(store: NoteStore, groupPath: string, notePath: string, todayIso: string, lang: Lang): Promise<BilanData | null> {
	const group = readGroup(store, groupPath);
	if (!group) return null;
	const held = sortSessions(readGroupSessions(store, groupPath).filter((s) => isHeld(s, todayIso)));
	const personLink = (p: PersonRef | null) => (p ? (p.id.startsWith("?") ? p.name : store.bodyLink(p.id, notePath)) : "");
	const rotation = computeRotation(group.members, held);
	const clients = new Map<string, { link: string; topics: string[] }>();
	for (const s of held) {
		for (const [client, topic] of [[s.client, s.topic], [s.clientB ?? null, s.topicB ?? ""]] as const) {
			if (!client) continue;
			const entry = clients.get(client.id) ?? { link: personLink(client), topics: [] };
			if (topic) entry.topics.push(topic);
			clients.set(client.id, entry);
		}
	}
	const helpCounts = new Map<string, number>();
	for (const raw of [...held.flatMap((s) => s.helpKinds), ...readContractHelpKinds(store, held.map((s) => s.path))]) {
		const kind = isHelpKind(raw) ? helpLabel(raw, lang) : raw;
		helpCounts.set(kind, (helpCounts.get(kind) ?? 0) + 1);
	}
	const everyone = [...group.members, ...group.formerMembers.filter((f) => !group.members.some((m) => m.id === f.id))];
	const attendance = attendanceByMember(everyone, held);
	return {
		groupName: group.name,
		planned: group.planned,
		sessions: held.map((s) => ({
			link: store.bodyLink(s.path, notePath, s.date || basenameOf(s.path)),
			date: s.date,
			clientLink: [personLink(s.client), personLink(s.clientB ?? null)].filter((link) => link !== "").join(", "),
			topic: [s.topic, s.topicB ?? ""].filter((topic) => topic !== "").join(" · "),
			present: s.present.length,
			recorded: s.present.length + s.absent.length + s.excused.length,
			...sessionMeans(s.ratings),
		})),
		clients: [...clients.values()],
		helpKinds: [...helpCounts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
		actions: await actionRows(store, held.map((s) => s.path), notePath, personLink),
		attendance: attendance.map((a) => ({
			link: personLink(a.person),
			timesClient: rotation.entries.find((e) => e.person.id === a.person.id)?.timesClient ?? 0,
			rate: a.rate,
		})),
		trend: ratingTrend(held),
		learnings: held
			.filter((s) => s.learnings.length > 0)
			.map((s) => ({ sessionLink: store.bodyLink(s.path, notePath, s.date || basenameOf(s.path)), items: s.learnings.map((l) => ({ personLink: personLink(l.person), text: l.text })) })),
	};
}

export interface GeneratedBilan {
	path: string;
	created: boolean;
	/** Sections whose markers the facilitator removed: left out on purpose. */
	missingSections: string[];
}

function findBilan(store: NoteStore, groupPath: string): string | null {
	return store.codevIndex().ofGroup(groupPath, BILAN_TYPE)[0]?.path ?? null;
}

export async function generateBilan(store: NoteStore, groupPath: string, lang: Lang, todayIso: string): Promise<Result<GeneratedBilan>> {
	const group = readGroup(store, groupPath);
	if (!group) return fail("cycle-not-found");
	const existing = findBilan(store, groupPath);
	if (existing) {
		const data = await collectBilanData(store, groupPath, existing, todayIso, lang);
		if (!data) return fail("cycle-not-found");
		const sections = renderBilanSections(data, lang);
		const unpaired = refreshMarkedSections(await store.read(existing), BILAN_SCOPE, sections).unpaired[0];
		if (unpaired !== undefined) return fail("marker-unpaired", { name: basenameOf(existing), marker: sectionStart(BILAN_SCOPE, unpaired) });
		let missing: string[] = [];
		await store.process(existing, (text) => {
			const refreshed = refreshMarkedSections(text, BILAN_SCOPE, sections);
			missing = refreshed.missing;
			return refreshed.text;
		});
		await store.updateProperties(existing, (fm) => stampGenerated(fm, todayIso));
		return ok({ path: existing, created: false, missingSections: missing });
	}
	const folder = folderOf(groupPath);
	const path = freePath(folder, translator(lang)("cycle.bilan.name", { group: group.name }), ".md", (p) => store.exists(p));
	// Links are computed for the final path; the group link must exist before the note does.
	const data = await collectBilanData(store, groupPath, path, todayIso, lang);
	if (!data) return fail("cycle-not-found");
	const props = bilanProperties(store.propertyLink(groupPath, path), todayIso, lang);
	await store.create(path, renderBilanNote(props, data, lang));
	return ok({ path, created: true, missingSections: [] });
}
