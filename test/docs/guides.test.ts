import { readFileSync } from "node:fs";
import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/codev/types";
import CodevFacilitatorPlugin from "../../src/main";

const manifest = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.10.0", description: "", author: "" };

/** The command names a person sees in the palette, in one language: loads the real plugin. */
async function commandNames(lang: Lang): Promise<Map<string, string>> {
	const app = App.createConfigured__({ files: {} }).asOriginalType__();
	const plugin = new CodevFacilitatorPlugin(app, manifest);
	plugin.loadData = () => Promise.resolve({ data_version: 1, settings: { language: lang } });
	plugin.saveData = () => Promise.resolve();
	await plugin.onload();
	const mock = MockPlugin.fromOriginalType2__(plugin);
	return new Map([...mock.commands__.values()].map((c) => [c.name.replace(/^Codev facilitator: /, ""), c.id]));
}

/**
 * The guides write a command in bold, exactly as the palette shows it. Other bold text is a lead-in
 * that ends with punctuation (« **Calm by design.** », « **Language:** ») or holds a link.
 */
function boldCommands(markdown: string): string[] {
	const withoutCode = markdown.replace(/```[\s\S]*?```/g, "");
	return [...withoutCode.matchAll(/\*\*([^*]+)\*\*/g)]
		.map((m) => (m[1] ?? "").replace(/\s+/g, " "))
		.filter((text) => !/[.:!?]$/.test(text) && !text.includes("]("));
}

const guides: { file: string; lang: Lang }[] = [
	{ file: "README.md", lang: "en" },
	{ file: "README.fr.md", lang: "fr" },
];

describe("the coach's guides name only commands that exist", () => {
	for (const { file, lang } of guides) {
		it(`every command in bold in ${file} is a ${lang} command of the palette`, async () => {
			const names = await commandNames(lang);
			const named = boldCommands(readFileSync(file, "utf8"));
			expect(named.length).toBeGreaterThan(15);
			const unknown = named.filter((name) => !names.has(name));
			expect(unknown, `${file}: bold text that is no command (use *italic* for other emphasis)`).toEqual([]);
		});
	}

	it("the English README's « French » names in the command table are the same commands", async () => {
		const en = await commandNames("en");
		const fr = await commandNames("fr");
		const rows = readFileSync("README.md", "utf8").split("\n").filter((line) => line.startsWith("| **") && line.includes("«"));
		expect(rows.length).toBeGreaterThan(8);
		for (const row of rows) {
			const firstCell = row.split("|")[1] ?? "";
			const english = boldCommands(firstCell)[0] ?? "";
			const french = [...firstCell.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => m[1] ?? "");
			for (const name of french) expect(fr.get(name), `« ${name} » beside ${english}`).toBe(en.get(english));
		}
	});

	it("both guides link to each other from the top, and the English first screen is for a coach", () => {
		const readme = readFileSync("README.md", "utf8");
		const french = readFileSync("README.fr.md", "utf8");
		const firstScreen = readme.split("\n").slice(0, 12).join("\n");
		expect(firstScreen).toContain("(README.fr.md)");
		expect(firstScreen).toContain("npm install && npm run demo");
		expect(firstScreen).toContain("npm test");
		expect(readme.indexOf("## Install")).toBeLessThan(readme.indexOf("# For developers"));
		expect(readme.indexOf("## Your first cycle")).toBeLessThan(readme.indexOf("# For developers"));
		expect(french.split("\n").slice(0, 8).join("\n")).toContain("(README.md)");
		for (const picture of [...readme.matchAll(/docs\/screenshots\/[\w-]+\.png/g), ...french.matchAll(/docs\/screenshots\/[\w-]+\.png/g)]) {
			expect(() => readFileSync(picture[0])).not.toThrow();
		}
	});
});
