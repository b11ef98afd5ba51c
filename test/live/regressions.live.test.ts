/**
 * Regression tests for the live session, each named after the behaviour that failed: double
 * submits and held keys, restarting a finished session, absentees in the suggested client, a
 * clock set back mid-step.
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n";
import { ContractModal, PlanModal } from "../../src/obsidian/linked/modals";
import { StartSessionModal } from "../../src/obsidian/startSessionModal";
import { choose, clickButton, closeAllModals, modalOf, rowNamed, typeInto } from "../tools/ui";
import { flush, frontmatterOf, GROUP_PATH, loadLive, MIN, notesIn, openInCurrentTab, runCommand, type Live } from "./harness";

afterEach(() => {
	closeAllModals();
	document.body.replaceChildren();
	setLanguage("en");
});

/** Fills the start form through its visible labels and returns the modal's element. */
async function startForm(live: Live): Promise<HTMLElement> {
	runCommand(live.plugin, "start-session");
	const modal = modalOf(StartSessionModal);
	if (!modal) throw new Error("no start modal");
	typeInto(rowNamed(modal.contentEl, "Sujet").querySelector("input") as HTMLInputElement, "Dire non sans culpabiliser");
	await flush();
	return modal.contentEl;
}

async function createSession(live: Live): Promise<string> {
	const form = await startForm(live);
	clickButton(form, "Créer la note de séance");
	await flush();
	const sessions = notesIn(live.app, "Codev/Séances");
	if (sessions.length !== 1) throw new Error(`sessions: ${sessions.join(", ")}`);
	return sessions[0] ?? "";
}

function primary(live: Live): HTMLButtonElement {
	const button = live.root.querySelector<HTMLButtonElement>(".codev-sb-primary");
	if (!button) throw new Error("no primary button");
	return button;
}

async function clickPrimary(live: Live, detail = 1): Promise<void> {
	primary(live).dispatchEvent(new MouseEvent("click", { bubbles: true, detail }));
	await flush();
}

function currentStep(live: Live): string | undefined {
	const timer = live.controller.timer;
	return timer?.steps[timer.current]?.id;
}

describe("double submits, held keys and double clicks", () => {
	it("a second click on the start form creates no second group, person or session", async () => {
		const live = await loadLive();
		const form = await startForm(live);
		choose(rowNamed(form, "Groupe").querySelector("select") as HTMLSelectElement, "__new__");
		typeInto(rowNamed(form, "Nom du nouveau groupe").querySelector("input") as HTMLInputElement, "Cap 2026");
		choose(rowNamed(form, "Client").querySelector("select") as HTMLSelectElement, "__new__");
		typeInto(rowNamed(form, "Nom de la nouvelle personne").querySelector("input") as HTMLInputElement, "Hélène Côté");
		typeInto(rowNamed(form, "Sujet").querySelector("input") as HTMLInputElement, "Dire non");
		clickButton(form, "Créer la note de séance");
		clickButton(form, "Créer la note de séance", { detail: 2 });
		await flush();
		expect(notesIn(live.app, "Codev/Groupes")).toEqual(["Codev/Groupes/Cap 2026.md", GROUP_PATH]);
		expect(notesIn(live.app, "Codev/Séances")).toEqual(["Codev/Séances/2026-03-10 Cap 2026 – Hélène Côté.md"]);
		expect(notesIn(live.app, "Codev/Personnes").filter((p) => p.includes("Hélène"))).toEqual(["Codev/Personnes/Hélène Côté.md"]);
	});

	it("a double click on the start form submits it once (Obsidian indexes the new group only later)", async () => {
		const live = await loadLive();
		runCommand(live.plugin, "start-session");
		const modal = modalOf(StartSessionModal);
		if (!modal) throw new Error("no start modal");
		let calls = 0;
		let release: () => void = () => undefined;
		modal["options"].onSubmit = () => {
			calls++;
			return new Promise<boolean>((resolve) => (release = () => resolve(true)));
		};
		clickButton(modal.contentEl, "Créer la note de séance");
		clickButton(modal.contentEl, "Créer la note de séance", { detail: 2 });
		release();
		await flush();
		expect(calls).toBe(1);
		expect(modalOf(StartSessionModal)).toBeNull();
	});

	it("a second submit of the contract or the plan form makes no second note", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		await openInCurrentTab(live.app, session);
		runCommand(live.plugin, "create-contract");
		await flush();
		const contract = modalOf(ContractModal);
		expect(contract).not.toBeNull();
		typeInto(rowNamed(contract?.contentEl as HTMLElement, "Demande du client").querySelector("textarea") as HTMLTextAreaElement, "M'aider à dire non");
		void contract?.submit();
		void contract?.submit();
		await flush();
		runCommand(live.plugin, "create-action-plan");
		await flush();
		const plan = modalOf(PlanModal);
		typeInto(plan?.contentEl.querySelector(".codev-plan-row input") as HTMLInputElement, "Proposer un autre créneau");
		clickButton(plan?.contentEl as HTMLElement, "Créer le plan d'action");
		clickButton(plan?.contentEl as HTMLElement, "Créer le plan d'action", { detail: 2 });
		await flush();
		const notes = notesIn(live.app, "Codev/Séances");
		expect(notes.filter((p) => p.includes("Contrat"))).toHaveLength(1);
		expect(notes.filter((p) => p.includes("Plan"))).toHaveLength(1);
	});

	it("holding N (key auto-repeat) moves one step, not through every step to the end", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		live.controller.choose(session);
		await clickPrimary(live);
		const sidebar = live.root.querySelector(".codev-sidebar") as HTMLElement;
		sidebar.dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true }));
		for (let i = 0; i < 12; i++) sidebar.dispatchEvent(new KeyboardEvent("keydown", { key: "n", repeat: true, bubbles: true }));
		await flush();
		expect(currentStep(live)).toBe("expose");
		expect(live.controller.timer?.status).toBe("running");
		expect(frontmatterOf(live.app, session).status).toBe("in-progress");
	});

	it("a double click on Start starts the session and stays at step 0", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		live.controller.choose(session);
		await clickPrimary(live, 1);
		await clickPrimary(live, 2);
		expect(currentStep(live)).toBe("retour");
		// Two clicks while the first is still being written: the second is dropped too.
		live.clock.ms += 10 * MIN;
		const first = live.controller.perform("primary");
		const second = live.controller.perform("primary");
		await Promise.all([first, second]);
		expect(currentStep(live)).toBe("expose");
	});
});

