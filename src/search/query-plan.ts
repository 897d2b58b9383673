// What a query asks of the index: its words, cut down and folded, and how each may match.
import { foldedWords } from '../content/fold';
import { hasTerm, type TextIndex } from './text-index';
import type { WordPlan } from './text-query';

// Hostile input is cut down before it reaches the index: the reader never types more than this.
const MAX_QUERY_CHARS = 300;
const MAX_QUERY_TERMS = 10;
const MAX_TERM_LENGTH = 40;

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
