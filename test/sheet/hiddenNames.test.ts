import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_MEMBERS } from "../../scripts/demoVault";
import { demoCopy } from "../tools/stores";
import { foldName, nameHider, type KnownPerson } from "../../src/notes/hiddenNames";
import { appendContribution, renderContributionLine } from "../../src/notes/linked/contributions";
import type { MemoryStore } from "../../src/services/memoryStore";
import { exportClientSheet, prepareClientSheet } from "../../src/services/sheet/clientSheet";


const options = { includeNames: false, folder: "Fiches", today: "2026-10-30" };
const person = (store: MemoryStore, name: string): string => store.findNote("person", name) ?? "";
const sessionOf = (store: MemoryStore, client: string): string => store.notesOfType("codev-session").find((p) => p.includes(`– ${client}.md`)) ?? "";
const contractOf = (store: MemoryStore, client: string): string => store.notesOfType("codev-contract").find((p) => p.includes(`– ${client} –`)) ?? "";
const planOf = (store: MemoryStore, client: string): string => store.notesOfType("codev-action-plan").find((p) => p.includes(`– ${client} –`)) ?? "";

/** The client keeps a contribution: it is logged in the session and becomes an action of the plan. */
async function keep(store: MemoryStore, client: string, who: string, text: string): Promise<void> {
	await store.process(sessionOf(store, client), (note) => appendContribution(note, renderContributionLine(who, "ideas", text, "fr")) ?? note);
	await store.process(planOf(store, client), (note) => note.replace("%% codev-actions %%", `%% codev-actions %%\n- [ ] ${text}`));
}

async function sheetOf(store: MemoryStore, client: string, extra: Partial<typeof options> & { pseudonyms?: Record<string, string> } = {}): Promise<string> {
	const result = await exportClientSheet(store, person(store, client), { ...options, ...extra }, "fr");
	if (!result.ok) throw new Error(result.error.code);
	return store.files.get(result.value.path) ?? "";
}

