import { foldedWords } from '../content/fold';
import type { HighlightRecord } from '../db/database';
import type { TermMatcher } from './term-matcher';
import { snippet } from './snippet';
import type { Segment } from './protocol';

/** How many of the reader's highlights a search shows, above the briefs. */
export const MAX_HIGHLIGHT_HITS = 5;

export interface HighlightMatch {
	highlight: HighlightRecord;
	/** The quote, or the note when only the note matched, with the matched words marked. */
	snippet: Segment[];
}

/**
 * The reader's highlights (quote and note) that hold every word of the query, each word as the
 * start of a word there, newest first. A reader has hundreds of highlights, not thousands of
 * briefs: a scan of folded words is fast enough, and needs no index to keep up to date.
 */
export function matchHighlights(
	highlights: readonly HighlightRecord[],
	query: string
): HighlightMatch[] {
	const words = [...new Set(foldedWords(query))].filter((w) => w.length >= 2).slice(0, 10);
	if (!words.length) return [];
	const matcher: TermMatcher = { has: (term: string) => words.some((w) => term.startsWith(w)) };
	const matches: HighlightMatch[] = [];
	for (const highlight of [...highlights].sort((a, b) => b.createdAt - a.createdAt)) {
		const quoteWords = foldedWords(highlight.anchor.quote);
		const noteWords = foldedWords(highlight.note);
		const all = [...quoteWords, ...noteWords];
		if (!words.every((w) => all.some((term) => term.startsWith(w)))) continue;
		const inQuote = quoteWords.some((term) => matcher.has(term));
		matches.push({
			highlight,
			snippet: snippet(inQuote ? highlight.anchor.quote : highlight.note, matcher)
		});
		if (matches.length === MAX_HIGHLIGHT_HITS) break;
	}
	return matches;
}
