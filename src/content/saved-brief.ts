import type { StoredBrief } from './brief';

/** Keyed by brief id, not slug: a headline edit changes the slug but not what was saved. */
export interface SavedRecord {
	briefId: string;
	savedAt: number;
}

export interface SavedBrief {
	brief: StoredBrief;
	savedAt: number;
}
