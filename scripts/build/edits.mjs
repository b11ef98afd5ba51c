// The build passes (arrows.mjs, locals.mjs, aliases.mjs) rewrite main.js as lists of edits.
import { parse } from "acorn";

/** Throws unless the code parses: a pass never hands esbuild something it broke. */
export function mustParse(code, pass) {
	try {
		parse(code, { ecmaVersion: "latest", sourceType: "script" });
	} catch (error) {
		throw new Error(`${pass}: the output does not parse (${error.message})`);
	}
	return code;
}

/** The code with each edit's range (`start`, `end`) replaced by its `text`, in order; overlapping edits are a pass's bug. */
export function applyEdits(code, edits, pass) {
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	let out = "";
	let at = 0;
	for (const e of sorted) {
		if (e.start < at) throw new Error(`${pass}: overlapping edits`);
		out += code.slice(at, e.start) + e.text;
		at = e.end;
	}
	return mustParse(out + code.slice(at), pass);
}
