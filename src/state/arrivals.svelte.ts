import type { Arrival } from '../content/arrival';
import { sectionFilter } from '../lib/section-filter';
import { library } from './library.svelte';
import { settings } from './settings.svelte';

/**
 * "New since your last visit": briefs content syncs stored that the reader has not seen yet. Once
 * seen they stop counting (and leave the badge) but stay marked for the rest of this visit, so the
 * divider does not vanish under the reader's eyes.
 */
export class ArrivalsState {
	#unseen = library.arrivals();
	/** Seen during this visit: still shown as new until the app is opened again. */
	#seenThisVisit = $state.raw<Arrival[]>([]);

	/** Every arrival the feed marks, muted sections left out like the feed leaves them out. */
	shown = $derived(visible([...this.#seenThisVisit, ...this.unseen]));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- derived afresh, never mutated
	ids = $derived(new Set(this.shown.map((a) => a.id)));
	/** What the badge shows: unseen arrivals in sections the feed shows. */
	unseenCount = $derived(visible(this.unseen).length);

	/** Unseen, as stored, in feed order. */
	get unseen() {
		return this.#unseen.current;
	}

	get loaded() {
		return this.#unseen.loaded;
	}

	/** The reader has the divider on screen. */
	async markSeen() {
		if (!this.unseen.length) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, never kept as state
		const seen = new Map([...this.#seenThisVisit, ...this.unseen].map((a) => [a.id, a]));
		this.#seenThisVisit = [...seen.values()];
		await library.markArrivalsSeen();
	}
}

function visible(arrivals: Arrival[]): Arrival[] {
	const shows = sectionFilter(settings.value);
	const unique = [...new Map(arrivals.map((a) => [a.id, a])).values()];
	return shows ? unique.filter((a) => shows(a.section)) : unique;
}

export const arrivals = new ArrivalsState();
