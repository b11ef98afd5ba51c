/**
 * Test-only: renders the subset of Markdown the plugin's generated notes use (headings,
 * paragraphs with **bold**, *italics* and hard line breaks, pipe tables, lists, callouts, [[links]]) into
 * DOM shaped like Obsidian's reading view (`.markdown-preview-view.markdown-rendered` plus the
 * note's cssclasses), so print layouts can be checked in Chromium. No innerHTML.
 */
function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string): HTMLElementTagNameMap[K] {
	const child = document.createElement(tag);
	if (text !== undefined) child.textContent = text;
	parent.append(child);
	return child;
}

const block = (root: HTMLElement): HTMLElement => el(root, "div");

function inline(parent: HTMLElement, text: string): void {
	const parts = text.split(/(\*\*[^*]+\*\*|\*[^*]+\*|\[\[[^\]]+\]\])/);
	for (const part of parts) {
		if (part === "") continue;
		if (part.startsWith("**")) el(parent, "strong", part.slice(2, -2));
		else if (part.startsWith("[[")) (el(parent, "a", part.slice(2, -2).split("|").pop() ?? "").className = "internal-link");
		else if (part.startsWith("*") && part.length > 2) el(parent, "em", part.slice(1, -1));
		else parent.append(part);
	}
}

const cells = (line: string): string[] => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());

export function renderMarkdown(text: string, cssclasses: string[] = []): HTMLElement {
	const root = document.createElement("div");
	root.className = ["markdown-preview-view", "markdown-rendered", ...cssclasses].join(" ");
	const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
	const lines = body.split("\n").filter((line) => !/^%%.*%%$/.test(line.trim()));
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] ?? "";
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (line.trim() === "") {
			i++;
		} else if (heading) {
			inline(el(block(root), `h${heading[1]?.length ?? 1}` as "h1"), heading[2] ?? "");
			i++;
		} else if (line.startsWith("|") && /^\|\s*-/.test(lines[i + 1] ?? "")) {
			const table = el(block(root), "table");
			const head = el(el(table, "thead"), "tr");
			for (const c of cells(line)) inline(el(head, "th"), c);
			const tbody = el(table, "tbody");
			i += 2;
			while (i < lines.length && (lines[i] ?? "").startsWith("|")) {
				const tr = el(tbody, "tr");
				for (const c of cells(lines[i] ?? "")) inline(el(tr, "td"), c);
				i++;
			}
		} else if (line.startsWith("> [!")) {
			// A callout: its title line, then its lines as one paragraph with line breaks.
			const callout = el(block(root), "div");
			const kind = /^> \[!(\w+)\]\s*(.*)$/.exec(line);
			callout.className = `callout callout-${kind?.[1] ?? "note"}`;
			inline(el(callout, "div"), kind?.[2] ?? "");
			(callout.lastElementChild as HTMLElement).className = "callout-title";
			const content = el(el(callout, "div"), "p");
			(content.parentElement as HTMLElement).className = "callout-content";
			i++;
			while (i < lines.length && (lines[i] ?? "").startsWith(">")) {
				inline(content, (lines[i++] ?? "").replace(/^>\s?/, ""));
				el(content, "br");
			}
		} else if (/^\s*- /.test(line)) {
			const list = el(block(root), "ul");
			while (i < lines.length && /^\s*- /.test(lines[i] ?? "")) inline(el(list, "li"), (lines[i++] ?? "").replace(/^\s*- /, ""));
		} else {
			const p = el(block(root), "p");
			while (i < lines.length && (lines[i] ?? "").trim() !== "" && !/^(#|\|)/.test(lines[i] ?? "")) {
				const current = lines[i++] ?? "";
				inline(p, current.replace(/ {2}$/, ""));
				if (current.endsWith("  ")) el(p, "br");
				else p.append(" ");
			}
		}
	}
	return root;
}
