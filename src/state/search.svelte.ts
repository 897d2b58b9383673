import { failureMessage } from '../lib/error-message';
import { arrivedParts, searchClient } from '../search/client';
import type { QueryAnswer, RelatedBrief } from '../search/protocol';
import type { ContentPart } from '../content/packs';
import { firstPaint } from '../lib/first-paint';
import { library } from './library.svelte';

/** Results for the query in the URL; answers to queries no longer in the URL are dropped. */
export class SearchState {
	answer = $state.raw<QueryAnswer>();
	/** Index revision the answer came from: an answer from before an update may be incomplete. */
	answerRevision = $state(-1);
	/** The answer is for an older query and a newer one is on its way. */
	searching = $state(false);
	failure = $state<string>();
	#wanted = '';

	async run(query: string, section: string | undefined, revision: number): Promise<void> {
		const wanted = `${section ?? ''}\n${query}\n${revision}`;
		this.#wanted = wanted;
		if (!query.trim()) {
			this.answer = undefined;
			this.searching = false;
			return;
		}
		this.searching = true;
		try {
			const answer = await searchClient().query(query, section);
			if (!answer || this.#wanted !== wanted) return;
			this.answer = answer;
			this.answerRevision = revision;
			this.failure = undefined;
		} catch (error) {
			if (this.#wanted !== wanted) return;
			this.failure = failureMessage('Search failed', error);
		}
		this.searching = false;
	}
}

/** Briefs related to one brief, found by the search worker. */
export class RelatedState {
	briefs = $state.raw<RelatedBrief[]>();
	/** Index revision the list came from. */
	revision = $state(-1);
	failed = $state(false);

	async load(briefId: string, revision: number): Promise<void> {
		try {
			this.briefs = await searchClient().related(briefId);
			this.revision = revision;
		} catch (error) {
			this.failed = true;
			console.warn('Related briefs unavailable', error);
		}
	}
}

/** Counts index updates: searches and related lists read it so they are redone after one. */
class SearchIndexStatus {
	revision = $state(0);
	/** False until the first content sync has reached the index: until then "none" is premature. */
	settled = $state(false);

	/** Whether "nothing found" from this revision of the index can be believed. */
	final(revision: number) {
		return this.settled && revision === this.revision;
	}
}
export const searchIndex = new SearchIndexStatus();

/**
 * Parts a content sync has just stored: the worker indexes them from their segments, so a first
 * visit's library is searchable as it arrives, without the phone reading its text. After the
 * first paint, which the worker starting would slow; in the order the parts were stored.
 */
export function indexStoredParts(parts: readonly ContentPart[]) {
	const arrived = arrivedParts(parts);
	if (!arrived.length) return;
	void firstPaint
		.then(() => searchClient().addSegments(arrived))
		.then((indexed) => {
			if (indexed) searchIndex.revision++;
		})
		.catch((error: unknown) => console.warn('Search could not index the new briefs yet', error));
}

/** After content sync: the worker brings its saved index in line with the stored briefs. */
export async function refreshSearchIndex(): Promise<void> {
	// For `npm run bench`: how long the worker takes to be ready once asked.
	if (!searchIndex.settled) performance.mark('search-requested');
	try {
		const report = await searchClient().sync();
		if (report.source !== 'unchanged' && report.source !== 'loaded') searchIndex.revision++;
		// For the end-to-end tests and the bench: how many briefs the phone had to index from their
		// text, which parts' segments spare it.
		performance.mark('search-synced', {
			detail: { source: report.source, fromText: report.added.length + report.replaced.length }
		});
	} catch (error) {
		console.warn('Search index update failed', error);
	}
	settle();
}

/** The index answers for the library: "nothing found" can be believed from now on. */
function settle() {
	// For `npm run bench`: when the first search can be answered from a complete index.
	if (!searchIndex.settled) performance.mark('search-ready');
	searchIndex.settled = true;
}

/**
 * A library stored on an earlier visit: the worker loads its saved index as the app starts,
 * beside the page's hydration instead of after the first paint, so that a reader who opens
 * Briefs to search finds it ready. The worker opens the database only if it needs no upgrade
 * (an upgrade is the page's to run and to report), and nothing is asked on a first visit, whose
 * paint it would slow with no index to load. An index older than the stored content is left for
 * the content sync to bring up to date, with the segments of what it stored.
 */
export async function loadStoredIndex(): Promise<void> {
	if (!library.wasStoredBefore) return;
	if (!searchIndex.settled) performance.mark('search-requested');
	try {
		if (await searchClient().load()) settle();
	} catch (error) {
		console.warn('The saved search index could not be loaded', error);
	}
}
