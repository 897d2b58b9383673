import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { firstValue, freshDatabase, seedFile } from './fresh-database';
import type { StoredBrief } from '../../../src/content/brief';
import { buildContent } from '../../../src/content/bundle';
import { watchFeed } from '../../../src/db/briefs';
import type { BriefsDatabase } from '../../../src/db/database';
import { readFirstPage } from '../../../src/db/first-page';
import { applyContentBundle, storedContentVersion } from '../../../src/db/seed';

const BRIEFS = 120;

/** A library of BRIEFS copies of the seed brief (test data), stored as a deploy would. */
async function seededDatabase(count: number) {
	const { bundle } = await buildContent([seedFile()]);
	const [seed] = bundle.briefs;
	const briefs = Array.from({ length: count }, (_, i) => ({
		...seed,
		id: `${seed.id}-${i}`,
		slug: `${seed.slug.slice(0, 40)}-${i}`,
		contentHash: `${seed.contentHash}${i}`,
		rank: count - 1 - i
	}));
	const db = freshDatabase();
	await applyContentBundle(db, { ...bundle, version: 'start-up-test', briefs });
	return db;
}

/** Counts every record Dexie hands to the app from `table`, the way a cold start reads them. */
function countReads(db: BriefsDatabase, table: 'briefs' | 'meta') {
	const reads: unknown[] = [];
	db.table(table).hook('reading', (record) => (reads.push(record), record));
	return reads;
}

describe('a cold start reads pages, never the whole library', () => {
	it('the feed reads one page of briefs, not the table', async () => {
		const db = await seededDatabase(BRIEFS);
		const reads = countReads(db, 'briefs');
		const page = (await firstValue(watchFeed(db, 30))) as StoredBrief[];
		expect(page).toHaveLength(30);
		expect(reads).toHaveLength(30);
	});

	it('the stored version is read without the manifest entry of every brief', async () => {
		const db = await seededDatabase(BRIEFS);
		const reads = countReads(db, 'meta') as { key: string; value: { entries: unknown[] } }[];
		expect(await storedContentVersion(db)).toBeDefined();
		expect(reads.map((r) => r.key)).toEqual(['contentVersion']);
		expect(reads[0].value.entries).toEqual([]);
	});

	it('without Dexie, the first page comes in feed order with the total', async () => {
		const db = await seededDatabase(BRIEFS);
		const name = db.name;
		db.close();
		const page = await readFirstPage(30, name);
		expect(await page?.total).toBe(BRIEFS);
		expect(page?.briefs.map((b) => b.rank)).toEqual([...Array(30).keys()]);
	});

	it('with no library yet, the first page is undefined and no database is left behind', async () => {
		const name = `never-created-${Math.random()}`;
		expect(await readFirstPage(30, name)).toBeUndefined();
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
		// Dexie then creates it with its schema as if nothing had happened.
		const db = freshDatabase();
		await db.open();
		expect(db.tables.map((t) => t.name)).toContain('briefs');
	});
});
