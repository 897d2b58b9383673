import type { ScrollPosition } from '../content/reading-history';
import { library } from './library.svelte';
import { failureNotice } from './live.svelte';

/** What the reader has opened and how far they got. */
export class ReadingHistoryState {
	#entries = library.history();
	#readIds = library.readIds();
	#continue = library.continueReading();
	failure = $derived(
		failureNotice(
			"Couldn't read your history",
			this.#entries.failure,
			this.#readIds.failure,
			this.#continue.failure
		)
	);

	/** Everything read, most recent first. */
	get entries() {
		return this.#entries.current;
	}

	get loaded() {
		return this.#entries.loaded;
	}

	get readIds() {
		return this.#readIds.current;
	}

	/** The most recently opened brief the reader has not finished. */
	get continueReading() {
		return this.#continue.current;
	}

	/** Whether `continueReading` has been read: undefined then means there is nothing to continue. */
	get continueLoaded() {
		return this.#continue.loaded;
	}

	entryFor(briefId: string) {
		return this.entries.find((e) => e.brief.id === briefId);
	}

	markRead = (briefId: string) => library.markRead(briefId);
	recordProgress = (briefId: string, position: ScrollPosition) =>
		library.recordProgress(briefId, position);
	clear = () => library.clearHistory();
}

export const readingHistory = new ReadingHistoryState();
