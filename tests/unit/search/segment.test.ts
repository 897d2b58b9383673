import { describe, expect, it } from 'vitest';
import { createIndex, runQuery, type BriefIndex } from '../../../src/search/index';
import { addPart } from '../../../src/search/brief-index';
import { SEARCH_INDEX_FORMAT } from '../../../src/search/index-format';
import {
	makeSegment,
	readSegment,
	SegmentError,
	type SegmentFile
} from '../../../src/search/segment';
import { buildTextIndex } from '../../../src/search/text-index';
import { corpusBundle } from '../../support/corpus';

const corpus = async () => (await corpusBundle()).briefs;

const ranked = (index: BriefIndex, query: string) =>
	runQuery(index, query).results.map((r) => [r.id, r.score]);

describe('search segments', () => {
	it('decode to exactly the index the same briefs build from their text', async () => {
		const briefs = await corpus();
		const built = buildTextIndex(briefs);
		const read = readSegment(makeSegment(briefs), briefs);
		expect(read.terms).toEqual(built.terms);
		expect([...read.offsets]).toEqual([...built.offsets]);
		expect([...read.docFrequency]).toEqual([...built.docFrequency]);
		expect([...read.postings]).toEqual([...built.postings]);
		expect(read.ids).toEqual(built.ids);
		expect(read.sections).toEqual(built.sections);
		expect(read.sectionOf).toEqual(built.sectionOf);
	});

	it('are the same text for the same briefs, and carry the index format', async () => {
		const briefs = await corpus();
		const segment = makeSegment(briefs);
		expect(JSON.stringify(makeSegment(structuredClone(briefs)))).toBe(JSON.stringify(segment));
		expect(segment.format).toBe(SEARCH_INDEX_FORMAT);
		expect(segment.postings).toMatch(/^[0-9a-f]+$/);
	});

	it('added part by part answer as an index built from the text does, scores and all', async () => {
		const briefs = await corpus();
		const fromText = createIndex(briefs);
		const fromParts = createIndex();
		for (const part of [briefs.slice(0, 2), briefs.slice(2)]) {
			addPart(fromParts, readSegment(makeSegment(part), part), part);
		}
		for (const query of ['diaz canel', 'havana', 'synthetic', 'equal terms', 'orchestr', 'havnaa'])
			expect(ranked(fromParts, query)).toEqual(ranked(fromText, query));
	});

	it('replace the briefs they hold: an edited brief is found by its new words only', async () => {
		const briefs = await corpus();
		const index = createIndex();
		addPart(index, readSegment(makeSegment(briefs), briefs), briefs);
		const edited = [{ ...briefs[0], headline: 'Synthetic wombat parliament' }];
		addPart(index, readSegment(makeSegment(edited), edited), edited);
		expect(ranked(index, 'wombat').map(([id]) => id)).toEqual([briefs[0].id]);
		expect(ranked(index, 'rejects').map(([id]) => id)).not.toContain(briefs[0].id);
	});

	it('refuse what the build did not make, naming what is wrong', async () => {
		const briefs = await corpus();
		const good = makeSegment(briefs);
		const refused = (change: Partial<SegmentFile>, count = briefs.length) => {
			try {
				readSegment({ ...good, ...change }, briefs.slice(0, count));
			} catch (error) {
				expect(error).toBeInstanceOf(SegmentError);
				return (error as Error).message;
			}
			return 'accepted';
		};
		expect(refused({ format: good.format + 1 })).toMatch(/another index format/);
		expect(refused({ terms: '0b\n0a' })).toMatch(/out of order at 2/);
		expect(refused({ terms: '0a\n9b' })).toMatch(/term 2 is not front-coded/);
		expect(refused({ postings: good.postings.slice(0, -1) })).toMatch(/not hex/);
		expect(refused({ postings: 'zz' + good.postings.slice(2) })).toMatch(/not hex/);
		expect(refused({ postings: good.postings.slice(0, -4) })).toMatch(/end early/);
		expect(refused({ postings: good.postings + '0180' })).toMatch(/left over/);
		// The same segment over fewer briefs than it numbers.
		expect(refused({}, 1)).toMatch(/out of range/);
		expect(refused({}, 0)).toMatch(/wrong brief count/);
		// A term's second posting for the same brief.
		expect(refused({ terms: '0a', postings: '00018081' })).toMatch(/"a" is out of range/);
		expect(refused({})).toBe('accepted');
	});
});
