import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, renderFrontmatter, yamlString } from "../../src/notes/frontmatter";
import { parseYamlStrict } from "../../src/notes/yamlNode";

describe("front matter", () => {
	it("writes properties the way Obsidian does: plain dates, quoted links, block lists", () => {
		const text = renderFrontmatter({ date: "2026-01-13", client: "[[Hélène Côté]]", attendees: ["[[A]]", "[[B]]"], duration: 120, publish: false, empty: [] });
		expect(text).toBe('---\ndate: 2026-01-13\nclient: "[[Hélène Côté]]"\nattendees:\n  - "[[A]]"\n  - "[[B]]"\nduration: 120\npublish: false\nempty: []\n---\n');
	});

	it("round-trips any string through a strict YAML parser", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary" }), (value) => {
				const parsed = parseNote(`${renderFrontmatter({ topic: value })}body`, parseYamlStrict);
				expect(parsed.ok).toBe(true);
				if (parsed.ok && !/^\d{4}-\d{2}-\d{2}$/.test(value)) expect(parsed.value.data.topic).toBe(value);
			}),
			{ numRuns: 500 },
		);
	});

	it("quotes strings YAML would read as something else", () => {
		for (const value of ["true", "no", "null", "12", "1.5", "- x", "a: b", "#tag", "", " lead", "[x]"]) expect(yamlString(value)).toMatch(/^"/);
		expect(yamlString("Dire non sans culpabiliser")).toBe("Dire non sans culpabiliser");
	});

	it("refuses non-YAML front matter without evaluating it", () => {
		const parsed = parseNote("---js\n{ x: (function(){ globalThis.ran = true; return 1 })() }\n---\n", parseYamlStrict);
		expect(parsed.ok).toBe(false);
		expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
	});

	it("reads a note without front matter as body only, and an unclosed block as an error", () => {
		expect(parseNote("# Title\n", parseYamlStrict)).toEqual({ ok: true, value: { data: {}, body: "# Title\n", hasFrontmatter: false } });
		expect(parseNote("---\na: 1\n", parseYamlStrict).ok).toBe(false);
		expect(parseNote("---\n- a\n- b\n---\n", parseYamlStrict).ok).toBe(false);
	});
});
