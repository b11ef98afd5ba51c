import { defineConfig } from "vitest/config";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { playwright } from "@vitest/browser-playwright";

/**
 * `MANGLE=1 npx vitest run`: every TypeScript file (sources, tests, scripts) has the property
 * names main.js minifies renamed (to `name$m`), so a name wrongly proven ours breaks a test that
 * reads it through a string, JSON, a note or a library (it found Intl.Segmenter's `segment`,
 * missing from the ES2021 lib the program is checked with). Off by default.
 */
function mangledNames() {
	if (!process.env.MANGLE) return [];
	const names = JSON.parse(readFileSync(new URL("./scripts/build/propertyNames.json", import.meta.url), "utf8")) as string[];
	const mangleProps = new RegExp(`^(?:${names.join("|")})$`);
	const mangleCache = Object.fromEntries(names.map((name) => [name, `${name}$m`]));
	return [
		{
			name: "mangled-property-names",
			enforce: "pre" as const,
			async transform(code: string, id: string) {
				// test/release reads YAML and runs built code by name: it checks the build, not src/'s objects.
				if (!/\.ts$/.test(id.split("?")[0] ?? "") || id.includes("/node_modules/") || id.includes("/test/release/")) return null;
				const out = await transform(code, { loader: "ts", mangleProps, mangleCache, sourcefile: id, target: "esnext", tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: false } } });
				return { code: out.code, map: null };
			},
		},
	];
}

// Date logic is tested under explicit zones; the default for every test file is UTC.
process.env.TZ = "UTC";

export default defineConfig({
	test: {
		projects: [
			{
				plugins: mangledNames(),
				resolve: {
					// 'obsidian' ships types only, so Vite's import analysis needs the mocks aliased.
					alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }],
				},
				test: {
					name: "unit",
					environment: "happy-dom",
					include: ["test/**/*.test.ts"],
					exclude: ["test/**/*.browser.test.ts"],
					env: { TZ: "UTC" },
					// Property-based and whole-vault tests share two cores with other work: the limit
					// guards against hangs, not speed (speed is measured in `npm run bench`).
					testTimeout: 60_000,
					hookTimeout: 60_000,
					setupFiles: ["obsidian-test-mocks/vitest-setup", "test/tools/moment.ts"],
				},
			},
			{
				plugins: mangledNames(),
				resolve: {
					// The modals run in Chromium against a stand-in that builds Obsidian's DOM.
					alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./test/tools/obsidian-browser/obsidian.ts", import.meta.url)) }],
				},
				test: {
					name: "browser",
					include: ["test/**/*.browser.test.ts"],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: {
								executablePath: "/usr/bin/chromium",
								args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
							},
						}),
						instances: [{ browser: "chromium" }],
					},
				},
			},
		],
	},
});
