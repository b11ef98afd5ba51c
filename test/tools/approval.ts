/**
 * Approval files: the expected text of a rendered note, checked in next to its test, compared
 * byte for byte. `UPDATE_APPROVALS=1 npx vitest run test/approval` rewrites them on purpose, so a
 * wording change shows as one reviewed diff of the `.md` file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const UPDATING = process.env.UPDATE_APPROVALS === "1";

/** `name` is a file next to the test module (`import.meta.url`), e.g. "session-one.fr.md". */
export function expectApproved(actual: string, name: string, testModuleUrl: string): void {
	const file = fileURLToPath(new URL(name, testModuleUrl));
	if (UPDATING) {
		writeFileSync(file, actual, "utf8");
		return;
	}
	if (!existsSync(file)) throw new Error(`${name} is missing: run UPDATE_APPROVALS=1 npx vitest run test/approval, then read the file before committing it`);
	expect(actual, `${name} differs (refresh on purpose with UPDATE_APPROVALS=1)`).toBe(readFileSync(file, "utf8"));
}
