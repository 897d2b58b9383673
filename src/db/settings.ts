import { liveQuery, type Observable } from 'dexie';
import { normaliseSettings, type ReaderSettings } from '../content/reader-settings';
import type { BriefsDatabase } from './database';

export {
	DEFAULT_SETTINGS,
	LINE_WIDTHS,
	normaliseSettings,
	TEXT_SIZES,
	THEMES
} from '../content/reader-settings';

export async function readSettings(db: BriefsDatabase): Promise<ReaderSettings> {
	return normaliseSettings((await db.settings.get('reader'))?.value);
}

/** Changes some settings, keeping the rest. */
export async function updateSettings(db: BriefsDatabase, change: Partial<ReaderSettings>) {
	await db.transaction('rw', db.settings, async () => {
		const value = normaliseSettings({ ...(await readSettings(db)), ...change });
		await db.settings.put({ key: 'reader', value });
	});
}

export function watchSettings(db: BriefsDatabase): Observable<ReaderSettings> {
	return liveQuery(() => readSettings(db));
}
