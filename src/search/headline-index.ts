// MiniSearch glue: the one module that knows MiniSearch. It indexes headlines only, which it does
// cheaply at any size (1.5 MB at 10,000 briefs against 40 MB for the whole text), and ranks
// related briefs by them.
import MiniSearch, { type Options } from 'minisearch';
import type { Brief } from '../content/brief';
import { foldedWords } from '../content/fold';

/** What the headline index reads of a brief. */
type Headline = Pick<Brief, 'id' | 'headline'>;

export type HeadlineIndex = MiniSearch<Headline>;

const HEADLINE_OPTIONS: Options<Headline> = {
	fields: ['headline'],
	storeFields: [],
	// Terms come out of the same fold as queries; folded already, so not processed again.
	tokenize: (text) => foldedWords(text),
	processTerm: (term) => term || null
};

export function buildHeadlineIndex(briefs: readonly Brief[]): HeadlineIndex {
	const headlines = new MiniSearch<Headline>(HEADLINE_OPTIONS);
	headlines.addAll(briefs);
	return headlines;
}

export const isHeadlineIndex = (value: unknown): value is HeadlineIndex =>
	value instanceof MiniSearch;

/** Reads saved JSON; throws when it is unreadable. */
export const parseHeadlineIndex = (json: string): HeadlineIndex =>
	MiniSearch.loadJSON<Headline>(json, HEADLINE_OPTIONS);

/** Adds a brief's headline, or replaces the one with the same id. */
export function upsertHeadline(headlines: HeadlineIndex, brief: Headline) {
	if (headlines.has(brief.id)) headlines.replace(brief);
	else headlines.add(brief);
}

export function removeHeadline(headlines: HeadlineIndex, id: string) {
	if (headlines.has(id)) headlines.discard(id);
}

/** A brief whose headline has some of the terms asked for. */
export interface HeadlineMatch {
	id: string;
	/** How many of the terms it has. */
	shared: number;
	score: number;
}

/** Briefs but `exceptId` whose headlines have any of `terms` (folded already). */
export function headlinesWithAny(
	headlines: HeadlineIndex,
	terms: readonly string[],
	exceptId: string
): HeadlineMatch[] {
	return headlines
		.search(terms.join(' '), {
			tokenize: (t) => t.split(' '),
			processTerm: (t) => t,
			combineWith: 'OR',
			filter: (r) => r.id !== exceptId
		})
		.map((r) => ({ id: r.id as string, shared: r.terms.length, score: r.score }));
}
