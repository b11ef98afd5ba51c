/**
 * Every palette command the plugin registers (sorted, as the palette lists them): ids, names and
 * kinds stay put however the registration is written; none has a default hotkey.
 */
import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import CodevFacilitatorPlugin from "../../src/main";

const manifest = { id: "codev-facilitator", name: "Codev facilitator", version: "0.1.0", minAppVersion: "1.8.7", description: "", author: "" };

async function commandsIn(language: "en" | "fr"): Promise<string[]> {
	const app = App.createConfigured__({}).asOriginalType__();
	const plugin = new CodevFacilitatorPlugin(app, manifest);
	plugin.loadData = () => Promise.resolve({ data_version: 1, settings: { language } });
	await plugin.onload();
	const commands = [...MockPlugin.fromOriginalType2__(plugin).commands__.values()];
	plugin.onunload();
	return commands.map((c) => {
		const kind = c.editorCheckCallback ? "editorCheck" : c.editorCallback ? "editor" : c.checkCallback ? "check" : "callback";
		return `${c.id} | ${c.name} | ${kind}${c.hotkeys?.length ? " | hotkeys" : ""}`;
	});
}

describe("palette commands", () => {
	it("lists the same ids, names and kinds in English", async () => {
		expect((await commandsIn("en")).sort()).toEqual([
			"add-library-method | Add a method from the library | callback",
			"add-topic | Add a topic to a group's backlog | callback",
			"attendance-certificate | Certificate of attendance for a member | callback",
			"attendance-sheet | Attendance sheet for this session | callback",
			"choose-client-topic | Choose the client and the topic | check",
			"create-action-plan | Create action plan | check",
			"create-contract | Create consultation contract | check",
			"create-dashboards | Create codev dashboards | callback",
			"create-group | Create codev group | callback",
			"export-calendar | Export group calendar (.ics) | callback",
			"export-client-sheet | Export client sheet | callback",
			"export-method-note | Write a codev method as a note | callback",
			"facilitator-log | Facilitator's log for this session | callback",
			"facilitator-log-trend | Facilitator's log: trend over the cycle | callback",
			"generate-bilan | Generate cycle review | callback",
			"import-method-note | Import the codev method from the current note | check",
			"insert-session-template | Insert codev session template | callback",
			"log-contribution | Log a contribution | check",
			"member-back | Bring a former member back | callback",
			"member-left | Mark a member as having left the group | callback",
			"open-client-preparation | The client's preparation | callback",
			"open-group-view | Open group view | callback",
			"prepare-next-session | Prepare the next session | callback",
			"projector-open | Open the room display | check",
			"record-evaluation | Record attendance and evaluation (step 6) | callback",
			"refresh-group | Refresh group calendar | callback",
			"retour | Follow-up on the previous action plan | check",
			"session-evaluation | Attendance and evaluation | check",
			"session-save-as-note | Save the sidebar session as a note | check",
			"show-client-progress | Show client progress | callback",
			"sidebar-open | Open codev sidebar | check",
			"start-session | Start codev session | callback",
			"timer-add-1-minute | Add 1 minute to the current step | check",
			"timer-add-5-minutes | Add 5 minutes to the current step | check",
			"timer-next-step | Next step | check",
			"timer-pause-resume | Pause or resume the session timer | check",
			"timer-previous-step | Previous step | check",
			"timer-reset-step | Reset the current step | check",
			"timer-start | Start the session timer | check",
			"timer-take-from-later | Take the overtime from later steps | check",
			"write-client-progress | Write client progress into the person note | callback",
		]);
	});

	it("lists the same ids, names and kinds in French", async () => {
		expect((await commandsIn("fr")).sort()).toEqual([
			"add-library-method | Ajouter une méthode de la bibliothèque | callback",
			"add-topic | Ajouter un sujet à la liste d'un groupe | callback",
			"attendance-certificate | Certificat de réalisation d'un membre | callback",
			"attendance-sheet | Feuille d'émargement de cette séance | callback",
			"choose-client-topic | Choisir le client et le sujet | check",
			"create-action-plan | Créer le plan d'action | check",
			"create-contract | Créer le contrat de consultation | check",
			"create-dashboards | Créer les tableaux de bord codev | callback",
			"create-group | Créer un groupe de codéveloppement | callback",
			"export-calendar | Exporter le calendrier du groupe (.ics) | callback",
			"export-client-sheet | Exporter la fiche client | callback",
			"export-method-note | Écrire une méthode de codéveloppement dans une note | callback",
			"facilitator-log | Journal de l'animateur pour cette séance | callback",
			"facilitator-log-trend | Journal de l'animateur : tendance sur le cycle | callback",
			"generate-bilan | Générer le bilan du cycle | callback",
			"import-method-note | Importer la méthode de codéveloppement de la note active | check",
			"insert-session-template | Insérer le modèle de séance de codéveloppement | callback",
			"log-contribution | Noter un apport | check",
			"member-back | Réintégrer un ancien membre | callback",
			"member-left | Indiquer qu'un membre a quitté le groupe | callback",
			"open-client-preparation | Préparation du client | callback",
			"open-group-view | Ouvrir la vue du groupe | callback",
			"prepare-next-session | Préparer la prochaine séance | callback",
			"projector-open | Ouvrir l'affichage pour le groupe | check",
			"record-evaluation | Noter les présences et l'évaluation (étape 6) | callback",
			"refresh-group | Mettre à jour le calendrier du groupe | callback",
			"retour | Retour sur le plan d'action précédent | check",
			"session-evaluation | Présences et évaluation | check",
			"session-save-as-note | Enregistrer la séance du panneau en note | check",
			"show-client-progress | Afficher le parcours du client | callback",
			"sidebar-open | Ouvrir le panneau d'animation codev | check",
			"start-session | Démarrer une séance de codéveloppement | callback",
			"timer-add-1-minute | Ajouter 1 minute à l'étape en cours | check",
			"timer-add-5-minutes | Ajouter 5 minutes à l'étape en cours | check",
			"timer-next-step | Étape suivante | check",
			"timer-pause-resume | Mettre en pause ou reprendre le minuteur | check",
			"timer-previous-step | Étape précédente | check",
			"timer-reset-step | Recommencer l'étape en cours | check",
			"timer-start | Démarrer le minuteur de la séance | check",
			"timer-take-from-later | Prendre le dépassement aux étapes suivantes | check",
			"write-client-progress | Écrire le parcours dans la note de la personne | callback",
		]);
	});
});
