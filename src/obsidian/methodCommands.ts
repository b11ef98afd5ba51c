import { SuggestModal, type App } from "obsidian";
import { listMethods } from "../codev/customMethods";
import type { MethodDef } from "../codev/types";
import { t, tError } from "../i18n";
import { exportMethodNote, importMethodNote } from "../services/methodNotes";
import { addTaskCommands } from "./commands";
import type { CodevHost } from "./host";
import { VaultStore } from "./vaultStore";
import { notice } from "./notice";

class MethodPicker extends SuggestModal<MethodDef> {
	constructor(
		app: App,
		private readonly methods: MethodDef[],
		private readonly lang: "fr" | "en",
		private readonly choose: (method: MethodDef) => void,
	) {
		super(app);
		this.setPlaceholder(t("methods.command.pick"));
	}

	getSuggestions(query: string): MethodDef[] {
		const q = query.toLowerCase();
		return this.methods.filter((m) => m.name[this.lang].toLowerCase().includes(q) || m.id.includes(q));
	}

	renderSuggestion(method: MethodDef, el: HTMLElement): void {
		el.createDiv({ text: method.name[this.lang] });
		el.createEl("small", { text: method.id, cls: "codev-muted" });
	}

	onChooseSuggestion(method: MethodDef): void {
		this.choose(method);
	}
}

/** Method notes: import the active note into the settings' methods, or write a method out as a note. */
export function registerMethodCommands(host: CodevHost): void {
	host.addCommand({
		id: "import-method-note",
		name: t("methods.command.import"),
		checkCallback: (checking) => {
			const file = host.app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void importActive(host, file.path);
			return true;
		},
	});
	addTaskCommands(host, [{ id: "export-method-note", name: "methods.command.export", run: () => pickMethodToExport(host) }]);
}

function pickMethodToExport(host: CodevHost): void {
	const lang = host.noteLanguage();
	new MethodPicker(host.app, listMethods(host.settings.customMethods), lang, (method) => {
		void exportMethodNote(new VaultStore(host.app), method, host.settings.templatesFolder, lang).then(
			(path) => notice("methods.notice.exported", { path }),
			(error: unknown) => notice("notice.write-failed", { path: host.settings.templatesFolder, reason: String(error) }),
		);
	}).open();
}

async function importActive(host: CodevHost, path: string): Promise<void> {
	const result = await importMethodNote(new VaultStore(host.app), path, host.settings.customMethods);
	if (!result.ok) {
		notice("methods.notice.import-failed", { path, reason: tError(result.error) }, 10000);
		return;
	}
	host.settings.customMethods = result.value.customMethods;
	await host.saveSettings();
	notice(result.value.replaced ? "methods.notice.replaced" : "methods.notice.imported", { name: result.value.method.name[host.noteLanguage()] });
}
