import { Dexie, type EntityTable, type Table } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { ManifestEntry } from '../content/bundle';
import type { HighlightRecord } from '../content/highlight-record';
import type { ReaderSettings } from '../content/reader-settings';
import type { HistoryRecord } from '../content/reading-history';
import type { SavedRecord } from '../content/saved-brief';
import { DATABASE_NAME } from './name';

/** What was applied, with an entry per brief, so a sync can diff without reading briefs. */
export interface AppliedContent {
	/** The last version stored whole; '' while a first sync is still storing its parts. */
	version: string;
	entries: ManifestEntry[];
}

/**
 * The stored content, a record per part: `part:<hash>` lists the briefs stored from that part
 * (each brief in one part's record), and 'parts' counts them, so a sync learns what it holds
 * without reading an entry per brief. One record for the whole library, rewritten with every
 * batch a first visit stored, wrote 100 MB at 10,000 briefs (see DB_VERSION_CONTENT_PARTS).
 * 'contentVersion': the version stored whole. 'contentPending': what a sync under way changed.
 * 'imports': the reader's imported briefs, tracked like content so search can follow them.
 */
export type MetaRecord =
	| { key: PartKey; value: StoredPart }
	| { key: 'parts'; value: PartCounts }
	| { key: 'contentPending'; value: PendingChanges }
	| { key: 'imports'; value: AppliedContent }
	| { key: 'contentVersion'; value: StoredVersion };

/** A meta record's value by its key. */
export type MetaValue<K extends MetaRecord['key']> = Extract<MetaRecord, { key: K }>['value'];

export const readMeta = async <K extends MetaRecord['key']>(
	db: BriefsDatabase,
	key: K
): Promise<MetaValue<K> | undefined> => (await db.meta.get(key))?.value as MetaValue<K> | undefined;

export type PartKey = `part:${string}`;
export const partKey = (hash: string): PartKey => `part:${hash}`;

export interface StoredPart {
	entries: ManifestEntry[];
}

/** Briefs stored from each part, by part hash. */
export type PartCounts = Record<string, number>;

/** What stored parts changed since the version stored whole, counted when the sync completes. */
export interface PendingChanges {
	/** Ids of added briefs; none on a first visit, when nothing that arrives is news. */
	added: string[];
	addedCount: number;
	updated: number;
}

/**
 * 'contentVersion': the version stored whole, and `incomplete` while a sync has stored some of a
 * newer version's parts and not finished (so the next start finishes it, even if the deploy it
 * came from was taken back meanwhile).
 */
export interface StoredVersion {
	version: string;
	/** Always empty: kept so that an older app reading the record finds the shape it knew. */
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

/**
 * The stored content as a record per part instead of one with an entry per brief (see MetaRecord):
 * the upgrade splits the old record by part, and briefs stored before packs (no part) go in a
 * record no deploy lists, so the next complete sync replaces or removes them.
 */
export const DB_VERSION_CONTENT_PARTS = 5;
/** The part record of briefs stored before packs recorded their part. */
export const UNPARTED = '-';

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
		this.version(DB_VERSION_CONTENT_PARTS)
			.stores({})
			.upgrade((tx) => splitContentRecord(tx.table('meta')));
	}
}

/** Version 4's record of applied content: one, with an entry per brief. */
interface AppliedContentV4 {
	version: string;
	entries: ManifestEntry[];
	pending?: { added: string[]; updated: number };
}

async function splitContentRecord(meta: Table<{ key: string; value: unknown }, string>) {
	const record = await meta.get('content');
	if (!record) return;
	const applied = record.value as AppliedContentV4;
	const parts = new Map<string, ManifestEntry[]>();
	for (const { id, contentHash, rank, slug, part } of applied.entries) {
		const hash = part ?? UNPARTED;
		const list = parts.get(hash) ?? [];
		list.push({ id, contentHash, rank, slug });
		parts.set(hash, list);
	}
	const records: { key: string; value: unknown }[] = [...parts].map(([hash, entries]) => ({
		key: partKey(hash),
		value: { entries } satisfies StoredPart
	}));
	records.push({
		key: 'parts',
		value: Object.fromEntries([...parts].map(([hash, list]) => [hash, list.length]))
	});
	if (applied.pending) {
		const { added, updated } = applied.pending;
		records.push({
			key: 'contentPending',
			value: { added, addedCount: added.length, updated } satisfies PendingChanges
		});
	}
	// A library stored before the version had a record of its own.
	if (!(await meta.get('contentVersion'))) {
		const version: StoredVersion = { version: applied.version, entries: [] };
		records.push({ key: 'contentVersion', value: version });
	}
	await meta.bulkPut(records);
	await meta.delete('content');
}
