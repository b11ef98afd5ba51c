import { Modal, Setting, type App } from "obsidian";
import { t, type MessageKey } from "../../i18n";

interface ConfirmTexts {
	title: MessageKey;
	body: MessageKey;
	ok: MessageKey;
	cancel: MessageKey;
}

/** A yes/no question about a session. Resolves false on cancel or Escape. */
class ConfirmModal extends Modal {
	private chosen = false;

	constructor(
		app: App,
		private readonly texts: ConfirmTexts,
		private readonly name: string,
		private readonly resolve: (ok: boolean) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t(this.texts.title));
		this.contentEl.createEl("p", { text: t(this.texts.body, { name: this.name }) });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText(t(this.texts.cancel)).onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(t(this.texts.ok))
					.setCta()
					.onClick(() => {
						this.chosen = true;
						this.close();
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
		this.resolve(this.chosen);
	}
}

/** "A session is running: end it and start this one?" */
export function confirmReplace(app: App, runningName: string): Promise<boolean> {
	const texts: ConfirmTexts = { title: "sidebar.confirm.title", body: "sidebar.confirm.body", ok: "sidebar.confirm.ok", cancel: "sidebar.confirm.cancel" };
	return new Promise((resolve) => new ConfirmModal(app, texts, runningName, resolve).open());
}

/** "This session has ended: start again? Its actual minutes will be replaced." */
export function confirmRestart(app: App, name: string): Promise<boolean> {
	const texts: ConfirmTexts = { title: "live.confirm.restart.title", body: "live.confirm.restart.body", ok: "live.confirm.restart.ok", cancel: "live.confirm.restart.cancel" };
	return new Promise((resolve) => new ConfirmModal(app, texts, name, resolve).open());
}
