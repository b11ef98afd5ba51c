import { afterEach, describe, expect, it, vi } from "vitest";
import { startCodevIndex } from "../../src/obsidian/indexAdapter";
import type { App as AppOriginal, Command } from "obsidian";
import { App, Modal } from "obsidian-test-mocks/obsidian";
import { setLanguage } from "../../src/i18n";
import { registerClientSheetCommand, type ClientSheetModal } from "../../src/obsidian/clientSheetCommand";
import type { CodevHost } from "../../src/obsidian/host";
import { registerLinked } from "../../src/obsidian/linked/register";
import { createContract } from "../../src/services/linked";
import { addSession } from "../tools/sessions";
import { newStore } from "../tools/stores";
import { TEST_MANIFEST as manifest, TestHost } from "../tools/host";
import { flush as settle } from "../tools/mockApp";

const flush = (): Promise<void> => settle(5);

describe("export client sheet modal", () => {
	afterEach(() => vi.restoreAllMocks());

	it("shows what will be replaced and the lookalike words before writing, then opens the sheet beside the current note", async () => {
		setLanguage("fr");
		const store = newStore();
		const session = await addSession(store, { date: "2026-01-13", client: "Alice Martin", topic: "Dire non à Bruno" });
		const contract = await createContract(store, session, { request: "Que Chloé et Brunoo m'aident.", goal: "", help: ["ideas"], reformulation: "", validated: true }, "fr");
		if (!contract.ok) throw new Error(contract.error.code);
		const mockApp = App.createConfigured__({ files: Object.fromEntries(store.files) });
		const app: AppOriginal = mockApp.asOriginalType__();
		const host = new TestHost(mockApp, manifest) as unknown as TestHost & CodevHost;
		const commands: Command[] = [];
		vi.spyOn(host, "addCommand").mockImplementation((command: Command) => (commands.push(command), command));
		startCodevIndex(host);
		registerLinked(host);
		registerClientSheetCommand(host);
		mockApp.workspace.setLayoutReady__();
		await flush();
		let modal: ClientSheetModal | null = null;
		vi.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
			modal = this as unknown as ClientSheetModal;
			this.onOpen();
		});
		const getLeaf = vi.spyOn(app.workspace, "getLeaf");
		const before = app.vault.getMarkdownFiles().length;
		commands.find((c) => c.id === "export-client-sheet")?.callback?.();
		if (!modal) throw new Error("modal not opened");
		const opened = modal as ClientSheetModal;
		const sheet = await opened.check();
		if (!sheet) throw new Error("no sheet");
		const shown = opened.contentEl.textContent ?? "";
		expect(shown).toContain("« Bruno » → Consultant 1");
		expect(shown).toContain("« Chloé » → Consultant 2");
		expect(shown).toContain("Brunoo");
		expect(app.vault.getMarkdownFiles().length).toBe(before);
		await opened.export(sheet);
		expect(app.vault.getMarkdownFiles().length).toBe(before + 1);
		expect(getLeaf).toHaveBeenCalledWith("split", "vertical");
	});
});
