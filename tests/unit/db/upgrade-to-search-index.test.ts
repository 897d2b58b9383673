import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
	BriefsDatabase,
	DB_VERSION_INITIAL,
	DB_VERSION_SEARCH_INDEX
} from '../../../src/db/database';
import { loadSearchIndex, saveSearchIndex } from '../../../src/db/search-index';
import { storedContentVersion } from '../../../src/db/seed';
import { corpusBundle } from '../../support/corpus';

describe(`schema version ${DB_VERSION_SEARCH_INDEX} (search index)`, () => {
	it('upgrades a version 1 database, keeping its briefs and meta', async () => {
		const name = 'upgrade-from-v1';
		// A copy of the version 1 schema, frozen here: the fixture must not follow later changes.
		const v1 = new Dexie(name);
		v1.version(DB_VERSION_INITIAL).stores({ briefs: 'id, &slug, rank', meta: 'key' });
		const bundle = await corpusBundle();
		// Written as version 1's content sync stored it: briefs, and what was applied.
		await v1.table('briefs').bulkPut(bundle.briefs);
		const entries = bundle.briefs.map(({ id, contentHash, rank, slug }) => ({
			id,
			contentHash,
			rank,
			slug
		}));
		await v1.table('meta').put({ key: 'content', value: { version: bundle.version, entries } });
		v1.close();

		const db = new BriefsDatabase(name);
		try {
			await db.open();
			// Opened by the current code, so at the newest version, which includes the search index.
			expect(db.verno).toBeGreaterThanOrEqual(DB_VERSION_SEARCH_INDEX);
			expect(await db.briefs.count()).toBe(bundle.briefs.length);
			expect((await db.briefs.where('slug').equals(bundle.briefs[0].slug).first())?.id).toBe(
				bundle.briefs[0].id
			);
			expect(await storedContentVersion(db)).toBe(bundle.version);
			// The new table exists, starts empty and takes an index.
			expect(await loadSearchIndex(db)).toBeUndefined();
			await saveSearchIndex(db, {
				key: 'main',
				format: 1,
				contentVersion: bundle.version,
				packed: new Blob([])
			});
			expect((await loadSearchIndex(db))?.contentVersion).toBe(bundle.version);
		} finally {
			await db.delete();
		}
	});
});
