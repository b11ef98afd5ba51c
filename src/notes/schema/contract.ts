/**
 * The consultation contract note (`type: codev-contract`, step 3): its property keys, the typed
 * record features read, and the writer of its properties. In a two-consultation session a
 * contract says which consultation it belongs to (`consultation: b`). Pure.
 */
import type { Consultation } from "../../codev/consultations";
import type { Properties } from "../properties";
import { noteHead, noteTail } from "./kinds";
import { asDate, asList, asText, ref, type NoteRef, type ResolveLink } from "./values";

/** Every property of a contract note but the common ones (kinds.ts). `help_kinds` is an older name of `help`. */
export const CONTRACT_KEYS = {
	session: "session",
	client: "client",
	consultation: "consultation",
	group: "group",
	date: "date",
	request: "request",
	help: "help",
	helpKinds: "help_kinds",
	validated: "validated",
} as const;

export const CONTRACT_LINK_KEYS: readonly string[] = [CONTRACT_KEYS.session, CONTRACT_KEYS.client, CONTRACT_KEYS.group];

/** The schema contracts are written with. */
export const CONTRACT_SCHEMA = 1;

export interface ContractNote {
	session: NoteRef | null;
	client: NoteRef | null;
	consultation: Consultation;
	group: NoteRef | null;
	date: string | null;
	request: string;
	/** The kinds of help asked for (`help`, and the older `help_kinds`). */
	help: string[];
	validated: boolean;
}

/** The consultation a contract or plan belongs to: "b" only when it says so. */
export function noteConsultation(value: unknown): Consultation {
	return value === "b" ? "b" : "a";
}

/** The consultation of a contract or plan note from its properties (both kinds spell it so). */
export function consultationOfProperties(fm: Readonly<Record<string, unknown>>): Consultation {
	return noteConsultation(fm[CONTRACT_KEYS.consultation]);
}

export function readContract(fm: Readonly<Record<string, unknown>>, resolve: ResolveLink): ContractNote {
	return {
		session: ref(fm.session, resolve),
		client: ref(fm.client, resolve),
		consultation: noteConsultation(fm.consultation),
		group: ref(fm.group, resolve),
		date: asDate(fm.date),
		request: typeof fm.request === "string" ? fm.request : "",
		help: [...asList(fm.help_kinds), ...asList(fm.help)].map(asText).filter((s) => s !== ""),
		validated: fm.validated === true,
	};
}

/** What a new contract says, links already written by the store (null: none). */
export interface ContractProperties {
	session: string;
	client: string | null;
	/** Written only in a two-consultation session (or for consultation B). */
	consultation?: Consultation;
	group: string | null;
	date: string | null;
	request: string;
	help: string[];
	validated: boolean;
	lang: string;
}

export function contractProperties(c: ContractProperties): Properties {
	return {
		...noteHead("contract", CONTRACT_SCHEMA),
		session: c.session,
		client: c.client,
		...(c.consultation ? { consultation: c.consultation } : {}),
		group: c.group,
		date: c.date,
		request: c.request,
		help: [...c.help],
		validated: c.validated,
		...noteTail(c.lang),
	};
}
