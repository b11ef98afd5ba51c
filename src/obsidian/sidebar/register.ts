import type { CodevHost } from "../host";

/** Registers the sidebar feature's views, commands and events on the plugin. */
export function registerSidebar(host: CodevHost): void {
	void host;
}
