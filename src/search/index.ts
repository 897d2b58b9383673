import MiniSearch, { type Options } from 'minisearch';
import type { Brief } from '../content/brief';
import { foldedWords } from '../content/fold';
import type { SectionCount } from './protocol';
import {
	addBrief,
	briefCount,
	buildTextIndex,
	decodeTextIndex,
	encodeTextIndex,
	hasBrief,
	hasTerm,
	removeBrief,
	type TextIndex
} from './text-index';
import { nearestTerms, scoreWord, type WordMatch, type WordPlan } from './text-query';

// Hostile input is cut down before it reaches the index: the reader never types more than this.
const MAX_QUERY_CHARS = 300;
const MAX_QUERY_TERMS = 10;
const MAX_TERM_LENGTH = 40;

/**
 * Two indexes over the same briefs. The text index (text-index.ts) finds and ranks matches in
 * every part. MiniSearch indexes headlines only, which it does cheaply at any size (1.5 MB at
 * 10,000 briefs against 40 MB for the whole text), and ranks related briefs by them. Its saved
 * JSON is parsed only when an article first asks for related briefs, so search is ready as soon
 * as the text index is read.
 */
export interface BriefIndex {
	text: TextIndex;
	/** MiniSearch once parsed; until then its saved JSON, as text or UTF-8 bytes. */
	headlines: MiniSearch<Brief> | string | Uint8Array<ArrayBuffer>;
}

/** What is saved: the text index's bytes and the headline index's JSON. */
export interface SavedIndex {
	text: Uint8Array<ArrayBuffer>;
	headlines: string | Uint8Array<ArrayBuffer>;
}

const HEADLINE_OPTIONS: Options<Brief> = {
	fields: ['headline'],
	storeFields: [],
	// Terms come out of the same fold as queries; folded already, so not processed again.
	tokenize: (text) => foldedWords(text),
	processTerm: (term) => term || null
};

/** The headline index, parsed on first use; throws when the saved JSON is unreadable. */
export function headlinesOf(index: BriefIndex): MiniSearch<Brief> {
	if (index.headlines instanceof MiniSearch) return index.headlines;
	const json =
		typeof index.headlines === 'string'
			? index.headlines
			: new TextDecoder().decode(index.headlines);
	index.headlines = MiniSearch.loadJSON<Brief>(json, HEADLINE_OPTIONS);
	return index.headlines;
}

export function createIndex(briefs: readonly Brief[] = []): BriefIndex {
	const headlines = new MiniSearch<Brief>(HEADLINE_OPTIONS);
	headlines.addAll(briefs);
	return { text: buildTextIndex(briefs), headlines };
}

export const serializeIndex = (index: BriefIndex): SavedIndex => ({
	text: encodeTextIndex(index.text),
	headlines:
		index.headlines instanceof MiniSearch ? JSON.stringify(index.headlines) : index.headlines
});

/**
 * Carries on from what was just saved: briefs added since the build merged into the compact
 * postings and removed ones gone, so changes never pile up in memory between saves.
 */
export function continueFromSaved(index: BriefIndex, saved: SavedIndex) {
	index.text = decodeTextIndex(saved.text);
}

/** Reads a saved index; throws when it is not one, so the caller rebuilds. */
export const loadIndex = (saved: SavedIndex): BriefIndex => {
	if (
		!(saved.text instanceof Uint8Array) ||
		!(typeof saved.headlines === 'string' || saved.headlines instanceof Uint8Array)
	)
		throw new Error('search index: unexpected shape');
	return { text: decodeTextIndex(saved.text), headlines: saved.headlines };
};

export const indexedCount = (index: BriefIndex) => briefCount(index.text);

export const isIndexed = (index: BriefIndex, id: string) => hasBrief(index.text, id);

/** Adds a brief, or replaces the one with the same id. */
export function upsert(index: BriefIndex, brief: Brief) {
	addBrief(index.text, brief);
	const headlines = headlinesOf(index);
	if (headlines.has(brief.id)) headlines.replace(brief);
	else headlines.add(brief);
}

export function remove(index: BriefIndex, id: string) {
	removeBrief(index.text, id);
	const headlines = headlinesOf(index);
	if (headlines.has(id)) headlines.discard(id);
}

