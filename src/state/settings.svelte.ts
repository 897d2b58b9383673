import { normaliseSettings, type ReaderSettings } from '../content/reader-settings';
import { SETTINGS_STORAGE_KEY } from '../lib/apply-settings';
import { library } from './library.svelte';

/** Reader settings; `loaded` stays false until storage answers, so defaults are never applied over the boot script's. */
export class SettingsState {
	#stored = library.settings();
	/**
	 * Until storage answers, the boot copy: the first page of the feed already leaves muted
	 * sections out. Where nothing can be stored, the reader's changes for this visit.
	 */
	#visit = $state.raw<ReaderSettings>(bootCopy());
	#changedThisVisit = $state(false);

	value = $derived(this.#stored.current ?? this.#visit);
	loaded = $derived(this.#stored.loaded || this.#changedThisVisit);

	update = async (change: Partial<ReaderSettings>) => {
		if (await library.updateSettings(change)) return;
		// Kept for this visit only, so the page still answers the reader.
		this.#visit = { ...this.value, ...change };
		this.#changedThisVisit = true;
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
