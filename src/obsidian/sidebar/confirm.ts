import { Modal, Setting, type App } from "obsidian";
import { t } from "../../i18n";

/** "A session is running: end it and start this one?" Resolves false on cancel or Escape. */
class ConfirmReplaceModal extends Modal {
	private chosen = false;

	constructor(
		app: App,
		private readonly runningName: string,
		private readonly resolve: (ok: boolean) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t("sidebar.confirm.title"));
		this.contentEl.createEl("p", { text: t("sidebar.confirm.body", { name: this.runningName }) });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText(t("sidebar.confirm.cancel")).onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(t("sidebar.confirm.ok"))
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

export function confirmReplace(app: App, runningName: string): Promise<boolean> {
	return new Promise((resolve) => new ConfirmReplaceModal(app, runningName, resolve).open());
}
