import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { anchorAt } from '../../../src/content/highlight-anchor';
import {
	BriefsDatabase,
	DB_VERSION_HIGHLIGHTS,
	DB_VERSION_READING,
	DB_VERSION_SEARCH_INDEX,
	DB_VERSION_INITIAL
} from '../../../src/db/database';
import { addHighlight, watchBriefHighlights } from '../../../src/db/highlights';
import { storedContentVersion } from '../../../src/db/seed';
import { firstValue, seedFile, synthetic } from './fresh-database';

describe('upgrade from schema version 3', () => {
	it('keeps every record of every table, and highlights can be stored', async () => {
		const name = `upgrade-highlights-${Math.random()}`;
		const { bundle } = await buildContent([seedFile(), synthetic(1)]);
		const saved = [{ briefId: bundle.briefs[0].id, savedAt: 1_700_000_000_000 }];
		const history = [
			{
				briefId: bundle.briefs[1].id,
				readAt: 1_700_000_200_000,
				progress: 0.4,
				scrollY: 900,
				layoutWidth: 390
			}
		];
		const settings = [{ key: 'reader', value: { theme: 'dark', textSize: 3, lineWidth: 'wide' } }];
		const meta = [{ key: 'content', value: { version: bundle.version, entries: [] } }];
		const searchIndex = [
			{ key: 'main', format: 1, contentVersion: bundle.version, packed: 'index' }
		];

		// The version-3 schema, frozen here: what a reader's browser may still hold.
		const v3 = new Dexie(name);
		v3.version(DB_VERSION_INITIAL).stores({ briefs: 'id, &slug, rank', meta: 'key' });
		v3.version(DB_VERSION_SEARCH_INDEX).stores({ searchIndex: 'key' });
		v3.version(DB_VERSION_READING).stores({
			saved: 'briefId, savedAt',
			history: 'briefId, readAt',
			settings: 'key'
		});
		await v3.table('briefs').bulkPut(bundle.briefs);
		await v3.table('meta').bulkPut(meta);
		await v3.table('searchIndex').bulkPut(searchIndex);
		await v3.table('saved').bulkPut(saved);
		await v3.table('history').bulkPut(history);
		await v3.table('settings').bulkPut(settings);
		v3.close();

		const db = new BriefsDatabase(name);
		try {
			await db.open();
			expect(db.verno).toBeGreaterThanOrEqual(DB_VERSION_HIGHLIGHTS);
			expect(await db.briefs.orderBy('rank').toArray()).toEqual(bundle.briefs);
			expect(await storedContentVersion(db)).toBe(bundle.version);
			expect(await db.table('searchIndex').toArray()).toEqual(searchIndex);
			expect(await db.saved.toArray()).toEqual(saved);
			expect(await db.history.toArray()).toEqual(history);
			expect(await db.table('settings').toArray()).toEqual(settings);

			const brief = bundle.briefs[0];
			const anchor = anchorAt(brief, { part: 'takeaways', paragraph: 1, start: 0, end: 12 })!;
			await addHighlight(db, {
				id: 'h-upgrade1',
				briefId: brief.id,
				createdAt: 1,
				updatedAt: 1,
				note: '',
				anchor
			});
			expect((await firstValue(watchBriefHighlights(db, brief.id))).map((h) => h.id)).toEqual([
				'h-upgrade1'
			]);
		} finally {
			await db.delete();
		}
	});
});