/** The query's terms, folded, de-duplicated and capped, in the order typed. */
export function queryTerms(query: string): string[] {
	const terms = foldedWords(query.slice(0, MAX_QUERY_CHARS)).map((t) =>
		t.slice(0, MAX_TERM_LENGTH)
	);
	return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}

/** Typos forgiven by length (a swap of two letters is one edit). */
export const fuzziness = (term: string): number =>
	term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;

// A word still being typed: the query does not end in a space or punctuation after it.
const OPEN_END = /[\p{L}\p{N}\p{M}]$/u;

/**
 * How each word may match. Only the last word can be unfinished, and only when nothing follows
 * it; in a query of several words, a last word that is already a word of the index is taken as
 * meant (prefix expansion there cost precision). Typos are looked for only for words the index
 * does not have: a real word is what the reader meant.
 */
export function planWords(index: TextIndex, query: string, terms: string[]): WordPlan[] {
	const open = OPEN_END.test(query.slice(0, MAX_QUERY_CHARS));
	return terms.map((word, i) => {
		const known = hasTerm(index, word);
		const last = i === terms.length - 1;
		return {
			word,
			prefix: last && open && word.length >= 3 && !(terms.length > 1 && known),
			maxEdits: known ? 0 : fuzziness(word)
		};
	});
}

/** Whether a brief's word is one the query matched: for highlights and the matched part. */
export interface TermMatcher {
	has(term: string): boolean;
}

function matcherOf(matches: WordMatch[]): TermMatcher {
	const terms = new Set(matches.flatMap((m) => [...m.terms]));
	const prefixes = matches.flatMap((m) => (m.prefix ? [m.prefix] : []));
	return { has: (term) => terms.has(term) || prefixes.some((p) => term.startsWith(p)) };
}

export interface QueryResult {
	id: string;
	score: number;
	section: string;
}

export interface QueryOutcome {
	mode: 'all' | 'any';
	terms: string[];
	total: number;
	/** Best first, at most `limit`, after the section filter. */
	results: QueryResult[];
	sections: SectionCount[];
	suggestions: string[];
	matcher: TermMatcher;
}

/** The `limit` briefs of `candidates` with the highest `key`, best first, without sorting them all. */
function best(candidates: Int32Array, limit: number, key: Float64Array): number[] {
	if (candidates.length <= limit) return [...candidates].sort((a, b) => key[b] - key[a] || a - b);
	const top: number[] = [];
	let floor = -Infinity;
	for (const c of candidates) {
		if (key[c] <= floor) continue;
		let at = top.length;
		while (at > 0 && key[c] > key[top[at - 1]]) at--;
		top.splice(at, 0, c);
		if (top.length > limit) top.pop();
		if (top.length === limit) floor = key[top[limit - 1]];
	}
	return top;
}

/**
 * Per-brief arrays a query fills, kept between queries (a query clears what it set): at 50,000
 * briefs, new ones every keystroke were most of the work, in allocation and collection.
 */
interface Scratch {
	total: Float64Array;
	matchedWords: Uint8Array;
	best: Float64Array;
	touched: Int32Array;
	found: Int32Array;
}
const scratches = new WeakMap<TextIndex, Scratch>();

function scratchFor(text: TextIndex): Scratch {
	let scratch = scratches.get(text);
	if (!scratch || scratch.total.length < text.ids.length) {
		const size = text.ids.length + 64;
		scratch = {
			total: new Float64Array(size),
			matchedWords: new Uint8Array(size),
			best: new Float64Array(size),
			touched: new Int32Array(size),
			found: new Int32Array(size)
		};
		scratches.set(text, scratch);
	}
	return scratch;
}

// In "any" mode, more words matched comes first: scores stay far below this.
const PER_WORD_MATCHED = 1e6;

/**
 * Every term must match (each one forgiving typos and, when last, an unfinished word); when no
 * brief has them all, any term will do and the answer says so.
 */
