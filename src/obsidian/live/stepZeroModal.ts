/** « Choose the client and the topic » at step 0: the rotation's suggestion, the backlog, or another member. */
import { Modal, Setting, type App } from "obsidian";
import { t } from "../../i18n";
import { backlogLabel, type BacklogTopic, type StepZeroChoice } from "../../services/live/stepZero";
import { submitOnce } from "../submitOnce";

export interface StepZeroOptions {
	/** The rotation's suggestion (absentees skipped). */
	suggested: { path: string; name: string } | null;
	backlog: BacklogTopic[];
	/** Everyone present, for « another member ». */
	people: Array<{ path: string; name: string }>;
}

type Option = { kind: "rotation" } | { kind: "backlog"; index: number } | { kind: "other" };

export class StepZeroModal extends Modal {
	private option: Option;
	private otherPath: string;
	topic = "";
	private topicInput: HTMLInputElement | null = null;
	private readonly once = submitOnce(async () => {
		const choice = this.choice();
		return choice ? this.onChoose(choice) : false;
	});

	constructor(
		app: App,
		private readonly options: StepZeroOptions,
		private readonly onChoose: (choice: StepZeroChoice) => Promise<boolean>,
	) {
		super(app);
		this.option = options.suggested ? { kind: "rotation" } : options.backlog.length > 0 ? { kind: "backlog", index: 0 } : { kind: "other" };
		this.otherPath = options.people[0]?.path ?? "";
		if (this.option.kind === "backlog") this.topic = options.backlog[0]?.topic ?? "";
	}

	/** What the form says now; null when no client can be named. */
	choice(): StepZeroChoice | null {
		const option = this.option;
		if (option.kind === "rotation" && this.options.suggested) return { clientPath: this.options.suggested.path, topic: this.topic };
		if (option.kind === "backlog") {
			const item = this.options.backlog[option.index];
			const clientPath = item?.proposerPath ?? this.otherPath;
			return item && clientPath ? { clientPath, topic: this.topic, backlogItem: item.item } : null;
		}
		return this.otherPath ? { clientPath: this.otherPath, topic: this.topic } : null;
	}

	onOpen(): void {
		this.setTitle(t("live.zero.title"));
		const { contentEl } = this;
		contentEl.addClass("codev-form", "codev-step-zero");
		const group = contentEl.createEl("fieldset", { cls: "codev-choice-list" });
		group.createEl("legend", { text: t("live.zero.who") });
		const radio = (label: string, detail: string, option: Option, checked: boolean): HTMLLabelElement => {
			const row = group.createEl("label", { cls: "codev-choice" });
			const input = row.createEl("input", { type: "radio", attr: { name: "codev-step-zero" } });
			input.checked = checked;
			const text = row.createDiv({ cls: "codev-choice-text" });
			text.createDiv({ cls: "codev-choice-name", text: label });
			if (detail) text.createDiv({ cls: "codev-choice-detail", text: detail });
			input.addEventListener("change", () => {
				if (!input.checked) return;
				this.option = option;
				if (option.kind === "backlog") this.setTopic(this.options.backlog[option.index]?.topic ?? "");
			});
			return row;
		};
		const { suggested, backlog, people } = this.options;
		if (suggested) radio(suggested.name, t("live.zero.rotation"), { kind: "rotation" }, this.option.kind === "rotation");
		backlog.forEach((item, index) => {
			const proposer = item.proposerPath ? "" : t("live.zero.no-proposer");
			radio(backlogLabel(item), proposer || t("live.zero.backlog"), { kind: "backlog", index }, this.option.kind === "backlog" && this.option.index === index);
		});
		const other = radio(t("live.zero.other"), "", { kind: "other" }, this.option.kind === "other");
		const select = other.createEl("select", { cls: "dropdown", attr: { "aria-label": t("live.zero.other") } });
		for (const person of people) select.createEl("option", { text: person.name, value: person.path });
		select.value = this.otherPath;
		select.addEventListener("change", () => {
			this.otherPath = select.value;
			const input = other.querySelector("input");
			if (input && this.option.kind !== "backlog") {
				input.checked = true;
				this.option = { kind: "other" };
			}
		});
		new Setting(contentEl).setClass("codev-stacked").setName(t("modal.start.topic")).addText((text) => {
			this.topicInput = text.inputEl;
			text.setPlaceholder(t("modal.start.topic.desc")).setValue(this.topic).onChange((value) => (this.topic = value));
		});
		new Setting(contentEl)
			.setClass("codev-form-buttons")
			.addButton((b) => b.setButtonText(t("modal.start.cancel")).onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(t("live.zero.submit"))
					.setCta()
					.onClick(() => void this.submit()),
			);
	}

	private setTopic(topic: string): void {
		this.topic = topic;
		if (this.topicInput) this.topicInput.value = topic;
	}

	async submit(): Promise<void> {
		if (await this.once()) this.close();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
