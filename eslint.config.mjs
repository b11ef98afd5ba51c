import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";

/**
 * `obsidianmd/validate-manifest` walks an ESTree object expression: read manifest.json as one,
 * through typescript-eslint's parser, as the directory's review does. The parenthesis added in
 * front shifts columns on the first line only.
 */
const manifestParser = {
	meta: { name: "manifest-json-as-expression" },
	parseForESLint(text, options) {
		return tseslint.parser.parseForESLint(`(${text.replace(/^\uFEFF/, "")})`, { ...options, filePath: "manifest.js", project: undefined, projectService: undefined });
	},
};

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "coverage/", "scripts/**/*.mjs", "demo-vault/", "fixtures/", "esbuild.config.mjs", "esbuild.config.d.mts", "scripts/**/*.d.mts", "vitest.config.ts", ".ci/"]),
	// Includes eslint recommended, typescript-eslint recommended-type-checked (for **/*.ts),
	// the obsidianmd rules, and a package.json (json) block.
	...obsidianmd.configs.recommended,
	{
		// Explicit type-checked layer, scoped to TS so it never touches package.json / .mjs.
		files: ["**/*.ts"],
		extends: [tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},

	{
		// moment is Obsidian's own (the app ships it): the npm package of the same version stands in
		// for it in Node (demo, tests) and is never bundled.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["moment"] }] },
	},
	{
		// manifest.json with the rule the community directory's review runs on it.
		files: ["manifest.json"],
		languageOptions: { parser: manifestParser },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		// The method, the note model, the index, the use cases and the settings model are pure:
		// enforce the seam mechanically (adapters live in src/obsidian; renderers, below).
		files: ["src/codev/**/*.ts", "src/notes/**/*.ts", "src/i18n/**/*.ts", "src/services/**/*.ts", "src/index/**/*.ts", "src/settings/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "Only src/obsidian and src/main.ts import obsidian: this layer stays testable without the app." }] }],
		},
	},
	{
		// The renderers (sidebar, room display, group view, client progress) are DOM-only: standard
		// DOM calls through src/sidebar-ui/dom.ts, so they also run in plain Chromium tests. No
		// obsidian import, and no reaching into the adapters that own the app's objects.
		files: ["src/sidebar-ui/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/sidebar-ui holds DOM-only renderers: standard DOM, no Obsidian API (they run in plain Chromium too)." }],
					patterns: [{ group: ["**/obsidian/**", "../main"], message: "A renderer takes its data and handlers as arguments; adapters in src/obsidian call it, not the other way." }],
				},
			],
		},
	},
	{
		// Node scripts (demo, benchmarks) report to the terminal: that is their output.
		files: ["scripts/**/*.ts"],
		rules: { "obsidianmd/rule-custom-message": "off", "no-console": "off" },
	},
	{
		// Scripts and tests run in Node, never in the app: Node modules and a literal `.obsidian` (the
		// demo vault's config folder) are right there.
		files: ["scripts/**/*.ts", "test/**/*.ts"],
		// In Node, Obsidian's moment is the npm package of the same version (scripts/nodeMoment.ts).
		rules: { "@typescript-eslint/no-restricted-imports": "off", "obsidianmd/no-nodejs-modules": "off", "obsidianmd/hardcoded-config-path": "off", "obsidianmd/prefer-window-timers": "off" },
	},
	{
		// Tests build their pages in plain Chromium and happy-dom, where Obsidian's DOM helpers
		// (createDiv, instanceOf) and popout windows do not exist, and play what a user does to the
		// vault (a note deleted by hand), so the app's own rules for plugin code do not apply.
		files: ["test/**/*.ts"],
		rules: { "obsidianmd/prefer-create-el": "off", "obsidianmd/no-global-this": "off", "obsidianmd/prefer-instanceof": "off", "obsidianmd/prefer-file-manager-trash-file": "off" },
	},
]);
