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
/** Saved briefs, reading history and reader settings. Version 2 is the search index's. */
export const DB_VERSION_READING = 3;

/** Keyed by brief id, not slug: a headline edit changes the slug but not what was saved. */
export interface SavedRecord {
	briefId: string;
	savedAt: number;
}

export interface HistoryRecord {
	briefId: string;
	/** When the brief was last opened (ms since epoch): History is newest first. */
	readAt: number;
	/** How far down the article the reader got, 0–1. */
	progress: number;
	/** The exact scroll offset, valid while the layout width is the same. */
	scrollY: number;
	layoutWidth: number;
}

export type Theme = 'system' | 'light' | 'dark';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export interface ReaderSettings {
	theme: Theme;
	/** A step on TEXT_SIZES; 1 is the default size. */
	textSize: number;
	lineWidth: LineWidth;
}
export type SettingsRecord = { key: 'reader'; value: ReaderSettings };

export class BriefsDatabase extends Dexie {
	briefs!: EntityTable<StoredBrief, 'id'>;
	meta!: EntityTable<MetaRecord, 'key'>;
	saved!: EntityTable<SavedRecord, 'briefId'>;
	history!: EntityTable<HistoryRecord, 'briefId'>;
	settings!: EntityTable<SettingsRecord, 'key'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(DB_VERSION_INITIAL).stores({
			// slug is unique: it is the article's address. rank orders the feed.
			briefs: 'id, &slug, rank',
			meta: 'key'
		});
		this.version(DB_VERSION_READING).stores({
			saved: 'briefId, savedAt',
			history: 'briefId, readAt',
			settings: 'key'
		});
	}
}
