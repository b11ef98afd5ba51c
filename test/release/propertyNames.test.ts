/**
 * main.js minifies the property names listed in scripts/build/propertyNames.json (mangleProps).
 * The list is the checker's proof, committed because it takes half a minute: each listed name must
 * still be proven ours alone today, whatever code was added since. A name missing from the list
 * only costs bytes; a listed name no longer proven would break notes or settings in main.js only.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { tokenizer } from "acorn";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ownPropertyNames } from "../../scripts/build/propertyNames.mjs";

const root = path.resolve(__dirname, "..", "..");
const listed = JSON.parse(readFileSync(path.join(root, "scripts/build/propertyNames.json"), "utf8")) as string[];

describe("property names minified in main.js", () => {
	it("are all still proven ours alone (else run node scripts/build/propertyNames.mjs)", { timeout: 240_000 }, () => {
		const proven = new Set(ownPropertyNames(root));
		expect(listed.filter((name) => !proven.has(name))).toEqual([]);
		expect(listed.length).toBeGreaterThan(100);
	});

	it("never include a settings key, a front matter key or a name Obsidian calls", () => {
		for (const name of ["customMethods", "sessionsFolder", "defaultDurationMinutes", "language", "codev_schema", "status", "client", "onload", "onOpen", "onClose", "display", "getViewType", "getDisplayText", "onunload", "saveData"]) expect(listed).not.toContain(name);
	});

	it("make main.js's names short where the sources spell them in full", () => {
		// Member names after a dot, texts aside (a message id such as `plan.choice.${x}` is text).
		const members = new Set<string>();
		let previous = "";
		for (const token of tokenizer(readFileSync(path.join(root, "main.js"), "utf8"), { ecmaVersion: "latest" })) {
			if (token.type.label === "name" && (previous === "." || previous === "?.")) members.add(String((token as { value?: unknown }).value));
			previous = token.type.label;
		}
		expect(members.size).toBeGreaterThan(300);
		expect(listed.filter((name) => members.has(name))).toEqual([]);
	});
});

describe("the property-name proof on planted code", () => {
	const project = (files: Record<string, string>): string => {
		const dir = mkdtempSync(path.join(tmpdir(), "codev-names-"));
		mkdirSync(path.join(dir, "src"));
		writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, target: "ES2021", lib: ["ES2021"], types: [] }, include: ["src"] }));
		for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "src", name), text);
		return dir;
	};
	const box = `interface Box { chooser: number; other: number }
export const make = (): Box => ({ chooser: 1, other: 2 });
export const read = (x: Box) => x.chooser + x.other;
export const label = "the chooser";
`;

	it("renames a name that is only a word of a text, when no key of type string reads an opaque value", { timeout: 60_000 }, () => {
		const names = ownPropertyNames(project({ "a.ts": box }));
		expect(names).toEqual(expect.arrayContaining(["chooser", "other"]));
	});

	it("keeps every word of every string once a key of type string reads a value typed any or unknown", { timeout: 60_000 }, () => {
		const names = ownPropertyNames(project({ "a.ts": box, "b.ts": "export const blind = (o: unknown, k: string): unknown => (o as Record<string, unknown> & object)[k] ?? (o as any)[k];\n" }));
		expect(names).not.toContain("chooser");
		expect(names).toContain("other");
	});

	it("keeps a name tested by `in` with a literal, whatever the value's type", { timeout: 60_000 }, () => {
		const names = ownPropertyNames(project({ "a.ts": box, "b.ts": 'export const has = (o: object): boolean => "other" in o;\n' }));
		expect(names).not.toContain("other");
		expect(names).toContain("chooser");
	});
});
