// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import type { ContentPart } from '../../../src/content/packs';
import { SEARCH_INDEX_FORMAT } from '../../../src/search/index-format';
import { makeSegment } from '../../../src/search/segment';
import { markFirstPaint } from '../../../src/lib/first-paint';
import { setPrerenderedPage } from '../../../src/lib/prerendered-page';
import { ContentState } from '../../../src/state/content.svelte';
import { databaseLibrary, memoryLibrary, synthetic, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
const use = vi.hoisted(() => ({
	fetchManifest: vi.fn(),
	refreshSearchIndex: vi.fn(async () => {}),
	indexStoredParts: vi.fn()
}));
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

// The deploy it syncs with (its manifest here, its packs from `served`), and the search index it
// keeps up, are the test's.
vi.mock('../../../src/content/load-bundle', async (importActual) => ({
	...(await importActual<object>()),
	fetchManifest: use.fetchManifest
}));
vi.mock('../../../src/state/search.svelte', () => ({
	refreshSearchIndex: use.refreshSearchIndex,
	indexStoredParts: use.indexStoredParts
}));

afterEach(() => {
	vi.restoreAllMocks();
	use.fetchManifest.mockReset();
	served.clear();
	requested.length = 0;
	failing.clear();
	use.refreshSearchIndex.mockClear();
	use.indexStoredParts.mockClear();
	localStorage.clear();
});

// Search waits for the first paint; here there is nothing to paint.
markFirstPaint();

/** The deployed files by path, the pack and part files asked for, and paths that answer 503. */
const served = new Map<string, string>();
const requested: string[] = [];
const failing = new Set<string>();
vi.stubGlobal('fetch', async (url: string) => {
	const path = url.slice(1);
	requested.push(path);
	const body = served.get(path);
	if (failing.has(path)) return new Response('busy', { status: 503 });
	return body === undefined ? new Response('', { status: 404 }) : new Response(body);
});

/** Serves this deploy: its manifest and its packs. */
async function deploy(...n: number[]) {
	const { bundle, manifest, files } = await buildContent(
		n.map((i) => synthetic(i)),
		makeSegment
	);
	use.fetchManifest.mockResolvedValue(manifest);
	served.clear();
	for (const [path, text] of files) served.set(path, text);
	return Object.assign(bundle, { manifest });
}

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

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
		const asked = requested.length;
		expect(asked).toBeGreaterThan(0);
		await content.sync();
		expect(requested).toHaveLength(asked);
		expect(content.status).toBe('ready');
		await reader.stop();
	});

	it('a first visit stores pack by pack, showing how far it has got', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const { manifest } = await deploy(...range(1, 300));
		expect(manifest.packs.length).toBeGreaterThan(1);
		const content = new ContentState();
		const progress = watch(() => content.progress?.stored);
		await content.sync();
		// Effects see settled values: a pack stored in the same turn as the next may be skipped.
		// The first pack is stored alone, so the feed paints from it: a count between 0 and 300.
		const seen = progress.seen.filter((n) => n !== undefined);
		expect(seen.length).toBeGreaterThanOrEqual(2);
		expect(seen[0]).toBe(0);
		// The last count (300) and its removal come in one turn, so the last seen is short of it.
		expect(seen.at(-1)).toBeGreaterThan(0);
		expect([...seen].sort((a, b) => a - b)).toEqual(seen);
		expect(content.progress).toBeUndefined();
		expect(await library.contentVersion()).toBe(manifest.version);
		await progress.stop();
	});

	it('hands search each stored batch of parts, with their segments, in the order stored', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const { manifest } = await deploy(...range(1, 300));
		await new ContentState().sync();
		const handed = use.indexStoredParts.mock.calls.flatMap(([parts]) => parts as ContentPart[]);
		expect(use.indexStoredParts.mock.calls.length).toBeGreaterThan(1);
		expect(handed.map((p) => p.hash)).toEqual(
			manifest.packs.flatMap((p) => p.parts.map(([h]) => h))
		);
		expect(handed.map((p) => p.segment)).toEqual(
			handed.map(() => expect.objectContaining({ format: SEARCH_INDEX_FORMAT }))
		);
	});

	it('a pack that fails to download is fetched on a later sync; the rest is stored meanwhile', async () => {
		quiet();
		const { library } = await databaseLibrary();
		useLibrary(library);
		const { manifest } = await deploy(...range(1, 300));
		const [, second] = manifest.packs;
		failing.add(second.file);
		const content = new ContentState();
		await content.sync();
		const missing = second.parts.reduce((n, [, count]) => n + count, 0);
		expect(content.status).toBe('ready');
		expect(content.problem).toBe(
			`${300 - missing} of 300 briefs are downloaded; some couldn't be. The rest will be downloaded when the connection allows.`
		);
		expect(await library.contentVersion()).toBeUndefined();
		expect(await library.storedParts()).toEqual(
			new Map(manifest.packs.filter((p) => p !== second).flatMap((p) => p.parts))
		);

		failing.clear();
		requested.length = 0;
		await content.sync();
		expect(requested.filter((p) => p !== 'content/manifest.json')).toEqual([second.file]);
		expect(content.problem).toBeUndefined();
		expect(await library.contentVersion()).toBe(manifest.version);
	});

	it('with Data Saver on, a first visit stores the newest pack and asks before the rest', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const { manifest } = await deploy(...range(1, 300));
		const [newest] = manifest.packs;
		Object.defineProperty(navigator, 'connection', {
			value: { saveData: true },
			configurable: true
		});
		onTestFinished(() => void Reflect.deleteProperty(navigator, 'connection'));
		const content = new ContentState();
		await content.sync();
		const count = newest.parts.reduce((n, [, c]) => n + c, 0);
		expect(requested.filter((p) => p !== 'content/manifest.json')).toEqual([newest.file]);
		expect(content.waiting).toEqual({ stored: count, total: 300 });
		expect(content.status).toBe('ready');
		expect(await library.contentVersion()).toBeUndefined();

		// Asked again on the next start, until the reader says yes; then the rest comes, and stays wanted.
		await content.sync();
		expect(content.waiting).toEqual({ stored: count, total: 300 });
		await content.downloadLibrary();
		expect(content.waiting).toBeUndefined();
		expect(await library.contentVersion()).toBe(manifest.version);
		expect(localStorage.getItem('briefs.full-library')).toBe('1');
	});

	it('a first visit by a shared link fetches the pack holding its brief first', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		const { manifest } = await deploy(...range(1, 300));
		const last = manifest.packs.at(-1)!;
		expect(last).not.toBe(manifest.packs[0]);
		setPrerenderedPage({ path: '/article/x', briefs: [], total: 300, part: last.parts[0][0] });
		onTestFinished(() => setPrerenderedPage(undefined));
		const content = new ContentState();
		await content.sync();
		const files = requested.filter((p) => p !== 'content/manifest.json');
		expect(files[0]).toBe(last.file);
		expect(files).toHaveLength(manifest.packs.length);
		expect(await library.contentVersion()).toBe(manifest.version);
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
		const next = await deploy(1, 2);
		// A host that answers with another deploy's file under this one's name.
		for (const path of served.keys()) if (path !== 'content/manifest.json') served.set(path, '{}');
		const content = new ContentState();
		await content.sync();
		expect(content.status).toBe('ready');
		expect(content.problem).toMatch(
			/^The latest briefs were refused \(\/content\/(parts|packs)\/[a-f0-9]{12}\.json does not match its hash .*\)\. The briefs you had are all still here\.$/
		);
		expect(await library.contentVersion()).not.toBe(next.version);
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
		vi.spyOn(library, 'storeParts').mockRejectedValue(quota);
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

	it('asks for the manifest while the database opens, not after', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		await deploy(1);
		const open = library.open.bind(library);
		let opened: (() => void) | undefined;
		vi.spyOn(library, 'open').mockImplementationOnce(() =>
			new Promise<void>((resolve) => (opened = resolve)).then(open)
		);
		const content = new ContentState();
		const running = content.sync();
		expect(use.fetchManifest).toHaveBeenCalledTimes(1);
		opened!();
		await running;
		expect(content.status).toBe('ready');
		expect(use.fetchManifest).toHaveBeenCalledTimes(1);
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
		// The run the recovery started (overlapping calls share one), to its end.
		await content.sync();
		expect(use.fetchManifest).toHaveBeenCalledTimes(2);
	});

	it('with no IndexedDB, holds the deployed bundle in memory, fetched once', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const bundle = await deploy(1, 2);
		const away = offline();
		const content = new ContentState();
		await content.sync();
		// Fetched offline all the same: the service worker answers from its cache.
		expect(content.status).toBe('ready');
		expect(content.version).toBe(bundle.version);
		expect(library.holdsBriefsInMemory).toBe(true);
		const asked = requested.length;
		await content.sync();
		expect(requested).toHaveLength(asked);
		expect(use.refreshSearchIndex).not.toHaveBeenCalled();
		// Online again, a library held in memory asks for nothing more this visit.
		away.mockRestore();
		expect(navigator.onLine).toBe(true);
		const manifests = use.fetchManifest.mock.calls.length;
		await content.sync();
		expect(use.fetchManifest.mock.calls.length).toBe(manifests);

		const { library: empty } = await memoryLibrary();
		useLibrary(empty);
		use.fetchManifest.mockRejectedValue(new Error('no cached copy'));
		const failing = new ContentState();
		await failing.sync();
		expect(failing.status).toBe('failed');
		expect(failing.problem).toBe("Couldn't load briefs: no cached copy");
	});
});
