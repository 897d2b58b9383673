// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefsDatabase } from '../../../src/db/database';
import { exportBackup, restoreBackup } from '../../../src/db/backup';
import { storeImportedBriefs } from '../../../src/db/imports';
import { saveBrief } from '../../../src/db/saved';
import { addHighlight } from '../../../src/db/highlights';
import { markRead } from '../../../src/db/history';
import { updateSettings } from '../../../src/db/settings';
import { readImportFile } from '../../../src/import/read-import-file';
import { readProjectFile } from '../read-fixture';

let databases: BriefsDatabase[] = [];
let counter = 0;
function freshDatabase() {
	const db = new BriefsDatabase(`backup-test-${counter++}`);
	databases.push(db);
	return db;
}
afterEach(async () => {
	await Promise.all(databases.map((db) => db.delete()));
	databases = [];
});

const asFile = (data: unknown) => JSON.stringify(data);

async function restoreInto(db: BriefsDatabase, text: string) {
	const result = await readImportFile('backup.json', text, 99);
	await restoreBackup(db, result.restore!, () => storeImportedBriefs(db, result.briefs));
	return result;
}

describe('backup', () => {
	it('round-trips imported briefs, saved, history and settings', async () => {
		const source = freshDatabase();
		const feed = await readImportFile(
			'feed.json',
			readProjectFile('tests/fixtures/import/feed.json'),
			1_000
		);
		await storeImportedBriefs(source, feed.briefs);
		await saveBrief(source, feed.briefs[1].id, 2_000);
		await saveBrief(source, '000_312a46f2b9923e86', 3_000);
		await markRead(source, feed.briefs[0].id, 4_000);
		await updateSettings(source, { theme: 'dark', textSize: 3, speechRate: 1.5 });
		await updateSettings(source, { followed: ['World'], muted: ['Sport'], followedOnly: true });
		await addHighlight(source, {
			id: 'h-0a1b2c',
			briefId: '000_312a46f2b9923e86',
			createdAt: 4_500,
			updatedAt: 4_600,
			note: 'A note',
			anchor: {
				part: 'body',
				paragraph: 2,
				start: 4,
				end: 12,
				quote: 'episode ',
				prefix: 'The ',
				suffix: 'must be read'
			}
		});
		const backup = await exportBackup(source, new Date(5_000));
		expect(backup.settings).toMatchObject({ followed: ['World'], muted: ['Sport'] });
		expect(backup.highlights).toHaveLength(1);

		const target = freshDatabase();
		const result = await restoreInto(target, asFile(backup));
		expect(result.format).toBe('backup');
		expect(await exportBackup(target, new Date(5_000))).toEqual(backup);
	});

	it('keeps only well-formed records from an edited backup, sanitising bodies again', async () => {
		const forged = {
			format: 'briefs-backup',
			version: 1,
			importedBriefs: [
				{
					id: 'imp-0123456789abcdef0123',
					headline: 'Synthetic forged brief',
					dek: '',
					byline: 'x',
					section: 'x',
					publisher: 'x',
					hero: {},
					takeaways: [],
					body: ['text'],
					bodyHtml: '<p>ok</p><img src=x onerror=alert(1)>',
					origin: { format: 'rss', file: 'f.xml', importedAt: 1 }
				},
				{ id: '../../etc', headline: 'bad id' },
				{ id: 'imp-0123456789abcdef0124', headline: 42 }
			],
			saved: [{ briefId: 'a', savedAt: 1 }, { briefId: 7 }, { __proto__: { x: 1 } }],
			history: [{ briefId: 'a', readAt: 1, progress: 7, scrollY: 0, layoutWidth: 0 }],
			settings: { theme: 'neon', textSize: 99 }
		};
		const db = freshDatabase();
		await restoreInto(db, asFile(forged));
		const restored = await exportBackup(db);
		expect(restored.importedBriefs.map((b) => b.headline)).toEqual(['Synthetic forged brief']);
		expect(restored.importedBriefs[0].bodyHtml).toBe('<p>ok</p>');
		expect(restored.saved).toEqual([{ briefId: 'a', savedAt: 1 }]);
		expect(restored.history).toEqual([]);
		expect(restored.settings.theme).toBe('system');
	});

	it('refuses other versions with a clear message', async () => {
		const error = await readImportFile(
			'old.json',
			asFile({ format: 'briefs-backup', version: 9 }),
			1
		).catch((e: unknown) => e);
		expect((error as Error).message).toBe('old.json: backup version 9 is not supported');
	});
});
