import { normaliseSettings, type ReaderSettings } from '../content/reader-settings';
import { SETTINGS_STORAGE_KEY } from '../lib/apply-settings';
import { storage } from './storage.svelte';

/** Reader settings; `loaded` stays false until IndexedDB answers, so defaults are never applied over the boot script's. */
export class SettingsState {
	/** Until IndexedDB answers, the boot copy: the first page of the feed already leaves muted sections out. */
	value = $state.raw<ReaderSettings>(bootCopy());
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

/** The copy applySettings keeps in localStorage (public/settings-boot.js reads it too). */
function bootCopy(): ReaderSettings {
	try {
		return normaliseSettings(JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? 'null'));
	} catch {
		return normaliseSettings(undefined);
	}
}
