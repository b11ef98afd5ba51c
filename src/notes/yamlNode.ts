import matter from "gray-matter";
import type { YamlParser } from "./frontmatter";

/**
 * YAML parsing outside Obsidian (scripts, tests): js-yaml's safe loader through gray-matter,
 * with every non-YAML engine refused so a `---js` note can never run code.
 * Not imported by the plugin bundle (Obsidian's parseYaml is used there), so gray-matter is a
 * dev dependency.
 */
export const parseYamlStrict: YamlParser = (yaml) => {
	const parsed = matter(`---\n${yaml}\n---\n`, { language: "yaml", engines: { javascript: refuse, js: refuse, json: refuse } });
	return parsed.data;
};

const refuse = {
	parse(): never {
		throw new Error("Only YAML front matter is supported");
	},
};
