/**
 * main.js minifies the property names listed in scripts/build/propertyNames.json (mangleProps).
 * The list is the checker's proof, committed because it takes half a minute: each listed name must
 * still be proven ours alone today, whatever code was added since. A name missing from the list
 * only costs bytes; a listed name no longer proven would break notes or settings in main.js only.
 */
import { readFileSync } from "node:fs";
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
		const code = readFileSync(path.join(root, "main.js"), "utf8");
		for (const name of listed) expect(code).not.toMatch(new RegExp(`[.]${name}\\b`));
	});
});
