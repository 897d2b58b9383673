// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { storeImportedBriefs } from '../../../src/db/imports';
import { appliedContentVersion, readContentSnapshot } from '../../../src/db/search-index';
import { applyContentBundle } from '../../../src/db/seed';
import { readImportFile } from '../../../src/import/read-import-file';
import { readProjectFile, SEED_NAME, seedText } from '../read-fixture';
import { freshDatabase } from './fresh-database';

const seedBundle = async () => (await buildContent([{ name: SEED_NAME, text: seedText() }])).bundle;

/** The version the full snapshot reports: what the cheap read must always agree with. */
const snapshotVersion = async (db: ReturnType<typeof freshDatabase>) =>
	(await readContentSnapshot(db, () => [])).content?.version;

describe('appliedContentVersion', () => {
	it('agrees with the full snapshot: nothing, published content, then imports too', async () => {
		const db = freshDatabase();
		expect(await appliedContentVersion(db)).toBeUndefined();
		const bundle = await seedBundle();
		await applyContentBundle(db, bundle);
		expect(await appliedContentVersion(db)).toBe(bundle.version);
		const { briefs } = await readImportFile(
			'feed.json',
			readProjectFile('tests/fixtures/import/feed.json'),
			1_000_000
		);
		await storeImportedBriefs(db, briefs);
		expect(await appliedContentVersion(db)).toMatch(new RegExp(`^${bundle.version}\\+`));
		expect(await appliedContentVersion(db)).toBe(await snapshotVersion(db));
	});
});
