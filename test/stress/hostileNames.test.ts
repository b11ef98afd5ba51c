/**
 * Hostile names and text (fast-check): group, person and topic names made of characters that are
 * illegal on some file system or meaningful to Obsidian, emoji, right-to-left scripts, 300+
 * characters, only dots and spaces, Windows reserved names. For every input the generated paths
 * must be valid everywhere, unique and readable; every link must resolve; every front matter
 * must parse with the strict YAML parser and give the typed text back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, renderFrontmatter } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";
import type { MemoryStore } from "../../src/services/memoryStore";
import { basenameOf } from "../../src/services/noteStore";
import { linkTarget } from "../../src/notes/links";
import { createActionPlan, createContract, logContribution } from "../../src/services/linked";
import { startSession } from "../../src/services/startSession";
import { defaultSettings } from "../../src/settings/model";
import { oneLine } from "../../src/notes/text";
import { expectLinksResolve, expectValidUniquePaths, pathProblem } from "./helpers";
import { strictFrontmatter } from "../tools/frontmatter";
import { sessionRequest } from "../tools/sessions";
import { newStore } from "../tools/stores";

const PIECES = [
	"*", '"', "\\", "/", "<", ">", ":", "|", "?", "#", "^", "[", "]", "%", " ", ".", "..", "  ", "\t",
	"🚀", "👨‍👩‍👧", "🇫🇷", "שלום", "مرحبا", "\u202E", "\u200F", "\u200B", "e\u0301", "İ", "ß", "Ω",
	"CON", "nul", "Com1", "LPT9", "AUX.txt", "{{date}}", "{{client}}", "[[x]]", "[[", "]]", "---", "%%", "$&", "&amp;", "<img src=x onerror=alert(1)>",
	"Hélène", "Côté", "Marc", "groupe", "-", "'", "`", "!", "@", "~", "yes", "null", "2026-01-13", "1e3",
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme", maxLength: 6 }));
const mixed = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
const reserved = fc.constantFrom("CON", "con", "PRN", "AUX", "NUL", "nul.md", "COM1", "com9.txt", "LPT1", "LPT¹", "CONIN$", "CON .txt");
const dotsAndSpaces = fc.array(fc.constantFrom(".", " ", "\u3000", "\u00a0"), { minLength: 1, maxLength: 20 }).map((p) => `${p.join("")}.`);
const long = fc.tuple(mixed, fc.string({ unit: "grapheme", minLength: 300, maxLength: 420 })).map(([a, b]) => a + b);
const hostileName = fc.oneof({ weight: 5, arbitrary: mixed }, reserved, dotsAndSpaces, long);
/** What the single-line topic field can hold (the browser input drops line breaks). */
const hostileTopic = fc.oneof(hostileName, fc.string({ unit: "binary", minLength: 1, maxLength: 80 }).map((s) => s.replace(/[\r\n]/g, " ")));

const asText = (value: unknown): unknown => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

const RUNS = Number(process.env.STRESS_RUNS ?? 120);

function expectFrontmattersParse(store: MemoryStore): void {
	for (const [path, text] of store.files) {
		if (!path.endsWith(".md")) continue;
		const parsed = parseNote(text, parseYamlStrict);
		expect(parsed.ok, `front matter of ${path}`).toBe(true);
	}
}

/** A property link resolves, from the note holding it, to `expected`. */
function expectLinksTo(store: MemoryStore, value: unknown, from: string, expected: string): void {
	expect(typeof value).toBe("string");
	expect(store.resolveLink(value as string, from)).toBe(expected);
}

