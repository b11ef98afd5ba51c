/**
 * The client sheet note (`type: codev-client-sheet`): a shareable note written once for one
 * client, never read back. Its property keys and writer. Pure.
 */
import type { Properties } from "../properties";
import { noteHead, noteTail } from "./kinds";

/** Every property of a client sheet but the common ones (kinds.ts). */
export const SHEET_KEYS = {
	/** yyyy-MM-dd, the day the sheet was written. */
	generated: "generated",
	/** True when other members' names were kept. */
	names: "names",
} as const;

export function sheetProperties(sheet: { generated: string; names: boolean; lang: string }): Properties {
	return { ...noteHead("sheet"), generated: sheet.generated, names: sheet.names, ...noteTail(sheet.lang) };
}
