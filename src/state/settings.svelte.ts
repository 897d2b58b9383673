import { appDatabase } from '../db/app-database';
import type { ReaderSettings } from '../db/database';
import { DEFAULT_SETTINGS, updateSettings, watchSettings } from '../db/settings';

/** Reader settings; `loaded` stays false until IndexedDB answers, so defaults are never applied over the boot script's. */
export class SettingsState {
	value = $state.raw<ReaderSettings>(DEFAULT_SETTINGS);
	loaded = $state(false);

	connect(): () => void {
		const sub = watchSettings(appDatabase).subscribe({
			next: (value) => {
				this.value = value;
				this.loaded = true;
			},
			error: (error: unknown) => console.warn('Reading settings failed', error)
		});
		return () => sub.unsubscribe();
	}

	update = (change: Partial<ReaderSettings>) => updateSettings(appDatabase, change);
}

export const settings = new SettingsState();
