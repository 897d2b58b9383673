// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { ContentFormatError } from '../../../src/content/load-bundle';
import { markFirstPaint } from '../../../src/lib/first-paint';
import { ContentState } from '../../../src/state/content.svelte';
import { databaseLibrary, memoryLibrary, synthetic, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
const use = vi.hoisted(() => ({
	fetchManifest: vi.fn(),
	fetchBundle: vi.fn(),
	refreshSearchIndex: vi.fn(async () => {})
}));
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

// The deploy it syncs with, and the search index it keeps up, are the test's.
vi.mock('../../../src/content/load-bundle', async (importActual) => ({
	...(await importActual<object>()),
	fetchManifest: use.fetchManifest,
	fetchBundle: use.fetchBundle
}));
vi.mock('../../../src/state/search.svelte', () => ({
	refreshSearchIndex: use.refreshSearchIndex
}));

afterEach(() => {
	vi.restoreAllMocks();
	use.fetchManifest.mockReset();
	use.fetchBundle.mockReset();
	use.refreshSearchIndex.mockClear();
	localStorage.clear();
});

// Search waits for the first paint; here there is nothing to paint.
markFirstPaint();

/** Serves this deploy: its manifest and its bundle. */
async function deploy(...n: number[]) {
	const { bundle, manifest } = await buildContent(n.map((i) => synthetic(i)));
	use.fetchManifest.mockResolvedValue(manifest);
	use.fetchBundle.mockResolvedValue(bundle);
	return bundle;
}

const offline = () => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('ContentState', () => {
	it('goes idle, syncing, ready: stores the deployed bundle and asks search to catch up', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const bundle = await deploy(1, 2);
		const content = new ContentState();
		const reader = watch(() => content.status);
		await content.sync();
		expect(reader.seen).toEqual(['idle', 'syncing', 'ready']);
		expect(content.version).toBe(bundle.version);
		expect(content.problem).toBeUndefined();
		expect(await library.contentVersion()).toBe(bundle.version);
		await vi.waitFor(() => expect(use.refreshSearchIndex).toHaveBeenCalled());

		// The same deploy again: only the manifest is asked for.
		await content.sync();
		expect(use.fetchBundle).toHaveBeenCalledOnce();
		expect(content.status).toBe('ready');
		await reader.stop();
	});

	it('overlapping syncs share one run', async () => {
		useLibrary((await databaseLibrary()).library);
		await deploy(1);
		const content = new ContentState();
		const [first, second] = [content.sync(), content.sync()];
		expect(first).toBe(second);
		await first;
		expect(use.fetchManifest).toHaveBeenCalledOnce();
	});

	it('offline: ready with what is stored, failed with nothing stored', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const stored = await deploy(1);
		await library.storeContent(stored);
		offline();
		const content = new ContentState();
		await content.sync();
		expect(content.status).toBe('ready');
		expect(content.version).toBe(stored.version);
		expect(content.problem).toBeUndefined();
		expect(use.fetchManifest).not.toHaveBeenCalled();

		useLibrary((await databaseLibrary()).library);
		const empty = new ContentState();
		await empty.sync();
		expect(empty.status).toBe('failed');
		expect(empty.problem).toBe("Couldn't load briefs: offline");
	});

	it('refuses a broken deploy whole, and says why news is missing', async () => {
		quiet();
		const { library } = await databaseLibrary();
		useLibrary(library);
		await library.storeContent(await deploy(1));
		use.fetchBundle.mockRejectedValue(new ContentFormatError('brief #2 is malformed'));
		use.fetchManifest.mockResolvedValue({ ...(await use.fetchManifest()), version: 'next' });
		const content = new ContentState();
		await content.sync();
		expect(content.status).toBe('ready');
		expect(content.problem).toBe(
			'The latest briefs were refused (brief #2 is malformed). The briefs you had are all still here.'
		);
	});

	it('out of storage space: says so, keeping what was stored', async () => {
		quiet();
		const { library } = await databaseLibrary();
		useLibrary(library);
		const first = await deploy(1);
		await library.storeContent(first);
		await deploy(1, 2);
		const quota = Object.assign(new Error('Transaction aborted'), {
			name: 'AbortError',
			inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
		});
		vi.spyOn(library, 'storeContent').mockRejectedValue(quota);
		const content = new ContentState();
		await content.sync();
		expect(content.status).toBe('ready');
		expect(content.version).toBe(first.version);
		expect(content.problem).toContain('out of storage space');
		expect(content.problem).toContain('still here');
	});

	it('a library that was stored before and is empty now was cleared: it is restored', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		library.markStored();
		await deploy(1);
		const content = new ContentState();
		await content.sync();
		expect(content.restored).toBe(true);
	});

	it('syncs again when the database comes back after being lost', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		let recover: (() => void) | undefined;
		vi.spyOn(library, 'whenLost').mockImplementation((fn) => (recover = fn));
		await deploy(1);
		const content = new ContentState();
		await content.sync();
		recover!();
		await vi.waitFor(() => expect(use.fetchManifest).toHaveBeenCalledTimes(2));
	});

	it('with no IndexedDB, holds the deployed bundle in memory, fetched once', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const bundle = await deploy(1, 2);
		offline();
		const content = new ContentState();
		await content.sync();
		// Fetched offline all the same: the service worker answers from its cache.
		expect(content.status).toBe('ready');
		expect(content.version).toBe(bundle.version);
		expect(library.holdsBriefsInMemory).toBe(true);
		await content.sync();
		expect(use.fetchBundle).toHaveBeenCalledOnce();
		expect(use.refreshSearchIndex).not.toHaveBeenCalled();

		const { library: empty } = await memoryLibrary();
		useLibrary(empty);
		use.fetchManifest.mockRejectedValue(new Error('no cached copy'));
		const failing = new ContentState();
		await failing.sync();
		expect(failing.status).toBe('failed');
		expect(failing.problem).toBe("Couldn't load briefs: no cached copy");
	});
});
