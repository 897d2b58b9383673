import type { StoredBrief } from './brief.ts';
import type { HighlightRecord } from './highlight-record.ts';
import type { ReaderSettings } from './reader-settings.ts';
import type { HistoryRecord } from './reading-history.ts';
import type { SavedRecord } from './saved-brief.ts';

// What a backup file is, apart from the database that writes it and the importer that reads it:
// the import path checks backups without loading Dexie.
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

/** What a restore brings in; settings only when the backup had some Briefs understands. */
export interface RestoreRecords {
	saved: SavedRecord[];
	history: HistoryRecord[];
	settings?: Partial<ReaderSettings>;
	highlights?: HighlightRecord[];
}
