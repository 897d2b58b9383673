import type { StoredBrief } from '../content/brief';
import type { BriefFilter } from '../db/briefs';
import { readFirstPage } from '../db/first-page';
import { storage } from './storage.svelte';

export const FEED_PAGE_SIZE = 30;

/** The feed: a growing window over stored briefs, kept live by IndexedDB observation. */
export class FeedState {
	briefs = $state.raw<StoredBrief[]>([]);
	total = $state(0);
	loaded = $state(false);
	failure = $state<string>();
	limit = $state(FEED_PAGE_SIZE);
	hasMore = $derived(this.briefs.length < this.total);
	/** Read inside `connect`, so a change of filter (a section muted) subscribes again. */
	#filter: () => BriefFilter | undefined;

	constructor(filter: () => BriefFilter | undefined = () => undefined) {
		this.#filter = filter;
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
			this.briefs = briefs.slice(0, limit);
			this.total = briefs.length;
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
				this.briefs = briefs;
				this.loaded = true;
			},
			error: onError
		});
		const count = watchBriefCount(appDatabase, filter).subscribe({
			next: (total) => (this.total = total),
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
			this.briefs = filter ? page.briefs.filter(filter) : page.briefs;
			this.total = this.briefs.length;
			this.loaded = true;
			if (filter) return;
			void page.total.then((total) => {
				if (wanted && total !== undefined) this.total = total;
			});
		});
		return () => (wanted = false);
	}

	showMore() {
		this.limit += FEED_PAGE_SIZE;
	}
}

/** One article, looked up by slug; `brief` stays undefined until IndexedDB answers. */
export class ArticleState {
	brief = $state.raw<StoredBrief>();
	status = $state<'loading' | 'found' | 'missing' | 'failed'>('loading');
	failure = $state<string>();

	connect(slug: string): () => void {
		if (storage.mode === 'memory') {
			this.brief = storage.memoryBriefs.find((b) => b.slug === slug);
			this.status = this.brief ? 'found' : storage.memoryBriefs.length ? 'missing' : 'loading';
			return () => {};
		}
		if (!storage.usable) return () => {};
		const { appDatabase, watchBriefBySlug } = storage.database;
		this.status = 'loading';
		const sub = watchBriefBySlug(appDatabase, slug).subscribe({
			next: (brief) => {
				this.brief = brief;
				this.status = brief ? 'found' : 'missing';
			},
			error: (error: unknown) => {
				this.status = 'failed';
				this.failure = `Couldn't read this brief: ${error instanceof Error ? error.message : error}`;
			}
		});
		return () => sub.unsubscribe();
	}
}
