import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { playwright } from "@vitest/browser-playwright";

// Date logic is tested under explicit zones; the default for every test file is UTC.
process.env.TZ = "UTC";

export default defineConfig({
	test: {
		projects: [
			{
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
