import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../src/content/bundle';
import {
	createIndex,
	indexedCount,
	loadIndex,
	queryTerms,
	relatedIds,
	runQuery,
	serializeIndex,
	type BriefIndex
} from '../../../src/search/index';
import { corpusBundle, SEED_ID } from '../../support/corpus';

let bundle: ContentBundle;
let index: BriefIndex;
beforeAll(async () => {
	bundle = await corpusBundle();
	index = createIndex(bundle.briefs);
});
const ids = (query: string, section?: string) =>
	runQuery(index, query, { section }).results.map((r) => r.id);

describe('queries that must find the seed', () => {
	it.each([
		'diaz canel',
		'Diaz-Canel',
		'DÍAZ\u2011CANEL',
		'díaz\u2011canel',
		'Diaz Canel',
		'anti-imperialista',
		'Anti Imperialista',
		'havana rally',
		'barbarism',
		'sovereig',
		'Venezulea',
		'Havanna',
		'“coercive policy”',
		'Havana’s',
		'CHÁVEZ'
	])('%s', (query) => {
		const outcome = runQuery(index, query);
		expect(outcome.mode).toBe('all');
		expect(outcome.results.map((r) => r.id)).toContain(SEED_ID);
	});
});

describe('query table over the seed and synthetic briefs', () => {
	it.each([
		// query, expected ids in any order (exactly these)
		['lighthouse', ['102_synthetic']],
		['lighthous', ['102_synthetic']],
		['marmalade', ['102_synthetic']],
		['orchestras violins', ['102_synthetic']],
		['tulips compost', ['104_synthetic']],
		['barbarism', [SEED_ID]],
		['cuban soldiers venezuela', [SEED_ID, '103_synthetic']],
		['havana rally sovereignty', [SEED_ID, '101_synthetic']]
	])('%s → %j', (query, expected) => {
		expect(ids(query).sort()).toEqual([...expected].sort());
	});

	it('ranks a headline match above a body-only match', () => {
		// "sovereignty" is in 101's headline and only in the seed's takeaways and body.
		expect(ids('sovereignty')[0]).toBe('101_synthetic');
	});

	it('filters by section and still counts every section', () => {
		const outcome = runQuery(index, 'synthetic', { section: 'Synthetic Section B' });
		expect(outcome.results.map((r) => r.id).sort()).toEqual(['102_synthetic', '104_synthetic']);
		expect(outcome.total).toBe(2);
		expect(outcome.sections).toEqual([
			{ section: 'Synthetic Section A', count: 2 },
			{ section: 'Synthetic Section B', count: 2 }
		]);
	});
});

describe('AND, then OR', () => {
	it('needs every term when some brief has them all', () => {
		expect(ids('lighthouse marmalade')).toEqual(['102_synthetic']);
	});

	it('falls back to any term, and says so, when no brief has them all', () => {
		const outcome = runQuery(index, 'lighthouse tulips');
		expect(outcome.mode).toBe('any');
		expect(outcome.results.map((r) => r.id).sort()).toEqual(['102_synthetic', '104_synthetic']);
	});

	it('suggests something when nothing matches at all', () => {
		const outcome = runQuery(index, 'lighthqqqe');
		expect(outcome.total).toBe(0);
		expect(outcome.suggestions).toContain('lighthouse');
		expect(runQuery(index, 'qqqqzzzzxxxx').suggestions).toEqual([]);
	});
});

describe('hostile queries are answered, quickly and without errors', () => {
	it.each([
		['10,000 characters', 'havana '.repeat(1500).slice(0, 10_000)],
		['one 10,000-character word', 'x'.repeat(10_000)],
		['__proto__', '__proto__'],
		['constructor', 'constructor'],
		['prototype toString hasOwnProperty', 'prototype toString hasOwnProperty valueOf'],
		['emoji', '🇨🇺 🔥👍🏽 ❤️'],
		['CJK', '古巴 哈瓦那 集会 キューバ 쿠바'],
		['empty', ''],
		['only punctuation', '—‑–!?…'],
		['lone surrogate', '\ud83d havana'],
		['regex syntax', '.*+?^${}()|[]\\']
	])('%s', (_label, query) => {
		const started = performance.now();
		const outcome = runQuery(index, query);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(Array.isArray(outcome.results)).toBe(true);
		expect(outcome.total).toBe(outcome.results.length);
	});

	it('caps the number and length of terms', () => {
		expect(queryTerms('a b c d e f g h i j k l m n').length).toBeLessThanOrEqual(10);
		expect(queryTerms('y'.repeat(500))[0].length).toBeLessThanOrEqual(40);
		expect(queryTerms('__proto__ constructor')).toEqual(['proto', 'constructor']);
	});
});

describe('serialised index', () => {
	it('answers the same after a save and load', () => {
		const loaded = loadIndex(serializeIndex(index));
		expect(runQuery(loaded, 'diaz canel').results.map((r) => r.id)).toEqual(ids('diaz canel'));
		expect(indexedCount(loaded)).toBe(bundle.briefs.length);
	});
});

describe('related briefs', () => {
	it('finds briefs whose headlines share its headline and takeaway terms, not itself', () => {
		const seed = bundle.briefs.find((b) => b.id === SEED_ID)!;
		// 101's headline has "havana", "rally", "sovereignty"; 103's "cuban", "soldiers",
		// "venezuela": all in the seed's headline or takeaways. 102 and 104 share none.
		expect(relatedIds(index, seed).sort()).toEqual(['101_synthetic', '103_synthetic']);
	});

	it('needs two shared terms', () => {
		const seed = bundle.briefs.find((b) => b.id === SEED_ID)!;
		const oneWord = { ...seed, headline: 'Havana', takeaways: [] };
		expect(relatedIds(index, oneWord)).toEqual([]);
	});

	it('finds none when the brief is alone', () => {
		const seed = bundle.briefs.find((b) => b.id === SEED_ID)!;
		expect(relatedIds(createIndex([seed]), seed)).toEqual([]);
	});
});
