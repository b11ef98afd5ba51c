import { SuggestModal, type App } from "obsidian";
import { LIBRARY_METHODS, type LibraryMethod } from "../../codev/library";
import { t, tError } from "../../i18n";
import { addLibraryMethod } from "../../services/methodLibrary";
import { addTaskCommands } from "../commands";
import type { CodevHost } from "../host";
import { VaultStore } from "../vaultStore";
import { openNote } from "./open";
import { notice } from "../notice";

class LibraryPicker extends SuggestModal<LibraryMethod> {
	constructor(
		app: App,
		private readonly lang: "fr" | "en",
		private readonly choose: (entry: LibraryMethod) => void,
	) {
		super(app);
		this.setPlaceholder(t("methods.command.pick"));
	}

	getSuggestions(query: string): LibraryMethod[] {
		const q = query.toLowerCase();
		return LIBRARY_METHODS.filter(({ method }) => method.name[this.lang].toLowerCase().includes(q) || method.id.includes(q));
	}

	renderSuggestion({ method }: LibraryMethod, el: HTMLElement): void {
		el.createDiv({ text: method.name[this.lang] });
		el.createEl("small", { text: method.description?.[this.lang] ?? "", cls: "codev-muted" });
	}

	onChooseSuggestion(entry: LibraryMethod): void {
		this.choose(entry);
	}
}

/** « Ajouter une méthode de la bibliothèque »: a picker, then the method note written (or kept) and added to the methods. */
export function registerLibraryCommand(host: CodevHost): void {
	addTaskCommands(host, [{ id: "add-library-method", name: "library.command", run: () => new LibraryPicker(host.app, host.noteLanguage(), (entry) => void addFromLibrary(host, entry)).open() }]);
}

async function addFromLibrary(host: CodevHost, { method }: LibraryMethod): Promise<void> {
	const lang = host.noteLanguage();
	const result = await addLibraryMethod(new VaultStore(host.app), method.id, host.settings.templatesFolder, lang, host.settings.customMethods);
	if (!result.ok) {
		notice("methods.notice.import-failed", { path: method.id, reason: tError(result.error) }, 10000);
		return;
	}
	const { path, created, customMethods } = result.value;
	const name = method.name[lang];
	if (customMethods) {
		host.settings.customMethods = customMethods;
		await host.saveSettings();
	}
	notice(!customMethods ? "library.notice.own" : created ? "library.notice.added" : "library.notice.kept", { name, path, id: method.id });
	await openNote(host.app, path);
}
