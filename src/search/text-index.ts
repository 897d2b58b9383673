// Briefs' full-text index: every part of every brief in a few typed arrays. MiniSearch holding the
// whole text of 10,000 briefs took 20 s to build, 220 MB of heap and 40 MB saved; this holds the
// same postings in about two bytes each. Design and figures: README "Performance".
import type { Brief } from '../content/brief.ts';
import { forEachFoldedWord, lowerCode } from '../content/fold.ts';
import { PARTS } from './parts.ts';

// BM25's saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
/** What finding a word in a part of each rank adds, on top of its frequency (0 … K1 + 1). */
const RANK_BONUS = [0, 0.5, 1.5, 4];
const FREQUENCY_LEVELS = 63;

/** A posting's byte: the best part's rank in the top two bits, the saturated frequency below. */
const postingByte = (frequency: number, rank: number) => {
	const saturated = (frequency * (K1 + 1)) / (frequency + K1);
	const level = Math.max(1, Math.round((FREQUENCY_LEVELS * saturated) / (K1 + 1)));
	return (rank << 6) | level;
};

/** A posting byte's worth, before the word's rarity is counted: one table lookup per posting. */
export const POSTING_VALUE = Float64Array.from(
	{ length: 256 },
	(_, byte) => ((byte & 63) / FREQUENCY_LEVELS) * (K1 + 1) + RANK_BONUS[byte >> 6]
);

/**
 * Term numbers by term, looked up straight from a range of text: most words of a corpus were seen
 * before, and this finds them without making a string (open addressing on an FNV-1a hash).
 */
class TermTable {
	terms: string[] = [];
	#hashes: number[] = [];
	#slots: Int32Array;

	constructor(expectedTerms: number) {
		this.#slots = new Int32Array(2 ** Math.ceil(Math.log2(expectedTerms * 2 + 2))).fill(-1);
	}

	/** The term's number, adding the term when new. */
	number(source: string, start: number, end: number, hash: number): number {
		const mask = this.#slots.length - 1;
		const length = end - start;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const n = this.#slots[slot];
			if (n < 0) return this.#add(source.slice(start, end).toLowerCase(), hash, slot);
			if (this.#hashes[n] !== hash) continue;
			const term = this.terms[n];
			if (term.length !== length) continue;
			let i = 0;
			while (i < length && term.charCodeAt(i) === lowerCode(source.charCodeAt(start + i))) i++;
			if (i === length) return n;
		}
	}

	#add(term: string, hash: number, slot: number): number {
		const n = this.terms.push(term) - 1;
		this.#hashes.push(hash);
		this.#slots[slot] = n;
		// Kept at most half full, so a miss ends after a probe or two.
		if (this.terms.length * 2 > this.#slots.length) {
			this.#slots = new Int32Array(this.#slots.length * 2).fill(-1);
			const mask = this.#slots.length - 1;
			this.#hashes.forEach((h, i) => {
				let at = h & mask;
				while (this.#slots[at] >= 0) at = (at + 1) & mask;
				this.#slots[at] = i;
			});
		}
		return n;
	}
}

/** A growable array of 32-bit integers, for the millions of postings of a build. */
class Ints {
	values = new Int32Array(1 << 16);
	length = 0;
	push(value: number) {
		if (this.length === this.values.length) {
			const bigger = new Int32Array(this.values.length * 2);
			bigger.set(this.values);
			this.values = bigger;
		}
		this.values[this.length++] = value;
	}
}

/**
 * Turns briefs into postings: (term, brief, byte) in brief order, gathered by term at the end.
 * A brief's frequencies add up in arrays by term number.
 */
class PostingsBuilder {
	table: TermTable;
	/** (term number, brief, byte) for every posting, in brief order. */
	triples = new Ints();
	#frequency: number[] = [];
	#rank: number[] = [];
	#seen: number[] = [];

	constructor(expectedTerms: number) {
		this.table = new TermTable(expectedTerms);
	}

	add(brief: Brief, n: number) {
		const frequency = this.#frequency;
		const rank = this.#rank;
		const seen = this.#seen;
		const table = this.table;
		let each = 0;
		let partRank = 0;
		const visit = (
			source: string,
			start: number,
			end: number,
			word: string | undefined,
			hash: number
		) => {
			const term =
				word === undefined
					? table.number(source, start, end, hash)
					: table.number(word, 0, word.length, hash);
			if (term === frequency.length) {
				frequency.push(0);
				rank.push(-1);
			}
			if (rank[term] < 0) seen.push(term);
			frequency[term] += each;
			if (rank[term] < partRank) rank[term] = partRank;
		};
		for (const part of PARTS) {
			const passages = part.passages(brief);
			let characters = 0;
			for (const text of passages) characters += text.length;
			each = part.weight / (1 - B + (B * characters) / part.length);
			partRank = part.rank;
			// Passage by passage: folding only the few that are not plain ASCII is most of the saving.
			for (const text of passages) forEachFoldedWord(text, visit);
		}
		for (const term of seen) {
			this.triples.push(term);
			this.triples.push(n);
			this.triples.push(postingByte(frequency[term], rank[term]));
			frequency[term] = 0;
			rank[term] = -1;
		}
		seen.length = 0;
	}
}

