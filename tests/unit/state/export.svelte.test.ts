// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorAt } from '../../../src/content/highlight-anchor';
import { ExportState } from '../../../src/state/export.svelte';
import { databaseLibrary, memoryLibrary, seeded, synthetic, useLibrary } from './test-library';

// Each test gives the state its own library.
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

afterEach(() => vi.restoreAllMocks());

const text = (blob: Blob) =>
	new Promise<string>((resolve) => {
		const reader = new FileReader();
		reader.onload = () => resolve(reader.result as string);
		reader.readAsText(blob);
	});

/** What the browser was handed to download: file name and text. */
function downloads() {
	const files: { name: string; blob: Blob }[] = [];
	const blobs = new Map<string, Blob>();
	let n = 0;
	vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
		const url = `blob:test-${n++}`;
		blobs.set(url, blob as Blob);
		return url;
	});
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		files.push({ name: this.download, blob: blobs.get(this.href)! });
	});
	return files;
}

describe('ExportState', () => {
	it('hands over a backup, the saved briefs as a JSON Feed, and highlights as Markdown', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		const [a] = bundle.briefs;
		await library.save(a.id);
		const anchor = anchorAt(a, { part: 'takeaways', paragraph: 0, start: 0, end: 12 })!;
		await library.addHighlight({
			id: 'h-1',
			briefId: a.id,
			createdAt: 1,
			updatedAt: 1,
			note: 'Worth a look',
			anchor
		});
		const files = downloads();
		const exporter = new ExportState();
		await exporter.downloadBackup();
		await exporter.downloadSavedFeed();
		await exporter.downloadHighlights();
		expect(exporter.failure).toBeUndefined();
		expect(files.map((f) => f.name)).toEqual([
			expect.stringMatching(/^briefs-backup-\d{4}-\d\d-\d\d\.json$/),
			expect.stringMatching(/^briefs-saved-\d{4}-\d\d-\d\d\.json$/),
			expect.stringMatching(/^briefs-highlights-\d{4}-\d\d-\d\d\.md$/)
		]);
		const [backup, feed, markdown] = await Promise.all(files.map((f) => text(f.blob)));
		expect(JSON.parse(backup)).toMatchObject({
			format: 'briefs-backup',
			saved: [{ briefId: a.id }]
		});
		expect(JSON.parse(feed).items.map((i: { title: string }) => i.title)).toEqual([a.headline]);
		expect(markdown).toContain('Worth a look');
		expect(markdown).toContain(anchor.quote);
	});

	it('says why when there is nothing to export from', async () => {
		useLibrary((await memoryLibrary()).library);
		downloads();
		const exporter = new ExportState();
		await exporter.downloadBackup();
		expect(exporter.failure).toBe(
			"Export failed: this browser isn't letting Briefs store anything"
		);
	});
});
