/**
 * Strings of the settings tab added for Obsidian's settings search, in both languages (same keys).
 * Each `settings.aliases.*` entry is a comma-separated list of extra search terms: a setting is
 * found with the terms of both languages, whatever the interface language.
 */
export const settingsEn = {
	"settings.language.fr": "Français",
	"settings.language.en": "English",
	"settings.template-file.placeholder": "Codev/Templates/Session.md",
	"settings.step-minutes.placeholder": "—",
	"settings.methods-page.desc": "Copy a method, rename it, add, reorder and edit its steps.",

	"settings.aliases.language": "language, locale, translation, French, English",
	"settings.aliases.folder": "folder, path, location",
	"settings.aliases.duration": "length, duration, minutes, time",
	"settings.aliases.opening": "opening, step 0, follow-up, choice of topic",
	"settings.aliases.facilitator": "facilitator, name, host",
	"settings.aliases.step-minutes": "step, minutes, timing, split",
	"settings.aliases.template-file": "template, file, session note",
	"settings.aliases.name-pattern": "name, pattern, date, format, file name",
	"settings.aliases.method": "method, steps, protocol",
	"settings.aliases.chime": "chime, sound, bell, alert",
	"settings.aliases.room": "room, projector, display, screen",
	"settings.aliases.open-beside": "open, split, tab, contract, action plan",

	"error.setting-minutes-invalid": "the minutes of a step must be a whole number above zero, or left empty",
	"error.setting-name-pattern-empty": "the note name cannot be empty",
	"error.setting-choice": "“{value}” is not one of the choices",
	"error.setting-value": "this value cannot be used here",
};

export const settingsFr: Record<keyof typeof settingsEn, string> = {
	"settings.language.fr": "Français",
	"settings.language.en": "English",
	"settings.template-file.placeholder": "Codev/Modèles/Séance.md",
	"settings.step-minutes.placeholder": "—",
	"settings.methods-page.desc": "Copier une méthode, la renommer, ajouter, réordonner et modifier ses étapes.",

	"settings.aliases.language": "langue, traduction, français, anglais",
	"settings.aliases.folder": "dossier, chemin, emplacement",
	"settings.aliases.duration": "durée, longueur, minutes, temps",
	"settings.aliases.opening": "ouverture, étape 0, retour, choix du sujet",
	"settings.aliases.facilitator": "animateur, animatrice, nom",
	"settings.aliases.step-minutes": "étape, minutes, minutage, répartition",
	"settings.aliases.template-file": "modèle, fichier, note de séance",
	"settings.aliases.name-pattern": "nom, motif, date, format, nom de fichier",
	"settings.aliases.method": "méthode, étapes, protocole",
	"settings.aliases.chime": "carillon, son, cloche, alerte",
	"settings.aliases.room": "salle, projecteur, affichage, écran",
	"settings.aliases.open-beside": "ouvrir, écran partagé, onglet, contrat, plan d'action",

	"error.setting-minutes-invalid": "les minutes d'une étape sont un nombre entier supérieur à zéro, ou restent vides",
	"error.setting-name-pattern-empty": "le nom des notes ne peut pas être vide",
	"error.setting-choice": "« {value} » ne fait pas partie des choix",
	"error.setting-value": "cette valeur ne convient pas ici",
};
