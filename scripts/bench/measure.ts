/** Timing helpers for the benchmarks: monotonic clock, medians over repeated runs. */
import { performance } from "node:perf_hooks";

export function timeMs(run: () => void): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

export async function timeMsAsync(run: () => Promise<void>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median of `runs` timings after `warmup` untimed runs (JIT warm-up). */
export function medianMs(runs: number, run: () => void, warmup = 2): number {
	for (let i = 0; i < warmup; i++) run();
	return median(Array.from({ length: runs }, () => timeMs(run)));
}

export function fmtMs(ms: number): string {
	if (ms >= 100) return `${ms.toFixed(0)} ms`;
	if (ms >= 1) return `${ms.toFixed(2)} ms`;
	return `${(ms * 1000).toFixed(1)} µs`;
}

export function fmtKB(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

export interface Row {
	area: string;
	measure: string;
	value: string;
	goal: string;
}
