import type { Cue } from "../../sidebar-ui/cues";

/**
 * An optional, quiet chime made with Web Audio (no sound files): one soft note a minute before
 * the end of a step, two at its end. The audio context is created on first use and closed on unload.
 */
export class Chime {
	private context: AudioContext | null = null;

	play(cue: Cue): void {
		try {
			this.context ??= new window.AudioContext();
			const context = this.context;
			if (context.state === "suspended") void context.resume();
			const notes = cue === "soon" ? [659.25] : [783.99, 523.25];
			notes.forEach((frequency, i) => this.tone(context, frequency, context.currentTime + i * 0.45));
		} catch {
			// No audio device or API: the chime is only a courtesy, the timer goes on.
		}
	}

	private tone(context: AudioContext, frequency: number, at: number): void {
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.type = "sine";
		oscillator.frequency.value = frequency;
		gain.gain.setValueAtTime(0.0001, at);
		gain.gain.exponentialRampToValueAtTime(0.06, at + 0.05);
		gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
		oscillator.connect(gain).connect(context.destination);
		oscillator.start(at);
		oscillator.stop(at + 1.3);
	}

	close(): void {
		void this.context?.close().catch(() => undefined);
		this.context = null;
	}
}
