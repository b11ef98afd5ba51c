/** Strings around the sessions (method library, attendance, preparation, facilitator's log), in both languages. */
export const aroundEn = {
	"library.command": "Add a method from the library",
	"library.notice.added": "Method added from the library: {name} ({path})",
	"library.notice.kept": "{name}: your method note {path} is kept as it is",
	"library.notice.own": "{name}: a method with the id {id} is already in your methods; it is kept. The library note is at {path}.",
};

export const aroundFr: Record<keyof typeof aroundEn, string> = {
	"library.command": "Ajouter une méthode de la bibliothèque",
	"library.notice.added": "Méthode ajoutée depuis la bibliothèque : {name} ({path})",
	"library.notice.kept": "{name} : votre note de méthode {path} est gardée telle quelle",
	"library.notice.own": "{name} : une méthode d'identifiant {id} est déjà dans vos méthodes ; elle est gardée. La note de la bibliothèque est dans {path}.",
};
