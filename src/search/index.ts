// The search engine's API in one import, for code outside src/search (the bench) and for tests of
// the engine as a whole. Inside src/search, modules import from the module that holds the thing.
export {
	continueFromSaved,
	createIndex,
	headlinesOf,
	indexedCount,
	isIndexed,
	loadIndex,
	remove,
	serializeIndex,
	upsert,
	type BriefIndex,
	type SavedIndex
} from './brief-index';
export { INDEX_ENCODING, indexFormat, SEARCH_INDEX_FORMAT } from './index-format';
export { PART_NAMES, PARTS, passagesOf, type IndexedPart, type PartName } from './parts';
export { fuzziness, planWords, queryTerms } from './query-plan';
export { relatedIds } from './related';
export { runQuery, type QueryOutcome, type QueryResult } from './run-query';
export { suggest } from './suggest';
export type { TermMatcher } from './term-matcher';