/**
 * The index. Built postings are read-only; a brief added later goes to `recent` (a small map of
 * posting lists), and one removed or replaced is only marked, until the next `encodeTextIndex`
 * writes everything afresh.
 */
export interface TextIndex {
	/** Every term, sorted: a prefix is a range, and the list is walked as a trie for typos. */
	terms: string[];
	/** Where each term's postings start in `postings`; one more entry than terms. */
	offsets: Uint32Array;
	/** How many briefs each term is in, for its rarity (IDF). */
	docFrequency: Uint32Array;
	/** Per term, per brief: varint gap from the previous brief's number, then the posting byte. */
	postings: Uint8Array;
	/** Brief number → id; a brief keeps its number until the index is written again. */
	ids: string[];
	sectionOf: number[];
	sections: string[];
	removed: Set<number>;
	numberOf: Map<string, number>;
	/** Posting lists of briefs added since the build: [brief, byte, brief, byte, …] per term. */
	recent: Map<string, number[]>;
	/** `recent`'s terms sorted, for prefixes and typos; rebuilt when a brief is added. */
	recentTerms: string[] | undefined;
}

/** The number of a section in the index's table, adding it when new. */
export const sectionNumber = (index: Pick<TextIndex, 'sections'>, section: string) => {
	let n = index.sections.indexOf(section);
	if (n < 0) n = index.sections.push(section) - 1;
	return n;
};

function emptyIndex(): TextIndex {
	return {
		terms: [],
		offsets: new Uint32Array(1),
		docFrequency: new Uint32Array(0),
		postings: new Uint8Array(0),
		ids: [],
		sectionOf: [],
		sections: [],
		removed: new Set(),
		numberOf: new Map(),
		recent: new Map(),
		recentTerms: undefined
	};
}

/**
 * Writes postings as the compact arrays: `triples` holds (term number, brief, byte), briefs
 * ascending within each term; `terms` names the numbers. Brief numbers are mapped through
 * `renumber` (removed briefs map to -1 and are dropped). A counting sort by term, so no posting
 * list is ever an array of its own.
 */
function compact(
	terms: readonly string[],
	triples: Ints,
	renumber: (n: number) => number
): Pick<TextIndex, 'terms' | 'offsets' | 'docFrequency' | 'postings'> {
	const { values, length } = triples;
	const counts = new Int32Array(terms.length);
	for (let i = 0; i < length; i += 3) if (renumber(values[i + 1]) >= 0) counts[values[i]]++;
	const sorted = terms
		.map((_, n) => n)
		.filter((n) => counts[n] > 0)
		.sort((a, b) => (terms[a] < terms[b] ? -1 : 1));
	const cursor = new Int32Array(terms.length);
	let total = 0;
	for (const n of sorted) {
		cursor[n] = total;
		total += counts[n];
	}
	const briefs = new Int32Array(total);
	const bytes = new Uint8Array(total);
	for (let i = 0; i < length; i += 3) {
		const brief = renumber(values[i + 1]);
		if (brief < 0) continue;
		const at = cursor[values[i]]++;
		briefs[at] = brief;
		bytes[at] = values[i + 2];
	}
	// A gap takes at most five varint bytes, plus the posting byte.
	const out = new Uint8Array(total * 6);
	const offsets = new Uint32Array(sorted.length + 1);
	const docFrequency = new Uint32Array(sorted.length);
	let written = 0;
	let at = 0;
	sorted.forEach((n, position) => {
		offsets[position] = written;
		docFrequency[position] = counts[n];
		let previous = 0;
		for (const end = at + counts[n]; at < end; at++) {
			let gap = briefs[at] - previous;
			previous = briefs[at];
			while (gap >= 128) {
				out[written++] = (gap & 127) | 128;
				gap >>>= 7;
			}
			out[written++] = gap;
			out[written++] = bytes[at];
		}
	});
	offsets[sorted.length] = written;
	return {
		terms: sorted.map((n) => terms[n]),
		offsets,
		docFrequency,
		postings: out.slice(0, written)
	};
}

export function buildTextIndex(briefs: readonly Brief[]): TextIndex {
	const index = emptyIndex();
	const builder = new PostingsBuilder(1 << 15);
	briefs.forEach((brief, n) => {
		index.ids.push(brief.id);
		index.numberOf.set(brief.id, n);
		index.sectionOf.push(sectionNumber(index, brief.section));
		builder.add(brief, n);
	});
	return { ...index, ...compact(builder.table.terms, builder.triples, (n) => n) };
}

