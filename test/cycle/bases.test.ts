import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/codev/types";
import { DASHBOARD_IDS, dashboardSpec, MEMBERS_BASES_VIEW, renderBase, yamlQuote } from "../../src/notes/cycle/bases";
import { blockState, refreshMarkedSections, renderMarkedSection, replaceMarkedSection } from "../../src/notes/markers";
import { parseYamlStrict } from "../../src/notes/yamlNode";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

describe("Bases dashboards", () => {
	for (const lang of LANGS) {
		for (const id of DASHBOARD_IDS) {
			it(`${id} (${lang}) is strict YAML with the keys Bases reads`, () => {
				const parsed = parseYamlStrict(renderBase(dashboardSpec(id, lang)));
				if (!isObj(parsed)) throw new Error("not a mapping");
				expect(Object.keys(parsed)).toEqual(["filters", "properties", "views"]);
				const filters = parsed.filters as Obj;
				const global = (filters.and ?? filters.or) as string[];
				expect(Array.isArray(global)).toBe(true);
				expect(global[0]).toMatch(/^type == "codev-(session|action-plan|person)"$/);
				for (const [key, value] of Object.entries(parsed.properties as Obj)) {
					expect(key).toMatch(/^note\.[a-z_]+$/);
					expect(typeof (value as Obj).displayName).toBe("string");
				}
				const views = parsed.views as Obj[];
				expect(views.length).toBeGreaterThan(0);
				for (const view of views) {
					expect(["table", MEMBERS_BASES_VIEW]).toContain(view.type);
					for (const [property, summary] of Object.entries((view.summaries ?? {}) as Obj)) {
						expect(property).toMatch(/^(note|file)\.[a-z_]+$/);
						expect(["Count", "Filled", "Empty", "Unique", "Average", "Sum", "Min", "Max", "Earliest", "Latest"]).toContain(summary);
					}
					expect(typeof view.name).toBe("string");
					expect((view.order as string[]).every((p) => /^(note|file)\.[a-z_]+$/.test(p))).toBe(true);
					for (const s of view.sort as Obj[]) {
						expect(String(s.property)).toMatch(/^(note|file)\.[a-z_]+$/);
						expect(["ASC", "DESC"]).toContain(s.direction);
					}
					if (view.filters !== undefined) expect(Array.isArray((view.filters as Obj).and)).toBe(true);
				}
			});
		}
	}

	it("quotes strings safely (apostrophes, colons, hashes)", () => {
		expect(parseYamlStrict(`a: ${yamlQuote("Plans d'action: #1 'x'")}`)).toEqual({ a: "Plans d'action: #1 'x'" });
		const spec = dashboardSpec("actions", "fr");
		expect((parseYamlStrict(renderBase(spec)) as { views: Obj[] }).views[0]?.name).toBe("En cours, par échéance");
	});
});

describe("marked sections", () => {
	it("replaces only between the markers, keeping CRLF and surrounding bytes", () => {
		const text = `head\r\n${renderMarkedSection("bilan", "a", "old").replace(/\n/g, "\r\n")}\r\ntail  \r\n`;
		const out = replaceMarkedSection(text, "bilan", "a", "new 1\nnew 2");
		expect(out).toEqual({ ok: true, text: "head\r\n%% codev-bilan:a:start %%\r\nnew 1\r\nnew 2\r\n%% codev-bilan:a:end %%\r\ntail  \r\n" });
		expect(replaceMarkedSection("no markers", "bilan", "a", "x")).toEqual({ ok: false, reason: "absent" });
		expect(blockState("%% codev-bilan:a:start %%\nno end", "%% codev-bilan:a:start %%", "%% codev-bilan:a:end %%")).toBe("unpaired");
		const refreshed = refreshMarkedSections(`${renderMarkedSection("bilan", "a", "1")}\n`, "bilan", { a: "2", gone: "x" });
		expect(refreshed).toEqual({ text: "%% codev-bilan:a:start %%\n2\n%% codev-bilan:a:end %%\n", missing: ["gone"], unpaired: [] });
	});
});
