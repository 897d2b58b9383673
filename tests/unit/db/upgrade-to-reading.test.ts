import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { BriefsDatabase, DB_VERSION_INITIAL, DB_VERSION_READING } from '../../../src/db/database';
import { markRead, watchReadIds } from '../../../src/db/history';
import { saveBrief, watchSaved } from '../../../src/db/saved';
import { storedContentVersion } from '../../../src/db/seed';
import { readSettings, updateSettings } from '../../../src/db/settings';
import { firstValue, seedFile, synthetic } from './fresh-database';

describe('upgrade from schema version 1', () => {
	it('keeps stored briefs and content version, and the new tables work', async () => {
		const name = `upgrade-${Math.random()}`;
		const { bundle } = await buildContent([seedFile(), synthetic(1)]);

		// A copy of the version-1 schema, frozen here: what a reader's browser may still hold.
		const v1 = new Dexie(name);
		v1.version(DB_VERSION_INITIAL).stores({ briefs: 'id, &slug, rank', meta: 'key' });
		await v1.table('briefs').bulkPut(bundle.briefs);
		await v1.table('meta').put({ key: 'content', value: { version: bundle.version, entries: [] } });
		v1.close();

		const db = new BriefsDatabase(name);
		try {
			await db.open();
			expect(db.verno).toBeGreaterThanOrEqual(DB_VERSION_READING);
			expect(await db.briefs.orderBy('rank').toArray()).toEqual(bundle.briefs);
			expect(await storedContentVersion(db)).toBe(bundle.version);

			const id = bundle.briefs[1].id;
			await saveBrief(db, id);
			await markRead(db, id);
			await updateSettings(db, { theme: 'dark' });
			expect((await firstValue(watchSaved(db))).map((s) => s.brief.id)).toEqual([id]);
			expect(await firstValue(watchReadIds(db))).toEqual(new Set([id]));
			expect((await readSettings(db)).theme).toBe('dark');
		} finally {
			await db.delete();
		}
	});
});
