// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueryAnswer } from '../../../src/search/protocol';
import {
	loadStoredIndex,
	refreshSearchIndex,
	RelatedState,
	searchIndex,
	SearchState
} from '../../../src/state/search.svelte';

// The worker is the test's: each query waits until the test answers it.
const worker = vi.hoisted(() => ({
	query: vi.fn(),
	related: vi.fn(),
	sync: vi.fn(),
	load: vi.fn()
}));
vi.mock('../../../src/search/client', () => ({ searchClient: () => worker }));
// The library as the start finds it: a test says what is stored.
const library = vi.hoisted(() => ({ wasStoredBefore: false }));
vi.mock('../../../src/state/library.svelte', () => ({ library }));

afterEach(() => {
	vi.restoreAllMocks();
	worker.query.mockReset();
	worker.related.mockReset();
	worker.sync.mockReset();
	worker.load.mockReset();
});

const answer = (query: string, total = 1): QueryAnswer => ({
	query,
	mode: 'all',
	total,
	hits: [],
	sections: [],
	suggestions: []
});

/** A query the test answers when it likes. */
function pending() {
	let resolve!: (a: QueryAnswer | undefined) => void;
	const promise = new Promise<QueryAnswer | undefined>((r) => (resolve = r));
	return { promise, resolve };
}

describe('SearchState', () => {
	it('shows the answer to the query asked last, never a slower older one', async () => {
		const search = new SearchState();
		const older = pending();
		const newer = pending();
		worker.query.mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
		const first = search.run('cuba', undefined, 0);
		const second = search.run('cuban', undefined, 0);
		expect(search.searching).toBe(true);
		newer.resolve(answer('cuban', 3));
		await second;
		older.resolve(answer('cuba', 9));
		await first;
		expect(search.answer?.query).toBe('cuban');
		expect(search.answer?.total).toBe(3);
		expect(search.searching).toBe(false);
		expect(worker.query).toHaveBeenLastCalledWith('cuban', undefined);
	});

	it('an empty query clears the answer and asks nothing', async () => {
		const search = new SearchState();
		worker.query.mockResolvedValue(answer('havana'));
		await search.run('havana', 'World', 2);
		expect(search.answer?.query).toBe('havana');
		expect(search.answerRevision).toBe(2);
		await search.run('   ', undefined, 2);
		expect(search.answer).toBeUndefined();
		expect(worker.query).toHaveBeenCalledOnce();
	});

	it('says why a search failed, and forgets it on the next answer', async () => {
		const search = new SearchState();
		worker.query.mockRejectedValueOnce(new Error('worker crashed'));
		await search.run('cuba', undefined, 0);
		expect(search.failure).toBe('Search failed: worker crashed');
		worker.query.mockResolvedValueOnce(answer('cuba'));
		await search.run('cuba', undefined, 1);
		expect(search.failure).toBeUndefined();
	});
});

describe('RelatedState', () => {
	it('lists related briefs, or says they are unavailable', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const related = new RelatedState();
		worker.related.mockResolvedValueOnce([{ id: 'b', slug: 'b', headline: 'B', section: 'S' }]);
		await related.load('a', 4);
		expect(related.briefs?.map((b) => b.id)).toEqual(['b']);
		expect(related.revision).toBe(4);
		worker.related.mockRejectedValueOnce(new Error('gone'));
		const failing = new RelatedState();
		await failing.load('a', 4);
		expect(failing.failed).toBe(true);
	});
});

describe('searchIndex', () => {
	it('counts index updates, and is settled once the first sync reached it', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(searchIndex.settled).toBe(false);
		expect(searchIndex.final(0)).toBe(false);
		worker.sync.mockResolvedValueOnce({ source: 'built' });
		await refreshSearchIndex();
		expect(searchIndex.revision).toBe(1);
		expect(searchIndex.final(1)).toBe(true);
		worker.sync.mockResolvedValueOnce({ source: 'unchanged' });
		await refreshSearchIndex();
		expect(searchIndex.revision).toBe(1);
		// A failed update leaves the index as it was, and the app going.
		worker.sync.mockRejectedValueOnce(new Error('no IndexedDB in the worker'));
		await refreshSearchIndex();
		expect(searchIndex.revision).toBe(1);
		expect(searchIndex.final(0)).toBe(false);
	});
});

describe('loadStoredIndex', () => {
	it('has the worker load the saved index of a library stored before, with no wait for a paint', async () => {
		library.wasStoredBefore = true;
		searchIndex.settled = false;
		worker.load.mockResolvedValueOnce(false);
		// Nothing marks the first paint here: the load must not wait for it.
		await loadStoredIndex();
		expect(worker.load).toHaveBeenCalledTimes(1);
		// An index that is not of the stored content is the sync's to bring up to date.
		expect(searchIndex.settled).toBe(false);
		expect(worker.sync).not.toHaveBeenCalled();
		worker.load.mockResolvedValueOnce(true);
		await loadStoredIndex();
		expect(searchIndex.settled).toBe(true);
	});

	it('asks nothing on a first visit', async () => {
		library.wasStoredBefore = false;
		await loadStoredIndex();
		expect(worker.load).not.toHaveBeenCalled();
	});
});
