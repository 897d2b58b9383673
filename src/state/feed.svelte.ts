import type { BriefFilter, StoredBrief } from '../content/brief';
import type { PrerenderedPage } from '../lib/prerendered-page';
import { content } from './content.svelte';
import { FEED_PAGE_SIZE } from './feed-page';
import { library } from './library.svelte';
import { failureNotice, LatestAnswer } from './live.svelte';

export { FEED_PAGE_SIZE };

/** The feed: a growing window over stored briefs, kept live by the library. */
export class FeedState {
	/** How many briefs the feed asks for; "Show more" raises it. */
	limit = $state(FEED_PAGE_SIZE);
	/**
	 * The first page the build put into the HTML. It stands until storage has briefs to show: on a
	 * first visit the library is stored only after the content sync, and an empty list meanwhile
	 * would replace the page the reader is already looking at. A sync that failed with nothing
	 * stored ends it: its briefs could not be opened, and the reader is told why instead.
	 */
	#prerendered = $state.raw<PrerenderedPage>();
	#filter: () => BriefFilter | undefined;
	// The page size and the filter are the queries' inputs: a change of either asks anew.
	#page = new LatestAnswer<StoredBrief[]>([], () => library.feed(this.limit, this.#filter()));
	#count = new LatestAnswer(0, () => library.briefCount(this.#filter()));

	#showsPrerendered = $derived(
		!this.#page.current.length && this.#prerendered !== undefined && content.status !== 'failed'
	);
	briefs = $derived(this.#showsPrerendered ? this.#prerendered!.briefs : this.#page.current);
	total = $derived(
		this.#showsPrerendered
			? (this.#prerendered!.total ?? this.#prerendered!.briefs.length)
			: this.#count.current
	);
	hasMore = $derived(this.briefs.length < this.total);
	/** Whether there is a list to show, even an empty one. */
	loaded = $derived(this.#prerendered !== undefined || this.#page.answered);
	failure = $derived(
		failureNotice("Couldn't read stored briefs", this.#page.failure, this.#count.failure)
	);

	/**
	 * `filter` is read as an input of the feed's queries: what it reads (the reader's sections,
	 * the arrivals for "new only") changes what is asked.
	 */
	constructor(
		filter: () => BriefFilter | undefined = () => undefined,
		prerendered?: PrerenderedPage
	) {
		this.#filter = filter;
		this.#prerendered = prerendered?.briefs.length ? prerendered : undefined;
	}

	showMore() {
		this.limit += FEED_PAGE_SIZE;
	}
}
