import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const manifestText = readFileSync("manifest.json", "utf8");
const manifest = JSON.parse(manifestText) as { version: string; minAppVersion: string; description: string };

async function lintManifest(text: string): Promise<string[]> {
	const eslint = new ESLint();
	const [result] = await eslint.lintText(text, { filePath: "manifest.json" });
	return (result?.messages ?? []).map((m) => `${m.ruleId ?? "parse"}: ${m.message}`);
}

describe("manifest.json as the community directory checks it", () => {
	it("passes obsidianmd/validate-manifest through npm run lint's own config", async () => {
		expect(await lintManifest(manifestText)).toEqual([]);
	}, 30_000);

	it("the lint really runs the rule: a description with accents or a colon is refused", async () => {
		const bad = manifestText.replace(manifest.description, "Run codéveloppement sessions: notes.");
		expect(await lintManifest(bad)).toEqual([expect.stringContaining("obsidianmd/validate-manifest")]);
	}, 30_000);

	it("minAppVersion covers what the code needs (Bases groupBy and summaries: 1.10.0), in step with versions.json and package.json", () => {
		const [major, minor] = manifest.minAppVersion.split(".").map(Number);
		expect((major ?? 0) * 100 + (minor ?? 0)).toBeGreaterThanOrEqual(110);
		const versions = JSON.parse(readFileSync("versions.json", "utf8")) as Record<string, string>;
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
		const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
		expect(pkg.version).toBe(manifest.version);
	});
});
