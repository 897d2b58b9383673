import { Dexie, type EntityTable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { ManifestEntry } from '../content/bundle';

/** What was last applied from the content bundle, so the next sync can diff without reading briefs. */
export interface AppliedContent {
	version: string;
	entries: ManifestEntry[];
}

export type MetaRecord = { key: 'content'; value: AppliedContent };

export const DATABASE_NAME = 'briefs';

/**
 * Every schema version lives here, in order, forever: a browser may skip straight from any old
 * version to the newest, and Dexie needs the whole chain to upgrade it. Each bump gets a named
 * constant and an upgrade test from a fixture of the version before.
 */
export const DB_VERSION_INITIAL = 1;

export class BriefsDatabase extends Dexie {
	briefs!: EntityTable<StoredBrief, 'id'>;
	meta!: EntityTable<MetaRecord, 'key'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(DB_VERSION_INITIAL).stores({
			// slug is unique: it is the article's address. rank orders the feed.
			briefs: 'id, &slug, rank',
			meta: 'key'
		});
	}
}
