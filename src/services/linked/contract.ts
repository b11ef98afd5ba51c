/** Step 3: the consultation contract note, linked from and to the session. Pure (NoteStore). */
import type { Lang, Result } from "../../codev/types";
import { ok } from "../../codev/types";
import { translator } from "../../i18n";
import { renderContractBody, type ContractContent } from "../../notes/linked/contractNote";
import { oneLine } from "../../notes/text";
import { renderFrontmatter } from "../../notes/frontmatter";
import { contractProperties } from "../../notes/schema/contract";
import type { NoteStore } from "../noteStore";
import {
	consultationOption,
	CONTRACT_TYPE,
	indexFor,
	linkedNotePath,
	linkedStart,
	linkFromSession,
	existingNote,
	readSessionNote,
	type LinkedOptions,
	type LinkedResult,
} from "./common";
import { typeOf } from "../../notes/schema/kinds";

export type ContractInput = ContractContent;

/**
 * The contract of one consultation of the session (options.consultation, default "a"), if one
 * exists: its `contract` (`contract_b`) property, else a contract note of that consultation linking to it.
 */
export function findContract(store: NoteStore, sessionPath: string, options?: LinkedOptions): string | null {
	const consultation = consultationOption(options);
	const fm = store.frontmatter(sessionPath);
	const linked = fm ? existingNote(store, readSessionNote(store, sessionPath, fm).contracts[consultation]) : null;
	if (linked && typeOf(store.frontmatter(linked)) === CONTRACT_TYPE) return linked;
	return indexFor(store, options).contractsOfSession(sessionPath, consultation).find((note) => store.exists(note.path))?.path ?? null;
}

/**
 * Creates the contract note beside the session note and links it from the session (`contract`
 * property and a line in the contract step's section). An existing contract is returned
 * untouched (`created: false`): never a second one by accident.
 */
export async function createContract(
	store: NoteStore,
	sessionPath: string,
	input: ContractInput,
	lang: Lang,
	options?: LinkedOptions,
): Promise<Result<LinkedResult>> {
	const start = linkedStart(store, sessionPath, options, findContract);
	if (!start.ok) return start;
	const { session, warnings, existing } = start.value;
	if (existing) return ok({ path: existing, created: false, warnings: [] });
	const consultation = session.consultation;

	const t = translator(lang);
	const two = session.consultations === 2;
	const path = linkedNotePath(store, sessionPath, t("linked.name.contract"), session, consultation);
	const props = contractProperties({
		session: store.propertyLink(sessionPath, path),
		client: session.client ? store.propertyLink(session.client, path) : null,
		...(two || consultation === "b" ? { consultation } : {}),
		group: session.group ? store.propertyLink(session.group, path) : null,
		date: session.date,
		request: oneLine(input.request),
		help: input.help,
		validated: input.validated,
		lang,
	});
	const body = renderContractBody(
		input,
		{
			session: store.bodyLink(sessionPath, path),
			client: session.client ? store.bodyLink(session.client, path) : null,
			group: session.group ? store.bodyLink(session.group, path) : null,
		},
		session.clientName,
		lang,
	);
	await store.create(path, renderFrontmatter(props) + body);

	await linkFromSession(store, sessionPath, path, consultation, { property: "contract", step: "contrat", label: t("linked.note.label.contract"), lang }, warnings);
	return ok({ path, created: true, warnings });
}