export const hasBrief = (index: TextIndex, id: string) => index.numberOf.has(id);

export const briefCount = (index: TextIndex) => index.numberOf.size;

export function removeBrief(index: TextIndex, id: string) {
	const n = index.numberOf.get(id);
	if (n === undefined) return;
	index.removed.add(n);
	index.numberOf.delete(id);
}

/** Adds a brief, or replaces the one with its id: the old postings are only marked removed. */
export function addBrief(index: TextIndex, brief: Brief) {
	removeBrief(index, brief.id);
	const n = index.ids.push(brief.id) - 1;
	index.numberOf.set(brief.id, n);
	index.sectionOf.push(sectionNumber(index, brief.section));
	const builder = new PostingsBuilder(1 << 10);
	builder.add(brief, n);
	const { values, length } = builder.triples;
	for (let i = 0; i < length; i += 3) {
		const term = builder.table.terms[values[i]];
		const list = index.recent.get(term);
		if (list) list.push(n, values[i + 2]);
		else index.recent.set(term, [n, values[i + 2]]);
	}
	index.recentTerms = undefined;
}

/**
 * Adds the briefs of a segment (a small index, as the build makes one per content part), or
 * replaces those with their ids, from its postings: the same as adding each brief, without
 * reading their words again.
 */
export function addSegment(index: TextIndex, segment: TextIndex) {
	const numbers = segment.ids.map((id, n) => {
		removeBrief(index, id);
		const number = index.ids.push(id) - 1;
		index.numberOf.set(id, number);
		index.sectionOf.push(sectionNumber(index, segment.sections[segment.sectionOf[n]]));
		return number;
	});
	segment.terms.forEach((term, position) => {
		let list = index.recent.get(term);
		if (!list) index.recent.set(term, (list = []));
		forEachPosting(segment, position, (n, byte) => list.push(numbers[n], byte));
	});
	index.recentTerms = undefined;
}

/** Postings added since the index was last written: past about as many as it holds, write it. */
export function recentPostings(index: TextIndex): number {
	let count = 0;
	for (const list of index.recent.values()) count += list.length / 2;
	return count;
}

/** Postings written in the compact arrays (one or more bytes of gap, one of posting each). */
export const builtPostings = (index: TextIndex) => index.postings.length / 2;

/** First position in sorted `terms` whose term is ≥ `term`. */
export function lowerBound(terms: readonly string[], term: string, from = 0, to = terms.length) {
	while (from < to) {
		const mid = (from + to) >>> 1;
		if (terms[mid] < term) from = mid + 1;
		else to = mid;
	}
	return from;
}

/** Positions [from, to) of the terms that start with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
	const from = lowerBound(terms, prefix);
	// U+FFFF sorts after every character a folded term holds.
	return [from, lowerBound(terms, prefix + '\uffff', from)];
}

export const recentTerms = (index: TextIndex) =>
	(index.recentTerms ??= [...index.recent.keys()].sort());

/** Whether a brief still in the index has this exact term. */
export function hasTerm(index: TextIndex, term: string): boolean {
	const at = lowerBound(index.terms, term);
	return index.terms[at] === term || index.recent.has(term);
}

/** Briefs in the index with this term, counting only those still there: for rarity. */
export function documentFrequency(index: TextIndex, term: string): number {
	const at = lowerBound(index.terms, term);
	const built = index.terms[at] === term ? index.docFrequency[at] : 0;
	return built + (index.recent.get(term)?.length ?? 0) / 2;
}

/**
 * Calls `visit(brief, byte)` for every posting of the term at `position` in `terms`, skipping
 * removed briefs, for rewriting the index. Searching decodes the same varints in its own loop
 * (text-query.ts `scoreBuilt`), inline: a call per posting there would cost more than the work.
 */
function forEachPosting(
	index: TextIndex,
	position: number,
	visit: (brief: number, byte: number) => void
) {
	const { postings, removed } = index;
	const end = index.offsets[position + 1];
	const checkRemoved = removed.size > 0;
	let at = index.offsets[position];
	let brief = 0;
	while (at < end) {
		let gap = 0;
		let shift = 0;
		let byte: number;
		do {
			byte = postings[at++];
			gap |= (byte & 127) << shift;
			shift += 7;
		} while (byte & 128);
		brief += gap;
		const posting = postings[at++];
		if (checkRemoved && removed.has(brief)) continue;
		visit(brief, posting);
	}
}

// The saved form: one byte array. A header of 32-bit lengths, then the brief table as JSON, the
// terms as one newline-separated string, and the typed arrays (4-byte aligned) as they are in
// memory, so loading is one decode of text and views over the rest.
const MAGIC = 0x42524649; // "BRFI"
const HEADER_WORDS = 6;

