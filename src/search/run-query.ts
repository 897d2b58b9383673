// The executor: runs a planned query over the text index, scores and counts the briefs it finds.
import type { BriefIndex } from './brief-index';
import type { SectionCount } from './protocol';
import { planWords, queryTerms } from './query-plan';
import { suggest } from './suggest';
import { matcherOf, type TermMatcher } from './term-matcher';
import type { TextIndex } from './text-index';
import { scoreWord } from './text-query';

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
