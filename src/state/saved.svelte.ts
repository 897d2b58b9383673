import type { SavedBrief } from '../content/saved-brief';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { storage } from './storage.svelte';

/** Saved briefs, app-wide: the Saved view lists them, every Save button reads `ids`. */
export class SavedState {
	items = $state.raw<SavedBrief[]>([]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole by liveQuery, never mutated
	ids = $state.raw<ReadonlySet<string>>(new Set());
	loaded = $state(false);
	failure = $state<string>();

	connect(): () => void {
		if (!storage.usable) return () => {};
		const { appDatabase, watchSaved, watchSavedIds } = storage.database;
		const onError = (error: unknown) => {
			this.failure = `Couldn't read saved briefs: ${error instanceof Error ? error.message : error}`;
		};
		const items = watchSaved(appDatabase).subscribe({
			next: (items) => {
				this.items = items;
				this.loaded = true;
			},
			error: onError
		});
		const ids = watchSavedIds(appDatabase).subscribe({
			next: (ids) => (this.ids = ids),
			error: onError
		});
		return () => {
			items.unsubscribe();
			ids.unsubscribe();
		};
	}

	async toggle(briefId: string) {
		if (!storage.usable) return;
		const { appDatabase, saveBrief, unsaveBrief } = storage.database;
		if (this.ids.has(briefId)) await unsaveBrief(appDatabase, briefId);
		// Saved briefs are the reader's own data: ask the browser not to evict them.
		else if (await saveBrief(appDatabase, briefId)) requestPersistentStorage();
	}
}

export const saved = new SavedState();