describe("starting the timer again on a finished session", () => {
	it("asks first, saying its actual minutes will be replaced; declining changes nothing", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		live.controller.choose(session);
		await clickPrimary(live);
		for (let i = 0; i < 7; i++) {
			live.clock.ms += 10 * MIN;
			await clickPrimary(live);
		}
		expect(live.controller.timer?.status).toBe("finished");
		const before = frontmatterOf(live.app, session);
		expect(before).toMatchObject({ status: "done", step_retour_actual: 10 });
		closeAllModals();
		await live.controller.clear();
		live.controller.choose(session);
		const asked: string[] = [];
		live.controller.confirmRestart = (name) => (asked.push(name), Promise.resolve(false));
		await clickPrimary(live);
		expect(asked).toEqual([session.slice(session.lastIndexOf("/") + 1, -3)]);
		expect(live.controller.timer).toBeNull();
		expect(frontmatterOf(live.app, session)).toEqual(before);
		live.controller.confirmRestart = () => Promise.resolve(true);
		await clickPrimary(live);
		expect(frontmatterOf(live.app, session).status).toBe("in-progress");
	});

	it("the real confirmation names the session and says the minutes will be replaced", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		live.controller.choose(session);
		await live.app.fileManager.processFrontMatter(live.app.vault.getFileByPath(session) as never, (fm: Record<string, unknown>) => (fm.status = "done"));
		await flush();
		live.controller.choose(session);
		void live.controller.perform("primary");
		await flush();
		const text = document.body.textContent ?? "";
		expect(text).toContain("Ses minutes réelles seront remplacées");
		clickButton(document.body, "Annuler");
		await flush();
		expect(live.controller.timer).toBeNull();
	});
});

describe("the suggested client skips absentees", () => {
	it("unticking the suggested member as absent moves the suggestion; they are neither client nor present", async () => {
		const live = await loadLive();
		runCommand(live.plugin, "start-session");
		const modal = modalOf(StartSessionModal);
		const form = modal?.contentEl as HTMLElement;
		const client = () => (rowNamed(form, "Client").querySelector("select") as HTMLSelectElement).value;
		// Nobody has been client yet: the rotation suggests the first member.
		expect(client()).toBe("Codev/Personnes/Ana Lima.md");
		const ana = [...form.querySelectorAll<HTMLLabelElement>(".codev-attendee")].find((l) => l.textContent === "Ana Lima");
		const box = ana?.querySelector("input") as HTMLInputElement;
		box.checked = false;
		box.dispatchEvent(new Event("change"));
		expect(client()).toBe("Codev/Personnes/Bruno Petit.md");
		typeInto(rowNamed(form, "Sujet").querySelector("input") as HTMLInputElement, "Dire non");
		clickButton(form, "Créer la note de séance");
		await flush();
		const [session] = notesIn(live.app, "Codev/Séances");
		const fm = frontmatterOf(live.app, session ?? "");
		expect(fm.client).toBe("[[Bruno Petit]]");
		expect(fm.attendees).not.toContain("[[Ana Lima]]");
		expect(fm.attendees).toContain("[[Bruno Petit]]");
	});
});

describe("a clock set back while a step runs", () => {
	it("records the 13 real minutes of the step, not 0", async () => {
		const live = await loadLive();
		const session = await createSession(live);
		live.controller.choose(session);
		await clickPrimary(live);
		live.clock.ms += 5 * MIN;
		live.controller.tick();
		live.clock.ms -= 60 * MIN; // the clock is set back an hour
		live.controller.tick();
		live.clock.ms += 8 * MIN;
		live.controller.tick();
		await live.controller.dispatch({ type: "finish" });
		await flush();
		expect(frontmatterOf(live.app, session).step_retour_actual).toBe(13);
	});
});
