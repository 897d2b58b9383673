import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BriefsDatabase } from '../../../src/db/database';
import { loadSearchIndex, saveSearchIndex } from '../../../src/db/search-index';
import { applyContentBundle, applyContentParts, finishContent } from '../../../src/db/seed';
import { INDEX_ENCODING, indexFormat, SEARCH_INDEX_FORMAT } from '../../../src/search/index-format';
import { PARTS } from '../../../src/search/parts';
import type {
	SearchRequest,
	SearchRequestBody,
	SearchResponse
} from '../../../src/search/protocol';
import { decodeHashes, packSavedIndex, unpackSavedIndex } from '../../../src/search/saved-index';
import { createSearchService, RECHECK_MS } from '../../../src/search/service';
import { buildContent } from '../../../src/content/bundle';
import { arrivedParts } from '../../../src/search/client';
import { corpusBundle, corpusFiles, SEED_ID, seedFile } from '../../support/corpus';
import { deployedParts } from '../../support/deployed-parts';
import { SYNTHETIC_CORPUS, syntheticSeedText } from '../../support/synthetic-briefs';

/** The parts table with one weight changed, as a later release might have it. */
const reweighted = PARTS.map((part) => (part.name === 'body' ? { ...part, weight: 1.25 } : part));

let databases: BriefsDatabase[] = [];
let counter = 0;
function freshDatabase() {
	const db = new BriefsDatabase(`search-service-test-${counter++}`);
	databases.push(db);
	return db;
}
afterEach(async () => {
	await Promise.all(databases.map((db) => db.delete()));
	databases = [];
});

let nextId = 1;
async function ask<T extends SearchResponse['type']>(
	service: ReturnType<typeof createSearchService>,
	request: SearchRequestBody,
	expected: T
) {
	const response = await service.handle({ ...request, id: nextId++ } as SearchRequest);
	expect(response.type).toBe(expected);
	return response as Extract<SearchResponse, { type: T }>;
}

async function seeded() {
	const db = freshDatabase();
	await applyContentBundle(db, await corpusBundle());
	return db;
}

describe('search worker protocol', () => {
	it('answers a query with highlighted hits, the part that matched and a takeaway anchor', async () => {
		const service = createSearchService(await seeded());
		const { answer } = await ask(service, { type: 'query', query: 'diaz canel' }, 'query');
		expect(answer.mode).toBe('all');
		const hit = answer.hits.find((h) => h.id === SEED_ID)!;
		expect(hit.slug).toMatch(/^diaz-canel-rejects/);
		expect(hit.part).toBe('headline');
		expect(hit.headline.filter((s) => s.match).map((s) => s.text)).toEqual(['Díaz', 'Canel']);
		expect(hit.headline.map((s) => s.text).join('')).toMatch(/^Díaz\u2011Canel Rejects/);

		const takeaway = await ask(service, { type: 'query', query: 'equal terms' }, 'query');
		const seedHit = takeaway.answer.hits.find((h) => h.id === SEED_ID)!;
		expect(seedHit.part).toBe('takeaways');
		expect(seedHit.partLabel).toBe('Key Takeaways');
		expect(seedHit.takeaway).toBe(2);
		expect(seedHit.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['equal', 'terms']);

		const desk = await ask(service, { type: 'query', query: 'orchestras' }, 'query');
		expect(desk.answer.hits[0].partLabel).toBe("Editor's Desk");
		const body = await ask(service, { type: 'query', query: 'barbarism' }, 'query');
		expect(body.answer.hits[0].partLabel).toBe('Body');
		expect(body.answer.hits[0].snippet.some((s) => s.match && s.text === 'barbarism')).toBe(true);
	});

	it('keeps answers small: at most the limit, with the total', async () => {
		const service = createSearchService(await seeded());
		const { answer } = await ask(service, { type: 'query', query: 'synthetic', limit: 2 }, 'query');
		expect(answer.hits).toHaveLength(2);
		expect(answer.total).toBe(SYNTHETIC_CORPUS.length);
	});

	it('answers hostile queries without an error', async () => {
		const service = createSearchService(await seeded());
		for (const query of ['x'.repeat(10_000), '__proto__', 'constructor', '🔥🇨🇺', '哈瓦那']) {
			const { answer } = await ask(service, { type: 'query', query }, 'query');
			expect(answer.query).toBe(query);
		}
	});

	// Issue 17: seed ids are file names, and a plain-object lookup found Object.prototype's.
	it('follows briefs whose ids are names of Object.prototype', async () => {
		const named = (id: string, word: string) => ({
			name: `seeds/${id}.txt`,
			text: syntheticSeedText({ n: 900, headline: `Synthetic fixture about ${word}`, section: 'X' })
		});
		const db = freshDatabase();
		const files = [
			seedFile(),
			named('constructor', 'wombats'),
			named('toString', 'narwhals'),
			named('hasOwnProperty', 'axolotls')
		];
		await applyContentBundle(db, (await buildContent(files)).bundle);
		const service = createSearchService(db);
		await ask(service, { type: 'sync' }, 'sync');
		const found = async (query: string) =>
			(await ask(service, { type: 'query', query }, 'query')).answer.hits.map((h) => h.id);
		expect(await found('narwhals')).toEqual(['toString']);

		await applyContentBundle(db, (await buildContent([files[0], files[1]])).bundle);
		const { report } = await ask(service, { type: 'sync' }, 'sync');
		expect(report.discarded.sort()).toEqual(['hasOwnProperty', 'toString']);
		expect(await found('narwhals')).toEqual([]);
		expect(await found('wombats')).toEqual(['constructor']);
	});

	it('skips a query already superseded by a newer one', async () => {
		const service = createSearchService(await seeded());
		const older = service.handle({ id: 1000, type: 'query', query: 'hav' });
		const newer = service.handle({ id: 1001, type: 'query', query: 'havana' });
		// The first runs behind the index build, by which time the second has arrived.
		expect((await older).type).toBe('superseded');
		expect((await newer).type).toBe('query');
	});

	it('returns related briefs and none for a brief alone', async () => {
		const service = createSearchService(await seeded());
		const { related } = await ask(service, { type: 'related', briefId: SEED_ID }, 'related');
		// Headlines sharing the seed's headline and takeaway terms: 101 and 103; 102 and 104 none.
		expect(related.map((r) => r.id).sort()).toEqual(['101_synthetic', '103_synthetic']);
		expect(related[0]).toMatchObject({ slug: expect.any(String), headline: expect.any(String) });

		const alone = freshDatabase();
		await applyContentBundle(alone, await corpusBundle([]));
		const lonely = createSearchService(alone);
		expect((await ask(lonely, { type: 'related', briefId: SEED_ID }, 'related')).related).toEqual(
			[]
		);
	});

	it('reports an unknown request as an error, not a crash', async () => {
		const service = createSearchService(await seeded());
		const response = await service.handle({ id: 7, type: 'nonsense' } as unknown as SearchRequest);
		expect(response).toEqual({ id: 7, type: 'error', message: 'unknown request' });
	});
});

