import type { StoredBrief } from '../content/brief';
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

	/**
	 * Subscribes for as long as the caller's effect lives; re-subscribes when `limit` grows or
	 * storage changes (opened, lost and restored, or replaced by memory).
	 */
	connect(): () => void {
		this.failure = undefined;
		const limit = this.limit;
		if (storage.mode === 'memory') {
			this.briefs = storage.memoryBriefs.slice(0, limit);
			this.total = storage.memoryBriefs.length;
			this.loaded = storage.memoryBriefs.length > 0;
			return () => {};
		}
		if (storage.mode === 'opening') return this.#readFirstPage(limit);
		if (!storage.usable) return () => {};
		const { appDatabase, watchBriefCount, watchFeed } = storage.database;
		const onError = (error: unknown) => {
			this.failure = `Couldn't read stored briefs: ${error instanceof Error ? error.message : error}`;
		};
		const feed = watchFeed(appDatabase, limit).subscribe({
			next: (briefs) => {
				this.briefs = briefs;
				this.loaded = true;
			},
			error: onError
		});
		const count = watchBriefCount(appDatabase).subscribe({
			next: (total) => (this.total = total),
			error: onError
		});
		return () => {
			feed.unsubscribe();
			count.unsubscribe();
		};
	}

	/** Until the database code has loaded: the stored first page, read once with plain IndexedDB. */
	#readFirstPage(limit: number): () => void {
		let wanted = true;
		void readFirstPage(limit).then((page) => {
			// An empty page says nothing yet: the library may be about to be stored.
			if (!wanted || !page?.briefs.length) return;
			this.briefs = page.briefs;
			this.total = page.briefs.length;
			this.loaded = true;
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
