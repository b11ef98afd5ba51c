/**
 * onload of the built main.js, as Obsidian (mobile included) runs it: a bare vm context with a stub
 * `obsidian` module (as test/mobile/bundle.test.ts). Also checks that onload does not read the
 * vault (the index is built in onLayoutReady), then times the deferred layout-ready work on the
 * 20,000-note vault.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { obsidianStubModule } from "../obsidianStub";
import { fmtMs, median, type Row } from "./measure";
import { generateVault, linkResolver, type CacheRecord } from "./vault";

interface StubFile {
	path: string;
	basename: string;
	extension: string;
	record: CacheRecord | null;
}

interface Probe {
	vaultReads: number;
	layoutReady: Array<() => unknown>;
}

function appFor(files: StubFile[], TFile: new () => object, probe: Probe, resolve: (text: string, source: string) => string | null): unknown {
	const byPath = new Map(files.map((f) => [f.path, f]));
	const read = <T>(value: T): T => {
		probe.vaultReads++;
		return value;
	};
	return {
		vault: {
			configDir: ".obsidian",
			adapter: { read: () => Promise.reject(new Error("none")) },
			getAllLoadedFiles: () => read(files),
			getMarkdownFiles: () => read(files),
			getFiles: () => read(files),
			getAbstractFileByPath: (p: string) => byPath.get(p) ?? null,
			on: () => ({}),
		},
		metadataCache: {
			getFileCache: (f: StubFile) => read(f.record?.frontmatter ? { frontmatter: f.record.frontmatter } : null),
			getFirstLinkpathDest: (text: string, source: string) => {
				const p = resolve(text, source);
				return p ? (byPath.get(p) ?? null) : null;
			},
			on: () => ({}),
		},
		workspace: {
			onLayoutReady: (cb: () => unknown) => probe.layoutReady.push(cb),
			on: () => ({}),
			getLeavesOfType: () => [],
			getActiveFile: () => null,
			getActiveViewOfType: () => null,
		},
		fileManager: {},
		loadLocalStorage: () => null,
		saveLocalStorage: () => undefined,
	};
}

export async function benchOnload(rows: Row[]): Promise<void> {
	const code = readFileSync(path.resolve("main.js"), "utf8");
	const records = generateVault();
	const resolve = linkResolver(records);
	const evalTimes: number[] = [];
	const onloadTimes: number[] = [];
	const readyTimes: number[] = [];
	let readsInOnload = 0;
	let readyError = "";
	const RUNS = 15;
	for (let run = 0; run < RUNS; run++) {
		const probe: Probe = { vaultReads: 0, layoutReady: [] };
		const stub = obsidianStubModule();
		const TFile = stub.TFile as new () => object;
		const files: StubFile[] = records.map((r) => Object.assign(new TFile(), { path: r.path, basename: r.basename, extension: "md", record: r }));
		const sandbox: Record<string, unknown> = {
			module: { exports: {} },
			require: (id: string) => {
				if (id === "obsidian") return stub;
				throw new Error(`bundle tried to require '${id}'`);
			},
			console, TextEncoder, TextDecoder, Intl, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
		};
		sandbox.exports = (sandbox.module as { exports: unknown }).exports;
		sandbox.window = sandbox;
		const context = vm.createContext(sandbox);
		let start = performance.now();
		vm.runInContext(code, context, { filename: "main.js" });
		evalTimes.push(performance.now() - start);
		const Exported = (sandbox.module as { exports: { default: new (app: unknown, manifest: unknown) => { onload(): Promise<void> } } }).exports.default;
		const plugin = new Exported(appFor(files, TFile, probe, resolve), { id: "codev-facilitator", version: "0" });
		start = performance.now();
		await plugin.onload();
		onloadTimes.push(performance.now() - start);
		readsInOnload = Math.max(readsInOnload, probe.vaultReads);
		start = performance.now();
		for (const callback of probe.layoutReady) {
			try {
				await callback();
			} catch (error) {
				readyError = error instanceof Error ? error.message : String(error);
			}
		}
		readyTimes.push(performance.now() - start);
	}
	rows.push({ area: "Start-up", measure: "evaluate main.js (parse + module init), bare vm", value: fmtMs(median(evalTimes)), goal: "" });
	rows.push({ area: "Start-up", measure: "onload() (median of 15, first run " + fmtMs(onloadTimes[0] ?? 0) + ")", value: fmtMs(median(onloadTimes)), goal: "≤ 5 ms" });
	rows.push({ area: "Start-up", measure: "vault or metadata reads during onload", value: String(readsInOnload), goal: "0 (index deferred)" });
	rows.push({ area: "Start-up", measure: `onLayoutReady work, ${records.length} notes${readyError ? ` (error: ${readyError})` : ""}`, value: fmtMs(median(readyTimes)), goal: "" });
}
