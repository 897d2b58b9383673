import { Dexie, type EntityTable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { ManifestEntry } from '../content/bundle';
import type { HighlightRecord } from '../content/highlight-record';
import type { ReaderSettings } from '../content/reader-settings';
import type { HistoryRecord } from '../content/reading-history';
import type { SavedRecord } from '../content/saved-brief';
import { DATABASE_NAME } from './name';

/** What was last applied from the content bundle, so the next sync can diff without reading briefs. */
export interface AppliedContent {
	/** The last version stored whole; '' while a first sync is still storing its parts. */
	version: string;
	entries: ManifestEntry[];
	/** What stored parts changed since `version`, counted when the sync completes. */
	pending?: { added: string[]; updated: number };
}

/**
 * 'content' and 'imports': what was applied, with an entry per brief (the reader's imported briefs
 * are tracked like applied content so search can follow them). 'contentVersion': the applied
 * content's version alone, with no entries, so a start can learn it without reading an entry per
 * brief (10,000 of them at a time, on the page's thread, while the feed waits).
 */
export type MetaRecord =
	| { key: 'content'; value: AppliedContent }
	| { key: 'imports'; value: AppliedContent }
	| { key: 'contentVersion'; value: StoredVersion };

/**
 * 'contentVersion': the version stored whole, and `incomplete` while a sync has stored some of a
 * newer version's parts and not finished (so the next start finishes it, even if the deploy it
 * came from was taken back meanwhile).
 */
export interface StoredVersion extends AppliedContent {
	entries: [];
	incomplete?: boolean;
}

/**
 * Also in meta, apart from MetaRecord so that readers of those records need not tell it apart:
 * briefs a content sync added since the reader last saw the feed (not on a first run: then
 * everything is new, and nothing is news). Ids, so a brief removed meanwhile simply drops out.
 */
export interface ArrivalsRecord {
	key: 'arrivals';
	value: { ids: string[] };
}

/** The search worker's saved index: reused only while both versions still match. */
export interface SearchIndexRecord {
	key: 'main';
	/** Shape of the serialised index; another format is rebuilt, never loaded. */
	format: number;
	/** Content version the index reflects; on a mismatch the index is brought up to date. */
	contentVersion: string | undefined;
	/**
	 * The text index, MiniSearch's headline index and the content hash of every indexed brief, packed
	 * by src/search/saved-index.ts: what tells changed briefs from unchanged, and the index itself.
	 */
	packed: Blob;
}

export { DATABASE_NAME } from './name';
// The records the tables hold are the app's own types; named here too for the code that reads them.
export type { HighlightRecord, HistoryRecord, ReaderSettings, SavedRecord };
export type { LineWidth, Theme } from '../content/reader-settings';

/**
 * Every schema version lives here, in order, forever: a browser may skip straight from any old
 * version to the newest, and Dexie needs the whole chain to upgrade it. Each bump gets a named
 * constant and an upgrade test from a fixture of the version before.
 */
export const DB_VERSION_INITIAL = 1;
/** Adds the saved search index, so the worker loads it instead of rebuilding on every start. */
export const DB_VERSION_SEARCH_INDEX = 2;

/** Saved briefs, reading history and reader settings. Version 2 is the search index's. */
export const DB_VERSION_READING = 3;

/** The reader's highlights and notes. */
export const DB_VERSION_HIGHLIGHTS = 4;

export type SettingsRecord = { key: 'reader'; value: ReaderSettings };

export class BriefsDatabase extends Dexie {
	briefs!: EntityTable<StoredBrief, 'id'>;
	meta!: EntityTable<MetaRecord, 'key'>;
	searchIndex!: EntityTable<SearchIndexRecord, 'key'>;
	saved!: EntityTable<SavedRecord, 'briefId'>;
	history!: EntityTable<HistoryRecord, 'briefId'>;
	settings!: EntityTable<SettingsRecord, 'key'>;
	highlights!: EntityTable<HighlightRecord, 'id'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(DB_VERSION_INITIAL).stores({
			// slug is unique: it is the article's address. rank orders the feed.
			briefs: 'id, &slug, rank',
			meta: 'key'
		});
		// Later versions list only the tables they add or change; Dexie keeps the rest.
		this.version(DB_VERSION_SEARCH_INDEX).stores({ searchIndex: 'key' });
		this.version(DB_VERSION_READING).stores({
			saved: 'briefId, savedAt',
			history: 'briefId, readAt',
			settings: 'key'
		});
		this.version(DB_VERSION_HIGHLIGHTS).stores({ highlights: 'id, briefId, createdAt' });
	}
}
