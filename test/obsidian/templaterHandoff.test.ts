import type { TFile } from "obsidian";
import { App } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { handOffToTemplater, hasTemplaterCommands } from "../../src/obsidian/templaterHandoff";

const TEMPLATE = "# <% tp.date.now(\"dddd\") %> {{client}}\n";

function appWith(files: Record<string, string>, templater?: { auto?: boolean; enabled?: boolean; fail?: boolean }) {
	const app = App.createConfigured__({ files }).asOriginalType__();
	const runs: string[] = [];
	const plugin = {
		settings: { trigger_on_file_creation: templater?.auto ?? false },
		templater: {
			files_with_pending_templates: new Set<string>(),
			overwrite_file_commands: async (file: TFile) => {
				runs.push(file.path);
				if (templater?.fail) throw new Error("boom");
				const text = await app.vault.read(file);
				await app.vault.modify(file, text.replace(/<%[\s\S]*?%>/g, "mardi"));
			},
		},
	};
	const registry = { enabledPlugins: new Set(templater && templater.enabled !== false ? ["templater-obsidian"] : []), getPlugin: (id: string) => (id === "templater-obsidian" && templater ? plugin : null) };
	Object.defineProperty(app, "plugins", { value: registry, configurable: true });
	return { app: app, runs };
}

describe("Templater hand-off for a user's own template", () => {
	it("hands the new note to Templater once when it is enabled", async () => {
		const { app, runs } = appWith({ "S/a.md": "# <% tp.date.now(\"dddd\") %> Hélène\n" }, {});
		expect(await handOffToTemplater(app, "S/a.md", TEMPLATE)).toBe("handed");
		expect(await handOffToTemplater(app, "S/a.md", TEMPLATE)).toBe("none");
		expect(runs).toEqual(["S/a.md"]);
		const file = app.vault.getFileByPath("S/a.md");
		expect(file ? await app.vault.read(file) : "").toBe("# mardi Hélène\n");
	});

	it("does nothing without Templater, with Templater disabled, or for a template without commands", async () => {
		expect(await handOffToTemplater(appWith({ "S/b.md": "x" }).app, "S/b.md", TEMPLATE)).toBe("none");
		const disabled = appWith({ "S/b.md": "x" }, { enabled: false });
		expect(await handOffToTemplater(disabled.app, "S/b.md", TEMPLATE)).toBe("none");
		const plain = appWith({ "S/c.md": "x" }, {});
		expect(await handOffToTemplater(plain.app, "S/c.md", "# {{client}}\n")).toBe("none");
		expect([...disabled.runs, ...plain.runs]).toEqual([]);
		expect(hasTemplaterCommands("<\u200b% tp.file.title %>")).toBe(false);
	});

	it("leaves it to Templater when its own trigger on file creation is on (no double run)", async () => {
		const { app, runs } = appWith({ "S/d.md": "x" }, { auto: true });
		expect(await handOffToTemplater(app, "S/d.md", TEMPLATE)).toBe("templater-runs-itself");
		expect(runs).toEqual([]);
	});

	it("a Templater error gives a Notice and leaves the note as it was", async () => {
		const { app, runs } = appWith({ "S/e.md": "# <% x %>\n" }, { fail: true });
		expect(await handOffToTemplater(app, "S/e.md", TEMPLATE)).toBe("failed");
		expect(runs).toEqual(["S/e.md"]);
		const file = app.vault.getFileByPath("S/e.md");
		expect(file ? await app.vault.read(file) : "").toBe("# <% x %>\n");
	});
});
