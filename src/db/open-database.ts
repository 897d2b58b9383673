import { Dexie } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { BriefsDatabase } from './database';

export type OpenFailure = 'unavailable' | 'upgrade-failed';

export interface DatabaseEvents {
	/** Another tab opened a newer schema: this connection is closed and must not reopen. */
	onOutdated(): void;
	/** This tab's upgrade waits for an older tab to let go. */
	onBlocked(): void;
	/** The browser closed the connection itself (storage cleared or evicted). */
	onLost(): void;
}

/**
 * Opens the app's database and keeps watch over it. Resolves with the reason it could not be
 * opened, or undefined when it is open.
 */
export async function openAppDatabase(
	db: BriefsDatabase,
	events: DatabaseEvents
): Promise<OpenFailure | undefined> {
	let closingOnPurpose = false;
	db.on('versionchange', (event) => {
		// Dexie's own handler closes but lets the next query reopen; an old tab reopening a newer
		// schema would read tables it does not know, so it stays closed until the reader reloads.
		closingOnPurpose = true;
		db.close({ disableAutoOpen: true });
		// A deletion (newVersion null) is eviction by another tab: treat it like one.
		if (event.newVersion) events.onOutdated();
		else events.onLost();
		// Stops Dexie's default handler, which would close again with auto-reopen allowed.
		return false;
	});
	db.on('blocked', () => events.onBlocked());
	db.on('close', () => {
		if (!closingOnPurpose) events.onLost();
	});
	try {
		await db.open();
		return undefined;
	} catch (error) {
		console.warn('Opening the database failed', error);
		// An upgrade that aborted leaves the older database in place; anything else means there is
		// no usable IndexedDB at all (private mode, blocked by policy, broken profile).
		return (await databaseExists(db.name)) ? 'upgrade-failed' : 'unavailable';
	}
}

/** Reopens after the browser closed the connection behind the app's back. */
export async function reopenAppDatabase(db: BriefsDatabase): Promise<boolean> {
	try {
		if (!db.isOpen()) await db.open();
		return true;
	} catch (error) {
		console.warn('Reopening the database failed', error);
		return false;
	}
}

async function databaseExists(name: string): Promise<boolean> {
	try {
		return (await Dexie.getDatabaseNames()).includes(name);
	} catch {
		return false;
	}
}

/**
 * Reads the briefs of a database this build could not upgrade, at whatever version it is, without
 * changing it: the reader keeps their library while the failure is reported.
 */
export async function readBriefsAsTheyAre(name: string): Promise<StoredBrief[]> {
	const old = new Dexie(name);
	try {
		await old.open();
		if (!old.tables.some((t) => t.name === 'briefs')) return [];
		return await old.table<StoredBrief>('briefs').orderBy('rank').toArray();
	} catch (error) {
		console.warn('Reading the older database failed', error);
		return [];
	} finally {
		old.close();
	}
}

/**
 * Whether `db` exists at this code's schema, so that opening it runs no upgrade: the search
 * worker loads its index at the start only then. An upgrade is the page's to run and to report
 * (src/state/library.svelte.ts); one newer than this code fails to open, and upgrades nothing.
 */
export async function atCurrentSchema(db: BriefsDatabase): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || !indexedDB.databases) return false;
	try {
		const found = (await indexedDB.databases()).find((known) => known.name === db.name);
		// Dexie's native version is ten times the one the schema declares.
		return found?.version !== undefined && found.version >= db.verno * 10;
	} catch {
		// Storage the browser won't list (a blocked setting) is storage not to open.
		return false;
	}
}
