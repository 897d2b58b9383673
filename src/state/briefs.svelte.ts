import type { BriefFilter, StoredBrief } from '../content/brief';
import { readFirstPage } from '../db/first-page';
import type { PrerenderedPage } from '../lib/prerendered-page';
import { content } from './content.svelte';
import { FEED_PAGE_SIZE } from './feed-page';
import { storage } from './storage.svelte';

export { FEED_PAGE_SIZE };

/** The feed: a growing window over stored briefs, kept live by IndexedDB observation. */
export class FeedState {
	#stored = $state.raw<StoredBrief[]>([]);
	#storedTotal = $state(0);
	/**
	 * The first page the build put into the HTML. It stands until storage has briefs to show: on a
	 * first visit the library is stored only after the content sync, and an empty list meanwhile
	 * would replace the page the reader is already looking at. A sync that failed with nothing
	 * stored ends it: its briefs could not be opened, and the reader is told why instead.
	 */
	#prerendered = $state.raw<PrerenderedPage>();
	#showsPrerendered = $derived(
		!this.#stored.length && this.#prerendered !== undefined && content.status !== 'failed'
	);
	briefs = $derived(this.#showsPrerendered ? this.#prerendered!.briefs : this.#stored);
	total = $derived(this.#showsPrerendered ? this.#prerendered!.total : this.#storedTotal);
	loaded = $state(false);
	failure = $state<string>();
	limit = $state(FEED_PAGE_SIZE);
	hasMore = $derived(this.briefs.length < this.total);
	/** Read inside `connect`, so a change of filter (a section muted) subscribes again. */
	#filter: () => BriefFilter | undefined;

	constructor(
		filter: () => BriefFilter | undefined = () => undefined,
		prerendered?: PrerenderedPage
	) {
		this.#filter = filter;
		this.#prerendered = prerendered?.briefs.length ? prerendered : undefined;
		if (this.#prerendered) this.loaded = true;
	}

	/**
	 * Subscribes for as long as the caller's effect lives; re-subscribes when `limit` grows or
	 * storage changes (opened, lost and restored, or replaced by memory).
	 */
	connect(): () => void {
		this.failure = undefined;
		const limit = this.limit;
		const filter = this.#filter();
		if (storage.mode === 'memory') {
			const briefs = filter ? storage.memoryBriefs.filter(filter) : storage.memoryBriefs;
			this.#stored = briefs.slice(0, limit);
			this.#storedTotal = briefs.length;
			this.loaded = storage.memoryBriefs.length > 0;
			return () => {};
		}
		if (storage.mode === 'opening') return this.#readFirstPage(limit, filter);
		if (!storage.usable) return () => {};
		const { appDatabase, watchBriefCount, watchFeed } = storage.database;
		const onError = (error: unknown) => {
			this.failure = `Couldn't read stored briefs: ${error instanceof Error ? error.message : error}`;
		};
		const feed = watchFeed(appDatabase, limit, filter).subscribe({
			next: (briefs) => {
				this.#stored = briefs;
				this.loaded = true;
			},
			error: onError
		});
		const count = watchBriefCount(appDatabase, filter).subscribe({
			next: (total) => (this.#storedTotal = total),
			error: onError
		});
		return () => {
			feed.unsubscribe();
			count.unsubscribe();
		};
	}

	/** Until the database code has loaded: the stored first page, read once with plain IndexedDB. */
	#readFirstPage(limit: number, filter?: BriefFilter): () => void {
		let wanted = true;
		void readFirstPage(limit).then((page) => {
			// An empty page says nothing yet: the library may be about to be stored.
			if (!wanted || !page?.briefs.length) return;
			// Filtered, the page may come out short; Dexie's filtered read replaces it soon.
			this.#stored = filter ? page.briefs.filter(filter) : page.briefs;
			this.#storedTotal = this.#stored.length;
			this.loaded = true;
			if (filter) return;
			void page.total.then((total) => {
				if (wanted && total !== undefined) this.#storedTotal = total;
			});
		});
		return () => (wanted = false);
	}

	showMore() {
		this.limit += FEED_PAGE_SIZE;
	}
}

/**
 * One article, looked up by slug; `brief` stays undefined until IndexedDB answers, unless the
 * page was built with it.
 */
export class ArticleState {
	#stored = $state.raw<StoredBrief>();
	/**
	 * The copy the build rendered into the page: shown until storage answers with its own (which
	 * then wins, being as new as the last sync), and dropped only when storage still lacks the
	 * brief after a finished sync, i.e. a newer deploy removed it.
	 */
	#prerendered = $state.raw<StoredBrief>();
	brief = $derived(this.#stored ?? this.#prerendered);
	status = $state<'loading' | 'found' | 'missing' | 'failed'>('loading');
	failure = $state<string>();

	constructor(prerendered?: StoredBrief) {
		this.#prerendered = prerendered;
	}

	connect(slug: string): () => void {
		if (storage.mode === 'memory') {
			this.#stored = storage.memoryBriefs.find((b) => b.slug === slug);
			this.status = this.#stored ? 'found' : storage.memoryBriefs.length ? 'missing' : 'loading';
			return () => {};
		}
		if (!storage.usable) return () => {};
		const { appDatabase, watchBriefBySlug } = storage.database;
		this.status = 'loading';
		const sub = watchBriefBySlug(appDatabase, slug).subscribe({
			next: (brief) => {
				this.#stored = brief;
				this.status = brief ? 'found' : 'missing';
				if (!brief && content.status === 'ready') this.#prerendered = undefined;
			},
			error: (error: unknown) => {
				this.status = 'failed';
				this.failure = `Couldn't read this brief: ${error instanceof Error ? error.message : error}`;
			}
		});
		return () => sub.unsubscribe();
	}
}
