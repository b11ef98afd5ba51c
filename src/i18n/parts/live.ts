/** Strings of the live session (open beside, step 0 choice, evaluation grid, contributions). */
export const liveEn = {
	"live.settings.open-beside": "Notes made during a session",
	"live.settings.open-beside.desc": "Contract, action plan and client sheet open beside the session note, never in its place.",
	"live.open.split": "Beside the session (split)",
	"live.open.tab": "In a new tab",
	"live.open.none": "Do not open them",
	"live.sidebar.open-note": "Open the session note",
	"live.confirm.restart.title": "This session has ended",
	"live.confirm.restart.body": "“{name}” has ended. Start its timer again? Its actual minutes will be replaced by the new run's.",
	"live.confirm.restart.ok": "Start again",
	"live.confirm.restart.cancel": "Cancel",
	"live.start.more": "More options (method, step 0, second consultation, minutes per step)",
	"live.later.option": "To choose at step 0",
	"live.later.name": "to choose at step 0",
} as const;

export const liveFr: Record<keyof typeof liveEn, string> = {
	"live.settings.open-beside": "Notes créées pendant une séance",
	"live.settings.open-beside.desc": "Le contrat, le plan d'action et la fiche client s'ouvrent à côté de la note de séance, jamais à sa place.",
	"live.open.split": "À côté de la séance (écran partagé)",
	"live.open.tab": "Dans un nouvel onglet",
	"live.open.none": "Ne pas les ouvrir",
	"live.sidebar.open-note": "Ouvrir la note de séance",
	"live.confirm.restart.title": "Cette séance est terminée",
	"live.confirm.restart.body": "« {name} » est terminée. Relancer son minuteur ? Ses minutes réelles seront remplacées par celles de la nouvelle séance.",
	"live.confirm.restart.ok": "Relancer",
	"live.confirm.restart.cancel": "Annuler",
	"live.start.more": "Plus d'options (méthode, étape 0, seconde consultation, minutes par étape)",
	"live.later.option": "À choisir à l'étape 0",
	"live.later.name": "à choisir à l'étape 0",
};
