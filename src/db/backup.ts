import type { StoredBrief } from '../content/brief';
import type {
	BriefsDatabase,
	HighlightRecord,
	HistoryRecord,
	ReaderSettings,
	SavedRecord
} from './database';
import { mergeHighlights } from './highlights';
import { inChunks } from './imports';
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

/** What a restore changed: records added or brought forward, and whether settings came back. */
export interface RestoreChanges {
	saved: number;
	history: number;
	settings: boolean;
	/** Highlights added or brought up to date. */
	highlights: number;
}

/** What a restore brings in; settings only when the backup had some Briefs understands. */
export interface RestoreRecords {
	saved: SavedRecord[];
	history: HistoryRecord[];
	settings?: Partial<ReaderSettings>;
	highlights?: HighlightRecord[];
}

/**
 * How one kind of record merges: a backup never rolls back what this device has. `merge` returns
 * the record to store, or undefined when the stored one already holds everything. A new kind of
 * record (highlights, say) adds a rule and a line in restoreBackup.
 */
interface MergeRule<T> {
	key: (record: T) => string;
	merge: (stored: T, incoming: T) => T | undefined;
}

/** Saved marks: both sides' are kept; a brief saved on both keeps the earlier time (its place). */
export const SAVED_MERGE: MergeRule<SavedRecord> = {
	key: (r) => r.briefId,
	merge: (stored, incoming) => (incoming.savedAt < stored.savedAt ? incoming : undefined)
};

/**
 * History: the later opening and the further position. Progress, scroll offset and layout width
 * belong together (the offset is only valid at that width), so they come from the same record.
 */
export const HISTORY_MERGE: MergeRule<HistoryRecord> = {
	key: (r) => r.briefId,
	merge: (stored, incoming) => {
		const further = incoming.progress > stored.progress ? incoming : stored;
		const merged = { ...further, readAt: Math.max(stored.readAt, incoming.readAt) };
		const same =
			merged.readAt === stored.readAt &&
			merged.progress === stored.progress &&
			merged.scrollY === stored.scrollY &&
			merged.layoutWidth === stored.layoutWidth;
		return same ? undefined : merged;
	}
};

/** Folds records with the same key into one, as the rule merges a record into a stored one. */
function foldByKey<T>(records: T[], rule: MergeRule<T>): Map<string, T> {
	const byKey = new Map<string, T>();
	for (const record of records) {
		const key = rule.key(record);
		const before = byKey.get(key);
		byKey.set(key, before ? (rule.merge(before, record) ?? before) : record);
	}
	return byKey;
}

/** Writes what the rule says changes; returns how many records were added or changed. */
async function mergeInto<T>(
	table: {
		bulkGet(keys: string[]): Promise<(T | undefined)[]>;
		bulkPut(records: T[]): Promise<unknown>;
	},
	records: T[],
	rule: MergeRule<T>
): Promise<number> {
	const incoming = foldByKey(records, rule);
	const keys = [...incoming.keys()];
	const stored = await inChunks(keys, (chunk) => table.bulkGet(chunk));
	const writes = keys.flatMap((key, i) => {
		const record = incoming.get(key)!;
		const before = stored[i];
		const next = before ? rule.merge(before, record) : record;
		return next ? [next] : [];
	});
	await inChunks(writes, async (chunk) => {
		await table.bulkPut(chunk);
	});
	return writes.length;
}

/**
 * Restores saved briefs, history and settings from checked backups, merged into what this device
 * has (never rolling it back), in one transaction with `storeBriefs` (which writes the imported
 * briefs): everything or, on failure, nothing.
 */
export async function restoreBackup(
	db: BriefsDatabase,
	backup: RestoreRecords,
	storeBriefs: () => Promise<unknown>
): Promise<RestoreChanges> {
	const tables = [db.briefs, db.meta, db.saved, db.history, db.settings, db.highlights];
	return db.transaction('rw', tables, async () => {
		await storeBriefs();
		const saved = await mergeInto<SavedRecord>(db.saved, backup.saved, SAVED_MERGE);
		const history = await mergeInto<HistoryRecord>(db.history, backup.history, HISTORY_MERGE);
		const settings = backup.settings !== undefined && Object.keys(backup.settings).length > 0;
		if (settings) {
			const current = (await db.settings.get('reader'))?.value;
			await db.settings.put({
				key: 'reader',
				value: normaliseSettings({ ...normaliseSettings(current), ...backup.settings })
			});
		}
		const highlights = await mergeHighlights(db, backup.highlights ?? []);
		return { saved, history, settings, highlights };
	});
}
