import { BasesView, TFile, type QueryController } from "obsidian";
import { t } from "../../i18n";
import { MEMBERS_BASES_VIEW } from "../../notes/cycle/bases";
import { toIsoDate } from "../../codev/dates";
import { memberStats } from "../../services/cycle/dashboards";
import { PERSON_TYPE, typeOf } from "../../notes/schema/kinds";
import type { CodevHost } from "../host";
import { storeOf } from "../vaultStore";
import { renderMemberStats } from "../../sidebar-ui/groupRender";
import { openNote } from "../around/open";

/**
 * A Bases view for the members dashboard: the base chooses the person notes (its filters, sort
 * and search), the plugin computes times as client and attendance from the session notes each
 * time Bases hands new data. Nothing is written into a person's note.
 */
class MembersBasesView extends BasesView {
	type = MEMBERS_BASES_VIEW;

	constructor(
		controller: QueryController,
		private readonly containerEl: HTMLElement,
		private readonly host: CodevHost,
	) {
		super(controller);
	}

	onDataUpdated(): void {
		const store = storeOf(this.host);
		const people = this.data.data.map((entry) => entry.file).filter((file) => file instanceof TFile && typeOf(store.frontmatter(file.path)) === PERSON_TYPE);
		const rows = memberStats(store, people.map((file) => file.path), toIsoDate(this.host.now()));
		renderMemberStats(this.containerEl, rows, this.host.noteLanguage(), {
			openPath: (path) => void openNote(this.host.app, path),
		});
	}
}

/** Registered at load; returns false when the core Bases plugin is off (the table view still works then). */
export function registerMembersBasesView(host: CodevHost): boolean {
	return host.registerBasesView(MEMBERS_BASES_VIEW, {
		name: t("cycle.base.members"),
		icon: "users",
		factory: (controller, containerEl) => new MembersBasesView(controller, containerEl, host),
	});
}
