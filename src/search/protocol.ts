// Messages between the main thread and the search worker. Plain data only: structured clone.
import type { PartName } from './parts';

export type { PartName };

/** A run of text, marked when it is one of the matched words. */
export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchHit {
	id: string;
	slug: string;
	section: string;
	headline: Segment[];
	/** 'highlight': the reader's own highlight of the brief, or its note, matched. */
	part: PartName | 'highlight';
	/** What the reader sees: "Key Takeaways", "Editor's Desk", "Body"… */
	partLabel: string;
	snippet: Segment[];
	/** 1-based, when the best match is in a takeaway: the article opens scrolled to it. */
	takeaway?: number;
	/** The reader's highlight that matched: the result opens the article at it. */
	highlight?: string;
}

export interface SectionCount {
	section: string;
	count: number;
}

export interface QueryAnswer {
	query: string;
	/** 'all': every word matched; 'any': no brief had them all, so these have some of them. */
	mode: 'all' | 'any';
	/** All matches in the chosen section, of which `hits` are the first few. */
	total: number;
	hits: SearchHit[];
	/** Sections of every match before the section filter, so the filter can offer them. */
	sections: SectionCount[];
	/** Other queries to try, only when nothing matched. */
	suggestions: string[];
}

export interface RelatedBrief {
	id: string;
	slug: string;
	headline: string;
	section: string;
}

/** How the worker got its index in line with stored content. */
export interface SyncReport {
	source: 'loaded' | 'built' | 'updated' | 'unchanged';
	contentVersion: string | undefined;
	added: string[];
	replaced: string[];
	discarded: string[];
}

/** A content part the page has stored, with the segment the build made of it. */
export interface ArrivedPart {
	/** As the part's file held it: the worker checks it (src/search/segment.ts). */
	segment: object;
	/** In the part's order: what the segment numbers its briefs by. */
	briefs: { id: string; contentHash: string; section: string; headline: string }[];
}

export type SearchRequest =
	| { id: number; type: 'query'; query: string; section?: string; limit?: number }
	| { id: number; type: 'related'; briefId: string; limit?: number }
	| { id: number; type: 'sync' }
	/** The saved index, loaded as it is: whether it is of the stored content. */
	| { id: number; type: 'load' }
	| { id: number; type: 'segments'; parts: ArrivedPart[] };

export type SearchResponse =
	| { id: number; type: 'query'; answer: QueryAnswer }
	| { id: number; type: 'related'; related: RelatedBrief[] }
	| { id: number; type: 'sync'; report: SyncReport }
	| { id: number; type: 'load'; current: boolean }
	/** How many briefs were indexed from the segments. */
	| { id: number; type: 'segments'; indexed: number }
	/** A newer query arrived before this one ran: its answer would be dropped anyway. */
	| { id: number; type: 'superseded' }
	| { id: number; type: 'error'; message: string };

/** Request without its id: the client numbers requests itself. */
export type SearchRequestBody = SearchRequest extends infer R
	? R extends { id: number }
		? Omit<R, 'id'>
		: never
	: never;