const align4 = (n: number) => (n + 3) & ~3;

/** The index with removed briefs dropped, recent ones merged and numbers made dense again. */
function rewritten(
	index: TextIndex
): Pick<TextIndex, 'ids' | 'sectionOf' | 'terms' | 'offsets' | 'docFrequency' | 'postings'> {
	if (!index.removed.size && !index.recent.size) return index;
	const renumbered = new Int32Array(index.ids.length).fill(-1);
	const ids: string[] = [];
	const sectionOf: number[] = [];
	index.ids.forEach((id, n) => {
		if (index.removed.has(n)) return;
		renumbered[n] = ids.push(id) - 1;
		sectionOf.push(index.sectionOf[n]);
	});
	// Built terms keep their positions as numbers; terms new since the build follow.
	const terms = [...index.terms];
	const triples = new Ints();
	index.terms.forEach((_, position) =>
		forEachPosting(index, position, (n, byte) => {
			triples.push(position);
			triples.push(n);
			triples.push(byte);
		})
	);
	for (const [term, list] of index.recent) {
		const at = lowerBound(index.terms, term);
		const number = index.terms[at] === term ? at : terms.push(term) - 1;
		for (let i = 0; i < list.length; i += 2) {
			triples.push(number);
			triples.push(list[i]);
			triples.push(list[i + 1]);
		}
	}
	return { ids, sectionOf, ...compact(terms, triples, (n) => renumbered[n]) };
}

export function encodeTextIndex(index: TextIndex): Uint8Array<ArrayBuffer> {
	const written = rewritten(index);
	const { ids, sectionOf } = written;
	const encoder = new TextEncoder();
	const table = encoder.encode(JSON.stringify({ ids, sectionOf, sections: index.sections }));
	const termBytes = encoder.encode(written.terms.join('\n'));
	const count = written.terms.length;
	const tableAt = HEADER_WORDS * 4;
	const termsAt = align4(tableAt + table.length);
	const offsetsAt = align4(termsAt + termBytes.length);
	const frequencyAt = offsetsAt + (count + 1) * 4;
	const postingsAt = frequencyAt + count * 4;
	const bytes = new Uint8Array(postingsAt + written.postings.length);
	new Uint32Array(bytes.buffer, 0, HEADER_WORDS).set([
		MAGIC,
		table.length,
		termBytes.length,
		count,
		written.postings.length,
		0
	]);
	bytes.set(table, tableAt);
	bytes.set(termBytes, termsAt);
	new Uint32Array(bytes.buffer, offsetsAt, count + 1).set(written.offsets);
	new Uint32Array(bytes.buffer, frequencyAt, count).set(written.docFrequency);
	bytes.set(written.postings, postingsAt);
	return bytes;
}

/** Reads what `encodeTextIndex` wrote; throws on anything else, so the caller rebuilds. */
export function decodeTextIndex(input: Uint8Array): TextIndex {
	// Typed-array views need 4-byte alignment: a copy when the bytes arrive unaligned.
	const bytes = input.byteOffset % 4 ? input.slice() : input;
	if (bytes.length < HEADER_WORDS * 4) throw new Error('search index: too short');
	const [magic, tableLength, termsLength, count, postingsLength] = new Uint32Array(
		bytes.buffer,
		bytes.byteOffset,
		HEADER_WORDS
	);
	if (magic !== MAGIC) throw new Error('search index: not a Briefs index');
	const tableAt = HEADER_WORDS * 4;
	const termsAt = align4(tableAt + tableLength);
	const offsetsAt = align4(termsAt + termsLength);
	const frequencyAt = offsetsAt + (count + 1) * 4;
	const postingsAt = frequencyAt + count * 4;
	if (postingsAt + postingsLength !== bytes.length) throw new Error('search index: wrong length');
	const decoder = new TextDecoder();
	const table = JSON.parse(decoder.decode(bytes.subarray(tableAt, tableAt + tableLength))) as Pick<
		TextIndex,
		'ids' | 'sectionOf' | 'sections'
	>;
	const terms = termsLength
		? decoder.decode(bytes.subarray(termsAt, termsAt + termsLength)).split('\n')
		: [];
	if (terms.length !== count || table.ids.length !== table.sectionOf.length)
		throw new Error('search index: tables disagree');
	return {
		...emptyIndex(),
		...table,
		numberOf: new Map(table.ids.map((id, n) => [id, n])),
		terms,
		offsets: new Uint32Array(bytes.buffer, bytes.byteOffset + offsetsAt, count + 1),
		docFrequency: new Uint32Array(bytes.buffer, bytes.byteOffset + frequencyAt, count),
		postings: bytes.subarray(postingsAt)
	};
}
