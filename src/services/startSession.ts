import { singleConsultationLayout, splitTwoConsultations, type SessionLayout } from "../codev/consultations";
import { stepsFor } from "../codev/methods";
import { formatDuration, planSessionMinutes } from "../codev/timing";
import type { CoreError, Lang, MethodDef, Result } from "../codev/types";
import { fail, ok } from "../codev/types";
import { translator } from "../i18n";
import { expandDatePlaceholder } from "../notes/datePattern";
import { formatLongDate } from "../notes/dates";
import { parseLocalDate } from "../codev/dates";
import type { Properties } from "../notes/frontmatter";
import { freePath, nameKey, noteNameFromPattern } from "../notes/names";
import { renderSessionNote, sessionTemplate, type TemplateValues } from "../notes/sessionTemplate";
import { oneLine } from "../notes/text";
import type { CodevSettings } from "../settings/model";
import { basenameOf, type NoteStore } from "./noteStore";
import { noteTarget, uniqueTargets, writeMembers, type NoteTarget } from "./groupNotes";
import { renderStartedGroupNote } from "../notes/cycle/groupNote";
import { groupProperties } from "../notes/schema/group";
import { SCHEMA_VERSION } from "../notes/schema/kinds";
import { sessionProperties } from "../notes/schema/session";

export { SCHEMA_VERSION };

/** A group or person: an existing note (path) or a new name typed by the facilitator. */
export interface NoteRef {
	name: string;
	path?: string;
}

export interface SessionRequest {
	group: NoteRef;
	/** Local calendar date, yyyy-MM-dd. */
	date: string;
	client: NoteRef;
	topic: string;
	duration: unknown;
	opening: boolean;
	/** Everyone present, the client included or not (added when missing). */
	attendees: NoteRef[];
	facilitator: string;
	method: MethodDef;
	/** Minutes fixed by hand per step id, for the default length (settings); one consultation only. */
	overrides?: Record<string, number>;
	/** A second consultation in the same session: client B and their topic. */
	second?: SecondConsultation;
	/** The client and topic are chosen at step 0: the note says so until they are. */
	clientLater?: boolean;
	/** When the note is made: {{time}} (as core Templates). Now by default. */
	createdAt?: Date;
}

export interface SecondConsultation {
	client: NoteRef;
	topic: string;
}

export type UserTemplate = { path: string; text: string } | { path: string; missing: true };

export interface StartedSession {
	sessionPath: string;
	created: string[];
	updated: string[];
	/** Planned minutes per plan step id (consultation B's steps are "b_<id>", the break "break"). */
	minutes: Record<string, number>;
	/** The steps in order, with the consultation each belongs to. */
	layout: SessionLayout;
	/** The user template could not be used: the built-in one was, and this says why. */
	templateProblem?: { path: string; error: CoreError };
	unknownPlaceholders: string[];
	/** Date patterns that were refused (not Moment letters): the default pattern was used. */
	refusedDatePatterns: string[];
}

type ResolvedRef = NoteTarget;

/** An existing note is reused; a new name matching a plugin note of that kind reuses it too; else a free path. */
function resolveRef(store: NoteStore, kind: "group" | "person", ref: NoteRef, settings: CodevSettings, lang: Lang): ResolvedRef {
	return noteTarget(store, kind, ref, kind === "group" ? settings.groupsFolder : settings.peopleFolder, lang);
}

function validate(request: SessionRequest): Result<Date> {
	if (request.group.name.trim() === "" && !request.group.path) return fail("group-missing");
	if (request.clientLater && (request.second || !request.opening)) return fail("client-missing");
	if (!request.clientLater && request.client.name.trim() === "" && !request.client.path) return fail("client-missing");
	if (!request.clientLater && request.topic.trim() === "") return fail("topic-missing");
	if (request.second) {
		if (request.second.client.name.trim() === "" && !request.second.client.path) return fail("client-b-missing");
		if (request.second.topic.trim() === "") return fail("topic-b-missing");
	}
	const date = parseLocalDate(request.date);
	return date ? ok(date) : fail("date-invalid");
}

/** A user template for two consultations must have consultation B's sections (`%% codev-step: b_<id> %%`). */
const SECOND_CONSULTATION_MARKER = /^%% codev-step: b_[\w-]+ %%$/m;

/** The session note from the user's template (its sections of steps not held dropped), else from the session's own steps. */
function renderSession(
	store: NoteStore,
	request: SessionRequest,
	layout: SessionLayout,
	props: Properties,
	values: TemplateValues,
	lang: Lang,
	template: UserTemplate | undefined,
): Result<{ text: string; unknown: string[]; problem?: StartedSession["templateProblem"] }> {
	const builtInText = sessionTemplate(layout, lang);
	if (template) {
		const rendered =
			"missing" in template
				? fail<never>("template-missing")
				: request.second && !SECOND_CONSULTATION_MARKER.test(template.text)
					? fail<never>("template-one-consultation")
					: renderSessionNote(template.text, props, { ...values, stepIds: layout.steps.map((s) => s.id) }, store.parseYaml);
		if (rendered.ok) return ok({ text: rendered.value.text, unknown: rendered.value.unknownPlaceholders });
		const fallback = renderSessionNote(builtInText, props, values, store.parseYaml);
		if (!fallback.ok) return fallback;
		return ok({ text: fallback.value.text, unknown: [], problem: { path: template.path, error: rendered.error } });
	}
	const builtIn = renderSessionNote(builtInText, props, values, store.parseYaml);
	return builtIn.ok ? ok({ text: builtIn.value.text, unknown: builtIn.value.unknownPlaceholders }) : builtIn;
}

