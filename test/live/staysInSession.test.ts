/**
 * The facilitator never leaves the session: notes made during it open beside it, the palette
 * targets the running session whatever note is active, the sidebar's title leads back, and
 * « Nouvelle séance » opens the start form for the same group instead of resetting the note.
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n";
import { EvaluationModal } from "../../src/obsidian/cycle/modals";
import { ContractModal, ContributionModal } from "../../src/obsidian/linked/modals";
import { StartSessionModal } from "../../src/obsidian/startSessionModal";
import { clickButton, closeAllModals, modalOf, rowNamed, typeInto } from "../tools/ui";
import { fileAt, fileShownIn, flush, frontmatterOf, loadLive, MIN, notesIn, openInCurrentTab, read, runCommand, type Live } from "./harness";

afterEach(() => {
	closeAllModals();
	document.body.replaceChildren();
	setLanguage("en");
});

async function createSession(live: Live, topic = "Dire non sans culpabiliser"): Promise<string> {
	runCommand(live.plugin, "start-session");
	const form = modalOf(StartSessionModal)?.contentEl as HTMLElement;
	typeInto(rowNamed(form, "Sujet").querySelector("input") as HTMLInputElement, topic);
	clickButton(form, "Créer la note de séance");
	await flush();
	const [session] = notesIn(live.app, "Codev/Séances");
	return session ?? "";
}

async function next(live: Live, times = 1): Promise<void> {
	for (let i = 0; i < times; i++) {
		live.clock.ms += 10 * MIN;
		live.root.querySelector<HTMLButtonElement>(".codev-sb-primary")?.dispatchEvent(new MouseEvent("click", { detail: 1 }));
		await flush();
	}
}

function stepAction(live: Live, label: string): void {
	clickButton(live.root.querySelector(".codev-sb-step-actions") as HTMLElement, label);
}

describe("stay in the session", () => {
	it("the contract opens beside the session; the palette then still targets the running session", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		const sessionTab = await openInCurrentTab(live.app, session);
		expect(live.root.querySelector(".codev-sb-title")?.textContent).toBe(session.slice(session.lastIndexOf("/") + 1, -3));
		await next(live, 4); // Start, then steps 0 → 3 (contract)
		expect(live.controller.timer?.steps[live.controller.timer.current]?.id).toBe("contrat");
		stepAction(live, "Créer le contrat de consultation");
		await flush();
		const contract = modalOf(ContractModal);
		typeInto(rowNamed(contract?.contentEl as HTMLElement, "Demande du client").querySelector("textarea") as HTMLTextAreaElement, "M'aider à dire non");
		clickButton(contract?.contentEl as HTMLElement, "Créer le contrat");
		await flush();
		const [contractPath] = notesIn(live.app, "Codev/Séances").filter((p) => p.includes("Contrat"));
		expect(contractPath).toBeDefined();
		expect(fileShownIn(sessionTab)).toBe(session);
		const shown: string[] = [];
		live.app.workspace.iterateAllLeaves((leaf) => void shown.push(fileShownIn(leaf) ?? ""));
		expect(shown).toContain(contractPath);

		// The facilitator clicks into the contract: the palette still logs into the running session.
		const contractTab = live.app.workspace.getLeaf("tab");
		await contractTab.openFile(fileAt(live.app, contractPath ?? ""));
		live.app.workspace.setActiveLeaf(contractTab);
		expect(live.app.workspace.getActiveFile()?.path).toBe(contractPath);
		await next(live); // step 4, consultation
		runCommand(live.plugin, "log-contribution");
		await flush();
		const contribution = modalOf(ContributionModal);
		expect(contribution).not.toBeNull();
		contribution?.close();
		runCommand(live.plugin, "record-evaluation");
		await flush();
		expect(modalOf(EvaluationModal)).not.toBeNull();
		closeAllModals();

		// The sidebar's title leads back to the session note.
		clickButton(live.root, session.slice(session.lastIndexOf("/") + 1, -3));
		await flush();
		expect(live.app.workspace.getActiveFile()?.path).toBe(session);
	});

	it("with the setting « not at all », a contract is made but nothing opens", async () => {
		const live = await loadLive();
		live.plugin.settings.openBeside = "none";
		const session = await createSession(live);
		const sessionTab = await openInCurrentTab(live.app, session);
		let leaves = 0;
		live.app.workspace.iterateAllLeaves(() => void leaves++);
		runCommand(live.plugin, "create-contract");
		await flush();
		await modalOf(ContractModal)?.submit();
		await flush();
		let after = 0;
		live.app.workspace.iterateAllLeaves(() => void after++);
		expect(after).toBe(leaves);
		expect(fileShownIn(sessionTab)).toBe(session);
		expect(notesIn(live.app, "Codev/Séances").some((p) => p.includes("Contrat"))).toBe(true);
	});
});

describe("« Nouvelle séance » after the last step", () => {
	it("opens the start form for the same group, on its next date, with the next client suggested; the ended note stays done", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		await openInCurrentTab(live.app, session);
		await next(live, 8);
		expect(live.controller.timer?.status).toBe("finished");
		const ended = frontmatterOf(live.app, session);
		expect(ended).toMatchObject({ status: "done", client: "[[Ana Lima]]" });
		const text = await read(live.app, session);
		const button = live.root.querySelector<HTMLButtonElement>(".codev-sb-primary");
		expect(button?.textContent).toBe("Nouvelle séance");
		button?.dispatchEvent(new MouseEvent("click", { detail: 1 }));
		button?.dispatchEvent(new MouseEvent("click", { detail: 1 }));
		await flush();
		const modal = modalOf(StartSessionModal);
		expect(modal).not.toBeNull();
		const form = modal?.contentEl as HTMLElement;
		expect((rowNamed(form, "Date").querySelector("input") as HTMLInputElement).value).toBe("2026-04-14");
		expect((rowNamed(form, "Client").querySelector("select") as HTMLSelectElement).value).toBe("Codev/Personnes/Bruno Petit.md");
		expect(frontmatterOf(live.app, session)).toEqual(ended);
		expect(await read(live.app, session)).toBe(text);
		typeInto(rowNamed(form, "Sujet").querySelector("input") as HTMLInputElement, "Déléguer");
		clickButton(form, "Créer la note de séance");
		await flush();
		const created = notesIn(live.app, "Codev/Séances").find((p) => p.startsWith("Codev/Séances/2026-04-14"));
		expect(created).toBe("Codev/Séances/2026-04-14 Horizon – Bruno Petit.md");
		// The group's facilitator (its note), not the empty setting.
		expect(frontmatterOf(live.app, created ?? "")).toMatchObject({ facilitator: "Claire Dumas", duration: 120, method: "classic" });
		// The sidebar is now on the new session, ready to start.
		expect(live.controller.shown().key).toBe(created);
		expect(live.root.querySelector(".codev-sb-primary")?.textContent).toBe("Démarrer");
	});
});
