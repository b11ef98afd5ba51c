import type { CodevHost } from "../host";

/** Registers the cycle feature's views, commands and events on the plugin. */
export function registerCycle(host: CodevHost): void {
	void host;
}
