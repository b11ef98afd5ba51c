// Types for the one export tests use (test/release/workflow.test.ts).
import type { BuildOptions } from "esbuild";

/** main.js's build options (production when `prod`). */
export function bundleOptions(prod: boolean): BuildOptions;
