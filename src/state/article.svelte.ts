import { untrack } from 'svelte';
import type { StoredBrief } from '../content/brief';
import { content } from './content.svelte';
import { library } from './library.svelte';
import { failureNotice } from './live.svelte';

/**
 * One article, looked up by slug; `brief` stays undefined until storage answers, unless the page
 * was built with it.
 */
export class ArticleState {
	#slug: () => string;
	#stored = $derived.by(() => library.briefBySlug(this.#slug()));
	/**
	 * The copy the build rendered into the page: shown until storage answers with its own (which
	 * then wins, being as new as the last sync), and dropped only when storage still lacks the
	 * brief after a finished sync, i.e. a newer deploy removed it.
	 */
	#prerendered?: StoredBrief;

	brief = $derived.by(() => {
		const stored = this.#stored.current;
		if (stored || !this.#stored.loaded) return stored ?? this.#prerendered;
		// Judged when storage answers, not when the sync finishes: a sync that has just stored the
		// brief says 'ready' a moment before storage's next answer has it.
		if (untrack(() => content.status) === 'ready') this.#prerendered = undefined;
		return this.#prerendered;
	});
	status = $derived<'loading' | 'found' | 'missing' | 'failed'>(
		this.#stored.failure !== undefined
			? 'failed'
			: !this.#stored.loaded
				? 'loading'
				: this.#stored.current
					? 'found'
					: 'missing'
	);
	failure = $derived(failureNotice("Couldn't read this brief", this.#stored.failure));

	constructor(slug: () => string, prerendered?: StoredBrief) {
		this.#slug = slug;
		this.#prerendered = prerendered;
	}
}
