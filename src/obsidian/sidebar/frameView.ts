import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { ChangeKind, SessionController, SessionFrame } from "./controller";

/** What a frame view draws into: built once when the view opens, then updated from each frame. */
export interface FrameWidget<M> {
	update(model: M): void;
}

/**
 * A view drawn from the session controller's frames (the sidebar, the room display): one widget,
 * redrawn on every change, and on ticks only while the view is shown.
 */
export abstract class FrameView<M> extends ItemView {
	private widget: FrameWidget<M> | null = null;
	private unsubscribe: (() => void) | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly controller: SessionController,
	) {
		super(leaf);
	}

	/** The class of the view's content element (its styles). */
	protected abstract contentClass(): string;
	protected abstract mount(el: HTMLElement): FrameWidget<M>;
	protected abstract modelOf(frame: SessionFrame): M;

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass(this.contentClass());
		this.widget = this.mount(this.contentEl);
		this.unsubscribe = this.controller.subscribe((kind, frame) => this.refresh(kind, frame));
		this.refresh("change", () => this.controller.frame());
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.widget = null;
		await Promise.resolve();
	}

	/** Ticks redraw only a visible view; changes always redraw, so a reopened view is current. */
	refresh(kind: ChangeKind, frame: () => SessionFrame): void {
		if (!this.widget || (kind === "tick" && !this.containerEl.isShown())) return;
		this.widget.update(this.modelOf(frame()));
	}
}
