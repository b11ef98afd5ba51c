/**
 * Forms are clicked twice and keys are held: a submit runs once at a time, and a form that
 * closes on success never submits again (no second group « … 2 », no second note).
 */
export function submitOnce(run: () => Promise<boolean>, options: { repeatable?: boolean } = {}): () => Promise<boolean> {
	let busy = false;
	let done = false;
	return async () => {
		if (busy || done) return false;
		busy = true;
		try {
			const ok = await run();
			if (ok && !options.repeatable) done = true;
			return ok;
		} finally {
			busy = false;
		}
	};
}
