/** A two-consultation session note's properties; no Obsidian import, so the browser test can use it too. */
import { splitTwoConsultations } from "../../src/codev/consultations";
import { CLASSIC_METHOD } from "../../src/codev/methods";

/** The properties of a three-hour, two-consultation classic session (as Start codev session writes them). */
export function twoClientProperties(): Record<string, unknown> {
	const layout = splitTwoConsultations(CLASSIC_METHOD, 180, true);
	if (!layout.ok) throw new Error(layout.error.code);
	const ids = layout.value.steps.map((s) => s.id);
	return {
		type: "codev-session", method: "classic", client: "[[People/Alice|Alice]]", topic: "Saying no",
		client_b: "[[People/Bruno]]", topic_b: "A new team", consultations: 2, duration: 180, opening: true, status: "planned",
		steps: ids, ...Object.fromEntries(ids.map((id) => [`step_${id}_planned`, layout.value.minutes[id] ?? 0])),
	};
}
