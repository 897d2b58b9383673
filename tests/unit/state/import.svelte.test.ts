// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportState, summarise } from '../../../src/state/import.svelte';
import { readProjectFile, seedText } from '../read-fixture';
import { databaseLibrary, memoryLibrary, useLibrary } from './test-library';

// Each test gives the state its own library.
const use = vi.hoisted(() => ({
	refreshSearchIndex: vi.fn(async () => {})
}));
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

vi.mock('../../../src/state/search.svelte', () => ({
	refreshSearchIndex: use.refreshSearchIndex
}));

afterEach(() => {
	vi.restoreAllMocks();
	use.refreshSearchIndex.mockClear();
});

// jsdom's File has no text(): the browser's does.
const file = (name: string, text: string) =>
	Object.assign(new File([text], name), { text: async () => text });
const fixture = (name: string) => file(name, readProjectFile(`tests/fixtures/import/${name}`));

describe('ImportState', () => {
	it('stores what the files hold, reports it, and has search index it', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const importer = new ImportState();
		await importer.importFiles([fixture('feed.json'), file('mine.txt', seedText())]);
		expect(importer.failure).toBeUndefined();
		expect(importer.busy).toBe(false);
		expect(importer.report).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });
		expect(importer.report?.skipped).toHaveLength(1);
		expect(use.refreshSearchIndex).toHaveBeenCalledOnce();
		expect((await library.exportBackup()).importedBriefs).toHaveLength(3);

		await importer.importFiles([fixture('feed.json')]);
		expect(importer.report).toMatchObject({ imported: 0, unchanged: 2 });
	});

	it('a file refused whole is reported without touching storage', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const importer = new ImportState();
		await importer.importFiles([fixture('malformed.json')]);
		expect(importer.failure).toBeUndefined();
		expect(importer.report?.refused).toHaveLength(1);
		expect(importer.report?.imported).toBe(0);
	});

	it('where nothing can be stored, or the disk is full, nothing is imported and it says so', async () => {
		useLibrary((await memoryLibrary()).library);
		const importer = new ImportState();
		await importer.importFiles([fixture('feed.json')]);
		expect(importer.report).toBeUndefined();
		expect(importer.failure).toBe(
			"Import failed: nothing was imported, your library is unchanged. (this browser isn't letting Briefs store anything)"
		);

		const { library } = await databaseLibrary();
		useLibrary(library);
		vi.spyOn(library, 'importBriefs').mockRejectedValue(
			Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })
		);
		await importer.importFiles([fixture('feed.json')]);
		expect(importer.failure).toBe(
			'Not enough storage space on this device: nothing was imported, your library is unchanged.'
		);
	});
});

describe('summarise', () => {
	it('says what changed, what was skipped and why, and what a backup restored', () => {
		expect(
			summarise({
				imported: 2,
				updated: 1,
				unchanged: 0,
				skipped: [{ file: 'a.json', label: 'item 3', reason: 'no headline' }],
				notes: [],
				refused: ['b.xml: malformed'],
				restored: { saved: 1, history: 2, settings: true, highlights: 0 }
			})
		).toBe(
			'2 imported, 1 updated, 1 skipped: no headline, 1 file refused, restored 1 saved brief and 2 history entries, and settings'
		);
	});
});