describe("hostile names and text", () => {
	it("every property string the plugin writes reads back the same with a strict YAML parser", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES, ":", ": ", " #", "\n", "\u0000", "\u2028", "\ufeff"), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 8 }), (parts) => {
				const value = parts.join("");
				fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(value));
				const parsed = parseNote(renderFrontmatter({ value, list: [value] }), parseYamlStrict);
				expect(parsed.ok && parsed.value.data).toEqual({ value, list: [value] });
			}),
			{ numRuns: RUNS * 10 },
		);
		// Found by the property above: "groupe:" was written plain and broke the whole front matter.
		expect(parseNote(renderFrontmatter({ request: "groupe:" }), parseYamlStrict)).toMatchObject({ ok: true, value: { data: { request: "groupe:" } } });
	});

	it("names of 300 CJK or Hebrew characters fit the 255-byte file-name limit of Linux, Android and iOS", async () => {
		// Found by the property below: 120 characters of 3 UTF-8 bytes each made 360-byte names.
		const store = newStore();
		const started = await startSession(store, sessionRequest({ group: { name: "協働".repeat(150) }, client: { name: "שלום".repeat(80) }, topic: "話題" }), defaultSettings("fr"), "fr");
		if (!started.ok) throw new Error(started.error.code);
		const contract = await createContract(store, started.value.sessionPath, { request: "r", goal: "g", help: [], reformulation: "", validated: false }, "fr");
		if (!contract.ok) throw new Error(contract.error.code);
		expectValidUniquePaths(store.files.keys());
		for (const path of store.files.keys()) expect(new TextEncoder().encode(path.split("/").pop()).length).toBeLessThanOrEqual(255);
		expectLinksResolve(store);
	});

	it("startSession: valid, unique, readable paths; links resolve; typed text comes back", async () => {
		await fc.assert(
			fc.asyncProperty(hostileName, hostileName, fc.array(hostileName, { maxLength: 4 }), hostileTopic, hostileName, async (group, client, others, topic, facilitator) => {
				const store = newStore();
				const lang = group.length % 2 === 0 ? "fr" : "en";
				const request = sessionRequest({ group: { name: group }, client: { name: client }, attendees: others.map((name) => ({ name })), topic, facilitator });
				const result = await startSession(store, request, defaultSettings(lang), lang);
				if (!result.ok) {
					// Only input that is empty once trimmed is refused, and then nothing is written.
					expect(["group-missing", "client-missing", "topic-missing"]).toContain(result.error.code);
					expect(store.files.size).toBe(0);
					return;
				}
				const { sessionPath, created } = result.value;
				expectValidUniquePaths(store.files.keys());
				for (const path of created) expect(basenameOf(path).trim().length, path).toBeGreaterThan(0);
				expectLinksResolve(store, [topic, facilitator]);
				expectFrontmattersParse(store);
				const fm = strictFrontmatter(store, sessionPath);
				// A topic is kept on one line: line breaks and tabs become one space; non-breaking spaces stay.
				// Typed text comes back on one line, with any Templater/Dataview opening made inert.
				expect(asText(fm.topic)).toBe(oneLine(topic));
				expect(asText(fm.facilitator)).toBe(oneLine(facilitator));
				const groupPath = store.resolveLink(String(fm.group), sessionPath);
				const clientPath = store.resolveLink(String(fm.client), sessionPath);
				expect(groupPath && strictFrontmatter(store, groupPath).type).toBe("codev-group");
				expect(clientPath && strictFrontmatter(store, clientPath).type).toBe("codev-person");
				const attendees = (fm.attendees as string[]).map((link) => store.resolveLink(link, sessionPath));
				expect(attendees[0]).toBe(clientPath);
				expect(new Set(attendees).size).toBe(attendees.length);
				// The group lists every attendee, each person links back to the group.
				const members = (strictFrontmatter(store, groupPath ?? "").members as string[]).map((l) => store.resolveLink(l, groupPath ?? ""));
				expect(new Set(members)).toEqual(new Set(attendees));
				for (const person of attendees) expectLinksTo(store, (strictFrontmatter(store, person ?? "").groups as string[])[0], person ?? "", groupPath ?? "");
			}),
			{ numRuns: RUNS },
		);
	});

	// Sixty generated vaults: seconds on a busy machine; a generous limit, not a timing check.
	it("two sessions, a contract, contributions and a plan in one vault: still valid, unique, linked", { timeout: 60_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(hostileName, hostileName, hostileName, hostileTopic, hostileTopic, hostileName, async (group, clientA, clientB, topic, text, owner) => {
				fc.pre(group.trim() !== "" && clientA.trim() !== "" && clientB.trim() !== "" && topic.trim() !== "" && text.trim() !== "");
				const store = newStore();
				const lang = "fr";
				const settings = defaultSettings(lang);
				const sessions: string[] = [];
				for (const client of [clientA, clientB, clientA]) {
					const result = await startSession(store, sessionRequest({ group: { name: group }, client: { name: client }, attendees: [{ name: clientB }, { name: owner }], topic }), settings, lang);
					if (!result.ok) throw new Error(result.error.code);
					sessions.push(result.value.sessionPath);
				}
				expect(new Set(sessions).size).toBe(3);
				for (const session of sessions) {
					const contract = await createContract(store, session, { request: text, goal: text, help: ["ideas", "advice"], reformulation: text, validated: true }, lang);
					if (!contract.ok) throw new Error(contract.error.code);
					expect(contract.value.warnings).toEqual([]);
					expectLinksTo(store, strictFrontmatter(store, contract.value.path).session, contract.value.path, session);
					const logged = await logContribution(store, session, { who: owner, kind: "ideas", text }, lang);
					expect(logged.ok).toBe(true);
					const plan = await createActionPlan(store, session, { actions: [{ text }, { text, owner, due: "2026-03-01" }] }, lang);
					if (!plan.ok) throw new Error(plan.error.code);
					expect(plan.value.warnings).toEqual([]);
					const planFm = strictFrontmatter(store, plan.value.path);
					expectLinksTo(store, planFm.session, plan.value.path, session);
					expectLinksTo(store, planFm.contract, plan.value.path, contract.value.path);
					expectLinksTo(store, strictFrontmatter(store, session).action_plan, session, plan.value.path);
					expect(asText(strictFrontmatter(store, contract.value.path).request)).toBe(oneLine(text));
				}
				expectValidUniquePaths(store.files.keys());
				expectLinksResolve(store, [topic, text, owner]);
				expectFrontmattersParse(store);
				// A name only differing by case or normalisation never produced a second file.
				for (const path of store.files.keys()) expect(pathProblem(path)).toBeNull();
				expect(linkTarget(strictFrontmatter(store, sessions[0] ?? "").client)).not.toBe("");
			}),
			{ numRuns: Math.ceil(RUNS / 2) },
		);
	});
});
