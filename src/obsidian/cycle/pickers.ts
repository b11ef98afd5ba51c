import { SuggestModal, TFile, type App } from "obsidian";
import { typeOfFile } from "../vaultStore";
import { basenameOf, type NoteStore } from "../../services/noteStore";

export interface PickItem {
	path: string;
	name: string;
	detail?: string;
}

/** A fuzzy-less suggest list of notes; resolves with the chosen one, or null when closed. */
class NotePicker extends SuggestModal<PickItem> {
	private chosen = false;

	constructor(
		app: App,
		private readonly items: PickItem[],
		placeholder: string,
		private readonly done: (item: PickItem | null) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getSuggestions(query: string): PickItem[] {
		const q = query.trim().toLowerCase();
		return this.items.filter((item) => item.name.toLowerCase().includes(q) || (item.detail ?? "").toLowerCase().includes(q));
	}

	renderSuggestion(item: PickItem, el: HTMLElement): void {
		el.createDiv({ text: item.name });
		if (item.detail) el.createEl("small", { text: item.detail, cls: "codev-muted" });
	}

	onChooseSuggestion(item: PickItem): void {
		this.chosen = true;
		this.done(item);
	}

	onClose(): void {
		super.onClose();
		// onChooseSuggestion runs after close in Obsidian: wait a tick before reporting "none".
		window.setTimeout(() => {
			if (!this.chosen) this.done(null);
		}, 0);
	}
}

export function pickNote(app: App, items: PickItem[], placeholder: string): Promise<PickItem | null> {
	return new Promise((resolve) => {
		let settled = false;
		new NotePicker(app, items, placeholder, (item) => {
			if (settled) return;
			settled = true;
			resolve(item);
		}).open();
	});
}

/** Notes whose `type` property is `type` (the index's), by name. */
export function notesOfType(store: Pick<NoteStore, "codevIndex">, type: string): PickItem[] {
	return store
		.codevIndex()
		.ofType(type)
		.map((note) => ({ path: note.path, name: basenameOf(note.path) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export function activeFileOfType(app: App, type: string): TFile | null {
	const file = app.workspace.getActiveFile();
	return file && typeOfFile(app, file) === type ? file : null;
}
