import { MAX_NOTE_LENGTH, type HighlightAnchor } from '../content/highlight-anchor';
import type { HighlightRecord } from '../content/highlight-record';
import { failureMessage } from '../lib/error-message';
import { library } from './library.svelte';
import { failureNotice } from './live.svelte';

export { MAX_NOTE_LENGTH };

/** Random and URL-safe: it is the `#highlight-<id>` in a link. */
function newHighlightId() {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return `h-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Every highlight (the /highlights page), and the verbs that change them. */
export class HighlightsState {
	#items = library.highlights();
	/** Why the last change could not be made; cleared by the next that succeeds. */
	#changeFailure = $state<string>();
	failure = $derived(
		this.#changeFailure ?? failureNotice("Couldn't read your highlights", this.#items.failure)
	);

	/** Newest first, each with its brief. */
	get items() {
		return this.#items.current;
	}

	get loaded() {
		return this.#items.loaded;
	}

	/** Stores a highlight; false (and `failure` says why) when it could not be kept. */
	add = async (briefId: string, anchor: HighlightAnchor, note: string): Promise<boolean> => {
		const now = Date.now();
		const record: HighlightRecord = {
			id: newHighlightId(),
			briefId,
			createdAt: now,
			updatedAt: now,
			note: note.slice(0, MAX_NOTE_LENGTH),
			// A plain copy: IndexedDB cannot store a reactive proxy.
			anchor: { ...anchor }
		};
		try {
			if (!(await library.addHighlight(record))) {
				this.#changeFailure =
					"Highlights can't be kept: this browser isn't letting Briefs store anything.";
				return false;
			}
			this.#changeFailure = undefined;
			return true;
		} catch (error) {
			this.#changeFailure = failureMessage("Couldn't save the highlight", error);
			return false;
		}
	};

	remove = async (id: string) => {
		try {
			await library.removeHighlight(id);
		} catch (error) {
			this.#changeFailure = failureMessage("Couldn't remove the highlight", error);
		}
	};
}

export const highlights = new HighlightsState();
