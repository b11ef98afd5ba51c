import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleOptions } from "../../esbuild.config.mjs";
import { parseYamlStrict } from "../../src/notes/yamlNode";

type Obj = Record<string, unknown>;
interface Step {
	uses?: string;
	run?: string;
	with?: Obj;
}
interface Job {
	steps: Step[];
	needs?: string;
	permissions?: Obj;
	container?: string;
}

const workflow = parseYamlStrict(readFileSync(".github/workflows/release.yml", "utf8")) as { on: { push: { tags: string[] } }; jobs: Record<string, Job> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((s) => s.run ?? "").join("\n");
const ciRun = readFileSync(".ci/run", "utf8");

describe("the release workflow gives the community directory what it reads", () => {
	it("runs on any tag and refuses one that is not the version exactly (no v)", () => {
		expect(workflow.on.push.tags).toEqual(["*"]);
		const check = steps.find((s) => s.run?.includes("GITHUB_REF_NAME") && s.run.includes("manifest.json"));
		expect(check?.run).toMatch(/\[ "\$tag" != "\$manifest" \]/);
		expect(check?.run).toMatch(/exit 1/);
		expect(check?.run).toContain("versions.json");
	});

	it("installs from the lockfile, builds, lints and tests (through .ci/run) before releasing", () => {
		expect(runs).toContain("bash .ci/run");
		const lines = ciRun.split("\n");
		const order = ["npm ci", "npm run build", "npm run lint", "npm test"].map((command) => lines.findIndex((line) => line.startsWith(command)));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it("checks that a second build gives the same main.js", () => {
		expect(runs).toMatch(/sha256sum main\.js > (\S+)\n\s*npm run build\n\s*sha256sum --check \1/);
	});

	it("attests provenance and attaches exactly main.js, manifest.json and styles.css to a release named as the tag", () => {
		const release = workflow.jobs.release;
		expect(release?.needs).toBe("build");
		expect(release?.permissions).toMatchObject({ contents: "write", "id-token": "write", attestations: "write" });
		const attest = release?.steps.find((s) => s.uses?.startsWith("actions/attest-build-provenance@"));
		expect(String(attest?.with?.["subject-path"]).trim().split("\n")).toEqual(["main.js", "manifest.json", "styles.css"]);
		const publish = release?.steps.find((s) => s.run?.includes("gh release create"));
		expect(publish?.run).toMatch(/gh release create "\$GITHUB_REF_NAME" main\.js manifest\.json styles\.css .*--verify-tag/);
		const upload = workflow.jobs.build?.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
		expect(String(upload?.with?.path).trim().split("\n")).toEqual(["main.js", "manifest.json", "styles.css"]);
	});

	it("every action is pinned to a major version", () => {
		for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
	});
});

describe("npm run build is reproducible", () => {
	const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

	it.skipIf(!existsSync("main.js"))("two builds with main.js's own options give the same bytes, and the same as main.js", async () => {
		const once = async () => (await build({ ...bundleOptions(true), write: false, outfile: "main.js", logLevel: "silent" })).outputFiles?.[0]?.contents ?? new Uint8Array();
		const [first, second] = [await once(), await once()];
		expect(first.length).toBeGreaterThan(10_000);
		expect(sha(second)).toBe(sha(first));
		expect(sha(first)).toBe(sha(readFileSync("main.js")));
	}, 60_000);
});
