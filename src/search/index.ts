import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Brief } from '../content/brief';
import { foldedWords } from '../content/fold';
import type { PartName, SectionCount } from './protocol';

/**
 * Bump whenever anything that shapes the saved index changes (fields, tokenising, folding,
 * MiniSearch's format): a saved index of another format is rebuilt, never loaded.
 */
export const SEARCH_INDEX_FORMAT = 1;

/** Indexed parts, in the order the reader meets them: also how ties between matched parts break. */
export const FIELDS: readonly PartName[] = [
	'headline',
	'takeaways',
	'dek',
	'editorsDesk',
	'body',
	'byline',
	'section'
];

/** Where a word is found says how much the brief is about it. */
export const BOOSTS: Record<PartName, number> = {
	headline: 5,
	takeaways: 3,
	dek: 2,
	editorsDesk: 1.5,
	body: 1,
	byline: 1,
	section: 1
};

// Hostile input is cut down before it reaches the index: the reader never types more than this.
const MAX_QUERY_CHARS = 300;
const MAX_QUERY_TERMS = 10;
const MAX_TERM_LENGTH = 40;

export type BriefIndex = MiniSearch<Brief>;

function extractField(brief: Brief, field: string): string {
	switch (field as PartName | 'id') {
		case 'takeaways':
			return brief.takeaways.join('\n');
		case 'editorsDesk':
			return brief.editorsDesk
				? [brief.editorsDesk.title, ...brief.editorsDesk.text].join('\n')
				: '';
		case 'body':
			return brief.body.join('\n');
		case 'headline':
		case 'dek':
		case 'byline':
		case 'section':
		case 'id':
			return brief[field as 'id'] ?? '';
	}
	return '';
}

// Terms come out of the same fold as queries: what is indexed is what can be typed. Tokens are
// folded already, so processing them again would only cost time.
const tokenize = (text: string) => foldedWords(text);
const processTerm = (term: string) => term || null;

/** Typos forgiven by length: transpositions count as two edits, so long words allow two. */
export const fuzziness = (term: string): number | false =>
	term.length >= 8 ? 2 : term.length >= 5 ? 1 : false;

const prefixable = (term: string) => term.length >= 3;

const INDEX_OPTIONS: Options<Brief> = {
	fields: [...FIELDS],
	storeFields: ['section'],
	extractField,
	tokenize,
	processTerm,
	searchOptions: { boost: BOOSTS }
};

export function createIndex(briefs: readonly Brief[] = []): BriefIndex {
	const index = new MiniSearch<Brief>(INDEX_OPTIONS);
	index.addAll(briefs);
	return index;
}

export const serializeIndex = (index: BriefIndex): string => JSON.stringify(index);

export const loadIndex = (json: string): BriefIndex =>
	MiniSearch.loadJSON<Brief>(json, INDEX_OPTIONS);

/** Adds a brief, or replaces the one with the same id. */
export function upsert(index: BriefIndex, brief: Brief) {
	if (index.has(brief.id)) index.replace(brief);
	else index.add(brief);
}

/** The query's terms, folded, de-duplicated and capped, in the order typed. */
export function queryTerms(query: string): string[] {
	const terms = foldedWords(query.slice(0, MAX_QUERY_CHARS)).map((t) =>
		t.slice(0, MAX_TERM_LENGTH)
	);
	return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}

// The query is already folded: MiniSearch must not split or fold it again.
const PRETOKENIZED: SearchOptions = {
	tokenize: (text) => text.split(' '),
	processTerm: (term) => term
};

// The body is most of the text: expanding prefixes and typos over its terms is most of a query's
// cost and mostly finds noise. Body terms match as typed; every other field forgives.
const FORGIVING_FIELDS = FIELDS.filter((f) => f !== 'body');

function searchTerms(index: BriefIndex, terms: string[], combineWith: 'AND' | 'OR') {
	return index.search(
		{
			combineWith,
			queries: terms.map((term) => ({
				combineWith: 'OR',
				// Body first: MiniSearch keeps the later subquery's fields for a term found by both,
				// and the part a hit names should be the one the reader remembers.
				queries: [
					{ queries: [term], fields: ['body'] },
					{ queries: [term], fields: FORGIVING_FIELDS, prefix: prefixable, fuzzy: fuzziness }
				]
			}))
		},
		{ ...PRETOKENIZED, boost: BOOSTS }
	);
}

export interface QueryOutcome {
	mode: 'all' | 'any';
	terms: string[];
	total: number;
	/** Best first, at most `limit`, after the section filter. */
	results: SearchResult[];
	sections: SectionCount[];
	suggestions: string[];
}

function countSections(results: SearchResult[]): SectionCount[] {
	const counts = new Map<string, number>();
	for (const r of results) counts.set(r.section, (counts.get(r.section) ?? 0) + 1);
	return [...counts]
		.map(([section, count]) => ({ section, count }))
		.sort((a, b) => b.count - a.count || a.section.localeCompare(b.section));
}

/** Queries closest to what was typed that do match something, for "No results". */
export function suggest(index: BriefIndex, terms: string[], max = 3): string[] {
	if (!terms.length) return [];
	const suggestions = index.autoSuggest(terms.join(' '), {
		...PRETOKENIZED,
		prefix: prefixable,
		fuzzy: (term) => Math.min(3, Math.max(1, Math.round(term.length * 0.4))),
		combineWith: 'OR'
	});
	return [...new Set(suggestions.map((s) => s.suggestion))].slice(0, max);
}

/**
 * Every term must match (each one forgiving typos and unfinished words); when no brief has them
 * all, any term will do and the answer says so.
 */
export function runQuery(
	index: BriefIndex,
	query: string,
	{ section, limit = 20 }: { section?: string; limit?: number } = {}
): QueryOutcome {
	const terms = queryTerms(query);
	let mode: QueryOutcome['mode'] = 'all';
	let all = terms.length ? searchTerms(index, terms, 'AND') : [];
	if (!all.length && terms.length > 1) {
		mode = 'any';
		all = searchTerms(index, terms, 'OR');
	}
	const inSection = section ? all.filter((r) => r.section === section) : all;
	return {
		mode,
		terms,
		total: inSection.length,
		results: inSection.slice(0, limit),
		sections: countSections(all),
		suggestions: all.length ? [] : suggest(index, terms)
	};
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

/** Briefs sharing the most headline and takeaway terms with this one; at least `minShared`. */
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
	const results = index.search(terms.join(' '), {
		...PRETOKENIZED,
		fields: ['headline', 'takeaways'],
		boost: { headline: 2, takeaways: 1 },
		combineWith: 'OR',
		filter: (r) => r.id !== brief.id
	});
	return results
		.filter((r) => r.terms.length >= minShared)
		.sort((a, b) => b.terms.length - a.terms.length || b.score - a.score)
		.slice(0, limit)
		.map((r) => r.id as string);
}
