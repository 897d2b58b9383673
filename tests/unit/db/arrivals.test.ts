import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { markArrivalsSeen, readArrivals } from '../../../src/db/arrivals';
import { applyContentBundle } from '../../../src/db/seed';
import { freshDatabase, seedFile, synthetic } from './fresh-database';

const bundleOf = async (...files: { name: string; text: string }[]) =>
	(await buildContent(files)).bundle;
const headlineOf = (n: number) => `Synthetic test brief number ${n}`;

describe('arrivals (new since the last visit)', () => {
	it('counts nothing on a first run: the whole library is not news', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await bundleOf(seedFile(), synthetic(1)));
		expect(await readArrivals(db)).toEqual([]);
	});

	it('records briefs later syncs add, in feed order, until they are seen', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await bundleOf(seedFile()));
		const second = await bundleOf(seedFile(), synthetic(1), synthetic(2));
		await applyContentBundle(db, second);
		const third = await bundleOf(seedFile(), synthetic(1), synthetic(2), synthetic(3));
		await applyContentBundle(db, third);

		const arrived = await readArrivals(db);
		const idOf = (n: number) => third.briefs.find((b) => b.headline === headlineOf(n))!.id;
		expect(arrived.map((a) => a.id)).toEqual([idOf(1), idOf(2), idOf(3)]);
		expect(arrived[0].section).toBe(third.briefs[0].section);

		await markArrivalsSeen(db);
		expect(await readArrivals(db)).toEqual([]);
		// Applying the same content again is no arrival.
		await applyContentBundle(db, third);
		expect(await readArrivals(db)).toEqual([]);
	});

	it('drops a brief that was removed before it was seen; a changed one is no arrival', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await bundleOf(seedFile(), synthetic(1)));
		await applyContentBundle(db, await bundleOf(seedFile(), synthetic(1), synthetic(2)));
		const last = await bundleOf(seedFile(), synthetic(1, ' (revised)'), synthetic(3));
		await applyContentBundle(db, last);
		const arrived = await readArrivals(db);
		expect(arrived.map((a) => a.id)).toEqual([
			last.briefs.find((b) => b.headline === headlineOf(3))!.id
		]);
	});
});
