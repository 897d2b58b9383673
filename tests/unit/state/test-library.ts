import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import type { BriefsDatabase } from '../../../src/db/database';
import type { Database, Library } from '../../../src/state/library.svelte';
import { freshDatabase } from '../db/fresh-database';

export { freshDatabase, seeded, seedFile, synthetic } from '../db/fresh-database';

/**
 * Counts finished tests. Each test's databases are deleted after it, which to a library still
 * holding one looks like storage cleared behind its back: it must not reopen (and re-create) it
 * then, nor have a test's content sync run again inside the next test.
 */
let finished = 0;
afterEach(() => {
	finished++;
});

/**
 * A Library over `db` (a test's own IndexedDB database), with parts of the database code
 * replaced where a test makes storage fail; `ready` holds the code back until it resolves.
 */
export async function libraryFor(
	db: BriefsDatabase,
	replaced: Partial<Database> = {},
	ready?: Promise<unknown>
): Promise<Library> {
	const app = await import('../../../src/db/app');
	const { Library } = await import('../../../src/state/library.svelte');
	const test = finished;
	const reopenAppDatabase: Database['reopenAppDatabase'] = async (database) =>
		finished === test && app.reopenAppDatabase(database);
	return new Library({
		load: async () => {
			await ready;
			return { ...app, appDatabase: db, reopenAppDatabase, ...replaced };
		},
		name: db.name
	});
}

/** A Library over a fresh database, opened. */
export async function databaseLibrary(options: { open?: boolean } = {}) {
	const db = freshDatabase();
	const library = await libraryFor(db);
	if (options.open !== false) await library.open();
	return { library, db };
}

/** A Library where IndexedDB refuses to open: briefs are held in memory. */
export async function memoryLibrary() {
	const db = freshDatabase();
	const library = await libraryFor(db, { openAppDatabase: async () => 'unavailable' });
	await library.open();
	return { library, db };
}

type LibraryModule = typeof import('../../../src/state/library.svelte');
let current: Library | undefined;

/**
 * The app's library module with its one `library` replaced by the test's own (useLibrary), so
 * that each test gives the state classes a library of its own. A spec mocks the module with it:
 *   vi.mock('../../../src/state/library.svelte', async (importActual) =>
 *     (await import('./test-library')).withTestLibrary(await importActual()));
 */
export function withTestLibrary(actual: LibraryModule): LibraryModule {
	// Until a test gives its own: a library that never opens.
	current = new actual.Library({ load: () => new Promise(() => {}) });
	return {
		...actual,
		get library() {
			return current!;
		}
	};
}

/** The library the state classes use from now on. */
export function useLibrary(library: Library): void {
	current = library;
}

/** A live query that fails with `message` as soon as it is watched, as an unreadable store does. */
export const failingQuery = (message: string) =>
	({
		subscribe(observer: { error(e: unknown): void }) {
			queueMicrotask(() => observer.error(new Error(message)));
			return { unsubscribe() {} };
		}
	}) as never;
