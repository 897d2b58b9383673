/** A structured news brief, as parsed from a seed file and stored in IndexedDB. */
export interface Brief {
	/** Stable identity: survives headline edits, so saved state keeps pointing at the brief. */
	id: string;
	/** URL segment under /article/, ASCII-folded from the headline, unique across the library. */
	slug: string;
	headline: string;
	dek: string;
	hero: Hero;
	takeaways: string[];
	editorsDesk?: EditorsDesk;
	byline: string;
	section: string;
	publisher: string;
	body: string[];
	/**
	 * Imported articles only: the body as HTML that passed DOMPurify at import time (and passes it
	 * again before rendering). Seeds are plain text and never have this.
	 */
	bodyHtml?: string;
	/** Imported articles only: the original's address, http(s) only. */
	url?: string;
	/** Where an imported brief came from; absent for briefs published in seeds/. */
	origin?: ImportOrigin;
	/** ISO date (YYYY-MM-DD) only when the source states one; never guessed from the text. */
	date?: string;
	/** SHA-256 (hex) of the normalised source text: the unit of change for content sync. */
	contentHash: string;
	/** File the brief came from, for error messages and provenance. */
	source: string;
}

export interface Hero {
	caption?: string;
	/** Absent when the source has no image: the UI shows a neutral placeholder. */
	imageUrl?: string;
}

export interface EditorsDesk {
	label: string;
	title: string;
	text: string[];
}

/**
 * Where a brief stands in the feed, lowest first, as IndexedDB orders keys: every number before
 * every string. Numbers are dated and imported briefs; an undated published brief's rank is its
 * file name, so the feed keeps file order with no number that shifts when a file is added or
 * removed before it (src/content/packs.ts).
 */
export type FeedRank = number | string;

/** Orders ranks as the "rank" index does (IndexedDB key order), for lists sorted in memory. */
export function compareRanks(a: FeedRank, b: FeedRank): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'number') return -1;
	if (typeof b === 'number') return 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A rank as the build writes one: a finite number, or a file name of sane length. */
export const isRank = (value: unknown): value is FeedRank =>
	(typeof value === 'number' && Number.isFinite(value)) ||
	(typeof value === 'string' && value.length > 0 && value.length <= 1000);

/** A brief as stored: the feed is ordered by `rank`. */
export interface StoredBrief extends Brief {
	/** Absent on an unpublished brief (see unpublishedAt), which is out of the feed. */
	rank: FeedRank;
	/** When a content sync last replaced this brief's text (ms since epoch); absent if never. */
	updatedAt?: number;
	/**
	 * When the publisher removed this brief, which the reader had saved, read or highlighted: their
	 * copy stays readable ("no longer published") instead of leaving a saved mark to nothing.
	 */
	unpublishedAt?: number;
}

/** Which briefs a feed shows (sections followed or muted, new only); undefined: all of them. */
export type BriefFilter = (brief: StoredBrief) => boolean;

export type ImportFormat = 'brief' | 'markdown' | 'json-feed' | 'rss' | 'atom';

export interface ImportOrigin {
	format: ImportFormat;
	/** The file it was imported from. */
	file: string;
	importedAt: number;
}

/** The parts of a brief an author or a feed provides; ids, slugs and hashes are derived. */
export type BriefFields = Pick<
	Brief,
	| 'headline'
	| 'dek'
	| 'hero'
	| 'takeaways'
	| 'editorsDesk'
	| 'byline'
	| 'section'
	| 'publisher'
	| 'body'
	| 'bodyHtml'
	| 'url'
	| 'date'
>;
