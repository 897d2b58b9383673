import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	type Backup,
	type RestoreRecords
} from '../content/backup-format';
import { foldByKey, HISTORY_MERGE, SAVED_MERGE, type MergeRule } from '../content/backup-merge';
import type { BriefsDatabase, HistoryRecord, SavedRecord } from './database';
import { mergeHighlights } from './highlights';
import { inChunks } from './imports';
import { normaliseSettings } from './settings';

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
