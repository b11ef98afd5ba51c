/**
 * Step 0 chooses today's client and topic: the session starts « à choisir à l'étape 0 » and the
 * sidebar's step-0 button offers the rotation's suggestion, the backlog's topics and any member.
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n";
import { StepZeroModal } from "../../src/obsidian/live/stepZeroModal";
import { LATER, StartSessionModal } from "../../src/obsidian/startSessionModal";
import { choose, clickButton, closeAllModals, modalOf, rowNamed } from "../tools/ui";
import { colonFor } from "../../src/notes/text";
import { flush, frontmatterOf, GROUP_PATH, loadLive, MIN, notesIn, propertiesIn, read, type Live } from "./harness";

const C = colonFor("fr");

afterEach(() => {
	closeAllModals();
	document.body.replaceChildren();
	setLanguage("en");
});

export async function startWithoutClient(live: Live): Promise<string> {
	live.plugin.app.workspace.trigger("noop");
	const { runCommand } = await import("./harness");
	runCommand(live.plugin, "start-session");
	const form = modalOf(StartSessionModal)?.contentEl as HTMLElement;
	choose(rowNamed(form, "Client").querySelector("select") as HTMLSelectElement, LATER);
	expect(rowNamed(form, "Sujet").style.display).toBe("none");
	clickButton(form, "Créer la note de séance");
	await flush();
	const [session] = notesIn(live.app, "Codev/Séances");
	return session ?? "";
}

describe("step 0 chooses the client and the topic", () => {
	it("a session starts without a client: its name and properties say « à choisir à l'étape 0 »", async () => {
		const live = await loadLive();
		const session = await startWithoutClient(live);
		expect(session).toBe("Codev/Séances/2026-03-10 Horizon – à choisir à l'étape 0.md");
		const fm = frontmatterOf(live.app, session);
		expect(fm).toMatchObject({ client: "", topic: "", choose_at_step_0: true, status: "planned" });
		expect(fm.attendees).toHaveLength(6);
		const text = await read(live.app, session);
		expect(text).toContain(`> **Client**${C} à choisir à l'étape 0`);
		expect(text).toContain(`> **Sujet**${C} à choisir à l'étape 0`);
	});

	it("at step 0 the sidebar offers the rotation, the backlog and any member; choosing fills, renames and takes the topic", async () => {
		const live = await loadLive();
		const session = await startWithoutClient(live);
		live.controller.choose(session);
		live.root.querySelector<HTMLButtonElement>(".codev-sb-primary")?.dispatchEvent(new MouseEvent("click", { detail: 1 }));
		await flush();
		const actions = [...live.root.querySelectorAll(".codev-sb-step-action")].map((b) => b.textContent);
		expect(actions[0]).toBe("Choisir le client et le sujet");
		clickButton(live.root.querySelector(".codev-sb-step-actions") as HTMLElement, "Choisir le client et le sujet");
		await flush();
		const modal = modalOf(StepZeroModal);
		const form = modal?.contentEl as HTMLElement;
		const choices = [...form.querySelectorAll(".codev-choice")].map((c) => c.querySelector(".codev-choice-name")?.textContent);
		expect(choices).toEqual(["Ana Lima", "Chloé Roux — Annoncer une réorganisation", "Un autre membre"]);
		const backlog = form.querySelectorAll<HTMLInputElement>(".codev-choice input[type=radio]")[1] as HTMLInputElement;
		backlog.checked = true;
		backlog.dispatchEvent(new Event("change"));
		expect((rowNamed(form, "Sujet").querySelector("input") as HTMLInputElement).value).toBe("Annoncer une réorganisation");
		live.clock.ms += 2 * MIN;
		clickButton(form, "Choisir");
		await flush();
		const renamed = "Codev/Séances/2026-03-10 Horizon – Chloé Roux.md";
		expect(notesIn(live.app, "Codev/Séances")).toEqual([renamed]);
		const fm = await propertiesIn(live.app, renamed);
		expect(fm).toMatchObject({ client: "[[Chloé Roux]]", topic: "Annoncer une réorganisation", status: "in-progress" });
		expect(fm.choose_at_step_0).toBeUndefined();
		const text = await read(live.app, renamed);
		expect(text).toContain(`> **Client**${C} [[Chloé Roux]]`);
		expect(text).toContain(`> **Sujet**${C} Annoncer une réorganisation`);
		expect(text).not.toContain("à choisir");
		const group = frontmatterOf(live.app, GROUP_PATH);
		expect(group.topics_backlog).toEqual([]);
		expect(group.topics_taken).toEqual(["[[Chloé Roux]]: Annoncer une réorganisation → [[2026-03-10 Horizon – Chloé Roux]]"]);
		// The running timer followed the rename: the sidebar still runs this session.
		expect(live.controller.timer?.sessionKey).toBe(renamed);
		expect(live.root.querySelector(".codev-sb-title")?.textContent).toBe("2026-03-10 Horizon – Chloé Roux");
	});

	it("another member with a new topic; the client is counted present", async () => {
		const live = await loadLive();
		const session = await startWithoutClient(live);
		live.controller.choose(session);
		await live.controller.perform("primary");
		const { runCommand } = await import("./harness");
		runCommand(live.plugin, "choose-client-topic");
		const form = modalOf(StepZeroModal)?.contentEl as HTMLElement;
		const select = form.querySelector<HTMLSelectElement>(".codev-choice select") as HTMLSelectElement;
		choose(select, "Codev/Personnes/David Leroy.md");
		const topic = rowNamed(form, "Sujet").querySelector("input") as HTMLInputElement;
		topic.value = "Recruter sans se tromper";
		topic.dispatchEvent(new Event("input"));
		clickButton(form, "Choisir");
		await flush();
		const renamed = "Codev/Séances/2026-03-10 Horizon – David Leroy.md";
		expect(await propertiesIn(live.app, renamed)).toMatchObject({ client: "[[David Leroy]]", topic: "Recruter sans se tromper" });
		expect(frontmatterOf(live.app, GROUP_PATH).topics_backlog).toEqual(["[[Chloé Roux]]: Annoncer une réorganisation"]);
	});
});