/**
 * The session's steps and minutes: one consultation follows the method's bounds and the
 * facilitator's minutes; two follow splitTwoConsultations (the settings' minutes are for one
 * consultation at the default length, so they do not apply).
 */
export function planSessionLayout(request: Pick<SessionRequest, "method" | "opening" | "duration" | "overrides" | "second">, defaultDuration: number): Result<SessionLayout> {
	if (request.second) return splitTwoConsultations(request.method, request.duration, request.opening);
	const steps = stepsFor(request.method, request.opening);
	const minutes = planSessionMinutes(steps, request.duration, defaultDuration, request.overrides, request.method);
	return minutes.ok ? ok(singleConsultationLayout(steps, minutes.value)) : minutes;
}

/**
 * Creates the session note (and the group and person notes that are missing) from the
 * request. Never overwrites: existing notes are linked, and edited only through
 * updateProperties to add a new member or group link.
 */
export async function startSession(
	store: NoteStore,
	request: SessionRequest,
	settings: CodevSettings,
	lang: Lang,
	template?: UserTemplate,
): Promise<Result<StartedSession>> {
	const date = validate(request);
	if (!date.ok) return date;
	const layout = planSessionLayout(request, settings.defaultDurationMinutes);
	if (!layout.ok) return layout;
	const minutes = layout.value.minutes;
	const total = Object.values(minutes).reduce((a, b) => a + b, 0);

	const group = resolveRef(store, "group", request.group, settings, lang);
	const later = request.clientLater === true;
	const client: ResolvedRef | null = later ? null : resolveRef(store, "person", request.client, settings, lang);
	const clientB = request.second ? resolveRef(store, "person", request.second.client, settings, lang) : null;
	// A new name typed twice resolves to the same free path: compare the targets, not the input.
	if (clientB && client && nameKey(clientB.path) === nameKey(client.path)) return fail("client-b-same");
	// Attendees without duplicates, the clients first.
	const people = uniqueTargets([
		...[client, clientB].filter((ref): ref is ResolvedRef => ref !== null),
		...request.attendees.map((ref) => resolveRef(store, "person", ref, settings, lang)),
	]);
	// One line: a line break in a topic would leave the callout and could plant a heading or a step marker.
	const topic = oneLine(request.topic);
	const topicB = oneLine(request.second?.topic ?? "");
	const t = translator(lang);
	const pending = t("live.later.name");
	const clientName = client ? basenameOf(client.path) : pending;
	const clientNames = clientB ? t("note.clients-pair", { a: clientName, b: basenameOf(clientB.path) }) : clientName;
	const refusedDates = new Set<string>();
	const when = { date: date.value, time: request.createdAt ?? new Date() };
	const formatDate = (key: string) => expandDatePlaceholder(key, when, lang, refusedDates);
	const sessionName = noteNameFromPattern(settings.sessionNamePattern, { group: basenameOf(group.path), client: clientNames, topic }, formatDate);
	const sessionPath = freePath(settings.sessionsFolder, sessionName, ".md", (p) => store.exists(p));
	const created: string[] = [];
	const updated: string[] = [];

	// Group, then people, then the group's member list: links are computed from files that exist.
	if (group.isNew) {
		await store.create(group.path, renderStartedGroupNote(groupProperties(oneLine(request.facilitator)), lang));
		created.push(group.path);
	}
	const members = await writeMembers(store, group.path, people, lang, group.isNew);
	created.push(...members.created);
	updated.push(...members.updated);

	const props = sessionProperties({
		method: request.method.id,
		group: store.propertyLink(group.path, sessionPath),
		date: request.date.trim(),
		client: client ? store.propertyLink(client.path, sessionPath) : "",
		topic,
		chooseAtStep0: later,
		...(clientB ? { second: { client: store.propertyLink(clientB.path, sessionPath), topic: topicB } } : {}),
		duration: total,
		opening: request.opening,
		attendees: people.map((p) => store.propertyLink(p.path, sessionPath)),
		facilitator: oneLine(request.facilitator),
		status: "planned",
		// The step list used, so that the session keeps its steps when the method is edited later.
		steps: layout.value.steps.map((step) => step.id),
		listSteps: true,
		planned: minutes,
		lang,
	});
	const values: TemplateValues = {
		values: {
			title: t("note.session-title", { date: formatLongDate(date.value, lang), client: clientNames }),
			date: request.date.trim(),
			group: basenameOf(group.path),
			group_link: store.bodyLink(group.path, sessionPath),
			client: clientName,
			client_link: client ? store.bodyLink(client.path, sessionPath) : pending,
			topic: later ? pending : topic,
			client_b: clientB ? basenameOf(clientB.path) : "",
			client_b_link: clientB ? store.bodyLink(clientB.path, sessionPath) : "",
			topic_b: topicB,
			duration: String(total),
			duration_text: formatDuration(total, lang),
			facilitator: oneLine(request.facilitator),
			attendees: people.map((p) => `- ${store.bodyLink(p.path, sessionPath)}`).join("\n"),
			method: oneLine(request.method.name[lang]),
		},
		minutes,
		formatDate,
	};
	const rendered = renderSession(store, request, layout.value, props, values, lang, template);
	if (!rendered.ok) return rendered;
	await store.create(sessionPath, rendered.value.text);
	created.push(sessionPath);
	return ok({
		sessionPath,
		created,
		updated,
		minutes,
		layout: layout.value,
		templateProblem: rendered.value.problem,
		unknownPlaceholders: rendered.value.unknown,
		refusedDatePatterns: [...refusedDates],
	});
}
