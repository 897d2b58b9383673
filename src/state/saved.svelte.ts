import { library } from './library.svelte';
import { failureNotice } from './live.svelte';

/** Saved briefs, app-wide: the Saved view lists them, every Save button reads `ids`. */
export class SavedState {
	#items = library.saved();
	#ids = library.savedIds();
	failure = $derived(
		failureNotice("Couldn't read saved briefs", this.#items.failure, this.#ids.failure)
	);

	/** Newest saved first. */
	get items() {
		return this.#items.current;
	}

	get ids() {
		return this.#ids.current;
	}

	get loaded() {
		return this.#items.loaded;
	}

	async toggle(briefId: string) {
		if (this.ids.has(briefId)) await library.unsave(briefId);
		else await library.save(briefId);
	}
}

export const saved = new SavedState();
