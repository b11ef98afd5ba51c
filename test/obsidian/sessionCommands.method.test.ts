import type { App as AppOriginal } from "obsidian";
import { TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { createSessionFromForm } from "../../src/obsidian/sessionCommands";
import { initialFormState } from "../../src/services/sessionForm";
import { loadPlugin } from "../tools/mockApp";

function frontmatter(app: AppOriginal, path: string): Record<string, unknown> | undefined {
	const file = app.vault.getAbstractFileByPath(path);
	return file instanceof TFile ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
}

describe("start session: the group's method and a second consultation", () => {
	it("uses the group's method when the form names none, and records it with its steps", async () => {
		const { app, plugin } = await loadPlugin({ "Codev/Groups/Flash.md": "---\ntype: codev-group\nmethod: express\nmembers: []\n---\n" });
		const state = { ...initialFormState("2026-01-13", 45, false, ""), groupPath: "Codev/Groups/Flash.md", newClientName: "Ana", topic: "Dire non" };
		const result = await createSessionFromForm(plugin, state);
		expect(result).not.toBeNull();
		const props = frontmatter(app, result?.sessionPath ?? "");
		expect(props).toMatchObject({ method: "express", duration: 45, steps: ["expose", "clarification", "contrat", "consultation", "synthese", "apprentissages"] });
	});

	it("creates a two-client session from the form", async () => {
		const { app, plugin } = await loadPlugin({});
		const state = { ...initialFormState("2026-01-13", 180, true, ""), newGroupName: "G", newClientName: "Ana", topic: "A", second: true, newClientBName: "Ben", topicB: "B" };
		const result = await createSessionFromForm(plugin, state);
		const props = frontmatter(app, result?.sessionPath ?? "");
		expect(props).toMatchObject({ method: "classic", client: "[[Ana]]", client_b: "[[Ben]]", topic_b: "B", consultations: 2 });
	});
});
