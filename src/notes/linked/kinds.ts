/** Kinds of help a client can ask for and a consultant can contribute (METHOD.md). Pure. */
import type { Lang } from "../../codev/types";
import { LANGS } from "../../codev/types";
import { translator } from "../../i18n";

/** Stable ASCII ids, written in the `help` property; labels come from i18n. */
export const HELP_KINDS = ["questions", "impressions", "hypotheses", "experiences", "ideas", "suggestions", "advice", "resources"] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export function isHelpKind(value: unknown): value is HelpKind {
	return typeof value === "string" && (HELP_KINDS as readonly string[]).includes(value);
}

export function helpLabel(kind: HelpKind, lang: Lang): string {
	return translator(lang)(`linked.kind.${kind}`);
}

/** A kind from its id or its label in either language (notes written in another language still parse). */
export function kindFromLabel(label: string): HelpKind | null {
	const wanted = label.trim().toLowerCase();
	if (isHelpKind(wanted)) return wanted;
	for (const kind of HELP_KINDS) {
		if (LANGS.some((lang) => helpLabel(kind, lang).toLowerCase() === wanted)) return kind;
	}
	return null;
}
