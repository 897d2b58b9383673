import type { StoredBrief } from '../content/brief';
import type {
	BriefsDatabase,
	HighlightRecord,
	HistoryRecord,
	ReaderSettings,
	SavedRecord
} from './database';
import { mergeHighlights } from './highlights';
import { normaliseSettings } from './settings';

export const BACKUP_FORMAT = 'briefs-backup';
export const BACKUP_VERSION = 1;

/** Everything that is the reader's own: what they imported, saved, read and chose. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	importedBriefs: StoredBrief[];
	saved: SavedRecord[];
	history: HistoryRecord[];
	settings: ReaderSettings;
	/** Absent from backups made before highlights existed. */
	highlights?: HighlightRecord[];
}

export async function exportBackup(db: BriefsDatabase, now = new Date()): Promise<Backup> {
	const tables = [db.briefs, db.saved, db.history, db.settings, db.highlights];
	return db.transaction('r', tables, async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		// Published briefs come with the app; only the reader's imports belong in a backup.
		importedBriefs: await db.briefs
			.orderBy('rank')
			.filter((b) => b.origin !== undefined)
			.toArray(),
		saved: await db.saved.toArray(),
		history: await db.history.toArray(),
		settings: normaliseSettings((await db.settings.get('reader'))?.value),
		highlights: await db.highlights.orderBy('createdAt').toArray()
	}));
}

export interface RestoreChanges {
	saved: number;
	history: number;
	/** Highlights added or brought up to date. */
	highlights: number;
}

/**
 * Restores saved briefs, history and settings from a checked backup, in one transaction with
 * `storeBriefs` (which writes the imported briefs): everything or, on failure, nothing.
 */
export async function restoreBackup(
	db: BriefsDatabase,
	backup: Pick<Backup, 'saved' | 'history' | 'settings' | 'highlights'>,
	storeBriefs: () => Promise<unknown>
): Promise<RestoreChanges> {
	const tables = [db.briefs, db.meta, db.saved, db.history, db.settings, db.highlights];
	return db.transaction('rw', tables, async () => {
		await storeBriefs();
		await db.saved.bulkPut(backup.saved);
		await db.history.bulkPut(backup.history);
		await db.settings.put({ key: 'reader', value: normaliseSettings(backup.settings) });
		const highlights = await mergeHighlights(db, backup.highlights ?? []);
		return { saved: backup.saved.length, history: backup.history.length, highlights };
	});
}