export function runQuery(
	index: BriefIndex,
	query: string,
	{ section, limit = 20 }: { section?: string; limit?: number } = {}
): QueryOutcome {
	const { text } = index;
	const terms = queryTerms(query);
	const scratch = scratchFor(text);
	const { total, matchedWords, best: bestOfWord, found } = scratch;
	const scores = { best: bestOfWord, touched: scratch.touched, count: 0 };
	let foundCount = 0;
	try {
		return answer();
	} finally {
		// Left as found, even if something threw: the next query relies on zeros.
		for (let i = 0; i < scores.count; i++) bestOfWord[scores.touched[i]] = 0;
		for (let i = 0; i < foundCount; i++) {
			total[found[i]] = 0;
			matchedWords[found[i]] = 0;
		}
	}

	function answer(): QueryOutcome {
		const matches = planWords(text, query, terms).map((plan) => {
			scores.count = 0;
			const match = scoreWord(text, plan, scores);
			for (let i = 0; i < scores.count; i++) {
				const brief = scores.touched[i];
				if (!matchedWords[brief]) found[foundCount++] = brief;
				matchedWords[brief]++;
				total[brief] += bestOfWord[brief];
				bestOfWord[brief] = 0;
			}
			scores.count = 0;
			return match;
		});

		let mode: QueryOutcome['mode'] = 'all';
		const all = found.subarray(0, foundCount);
		let candidates = terms.length === 1 ? all : all.filter((b) => matchedWords[b] === terms.length);
		if (!candidates.length && terms.length > 1) {
			mode = 'any';
			candidates = all;
			for (const brief of all) total[brief] += matchedWords[brief] * PER_WORD_MATCHED;
		}
		const sectionCounts = new Int32Array(text.sections.length);
		for (const brief of candidates) sectionCounts[text.sectionOf[brief]]++;
		const wanted = section === undefined ? -1 : text.sections.indexOf(section);
		const shown =
			section === undefined ? candidates : candidates.filter((b) => text.sectionOf[b] === wanted);
		const results = best(shown, limit, total).map((brief) => ({
			id: text.ids[brief],
			score: mode === 'all' ? total[brief] : total[brief] - matchedWords[brief] * PER_WORD_MATCHED,
			section: text.sections[text.sectionOf[brief]]
		}));
		return {
			mode,
			terms,
			total: shown.length,
			results,
			sections: [...sectionCounts]
				.map((count, n) => ({ section: text.sections[n], count }))
				.filter((s) => s.count > 0)
				.sort((a, b) => b.count - a.count || a.section.localeCompare(b.section)),
			suggestions: candidates.length ? [] : suggest(index, terms),
			matcher: matcherOf(matches)
		};
	}
}

/**
 * Queries closest to what was typed that do match something, for "No results": each word the
 * index lacks replaced by its nearest term (fewest edits, then the most common).
 */
export function suggest(index: BriefIndex, terms: string[], max = 3): string[] {
	if (!terms.length) return [];
	const { text } = index;
	const nearest = terms.map((term) =>
		hasTerm(text, term)
			? [term]
			: nearestTerms(text, term, Math.min(3, Math.max(1, Math.round(term.length * 0.4))))
	);
	if (!nearest.every((options) => options.length)) return [];
	// The best spelling of every word, then other spellings of the first word that has some.
	const suggestions = [nearest.map((options) => options[0]).join(' ')];
	const varied = nearest.findIndex((options) => options.length > 1);
	for (const option of varied < 0 ? [] : nearest[varied].slice(1, max))
		suggestions.push(nearest.map((options, i) => (i === varied ? option : options[0])).join(' '));
	return suggestions.slice(0, max);
}

// Words too common to make two briefs related.
const STOPWORDS = new Set(
	(
		'a an and are as at be been but by for from had has have he her his if in into is it its ' +
		'may more most must no not of on or our over she so than that the their them then there ' +
		'these they this to up was we were what when which while who will with would after before ' +
		'about against between any all can could new said says also us u s'
	).split(' ')
);

/** Briefs whose headlines share the most terms with this one's headline and takeaways. */
export function relatedIds(
	index: BriefIndex,
	brief: Brief,
	{ limit = 5, minShared = 2 }: { limit?: number; minShared?: number } = {}
): string[] {
	const terms = [
		...new Set(
			foldedWords([brief.headline, ...brief.takeaways].join('\n')).filter((t) => !STOPWORDS.has(t))
		)
	];
	if (!terms.length) return [];
	const results = headlinesOf(index).search(terms.join(' '), {
		tokenize: (t) => t.split(' '),
		processTerm: (t) => t,
		combineWith: 'OR',
		filter: (r) => r.id !== brief.id
	});
	return results
		.filter((r) => r.terms.length >= minShared)
		.sort((a, b) => b.terms.length - a.terms.length || b.score - a.score)
		.slice(0, limit)
		.map((r) => r.id as string);
}
