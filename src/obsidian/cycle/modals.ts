import { Modal, Setting, type App } from "obsidian";
import { WEEKDAYS } from "../../codev/cycle/calendar";
import { t, tError, type MessageKey } from "../../i18n";
import { groupFormToRequest, previewCalendar, splitLines, type GroupFormState } from "../../services/cycle/groupForm";
import { GROUP_SIZE_MAX, GROUP_SIZE_MIN, type CreateGroupRequest } from "../../services/cycle/group";
import type { AttendanceStatus, EvaluationEntry, EvaluationFormRow } from "../../services/cycle/evaluation";
import { submitOnce } from "../submitOnce";
import { namedSetting } from "../namedSetting";

/** Create codev group: one form; the planned dates and the size warning update as it is typed. */
export class CreateGroupModal extends Modal {
	private readonly once = submitOnce(() => this.onSubmit(groupFormToRequest(this.state)));
	private previewEl: HTMLElement | null = null;
	private weeklyEl: HTMLElement | null = null;
	private monthlyEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly state: GroupFormState,
		private readonly onSubmit: (request: CreateGroupRequest) => Promise<boolean>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t("cycle.modal.group.title"));
		const el = this.contentEl;
		el.addClass("codev-form");
		const s = this.state;
		const text = (name: MessageKey, get: () => string, set: (v: string) => void, type = "text") =>
			namedSetting(el, name).addText((c) => {
				c.inputEl.type = type;
				c.setValue(get()).onChange((v) => {
					set(v);
					this.refresh();
				});
			});
		text("cycle.modal.group.name", () => s.name, (v) => (s.name = v));
		new Setting(el)
			.setClass("codev-stacked")
			.setName(t("cycle.modal.group.members"))
			.setDesc(t("cycle.modal.group.members.desc"))
			.addTextArea((c) => {
				// A usual group (5 to 10) is seen whole, one name a line.
				c.inputEl.rows = 8;
				c.setValue(s.members).onChange((v) => {
					s.members = v;
					this.refresh();
				});
			});
		text("cycle.modal.group.facilitator", () => s.facilitator, (v) => (s.facilitator = v));
		namedSetting(el, "cycle.modal.group.cadence").addDropdown((d) =>
			d
				.addOption("monthly", t("cycle.modal.group.cadence.monthly"))
				.addOption("weekly", t("cycle.modal.group.cadence.weekly"))
				.setValue(s.cadenceKind)
				.onChange((v) => {
					s.cadenceKind = v === "weekly" ? "weekly" : "monthly";
					this.refresh();
				}),
		);
		this.monthlyEl = el.createDiv();
		namedSetting(this.monthlyEl, "cycle.modal.group.nth").addDropdown((d) => {
			for (const nth of ["1", "2", "3", "4", "5", "last"] as const) d.addOption(nth, t(`cycle.nth.${nth}`));
			d.setValue(s.nth).onChange((v) => {
				s.nth = v as GroupFormState["nth"];
				this.refresh();
			});
		});
		namedSetting(this.monthlyEl, "cycle.modal.group.weekday")
			.addDropdown((d) => {
				for (const day of [...WEEKDAYS.slice(1), WEEKDAYS[0]]) d.addOption(day, t(`cycle.weekday.${day}`));
				d.setValue(s.weekday).onChange((v) => {
					s.weekday = v as GroupFormState["weekday"];
					this.refresh();
				});
			});
		this.weeklyEl = el.createDiv();
		namedSetting(this.weeklyEl, "cycle.modal.group.every-weeks").addText((c) => {
			c.inputEl.type = "number";
			c.setValue(s.everyWeeks).onChange((v) => {
				s.everyWeeks = v;
				this.refresh();
			});
		});
		text("cycle.modal.group.start", () => s.start, (v) => (s.start = v), "date");
		text("cycle.modal.group.count", () => s.count, (v) => (s.count = v), "number").setDesc(t("cycle.modal.group.count.desc"));
		new Setting(el)
			.setClass("codev-stacked")
			.setName(t("cycle.modal.group.holidays"))
			.setDesc(t("cycle.modal.group.holidays.desc"))
			.addTextArea((c) =>
				c.setValue(s.holidays).onChange((v) => {
					s.holidays = v;
					this.refresh();
				}),
			);
		this.previewEl = el.createDiv({ cls: "codev-muted" });
		text("cycle.modal.group.duration", () => s.duration, (v) => (s.duration = v), "number");
		text("cycle.modal.group.time", () => s.time, (v) => (s.time = v), "time");
		namedSetting(el, "cycle.modal.group.mode").addDropdown((d) =>
			d
				.addOption("in-person", t("cycle.mode.in-person"))
				.addOption("remote", t("cycle.mode.remote"))
				.setValue(s.mode)
				.onChange((v) => (s.mode = v === "remote" ? "remote" : "in-person")),
		);
		new Setting(el).setClass("codev-stacked").setName(t("cycle.modal.group.charter")).addTextArea((c) => {
			c.inputEl.rows = 6;
			c.setValue(s.charter).onChange((v) => (s.charter = v));
		});
		addCancelAndSubmit(this, el, t("cycle.modal.submit"), this.once).setClass("codev-form-buttons");
		this.refresh();
	}

	private refresh(): void {
		this.monthlyEl?.toggle(this.state.cadenceKind === "monthly");
		this.weeklyEl?.toggle(this.state.cadenceKind === "weekly");
		if (!this.previewEl) return;
		this.previewEl.empty();
		const preview = previewCalendar(this.state);
		this.previewEl.createDiv({ text: preview.ok ? t("cycle.modal.group.preview", { dates: preview.value.join(", ") }) : tError(preview.error) });
		const count = splitLines(this.state.members).length;
		if (count > 0 && (count < GROUP_SIZE_MIN || count > GROUP_SIZE_MAX)) this.previewEl.createDiv({ text: t("cycle.modal.group.size-warning", { count }), cls: "mod-warning" });
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** Add a topic to the backlog: the topic and, optionally, who proposed it. */
export class TopicModal extends Modal {
	private topic = "";
	private proposer = "";
	private readonly once = submitOnce(() => this.onSubmit(this.topic, this.proposer || undefined));

	constructor(
		app: App,
		private readonly members: Array<{ path: string; name: string }>,
		private readonly onSubmit: (topic: string, proposerPath: string | undefined) => Promise<boolean>,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(t("cycle.modal.topic.title"));
		const el = this.contentEl;
		el.addClass("codev-form");
		new Setting(el)
			.setClass("codev-stacked")
			.setName(t("cycle.modal.topic.text"))
			.addText((c) => c.onChange((v) => (this.topic = v)));
		namedSetting(el, "cycle.modal.topic.person").addDropdown((d) => {
			d.addOption("", "—");
			for (const m of this.members) d.addOption(m.path, m.name);
			d.onChange((v) => (this.proposer = v));
		});
		addCancelAndSubmit(this, el, t("cycle.modal.save"), this.once).setClass("codev-form-buttons");
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/**
 * Step 6 as a labelled grid: one row per person (present first), a « Fond » and a « Forme »
 * column of one-click 1–5 ratings (native radios: arrow keys move, a second click clears) and
 * what each takes away. On a phone the rows become cards and every control keeps its label.
 */
export class EvaluationModal extends Modal {
	private readonly once = submitOnce(() => this.onSubmit(this.entries()));
	private static counter = 0;

	constructor(
		app: App,
		private readonly rows: EvaluationFormRow[],
		private readonly onSubmit: (entries: EvaluationEntry[]) => Promise<boolean>,
	) {
		super(app);
	}

	entries(): EvaluationEntry[] {
		return this.rows.map((r) => ({ personPath: r.path, status: r.status, fond: r.fond, forme: r.forme, takeaway: r.takeaway }));
	}

	onOpen(): void {
		this.setTitle(t("cycle.modal.eval.title"));
		const el = this.contentEl;
		// The grid needs more than a dialog's usual width; it becomes cards where it has less.
		this.modalEl.addClass("codev-eval-modal");
		el.addClass("codev-form", "codev-eval");
		el.createEl("p", { text: t("cycle.modal.eval.desc"), cls: "setting-item-description" });
		const grid = el.createDiv({ cls: "codev-eval-grid", attr: { role: "table", "aria-label": t("cycle.modal.eval.title") } });
		const head = grid.createDiv({ cls: "codev-eval-row codev-eval-head", attr: { role: "row" } });
		for (const key of ["cycle.modal.eval.person", "cycle.modal.eval.status", "cycle.modal.eval.fond", "cycle.modal.eval.forme", "cycle.modal.eval.takeaway"] as const) {
			head.createDiv({ cls: "codev-eval-cell", text: t(key), attr: { role: "columnheader" } });
		}
		const ordered = [...this.rows].sort((a, b) => Number(a.status !== "present") - Number(b.status !== "present"));
		for (const row of ordered) this.renderRow(grid, row);
		addCancelAndSubmit(this, el, t("cycle.modal.save"), this.once).setClass("codev-form-buttons");
	}

	private renderRow(grid: HTMLElement, row: EvaluationFormRow): void {
		const line = grid.createDiv({ cls: "codev-eval-row", attr: { role: "row" } });
		const id = `codev-eval-${++EvaluationModal.counter}`;
		line.createDiv({ cls: "codev-eval-cell codev-eval-name", text: row.name, attr: { role: "rowheader", id } });
		const statusCell = line.createDiv({ cls: "codev-eval-cell", attr: { role: "cell" } });
		statusCell.createSpan({ cls: "codev-eval-inline-label", text: t("cycle.modal.eval.status") });
		const status = statusCell.createEl("select", { cls: "dropdown", attr: { "aria-label": `${t("cycle.modal.eval.status")} — ${row.name}` } });
		for (const value of ["present", "absent", "excused"] as const) status.createEl("option", { value, text: t(`cycle.attendance.${value}`) });
		status.value = row.status;
		const setStatus = () => {
			row.status = status.value as AttendanceStatus;
			line.toggleClass("is-absent", row.status !== "present");
		};
		status.addEventListener("change", setStatus);
		setStatus();
		this.renderRating(line, row, "fond", id);
		this.renderRating(line, row, "forme", id);
		const takeCell = line.createDiv({ cls: "codev-eval-cell codev-eval-takeaway", attr: { role: "cell" } });
		takeCell.createSpan({ cls: "codev-eval-inline-label", text: t("cycle.modal.eval.takeaway") });
		const take = takeCell.createEl("input", { type: "text", attr: { "aria-label": `${t("cycle.modal.eval.takeaway")} — ${row.name}` } });
		take.value = row.takeaway;
		take.addEventListener("input", () => (row.takeaway = take.value));
	}

	/** Five native radios: one click sets, a click on the chosen one clears it. */
	private renderRating(line: HTMLElement, row: EvaluationFormRow, which: "fond" | "forme", nameId: string): void {
		const label = t(which === "fond" ? "cycle.modal.eval.fond" : "cycle.modal.eval.forme");
		const cell = line.createDiv({ cls: "codev-eval-cell", attr: { role: "cell" } });
		cell.createSpan({ cls: "codev-eval-inline-label", text: label });
		const group = cell.createDiv({ cls: "codev-rating", attr: { role: "radiogroup", "aria-label": `${label} — ${row.name}`, "aria-describedby": nameId } });
		const name = `${nameId}-${which}`;
		for (const value of ["1", "2", "3", "4", "5"]) {
			const option = group.createEl("label", { cls: "codev-rating-option" });
			const input = option.createEl("input", { type: "radio", value, attr: { name, "aria-label": `${label} ${value} — ${row.name}` } });
			input.checked = row[which] === value;
			option.createSpan({ text: value });
			// A click on the chosen value clears it (a rating not given).
			input.addEventListener("click", () => {
				if (row[which] === value) {
					input.checked = false;
					row[which] = "";
				} else row[which] = value;
			});
			input.addEventListener("change", () => {
				if (input.checked) row[which] = value;
			});
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** The row every form ends with: Cancel, then the action, which closes the form once it succeeds. */
function addCancelAndSubmit(modal: Modal, el: HTMLElement, label: string, submit: () => Promise<boolean>): Setting {
	return new Setting(el)
		.addButton((b) => b.setButtonText(t("cycle.modal.cancel")).onClick(() => modal.close()))
		.addButton((b) =>
			b
				.setButtonText(label)
				.setCta()
				.onClick(async () => {
					if (await submit()) modal.close();
				}),
		);
}
