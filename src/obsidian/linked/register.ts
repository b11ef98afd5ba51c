import type { CodevHost } from "../host";

/** Registers the linked feature's views, commands and events on the plugin. */
export function registerLinked(host: CodevHost): void {
	void host;
}
