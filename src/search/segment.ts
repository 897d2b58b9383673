// Search segments: the text index of one content part, made by the build with the same code the
// worker indexes with, and shipped inside the part's file. A phone that receives a part adds its
// postings to the index instead of reading every word of every brief again: on a first visit at
// 10,000 briefs that reading was most of the 20 s before the whole library could be searched.
import type { Brief } from '../content/brief.ts';
import { isRecord } from '../lib/is-record.ts';
import { SEARCH_INDEX_FORMAT } from './index-format.ts';
import { buildTextIndex, sectionNumber, type TextIndex } from './text-index.ts';

/** A segment as a part's file holds it: JSON text, so it rides in the file's compression. */
export interface SegmentFile {
	/** The index format it was made for; a worker of another format indexes the text instead. */
	format: number;
	/**
	 * The part's terms, sorted, joined by newlines, each written as how many leading characters
	 * it shares with the one before (as one character, code 48 + n) and the rest: a quarter
	 * smaller once compressed than the words themselves.
	 */
	terms: string;
	/**
	 * Hex of the postings, term after term: per brief, its number's gap from the previous one's
	 * (a part has at most 127 briefs, so one byte, its top bit set on a term's last posting), then
	 * the posting byte. Hex, not base64: its characters keep to byte boundaries, which the
	 * host's compression finds patterns in (10% smaller).
	 */
	postings: string;
}

/** The most briefs one segment can number in its gap bytes. */
const MAX_BRIEFS = 127;
const LAST = 0x80;

export class SegmentError extends Error {
	override name = 'SegmentError';
}

/** The build's side: a part's briefs, in the part's order, indexed. */
export function makeSegment(briefs: readonly Brief[]): SegmentFile {
	if (briefs.length > MAX_BRIEFS) throw new SegmentError(`a part of ${briefs.length} briefs`);
	const index = buildTextIndex(briefs);
	const out = new Uint8Array(index.postings.length);
	out.set(index.postings);
	for (let position = 0; position < index.terms.length; position++) {
		// The last posting's gap byte: two bytes before the next term's postings start.
		out[index.offsets[position + 1] - 2] |= LAST;
	}
	return { format: SEARCH_INDEX_FORMAT, terms: frontCoded(index.terms), postings: toHex(out) };
}

/** Whether a value has a segment's shape, before it is decoded. */
export const isSegmentFile = (value: unknown): value is SegmentFile =>
	isRecord(value) &&
	typeof value.format === 'number' &&
	typeof value.terms === 'string' &&
	typeof value.postings === 'string';

/**
 * The worker's side: a segment as a small text index over `briefs` (the part's, in its order).
 * Everything is checked, since a file from a host is untrusted: throws SegmentError naming what
 * is wrong, and the caller indexes those briefs from their text instead.
 */
export function readSegment(
	file: unknown,
	briefs: readonly Pick<Brief, 'id' | 'section'>[]
): TextIndex {
	if (!isSegmentFile(file)) throw new SegmentError('not a search segment');
	if (file.format !== SEARCH_INDEX_FORMAT) throw new SegmentError('made for another index format');
	if (!briefs.length || briefs.length > MAX_BRIEFS) throw new SegmentError('wrong brief count');
	const terms = fromFrontCoded(file.terms);
	const postings = fromHex(file.postings);
	const offsets = new Uint32Array(terms.length + 1);
	const docFrequency = new Uint32Array(terms.length);
	let at = 0;
	for (let position = 0; position < terms.length; position++) {
		offsets[position] = at;
		let brief = -1;
		let last = false;
		while (!last) {
			if (at + 2 > postings.length) throw new SegmentError('postings end early');
			last = (postings[at] & LAST) !== 0;
			postings[at] &= ~LAST;
			const gap = postings[at];
			brief += brief < 0 ? gap + 1 : gap;
			if ((gap === 0 && docFrequency[position] > 0) || brief >= briefs.length)
				throw new SegmentError(`a posting of "${terms[position]}" is out of range`);
			docFrequency[position]++;
			at += 2;
		}
	}
	if (at !== postings.length) throw new SegmentError('postings left over');
	offsets[terms.length] = at;
	const table = { sections: [] as string[] };
	const sectionOf = briefs.map(({ section }) => sectionNumber(table, section));
	return {
		terms,
		offsets,
		docFrequency,
		postings,
		ids: briefs.map(({ id }) => id),
		sectionOf,
		sections: table.sections,
		removed: new Set(),
		numberOf: new Map(briefs.map(({ id }, n) => [id, n])),
		recent: new Map(),
		recentTerms: undefined
	};
}

const SHARED = 48;

function frontCoded(terms: readonly string[]): string {
	let previous = '';
	return terms
		.map((term) => {
			let shared = 0;
			const most = Math.min(previous.length, term.length);
			while (shared < most && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
			previous = term;
			return String.fromCharCode(SHARED + shared) + term.slice(shared);
		})
		.join('\n');
}

function fromFrontCoded(text: string): string[] {
	if (!text) return [];
	let previous = '';
	return text.split('\n').map((coded, i) => {
		const shared = coded.charCodeAt(0) - SHARED;
		if (!(shared >= 0 && shared <= previous.length))
			throw new SegmentError(`term ${i + 1} is not front-coded`);
		const term = previous.slice(0, shared) + coded.slice(1);
		if (i > 0 && !(previous < term)) throw new SegmentError(`terms out of order at ${i + 1}`);
		previous = term;
		return term;
	});
}

const HEX_DIGITS = '0123456789abcdef';

function toHex(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += HEX_DIGITS[byte >> 4] + HEX_DIGITS[byte & 15];
	return text;
}

/** A hex digit's value by character code; -1 for anything else. */
const HEX_VALUE = Int8Array.from({ length: 128 }, (_, code) =>
	HEX_DIGITS.indexOf(String.fromCharCode(code))
);

function fromHex(text: string): Uint8Array {
	if (text.length % 2) throw new SegmentError('postings are not hex');
	const bytes = new Uint8Array(text.length / 2);
	for (let i = 0; i < bytes.length; i++) {
		const high = HEX_VALUE[text.charCodeAt(2 * i)] ?? -1;
		const low = HEX_VALUE[text.charCodeAt(2 * i + 1)] ?? -1;
		if (high < 0 || low < 0) throw new SegmentError('postings are not hex');
		bytes[i] = (high << 4) | low;
	}
	return bytes;
}
