import { searchClient } from '../search/client';
import type { QueryAnswer, RelatedBrief } from '../search/protocol';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Results for the query in the URL; answers to queries no longer in the URL are dropped. */
export class SearchState {
	answer = $state.raw<QueryAnswer>();
	/** The answer is for an older query and a newer one is on its way. */
	searching = $state(false);
	failure = $state<string>();
	#wanted = '';

	async run(query: string, section: string | undefined): Promise<void> {
		const wanted = `${section ?? ''}\n${query}`;
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
			this.failure = undefined;
		} catch (error) {
			if (this.#wanted !== wanted) return;
			this.failure = `Search failed: ${describe(error)}`;
		}
		this.searching = false;
	}
}

/** Briefs related to one brief, found by the search worker. */
export class RelatedState {
	briefs = $state.raw<RelatedBrief[]>();
	failed = $state(false);

	async load(briefId: string): Promise<void> {
		try {
			this.briefs = await searchClient().related(briefId);
		} catch (error) {
			this.failed = true;
			console.warn('Related briefs unavailable', error);
		}
	}
}

/** Counts index updates: searches and related lists read it so they are redone after one. */
class SearchIndexStatus {
	revision = $state(0);
}
export const searchIndex = new SearchIndexStatus();

/** After content sync: the worker brings its saved index in line with the stored briefs. */
export async function refreshSearchIndex(): Promise<void> {
	try {
		const report = await searchClient().sync();
		if (report.source !== 'unchanged' && report.source !== 'loaded') searchIndex.revision++;
	} catch (error) {
		console.warn('Search index update failed', error);
	}
}
