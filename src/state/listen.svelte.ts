/** Reads text aloud with the browser's speech synthesis; `supported` is false where there is none. */
export class ListenState {
	status = $state<'idle' | 'speaking' | 'paused'>('idle');
	readonly supported =
		typeof window !== 'undefined' &&
		typeof window.speechSynthesis?.speak === 'function' &&
		typeof SpeechSynthesisUtterance === 'function';
	#queued = 0;

	start(parts: string[]) {
		if (!this.supported) return;
		speechSynthesis.cancel();
		const texts = parts.filter((p) => p.trim());
		this.#queued = texts.length;
		for (const text of texts) {
			const utterance = new SpeechSynthesisUtterance(text);
			const done = () => {
				if (--this.#queued <= 0) this.status = 'idle';
			};
			utterance.onend = done;
			utterance.onerror = done;
			speechSynthesis.speak(utterance);
		}
		this.status = texts.length ? 'speaking' : 'idle';
	}

	pause() {
		speechSynthesis.pause();
		this.status = 'paused';
	}

	resume() {
		speechSynthesis.resume();
		this.status = 'speaking';
	}

	stop() {
		if (!this.supported) return;
		this.#queued = 0;
		speechSynthesis.cancel();
		this.status = 'idle';
	}
}
