/**
 * `npm run bench`: performance figures for BENCHMARKS.md (never asserted in tests).
 * Prints a table, and rewrites the figures between the bench markers of BENCHMARKS.md
 * (the prose around them is kept). Runs in well under 5 minutes on 2 cores.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { benchBundle } from "./bench/bundleBench";
import { benchIndex } from "./bench/indexBench";
import type { Row } from "./bench/measure";
import { benchOnload } from "./bench/onloadBench";
import { benchSessions } from "./bench/sessionBench";
import { benchTimer } from "./bench/timerBench";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

function table(rows: Row[]): string {
	const lines = ["| Area | Measure | Value | Goal |", "|---|---|---|---|"];
	for (const r of rows) lines.push(`| ${r.area} | ${r.measure.replace(/\|/g, "\\|")} | ${r.value} | ${r.goal} |`);
	return lines.join("\n");
}

function machine(): string {
	const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
	return `${os.type()} ${os.release()} (${os.arch()}), ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

async function main(): Promise<void> {
	const started = performance.now();
	const rows: Row[] = [];
	const step = async (name: string, run: () => unknown) => {
		const t = performance.now();
		await run();
		console.error(`  ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
	};
	let bundle = "";
	await step("bundle", async () => (bundle = await benchBundle(rows)));
	await step("onload", () => benchOnload(rows));
	await step("index", () => benchIndex(rows));
	await step("commands", () => benchSessions(rows));
	await step("timer", () => benchTimer(rows));
	const elapsed = ((performance.now() - started) / 1000).toFixed(0);
	const figures = [`Machine: ${machine()}. Bench run time: ${elapsed} s.`, "", table(rows), "", bundle].join("\n");
	console.log(`\n${figures}\n`);
	try {
		const doc = readFileSync("BENCHMARKS.md", "utf8");
		const from = doc.indexOf(START);
		const to = doc.indexOf(END);
		if (from >= 0 && to > from) {
			writeFileSync("BENCHMARKS.md", `${doc.slice(0, from + START.length)}\n${figures}\n${doc.slice(to)}`);
			console.error("BENCHMARKS.md figures updated.");
		}
	} catch {
		console.error("BENCHMARKS.md not found: figures printed only.");
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
