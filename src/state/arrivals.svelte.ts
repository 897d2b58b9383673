import type { Arrival } from '../content/arrival';
import { sectionFilter } from '../lib/section-filter';
import { settings } from './settings.svelte';
import { storage } from './storage.svelte';

/**
 * "New since your last visit": briefs content syncs stored that the reader has not seen yet. Once
 * seen they stop counting (and leave the badge) but stay marked for the rest of this visit, so the
 * divider does not vanish under the reader's eyes.
 */
export class ArrivalsState {
	/** Unseen, as stored. */
	unseen = $state.raw<Arrival[]>([]);
	loaded = $state(false);
	/** Seen during this visit: still shown as new until the app is opened again. */
	#seenThisVisit = $state.raw<Arrival[]>([]);

	/** Every arrival the feed marks, muted sections left out like the feed leaves them out. */
	shown = $derived(visible([...this.#seenThisVisit, ...this.unseen]));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- derived afresh, never mutated
	ids = $derived(new Set(this.shown.map((a) => a.id)));
	/** What the badge shows: unseen arrivals in sections the feed shows. */
	unseenCount = $derived(visible(this.unseen).length);

	connect(): () => void {
		if (!storage.usable) return () => {};
		const { appDatabase, watchArrivals } = storage.database;
		const sub = watchArrivals(appDatabase).subscribe({
			next: (arrivals) => {
				this.unseen = arrivals;
				this.loaded = true;
			},
			error: (error: unknown) => console.warn('Reading new briefs failed', error)
		});
		return () => sub.unsubscribe();
	}

	/** The reader has the divider on screen. */
	async markSeen() {
		if (!this.unseen.length || !storage.usable) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, never kept as state
		const seen = new Map([...this.#seenThisVisit, ...this.unseen].map((a) => [a.id, a]));
		this.#seenThisVisit = [...seen.values()];
		await storage.database.markArrivalsSeen(storage.database.appDatabase);
	}
}

function visible(arrivals: Arrival[]): Arrival[] {
	const shows = sectionFilter(settings.value);
	const unique = [...new Map(arrivals.map((a) => [a.id, a])).values()];
	return shows ? unique.filter((a) => shows(a.section)) : unique;
}

export const arrivals = new ArrivalsState();
