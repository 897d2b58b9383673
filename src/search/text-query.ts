// One query word against the text index: the word itself, the words it begins (as the reader
// types), and the words it is one or two typos away from, each brief scored by its best match.
import {
	briefCount,
	documentFrequency,
	lowerBound,
	POSTING_VALUE,
	prefixRange,
	recentTerms,
	type TextIndex
} from './text-index';
import { termsNear } from './typo-walk';

/** How a query word may match. */
export interface WordPlan {
	word: string;
	/** Also every term it begins. */
	prefix: boolean;
	/** Also terms this many edits away (0: none). */
	maxEdits: number;
}

/** What a word matched, for highlighting: whole terms, and the prefix if it was expanded. */
export interface WordMatch {
	terms: Set<string>;
	prefix: string | undefined;
}

// A match is worth less the more it had to be guessed.
const PREFIX_WEIGHT = 0.5;
const TYPO_WEIGHT = [1, 0.45, 0.25];

/**
 * Scores of one word across briefs: `best[brief]`, with the first `count` of `touched` listing
 * the briefs set. Typed arrays the size of the index, reused query after query.
 */
export interface WordScores {
	best: Float64Array;
	touched: Int32Array;
	count: number;
}

function rarity(index: TextIndex, counted: number) {
	const n = briefCount(index);
	// Counts include briefs removed or replaced since the build: never more than there are.
	const frequency = Math.min(counted, n);
	return Math.log(1 + (n - frequency + 0.5) / (frequency + 0.5));
}

/** Scores the postings of the built term at `position`, keeping each brief's best. */
function scoreBuilt(index: TextIndex, position: number, weight: number, scores: WordScores) {
	const { postings, removed } = index;
	const { best, touched } = scores;
	let count = scores.count;
	const factor = weight * rarity(index, index.docFrequency[position]);
	const checkRemoved = removed.size > 0;
	const end = index.offsets[position + 1];
	let at = index.offsets[position];
	let brief = 0;
	while (at < end) {
		// Most gaps fit in one byte: the longer form only when the high bit says so.
		let byte = postings[at++];
		if (byte < 128) brief += byte;
		else {
			let gap = byte & 127;
			let shift = 7;
			do {
				byte = postings[at++];
				gap |= (byte & 127) << shift;
				shift += 7;
			} while (byte & 128);
			brief += gap;
		}
		const value = factor * POSTING_VALUE[postings[at++]];
		const previous = best[brief];
		if (value <= previous || (checkRemoved && removed.has(brief))) continue;
		if (previous === 0) touched[count++] = brief;
		best[brief] = value;
	}
	scores.count = count;
}

/** The same for a term of briefs added since the build. */
function scoreRecent(index: TextIndex, term: string, weight: number, scores: WordScores) {
	const list = index.recent.get(term);
	if (!list) return;
	const factor = weight * rarity(index, documentFrequency(index, term));
	for (let i = 0; i < list.length; i += 2) {
		const brief = list[i];
		const value = factor * POSTING_VALUE[list[i + 1]];
		if (value <= scores.best[brief] || index.removed.has(brief)) continue;
		if (scores.best[brief] === 0) scores.touched[scores.count++] = brief;
		scores.best[brief] = value;
	}
}

/** Scores every brief the word matches into `scores`; returns what it matched. */
export function scoreWord(index: TextIndex, plan: WordPlan, scores: WordScores): WordMatch {
	const { word, prefix, maxEdits } = plan;
	const match: WordMatch = { terms: new Set(), prefix: undefined };
	const { terms } = index;
	const recent = index.recent.size ? recentTerms(index) : [];

	const exact = lowerBound(terms, word);
	if (terms[exact] === word) scoreBuilt(index, exact, 1, scores);
	if (index.recent.has(word)) scoreRecent(index, word, 1, scores);
	if (terms[exact] === word || index.recent.has(word)) match.terms.add(word);

	if (prefix) {
		const [from, to] = prefixRange(terms, word);
		for (let p = from; p < to; p++)
			if (terms[p] !== word) scoreBuilt(index, p, PREFIX_WEIGHT, scores);
		const [recentFrom, recentTo] = prefixRange(recent, word);
		for (let p = recentFrom; p < recentTo; p++)
			if (recent[p] !== word) scoreRecent(index, recent[p], PREFIX_WEIGHT, scores);
		if (to > from || recentTo > recentFrom) match.prefix = word;
	}

	if (maxEdits > 0) {
		for (const near of termsNear(terms, word, maxEdits)) {
			const term = terms[near.position];
			if (near.edits === 0 || (prefix && term.startsWith(word))) continue;
			scoreBuilt(index, near.position, TYPO_WEIGHT[near.edits] ?? 0.1, scores);
			match.terms.add(term);
		}
		for (const near of termsNear(recent, word, maxEdits)) {
			const term = recent[near.position];
			if (near.edits === 0 || (prefix && term.startsWith(word))) continue;
			scoreRecent(index, term, TYPO_WEIGHT[near.edits] ?? 0.1, scores);
			match.terms.add(term);
		}
	}
	return match;
}

/** Dictionary terms nearest a word that matched nothing, most common first: "did you mean". */
export function nearestTerms(index: TextIndex, word: string, maxEdits: number): string[] {
	const candidates = termsNear(index.terms, word, maxEdits).map((near) => ({
		term: index.terms[near.position],
		edits: near.edits,
		frequency: index.docFrequency[near.position]
	}));
	for (const near of termsNear(recentTerms(index), word, maxEdits)) {
		const term = recentTerms(index)[near.position];
		candidates.push({ term, edits: near.edits, frequency: documentFrequency(index, term) });
	}
	return candidates
		.sort((a, b) => a.edits - b.edits || b.frequency - a.frequency || (a.term < b.term ? -1 : 1))
		.map((c) => c.term);
}
