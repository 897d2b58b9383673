import type { HighlightRecord } from '../content/highlight-record';
import { library } from './library.svelte';

/** One article's highlights, in the order they were made. */
export class BriefHighlightsState {
	#briefId: () => string | undefined;
	#stored = $derived.by(() => {
		const briefId = this.#briefId();
		return briefId ? library.briefHighlights(briefId) : undefined;
	});
	list = $derived<HighlightRecord[]>(this.#stored?.current ?? []);

	/** `briefId` is the query's input: undefined until the article is known. */
	constructor(briefId: () => string | undefined) {
		this.#briefId = briefId;
	}
}
