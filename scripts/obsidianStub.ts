/**
 * A minimal `obsidian` module for running the built main.js in a bare vm (no Node builtins), as
 * Obsidian mobile would: used by the mobile bundle test and the onload benchmark. Any export not
 * listed (ItemView, Modal, Setting…) is a plain class, so loading must not need more.
 */
export interface StubHooks {
	onCommand?: (command: { id: string; callback?: () => unknown }) => void;
	onNotice?: (message: string) => void;
}

export function obsidianStubModule(hooks: StubHooks = {}): Record<string, unknown> {
	class Component {
		register(): void {}
		registerEvent(): void {}
		registerInterval(id: number): number {
			return id;
		}
		registerDomEvent(): void {}
		addChild<T>(child: T): T {
			return child;
		}
		load(): void {}
		unload(): void {}
	}
	class Plugin extends Component {
		constructor(
			public app: unknown,
			public manifest: unknown,
		) {
			super();
		}
		addCommand(command: { id: string; callback?: () => unknown }): unknown {
			hooks.onCommand?.(command);
			return command;
		}
		registerView(): void {}
		registerBasesView(): boolean {
			return true;
		}
		addSettingTab(): void {}
		addRibbonIcon(): unknown {
			return { addClass() {}, setAttr() {} };
		}
		addStatusBarItem(): unknown {
			return { setText() {}, addClass() {}, toggle() {}, empty() {}, createSpan: () => ({ setText() {} }), onClickEvent() {}, style: {} };
		}
		registerExtensions(): void {}
		loadData(): Promise<unknown> {
			return Promise.resolve(null);
		}
		saveData(): Promise<void> {
			return Promise.resolve();
		}
	}
	class Notice {
		constructor(message: string) {
			hooks.onNotice?.(message);
		}
	}
	const debounce = <T extends (...args: never[]) => unknown>(fn: T) => Object.assign((...args: Parameters<T>) => fn(...args), { cancel() {}, run() {} });
	const known: Record<string, unknown> = {
		Plugin,
		Component,
		TFile: class {},
		TFolder: class {},
		Notice,
		debounce,
		normalizePath: (p: string) => p.replace(/\/+/g, "/").replace(/^\/|\/$/g, ""),
		getLanguage: () => "fr",
		parseYaml: () => ({}),
		setIcon: () => undefined,
		Platform: { isMobile: true, isDesktop: false },
	};
	return new Proxy(known, { get: (target, name: string) => target[name] ?? class {} });
}