describe('saved index', () => {
	it('is built once, then loaded (not rebuilt) while format and content version match', async () => {
		const db = await seeded();
		const first = await ask(createSearchService(db), { type: 'sync' }, 'sync');
		expect(first.report.source).toBe('built');
		const saved = await loadSearchIndex(db);
		expect(saved?.format).toBe(SEARCH_INDEX_FORMAT);

		const second = createSearchService(db);
		expect((await ask(second, { type: 'sync' }, 'sync')).report.source).toBe('loaded');
		expect((await ask(second, { type: 'sync' }, 'sync')).report.source).toBe('unchanged');
		const { answer } = await ask(second, { type: 'query', query: 'Venezulea' }, 'query');
		expect(answer.hits.map((h) => h.id)).toContain(SEED_ID);
	});

	it.each([
		['of another parts table', indexFormat(reweighted, INDEX_ENCODING)],
		['of another encoding', indexFormat(PARTS, INDEX_ENCODING + 1)],
		['in the format kept by hand before it was derived', 2]
	])('is rebuilt when saved in a format %s', async (_, format) => {
		const db = await seeded();
		await ask(createSearchService(db), { type: 'sync' }, 'sync');
		const saved = (await loadSearchIndex(db))!;
		await saveSearchIndex(db, { ...saved, format });
		const { report } = await ask(createSearchService(db), { type: 'sync' }, 'sync');
		expect(report.source).toBe('built');
		expect((await loadSearchIndex(db))?.format).toBe(SEARCH_INDEX_FORMAT);
	});

	it('is rebuilt by a worker whose parts table differs, with no format bumped by hand', async () => {
		const db = await seeded();
		await ask(createSearchService(db), { type: 'sync' }, 'sync');
		expect((await loadSearchIndex(db))?.format).toBe(SEARCH_INDEX_FORMAT);

		// The next release's worker, built from a table with one weight changed.
		vi.resetModules();
		vi.doMock('../../../src/search/parts', async (original) => ({
			...(await original<typeof import('../../../src/search/parts')>()),
			PARTS: reweighted
		}));
		try {
			const next = await import('../../../src/search/service');
			const service = next.createSearchService(db);
			expect((await ask(service, { type: 'sync' }, 'sync')).report.source).toBe('built');
			expect((await loadSearchIndex(db))?.format).toBe(indexFormat(reweighted, INDEX_ENCODING));
			expect(
				(await ask(next.createSearchService(db), { type: 'sync' }, 'sync')).report.source
			).toBe('loaded');
		} finally {
			vi.doUnmock('../../../src/search/parts');
			vi.resetModules();
		}
	});

	it('is rebuilt when unreadable', async () => {
		const db = await seeded();
		await ask(createSearchService(db), { type: 'sync' }, 'sync');
		const saved = (await loadSearchIndex(db))!;
		await saveSearchIndex(db, { ...saved, packed: saved.packed.slice(0, 100) });
		expect((await ask(createSearchService(db), { type: 'sync' }, 'sync')).report.source).toBe(
			'built'
		);
	});

	it('loads the saved index as it is: current for the stored content, and never indexed from text', async () => {
		const db = await seeded();
		expect((await ask(createSearchService(db), { type: 'load' }, 'load')).current).toBe(false);
		await ask(createSearchService(db), { type: 'sync' }, 'sync');
		const started = createSearchService(db);
		expect((await ask(started, { type: 'load' }, 'load')).current).toBe(true);
		const { answer } = await ask(started, { type: 'query', query: 'diaz canel' }, 'query');
		expect(answer.hits.map((h) => h.id)).toContain(SEED_ID);

		// Content stored since the save: left for the sync, which brings the part's segment.
		const [a, b, c, d] = SYNTHETIC_CORPUS;
		await applyContentBundle(
			db,
			await corpusBundle([
				a,
				b,
				c,
				d,
				{ n: 105, headline: 'Synthetic fixture: quokkas', section: d.section }
			])
		);
		const later = createSearchService(db);
		expect((await ask(later, { type: 'load' }, 'load')).current).toBe(false);
		// The load indexed nothing: the new brief is the sync's to add.
		expect((await ask(later, { type: 'sync' }, 'sync')).report.added).toEqual(['105_synthetic']);
	});

	it('loads nothing from a database an upgrade is due for: that is the page’s to run', async () => {
		const db = freshDatabase();
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(db.name, 10);
			request.onsuccess = () => (request.result.close(), resolve());
			request.onerror = () => reject(request.error);
		});
		expect((await ask(createSearchService(db), { type: 'load' }, 'load')).current).toBe(false);
		const [found] = (await indexedDB.databases()).filter((known) => known.name === db.name);
		expect(found.version).toBe(10);
	});

	it('changes exactly the changed briefs when content changes', async () => {
		const db = await seeded();
		await ask(createSearchService(db), { type: 'sync' }, 'sync');

		const [a, b, c, d] = SYNTHETIC_CORPUS;
		const next = await corpusBundle([
			a,
			{ ...b, headline: 'Synthetic fixture: revised lighthouse placeholder with zeppelins' },
			c,
			{ n: 105, headline: 'Synthetic fixture: new brief about quokkas', section: d.section }
		]);
		await applyContentBundle(db, next);

		// A new worker start: loads the saved index, then updates it.
		const service = createSearchService(db);
		const { report } = await ask(service, { type: 'sync' }, 'sync');
		expect(report.source).toBe('updated');
		expect(report.added).toEqual(['105_synthetic']);
		expect(report.replaced).toEqual(['102_synthetic']);
		expect(report.discarded).toEqual(['104_synthetic']);
		expect(report.contentVersion).toBe(next.version);

		const found = async (query: string) =>
			(await ask(service, { type: 'query', query }, 'query')).answer.hits.map((h) => h.id);
		expect(await found('zeppelins')).toEqual(['102_synthetic']);
		expect(await found('quokkas')).toEqual(['105_synthetic']);
		expect(await found('tulips')).toEqual([]);
		expect(await found('diaz canel')).toContain(SEED_ID);

		// The update was saved: the next start loads it as it is.
		expect((await ask(createSearchService(db), { type: 'sync' }, 'sync')).report.source).toBe(
			'loaded'
		);
	});

	it('updates a running worker after content sync, without a restart', async () => {
		const db = freshDatabase();
		const service = createSearchService(db);
		// First start before any content arrived: an empty index.
		expect((await ask(service, { type: 'query', query: 'havana' }, 'query')).answer.total).toBe(0);
		await applyContentBundle(db, await corpusBundle([]));
		const { report } = await ask(service, { type: 'sync' }, 'sync');
		expect(report).toMatchObject({ source: 'updated', added: [SEED_ID] });
		expect((await ask(service, { type: 'query', query: 'havana' }, 'query')).answer.total).toBe(1);
	});

	it('notices content changed elsewhere (another tab) at the next query after a short while', async () => {
		const db = freshDatabase();
		let clock = 0;
		const service = createSearchService(db, () => clock);
		expect((await ask(service, { type: 'query', query: 'havana' }, 'query')).answer.total).toBe(0);
		await applyContentBundle(db, await corpusBundle([]));
		// Typing on: the same burst trusts the index it checked a moment ago.
		clock += RECHECK_MS / 2;
		expect((await ask(service, { type: 'query', query: 'havana' }, 'query')).answer.total).toBe(0);
		clock += RECHECK_MS;
		expect((await ask(service, { type: 'query', query: 'havana' }, 'query')).answer.total).toBe(1);
	});

	it('is rebuilt when an update finds its saved headline index unreadable', async () => {
		const db = await seeded();
		await ask(createSearchService(db), { type: 'sync' }, 'sync');
		const saved = (await loadSearchIndex(db))!;
		const parts = await unpackSavedIndex(saved.packed);
		const packed = packSavedIndex(
			{ text: parts.text, headlines: 'not json' },
			decodeHashes(parts.hashes)
		);
		await saveSearchIndex(db, { ...saved, packed });
		const service = createSearchService(db);
		expect((await ask(service, { type: 'sync' }, 'sync')).report.source).toBe('loaded');
		await applyContentBundle(
			db,
			await corpusBundle([{ n: 105, headline: 'Synthetic fixture: quokkas', section: 'S' }])
		);
		expect((await ask(service, { type: 'sync' }, 'sync')).report.source).toBe('built');
		const { answer } = await ask(service, { type: 'query', query: 'quokkas' }, 'query');
		expect(answer.total).toBe(1);
	});
});

