import { Dexie, type EntityTable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { ManifestEntry } from '../content/bundle';

/** What was last applied from the content bundle, so the next sync can diff without reading briefs. */
export interface AppliedContent {
	version: string;
	entries: ManifestEntry[];
}

export type MetaRecord = { key: 'content'; value: AppliedContent };

/** The search worker's saved index: reused only while both versions still match. */
export interface SearchIndexRecord {
	key: 'main';
	/** Shape of the serialised index; another format is rebuilt, never loaded. */
	format: number;
	/** Content version the index reflects; on a mismatch the index is brought up to date. */
	contentVersion: string | undefined;
	/** Content hash of every indexed brief, by id: what tells changed briefs from unchanged. */
	hashes: Record<string, string>;
	/** MiniSearch's JSON, kept as a string: parsing is the search worker's business. */
	json: string;
}

export const DATABASE_NAME = 'briefs';

/**
 * Every schema version lives here, in order, forever: a browser may skip straight from any old
 * version to the newest, and Dexie needs the whole chain to upgrade it. Each bump gets a named
 * constant and an upgrade test from a fixture of the version before.
 */
export const DB_VERSION_INITIAL = 1;
/** Adds the saved search index, so the worker loads it instead of rebuilding on every start. */
export const DB_VERSION_SEARCH_INDEX = 2;

export class BriefsDatabase extends Dexie {
	briefs!: EntityTable<StoredBrief, 'id'>;
	meta!: EntityTable<MetaRecord, 'key'>;
	searchIndex!: EntityTable<SearchIndexRecord, 'key'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(DB_VERSION_INITIAL).stores({
			// slug is unique: it is the article's address. rank orders the feed.
			briefs: 'id, &slug, rank',
			meta: 'key'
		});
		// Later versions list only the tables they add or change; Dexie keeps the rest.
		this.version(DB_VERSION_SEARCH_INDEX).stores({ searchIndex: 'key' });
	}
}
