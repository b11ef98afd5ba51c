/** Strings of method choice and two-consultation sessions, in both languages (same keys). Merged into en.ts / fr.ts. */
export const consultationsEn = {
	"note.clients-pair": "{a} and {b}",
	"note.label.client-of": "Client {letter}",
	"note.heading.consultation": "Consultation {letter} — {client}",

	"modal.start.method": "Method",
	"modal.start.method.group-default": "group's method",
	"modal.start.second": "Second consultation",
	"modal.start.second.desc": "Two clients in this session: shared opening, consultation A, a break above 2 hours, consultation B, shared closing.",
	"modal.start.client-b": "Second client",
	"modal.start.topic-b": "Second topic",
	"modal.start.duration.range": "From {min} to {max} minutes with this method.",


	"error.two-consultations-too-short": "two consultations need at least {min} minutes",
	"error.two-consultations-unsupported": "this method has too few steps for two consultations",
	"error.client-b-missing": "choose the second client or type a new person's name",
	"error.topic-b-missing": "type the second topic",
	"error.client-b-same": "the second client must be another person than the first",
	"error.template-one-consultation": "the template has no sections for a second consultation (markers %% codev-step: b_<step> %%)",
	"error.linked-no-second-consultation": "{name} holds a single consultation (no client_b property)",
};

export const consultationsFr: Record<keyof typeof consultationsEn, string> = {
	"note.clients-pair": "{a} et {b}",
	"note.label.client-of": "Client {letter}",
	"note.heading.consultation": "Consultation {letter} — {client}",

	"modal.start.method": "Méthode",
	"modal.start.method.group-default": "méthode du groupe",
	"modal.start.second": "Deuxième consultation",
	"modal.start.second.desc": "Deux clients dans cette séance : ouverture commune, consultation A, une pause au-delà de 2 h, consultation B, clôture commune.",
	"modal.start.client-b": "Deuxième client",
	"modal.start.topic-b": "Deuxième sujet",
	"modal.start.duration.range": "De {min} à {max} minutes avec cette méthode.",


	"error.two-consultations-too-short": "deux consultations demandent au moins {min} minutes",
	"error.two-consultations-unsupported": "cette méthode a trop peu d'étapes pour deux consultations",
	"error.client-b-missing": "choisissez le deuxième client ou saisissez le nom d'une nouvelle personne",
	"error.topic-b-missing": "saisissez le deuxième sujet",
	"error.client-b-same": "le deuxième client doit être une autre personne que le premier",
	"error.template-one-consultation": "le modèle n'a pas de sections pour une deuxième consultation (repères %% codev-step: b_<étape> %%)",
	"error.linked-no-second-consultation": "{name} ne tient qu'une consultation (pas de propriété client_b)",
};
