/** The consultation contract note's body (step 3). Pure: links come in already written. */
import type { Lang } from "../../codev/types";
import { translator } from "../../i18n";
import { colonFor } from "../text";
import { helpLabel, type HelpKind } from "./kinds";
import { paragraph, quoted } from "../text";

export interface ContractContent {
	/** The client's request in their own words ("Dans cette séance, j'aimerais que vous m'aidiez à…"). */
	request: string;
	goal: string;
	help: HelpKind[];
	/** The consultants' reformulation ("Ce que j'ai compris de ton besoin, c'est…"). */
	reformulation: string;
	validated: boolean;
}

export interface ContractBodyLinks {
	session: string;
	client: string | null;
	group: string | null;
}

export function renderContractBody(content: ContractContent, links: ContractBodyLinks, clientName: string, lang: Lang): string {
	const t = translator(lang);
	const colon = colonFor(lang);
	const toFill = `*${t("linked.note.to-fill")}*`;
	const context = [`**${t("linked.note.label.session")}**${colon} ${links.session}`];
	if (links.client) context.push(`**${t("note.label.client")}**${colon} ${links.client}`);
	if (links.group) context.push(`**${t("note.label.group")}**${colon} ${links.group}`);
	return [
		`# ${t("linked.note.contract.title", { client: clientName })}`,
		"",
		`> [!info] ${t("linked.note.contract.callout")}`,
		...context.map((line) => `> ${line}`),
		"",
		`## ${t("linked.note.contract.request")}`,
		...(content.request.trim() ? quoted(content.request) : [toFill]),
		"",
		`## ${t("linked.note.contract.goal")}`,
		...(content.goal.trim() ? paragraph(content.goal) : [toFill]),
		"",
		`## ${t("linked.note.contract.help")}`,
		...(content.help.length > 0 ? content.help.map((kind) => `- ${helpLabel(kind, lang)}`) : [toFill]),
		"",
		`## ${t("linked.note.contract.reformulation")}`,
		...(content.reformulation.trim() ? paragraph(content.reformulation) : [toFill]),
		"",
		`## ${t("linked.note.contract.validation")}`,
		content.validated ? t("linked.note.contract.validated-yes") : t("linked.note.contract.validated-no"),
		"",
	].join("\n");
}