describe('parts indexed from the segments the build made', () => {
	const parted = async (files = corpusFiles()) => {
		const db = freshDatabase();
		const deploy = await deployedParts(...files);
		await applyContentParts(db, deploy.parts);
		return { db, deploy };
	};
	const total = async (service: ReturnType<typeof createSearchService>, query: string) =>
		(await ask(service, { type: 'query', query }, 'query')).answer.total;

	it('adds their postings without reading the briefs again, and saves them at the next sync', async () => {
		const { db, deploy } = await parted();
		// The stored text says otherwise: what is found can only have come from the segments.
		await db.briefs.update(SEED_ID, { headline: 'Synthetic wallaby', body: [], takeaways: [] });
		const service = createSearchService(db);
		const { indexed } = await ask(
			service,
			{ type: 'segments', parts: arrivedParts(deploy.parts) },
			'segments'
		);
		expect(indexed).toBe(SYNTHETIC_CORPUS.length + 1);
		expect(await total(service, 'diaz canel')).toBe(1);
		expect(await total(service, 'wallaby')).toBe(0);

		await finishContent(db, deploy.manifest.version, deploy.hashes);
		const { report } = await ask(service, { type: 'sync' }, 'sync');
		expect(report).toMatchObject({ source: 'updated', added: [], replaced: [], discarded: [] });
		const later = createSearchService(db);
		expect((await ask(later, { type: 'sync' }, 'sync')).report.source).toBe('loaded');
		expect(await total(later, 'diaz canel')).toBe(1);
	});

	it('adds a deploy’s new part to the saved index: no rebuild', async () => {
		const { db, deploy } = await parted();
		await finishContent(db, deploy.manifest.version, deploy.hashes);
		await ask(createSearchService(db), { type: 'sync' }, 'sync');

		const next = await deployedParts(
			...corpusFiles([
				...SYNTHETIC_CORPUS,
				{ n: 105, headline: 'Synthetic fixture: quokkas', section: 'S' }
			])
		);
		const fresh = next.parts.filter((p) => !deploy.hashes.has(p.hash));
		await applyContentParts(db, fresh);
		await finishContent(db, next.manifest.version, next.hashes);
		const service = createSearchService(db);
		await ask(service, { type: 'segments', parts: arrivedParts(fresh) }, 'segments');
		const { report } = await ask(service, { type: 'sync' }, 'sync');
		expect(report).toMatchObject({ source: 'updated', added: [], replaced: [] });
		expect(await total(service, 'quokkas')).toBe(1);
		expect(await total(service, 'diaz canel')).toBe(1);
	});

	it('indexes a refused segment’s briefs from their text at the next sync', async () => {
		const { db, deploy } = await parted();
		const parts = arrivedParts(deploy.parts);
		const broken = parts.map((p, i) =>
			i === 0 ? { ...p, segment: { ...p.segment, postings: 'not hex' } } : p
		);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const service = createSearchService(db);
		const { indexed } = await ask(service, { type: 'segments', parts: broken }, 'segments');
		expect(indexed).toBe(SYNTHETIC_CORPUS.length + 1 - parts[0].briefs.length);
		expect(warn).toHaveBeenCalledWith(
			expect.stringMatching(/segment was refused/),
			expect.objectContaining({ message: 'postings are not hex' })
		);
		warn.mockRestore();
		await finishContent(db, deploy.manifest.version, deploy.hashes);
		const { report } = await ask(service, { type: 'sync' }, 'sync');
		expect(report.added.sort()).toEqual(parts[0].briefs.map((b) => b.id).sort());
		expect(await total(service, 'diaz canel')).toBe(1);
	});
});
