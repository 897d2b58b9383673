import type { HistoryRecord } from './reading-history.ts';
import type { SavedRecord } from './saved-brief.ts';

/**
 * How one kind of record merges: a backup never rolls back what this device has. `merge` returns
 * the record to store, or undefined when the stored one already holds everything. A new kind of
 * record (highlights, say) adds a rule and a line in restoreBackup.
 */
export interface MergeRule<T> {
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
export function foldByKey<T>(records: T[], rule: MergeRule<T>): Map<string, T> {
	const byKey = new Map<string, T>();
	for (const record of records) {
		const key = rule.key(record);
		const before = byKey.get(key);
		byKey.set(key, before ? (rule.merge(before, record) ?? before) : record);
	}
	return byKey;
}
