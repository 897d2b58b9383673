import type { ReaderSettings } from '../db/database';
import { DEFAULT_SETTINGS } from '../db/reader-settings';
import { storage } from './storage.svelte';

/** Reader settings; `loaded` stays false until IndexedDB answers, so defaults are never applied over the boot script's. */
export class SettingsState {
	value = $state.raw<ReaderSettings>(DEFAULT_SETTINGS);
	loaded = $state(false);

	connect(): () => void {
		if (!storage.usable) return () => {};
		const { appDatabase, watchSettings } = storage.database;
		const sub = watchSettings(appDatabase).subscribe({
			next: (value) => {
				this.value = value;
				this.loaded = true;
			},
			error: (error: unknown) => console.warn('Reading settings failed', error)
		});
		return () => sub.unsubscribe();
	}

	update = async (change: Partial<ReaderSettings>) => {
		if (storage.usable)
			return storage.database.updateSettings(storage.database.appDatabase, change);
		// Kept for this visit only, so the page still answers the reader.
		this.value = { ...this.value, ...change };
		this.loaded = true;
	};
}

export const settings = new SettingsState();
