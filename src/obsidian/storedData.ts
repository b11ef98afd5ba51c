/**
 * The plugin's stored data (`data.json`), read and written so that nothing is lost:
 * - data that cannot be read (truncated JSON, wrong shapes, invalid custom methods) is copied to a
 *   backup file beside `data.json` before anything is saved over it; when no copy can be made,
 *   saving stays off until the plugin is reloaded;
 * - data written by a newer version of the plugin is never saved over;
 * - the running timer is device state, kept in this device's local storage for the vault: a
 *   settings save synced from another device cannot erase it, and settings synced in are merged
 *   without touching it.
 */
import type { App, PluginManifest } from "obsidian";
import type { Lang } from "../codev/types";
import { t, tError } from "../i18n";
import { migrateData, type PluginData } from "../settings/model";

export interface DataPlugin {
	app: App;
	manifest: PluginManifest;
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
}

export interface StoredData {
	data: PluginData;
	/** True when nothing may be saved (a newer version's data, or unreadable data without a copy). */
	saveBlocked: boolean;
	/** True when the data must be saved back (first run, migration, repair after a backup). */
	changed: boolean;
	/** Sentences for the user, already translated. */
	messages: string[];
	/** False when `data.json` itself could not be parsed. */
	readable: boolean;
}

const TIMER_KEY = "codev-facilitator-timer";

function pluginDir(plugin: DataPlugin): string {
	return plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
}

/** Writes `text` to a new backup file beside data.json; its path, or null when that failed. */
async function writeBackup(plugin: DataPlugin, text: string | null, now: Date): Promise<string | null> {
	if (text === null) return null;
	const adapter = plugin.app.vault.adapter;
	const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
	try {
		let path = `${pluginDir(plugin)}/data.unreadable-${stamp}.json`;
		for (let n = 2; await adapter.exists(path); n++) path = `${pluginDir(plugin)}/data.unreadable-${stamp}-${n}.json`;
		await adapter.write(path, text);
		return path;
	} catch {
		return null;
	}
}

async function rawFileText(plugin: DataPlugin): Promise<string | null> {
	try {
		return await plugin.app.vault.adapter.read(`${pluginDir(plugin)}/data.json`);
	} catch {
		return null;
	}
}

/** "field:customMethods[2]:steps-empty" → "method 3 (…reason…)"; other fields by their name. */
function describeProblem(problem: string): string {
	const method = /^field:customMethods\[(\d+)\]:(.+)$/.exec(problem);
	if (method) return t("data.problem.method", { n: Number(method[1]) + 1, reason: tError({ code: method[2] ?? "" }) });
	return problem.replace(/^field:/, "");
}

/** Reads data.json; never throws. `external`: a sync changed the file (an unreadable one is then waited out, not backed up). */
export async function loadStoredData(plugin: DataPlugin, lang: Lang, now: Date, external = false): Promise<StoredData> {
	let raw: unknown;
	try {
		raw = await plugin.loadData();
	} catch {
		const fresh = migrateData(null, lang).data;
		if (external) return { data: fresh, saveBlocked: false, changed: false, messages: [], readable: false };
		const backup = await writeBackup(plugin, await rawFileText(plugin), now);
		return {
			data: { ...fresh, timer: deviceTimer(plugin) },
			saveBlocked: backup === null,
			changed: false,
			messages: [backup ? t("data.unreadable", { file: backup }) : t("data.unreadable.blocked")],
			readable: false,
		};
	}
	const loaded = migrateData(raw, lang);
	// Older builds kept the timer in data.json: it moves to this device's storage once.
	const data: PluginData = { ...loaded.data, timer: deviceTimer(plugin) ?? (external ? undefined : loaded.data.timer) };
	if (loaded.problems.includes("newer-version")) return { data, saveBlocked: true, changed: false, messages: [t("data.newer")], readable: true };
	if (loaded.problems.length === 0) return { data, saveBlocked: false, changed: loaded.changed || storesTimer(raw), messages: [], readable: true };
	const backup = await writeBackup(plugin, JSON.stringify(raw, null, "\t"), now);
	const fields = loaded.problems.map(describeProblem).join(", ");
	const whole = loaded.problems.includes("corrupted");
	const message = backup
		? whole
			? t("data.unreadable", { file: backup })
			: t("data.repaired", { fields, file: backup })
		: whole
			? t("data.unreadable.blocked")
			: t("data.repaired.blocked", { fields });
	return { data, saveBlocked: backup === null, changed: backup !== null, messages: [message], readable: true };
}

function storesTimer(raw: unknown): boolean {
	return typeof raw === "object" && raw !== null && "timer" in raw;
}

function deviceTimer(plugin: DataPlugin): unknown {
	const stored: unknown = plugin.app.loadLocalStorage(TIMER_KEY);
	return stored === null ? undefined : stored;
}

/** Saves the settings to data.json (synced) and the timer to this device's storage. */
export async function saveStoredData(plugin: DataPlugin, data: PluginData): Promise<void> {
	plugin.app.saveLocalStorage(TIMER_KEY, data.timer ?? null);
	const { timer: _deviceOnly, ...synced } = data;
	await plugin.saveData(synced);
}