/** True when `name` appears in `text` as a whole word, whatever the case, accents or normalisation. */
function spells(text: string, name: string): boolean {
	const folded = ` ${foldName(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
	return folded.includes(` ${foldName(name).replace(/[^\p{L}\p{N}]+/gu, " ")} `);
}

describe("client sheet with names hidden", () => {
	it("hides a member named by first name alone, last name alone, an alias, an NFD spelling or a guest typed by name", async () => {
		const store = await demoCopy();
		await store.updateProperties(person(store, "Julien Lefèvre"), (fm) => (fm.aliases = ["Juju"]));
		await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => {
			fm.request = `Comme Sofia l'a dit, et comme LEFEVRE aussi, puis Juju et ${"Nadia Petit".normalize("NFD")} et ${"Hélène".normalize("NFD")}.`;
		});
		await keep(store, "Marc Dubois", "Zoé Invitée", "Demander à Zoé de relire la présentation.");
		const text = await sheetOf(store, "Marc Dubois");
		for (const name of ["Sofia", "Lefèvre", "Juju", "Nadia", "Petit", "Hélène", "Zoé", "Invitée"]) expect(spells(text, name), name).toBe(false);
		expect(text).toContain("> Comme Consultant");
		expect(text).toMatch(/- Consultant \d · Idées\u00a0: Demander à Consultant \d de relire la présentation\./u);
	});

	it("replaces « Paul Durand » as one person before « Paul » and leaves « réaliser » alone when a member is named Ali", async () => {
		const store = await demoCopy();
		for (const name of ["Paul", "Paul Durand", "Ali"]) store.files.set(`Codev/Personnes/${name}.md`, "---\ntype: codev-person\n---\n");
		await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => (fm.request = "Paul Durand veut réaliser, avec Paul et Ali, une réalité : ALI, Durand, Paul\u00a0Durand."));
		const text = await sheetOf(store, "Marc Dubois");
		expect(text).toContain("> Consultant 1 veut réaliser, avec Consultant 2 et Consultant 3, une réalité : Consultant 3, Consultant 1, Consultant 1.");
	});

	it("hides a name spread over a line break and leaves the text around it as typed", () => {
		const people: KnownPerson[] = [{ id: "Paul Durand.md", names: ["Paul Durand"] }];
		const hider = nameHider(people, { isHidden: () => true, labelOf: () => "Consultant 1", ambiguousLabel: "?", resolveLink: () => null });
		expect(hider.hide("Avec Paul\nDurand, et\tPAUL  DURAND.")).toBe("Avec Consultant 1, et\tConsultant 1.");
	});

	it("hides the name of a deleted person note and of one renamed without updating links (unresolved [[Marc Dubois]])", async () => {
		const store = await demoCopy();
		const julien = person(store, "Julien Lefèvre");
		store.files.delete(julien);
		const nadia = person(store, "Nadia Petit");
		store.files.set("Codev/Personnes/N. Petit.md", store.files.get(nadia) ?? "");
		store.files.delete(nadia);
		await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => (fm.request = "Avec [[Julien Lefèvre]] et [[Nadia Petit|Nadia]], puis Julien seul."));
		const text = await sheetOf(store, "Marc Dubois");
		for (const name of ["Julien", "Lefèvre", "Nadia", "Petit"]) expect(spells(text, name), name).toBe(false);
		expect(text).not.toContain("[[");
	});

	it("with Markdown links, neither a member's path nor the pseudonymised client's real path reaches the sheet", async () => {
		const store = await demoCopy();
		await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => {
			fm.request = "Voir [Sofia Benali](Codev/Personnes/Sofia%20Benali.md), [moi](<Codev/Personnes/Marc Dubois.md>) et [la fiche](Codev/Personnes/Marc%20Dubois.md).";
		});
		const client = person(store, "Marc Dubois");
		const text = await sheetOf(store, "Marc Dubois", { pseudonyms: { [client]: "M." } });
		for (const leak of ["Codev/Personnes", "Personnes", "%20", "Marc", "Dubois", "Sofia", "Benali"]) expect(text, leak).not.toContain(leak);
		expect(text).toMatch(/> Voir Consultant \d, M\. et M\./u);
	});

	it("replaces the pseudonymised client's real first and last name in the topic, request and contributions", async () => {
		const store = await demoCopy();
		const client = person(store, "Marc Dubois");
		await store.updateProperties(sessionOf(store, "Marc Dubois"), (fm) => (fm.topic = "Marc face au comité"));
		await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => (fm.request = "Que Dubois se sente prêt."));
		await keep(store, "Marc Dubois", "Sofia Benali", "Que marc répète devant un miroir.");
		const text = await sheetOf(store, "Marc Dubois", { pseudonyms: { [client]: "M." } });
		expect(spells(text, "Marc")).toBe(false);
		expect(spells(text, "Dubois")).toBe(false);
		expect(text).toContain("· M. face au comité");
		expect(text).toContain("> Que M. se sente prêt.");
	});

	it("keeps a contribution only when an action is that very text (« Oui » is not kept)", async () => {
		const store = await demoCopy();
		await store.process(sessionOf(store, "Marc Dubois"), (note) => appendContribution(note, renderContributionLine("[[Sofia Benali]]", "questions", "Oui", "fr")) ?? note);
		await keep(store, "Marc Dubois", "[[Nadia Petit]]", "Dire « oui » à une répétition générale.");
		const text = await sheetOf(store, "Marc Dubois");
		expect(text).not.toMatch(/Questions\u00a0: Oui$/mu);
		expect(text).toMatch(/Idées\u00a0: Dire « oui » à une répétition générale\.$/mu);
	});

	it("tells the facilitator what was replaced and which capitalised words look like a hidden name, before writing", async () => {
		const store = await demoCopy();
		await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => (fm.request = "Comme Sofia, et comme Sofiia et les Benalis, et [[Quelqu'un d'autre]]."));
		const before = store.files.size;
		const prepared = await prepareClientSheet(store, person(store, "Marc Dubois"), options, "fr");
		if (!prepared.ok) throw new Error(prepared.error.code);
		expect(store.files.size).toBe(before);
		const sofia = prepared.value.review.replaced.find((r) => r.from === "Sofia");
		expect(sofia?.to).toMatch(/^Consultant \d$/u);
		expect(sofia?.count).toBe(1);
		expect(prepared.value.review.toCheck).toEqual(expect.arrayContaining(["Sofiia", "Benalis", "Quelqu'un d'autre"]));
	});

	it("never lets a generated member's name reach the sheet, whatever the spelling and the text around it", async () => {
		const syllable = fc.constantFrom("ma", "ri", "so", "fi", "lé", "nè", "ço", "tho", "ka", "mi", "al", "ïa", "ber", "do", "zu", "an");
		const word = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((parts) => parts.join(""));
		const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
		const spelling = fc.constantFrom("full", "first", "last", "alias", "nfd", "upper", "wiki", "markdown");
		const filler = fc.string({ maxLength: 12 }).map((s) => s.replace(/[[\]()\p{L}\p{M}\p{N}_]/gu, " "));
		await fc.assert(
			fc.asyncProperty(word, word, word, fc.array(fc.tuple(spelling, filler), { minLength: 1, maxLength: 5 }), fc.boolean(), async (first, last, alias, mentions, pseudonym) => {
				const store = await demoCopy();
				const name = `${capital(first)} ${capital(last)}`;
				const path = `Codev/Personnes/${name}.md`;
				if (store.exists(path) || foldName(first) === foldName(last)) return;
				store.files.set(path, `---\ntype: codev-person\naliases:\n  - ${capital(alias)}\n---\n`);
				const client = person(store, "Marc Dubois");
				const variants: Record<string, string> = {
					full: name,
					first: capital(first),
					last: last.toUpperCase(),
					alias: capital(alias),
					nfd: name.normalize("NFD"),
					upper: name.toUpperCase(),
					wiki: `[[${name}]]`,
					markdown: `[${capital(first)}](${encodeURI(path)})`,
				};
				const text = mentions.map(([kind, around]) => `${around} ${variants[kind] ?? ""},${around}`).join(" ");
				await store.updateProperties(contractOf(store, "Marc Dubois"), (fm) => (fm.request = text));
				await store.updateProperties(sessionOf(store, "Marc Dubois"), (fm) => (fm.topic = `Sujet de Marc avec ${capital(first)}`));
				await keep(store, "Marc Dubois", name, `Idée de ${capital(last)} pour Dubois`);
				const sheet = await sheetOf(store, "Marc Dubois", pseudonym ? { pseudonyms: { [client]: "X." } } : {});
				for (const hidden of [first, last, alias]) expect(spells(sheet, hidden), hidden).toBe(false);
				for (const member of DEMO_MEMBERS.filter((m) => m !== "Marc Dubois")) for (const part of member.split(" ")) expect(spells(sheet, part), part).toBe(false);
				if (pseudonym) for (const part of ["Marc", "Dubois"]) expect(spells(sheet, part), part).toBe(false);
				expect(sheet).not.toContain("Personnes");
			}),
			{ numRuns: 20 },
		);
	}, 60_000);
});
