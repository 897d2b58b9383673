// @vitest-environment jsdom
// Issue 17, defects 4, 5 and 6: a restore must keep every field, refuse times that are not times,
// and never roll back what this device already has.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toJsonFeed } from '../../../src/content/to-json-feed';
import { exportBackup, restoreBackup } from '../../../src/db/backup';
import { BriefsDatabase } from '../../../src/db/database';
import { recordProgress } from '../../../src/db/history';
import { storeImportedBriefs } from '../../../src/db/imports';
import { saveBrief } from '../../../src/db/saved';
import { DEFAULT_SETTINGS } from '../../../src/content/reader-settings';
import { readSettings, updateSettings } from '../../../src/db/settings';
import { readImportFile } from '../../../src/import/read-import-file';
import { summarise } from '../../../src/state/import.svelte';
import { seedText } from '../read-fixture';

let databases: BriefsDatabase[] = [];
let counter = 0;
function freshDatabase() {
	const db = new BriefsDatabase(`restore-merge-test-${counter++}`);
	databases.push(db);
	return db;
}
afterEach(async () => {
	await Promise.all(databases.map((db) => db.delete()));
	databases = [];
});

const NOW = Date.UTC(2026, 10, 30);

async function restore(db: BriefsDatabase, backup: unknown) {
	const result = await readImportFile('backup.json', JSON.stringify(backup), NOW);
	const report = { briefs: {}, restored: {} };
	report.restored = await restoreBackup(db, result.restore!, async () => {
		report.briefs = await storeImportedBriefs(db, result.briefs);
	});
	return { result, ...report } as {
		result: typeof result;
		briefs: Awaited<ReturnType<typeof storeImportedBriefs>>;
		restored: Awaited<ReturnType<typeof restoreBackup>>;
	};
}

const backupOf = (parts: Record<string, unknown>) => ({
	format: 'briefs-backup',
	version: 1,
	exportedAt: '2026-11-30T00:00:00.000Z',
	importedBriefs: [],
	saved: [],
	history: [],
	...parts
});

describe("defect 4: a backup keeps a .txt brief's Editor's Desk", () => {
	it('round-trips the desk, and restoring onto the same device changes nothing', async () => {
		const db = freshDatabase();
		const { briefs } = await readImportFile('brief.txt', seedText(), NOW);
		expect(briefs[0].editorsDesk?.title).toBe('Strategic Analysis');
		await storeImportedBriefs(db, briefs);
		const backup = await exportBackup(db);

		const other = freshDatabase();
		await restore(other, backup);
		const [restored] = (await exportBackup(other)).importedBriefs;
		expect(restored.editorsDesk).toEqual(briefs[0].editorsDesk);

		const again = await restore(db, backup);
		expect(again.briefs).toEqual({ imported: 0, updated: 0, unchanged: 1 });
		expect((await db.briefs.get(briefs[0].id))?.updatedAt).toBeUndefined();
	});
});

describe('defect 5: times in a backup are bounded', () => {
	it('refuses readAt and savedAt of 1e300, naming the records, and stores neither', async () => {
		const db = freshDatabase();
		const { result } = await restore(
			db,
			backupOf({
				saved: [{ briefId: 'a', savedAt: 1e300 }],
				history: [{ briefId: 'b', readAt: 1e300, progress: 0.5, scrollY: 0, layoutWidth: 390 }]
			})
		);
		expect(result.skipped).toEqual([
			{ file: 'backup.json', label: 'a', reason: 'save time is not a sane time' },
			{ file: 'backup.json', label: 'b', reason: 'read time is not a sane time' }
		]);
		expect(await db.saved.count()).toBe(0);
		expect(await db.history.count()).toBe(0);
	});

	it('exports saved briefs whose stored time is not a time, instead of failing', () => {
		const brief = { id: 'x', slug: 'x', headline: 'x', dek: '', takeaways: [], body: [] };
		const feed = toJsonFeed(
			[{ brief: brief as never, savedAt: 1e300 }],
			'https://briefs.example'
		) as { items: { date_modified?: string }[] };
		expect(feed.items[0].date_modified).toBeUndefined();
	});
});

describe('defect 6: a restore merges instead of rolling back', () => {
	it('keeps the later opening and the further position of each history record', async () => {
		const db = freshDatabase();
		const position = { scrollY: 2400, layoutWidth: 390 };
		await recordProgress(db, 'read-here', { progress: 0.8, ...position }, NOW - 1000);
		await recordProgress(db, 'read-both', { progress: 0.6, ...position }, NOW - 5000);
		const { restored } = await restore(
			db,
			backupOf({
				history: [
					// Older and less far: this device's record stays as it is.
					{
						briefId: 'read-here',
						readAt: NOW - 9000,
						progress: 0.3,
						scrollY: 900,
						layoutWidth: 390
					},
					// Opened later elsewhere, but read less far: the later time, this device's position.
					{ briefId: 'read-both', readAt: NOW - 100, progress: 0.1, scrollY: 300, layoutWidth: 800 }
				]
			})
		);
		expect(await db.history.get('read-here')).toEqual({
			briefId: 'read-here',
			readAt: NOW - 1000,
			progress: 0.8,
			...position
		});
		expect(await db.history.get('read-both')).toEqual({
			briefId: 'read-both',
			readAt: NOW - 100,
			progress: 0.6,
			...position
		});
		expect(restored.history).toBe(1);
	});

	it("keeps both devices' saved briefs, each at its earlier time", async () => {
		const db = freshDatabase();
		await saveBrief(db, 'here', NOW - 1000);
		await saveBrief(db, 'both', NOW - 1000);
		await restore(
			db,
			backupOf({
				saved: [
					{ briefId: 'there', savedAt: NOW - 500 },
					{ briefId: 'both', savedAt: NOW - 200 }
				]
			})
		);
		expect(await db.saved.orderBy('briefId').toArray()).toEqual([
			{ briefId: 'both', savedAt: NOW - 1000 },
			{ briefId: 'here', savedAt: NOW - 1000 },
			{ briefId: 'there', savedAt: NOW - 500 }
		]);
	});

	it('leaves settings alone when the backup has none, and the report says so', async () => {
		const db = freshDatabase();
		await updateSettings(db, { theme: 'dark', textSize: 3 });
		const { restored } = await restore(db, backupOf({}));
		expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 3 });
		expect(restored.settings).toBe(false);
		const text = summarise({
			imported: 0,
			updated: 0,
			unchanged: 0,
			skipped: [],
			notes: [],
			refused: [],
			restored
		});
		expect(text).not.toMatch(/settings/);
	});

	it('restores only the settings a backup has', async () => {
		const db = freshDatabase();
		await updateSettings(db, { theme: 'dark', textSize: 3 });
		const { restored } = await restore(db, backupOf({ settings: { lineWidth: 'wide' } }));
		expect(await readSettings(db)).toEqual({
			...DEFAULT_SETTINGS,
			theme: 'dark',
			textSize: 3,
			lineWidth: 'wide'
		});
		expect(restored.settings).toBe(true);
	});
});
