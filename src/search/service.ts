import type { BriefsDatabase } from '../db/database';
import { readHighlights } from '../db/highlights';
import { atCurrentSchema } from '../db/open-database';
import {
	appliedContentVersion,
	getBriefs,
	loadSearchIndex,
	readContentSnapshot,
	saveSearchIndex
} from '../db/search-index';
import {
	addPart,
	compactText,
	continueFromSaved,
	createIndex,
	headlinesOf,
	indexedCount,
	isIndexed,
	loadIndex,
	remove,
	serializeIndex,
	upsert,
	type BriefIndex
} from './brief-index';
import { SEARCH_INDEX_FORMAT } from './index-format';
import type {
	ArrivedPart,
	QueryAnswer,
	RelatedBrief,
	SearchHit,
	SearchRequest,
	SearchResponse,
	SyncReport
} from './protocol';
import { matchHighlights } from './highlight-search';
import { relatedIds } from './related';
import { runQuery } from './run-query';
import { decodeHashes, packSavedIndex, unpackSavedIndex } from './saved-index';
import { readSegment } from './segment';
import { describeHit } from './snippet';

/** How long a query trusts the last check that the index matches stored content. */
export const RECHECK_MS = 2000;

export interface SearchService {
	handle(request: SearchRequest): Promise<SearchResponse>;
}

/**
 * The worker's side of the protocol, free of worker globals so tests can call it directly.
 * Requests run one at a time, in order: an index update never races a search.
 */
export function createSearchService(
	db: BriefsDatabase,
	now: () => number = () => performance.now()
): SearchService {
	let index: BriefIndex | undefined;
	// Content hash by brief id; as saved (bytes) until an update needs them.
	let savedHashes: Uint8Array<ArrayBuffer> | undefined;
	// Maps, not plain objects: brief ids are data, and a seed named `constructor` or `toString`
	// found Object.prototype's in a lookup (so it was never discarded), `__proto__` worse.
	let knownHashes = new Map<string, string>();
	const hashes = () => {
		if (savedHashes) {
			knownHashes = new Map(Object.entries(decodeHashes(savedHashes)));
			savedHashes = undefined;
		}
		return knownHashes;
	};
	let contentVersion: string | undefined;
	/** Parts indexed from their segments since the index was last saved. */
	let unsaved = false;
	let latestQuery = 0;
	let queue: Promise<unknown> = Promise.resolve();

	const report = (
		source: SyncReport['source'],
		changes: Partial<Pick<SyncReport, 'added' | 'replaced' | 'discarded'>> = {}
	): SyncReport => ({
		source,
		contentVersion,
		added: changes.added ?? [],
		replaced: changes.replaced ?? [],
		discarded: changes.discarded ?? []
	});

	async function save(current: BriefIndex) {
		const saved = serializeIndex(current);
		continueFromSaved(current, saved);
		unsaved = false;
		try {
			await saveSearchIndex(db, {
				key: 'main',
				format: SEARCH_INDEX_FORMAT,
				contentVersion,
				packed: packSavedIndex(saved, Object.fromEntries(hashes()))
			});
		} catch (error) {
			// Search still works from memory; the next start rebuilds.
			console.warn('Could not save the search index', error);
		}
	}

	async function build(): Promise<SyncReport> {
		const { content, briefs } = await readContentSnapshot(db, () => 'all');
		index = createIndex(briefs);
		knownHashes = new Map(briefs.map((b) => [b.id, b.contentHash]));
		savedHashes = undefined;
		contentVersion = content?.version;
		await save(index);
		return report('built', { added: briefs.map((b) => b.id) });
	}

	/** Brings a loaded index in line with stored content, touching only the briefs that changed. */
	async function update(current: BriefIndex): Promise<SyncReport> {
		let next = new Map<string, string>();
		const known = hashes();
		const { content, briefs } = await readContentSnapshot(db, (applied) => {
			next = new Map((applied?.entries ?? []).map((e) => [e.id, e.contentHash]));
			return [...next].filter(([id, hash]) => known.get(id) !== hash).map(([id]) => id);
		});
		const discarded = [...known.keys()].filter((id) => !next.has(id));
		// Briefs added one by one pile up beside the compact postings until the save rewrites
		// them; past a few hundred, building afresh is quicker.
		if (briefs.length + discarded.length > Math.max(200, indexedCount(current) / 5)) return build();
		for (const id of discarded) remove(current, id);
		const added: string[] = [];
		const replaced: string[] = [];
		for (const brief of briefs) {
			(isIndexed(current, brief.id) ? replaced : added).push(brief.id);
			upsert(current, brief);
		}
		knownHashes = next;
		contentVersion = content?.version;
		await save(current);
		return report('updated', { added, replaced, discarded });
	}

	/** An update that cannot read what was saved (its headline part, say) builds afresh instead. */
	async function updateOrRebuild(current: BriefIndex): Promise<SyncReport> {
		try {
			return await update(current);
		} catch (error) {
			console.warn('Search index could not be updated; rebuilding', error);
			return build();
		}
	}

	/** The saved index, when there is one this worker can read; false otherwise. */
	async function loadSaved(): Promise<boolean> {
		const saved = await loadSearchIndex(db);
		if (saved?.format !== SEARCH_INDEX_FORMAT) return false;
		try {
			const parts = await unpackSavedIndex(saved.packed);
			index = loadIndex(parts);
			savedHashes = parts.hashes;
			contentVersion = saved.contentVersion;
			return true;
		} catch (error) {
			console.warn('Saved search index unreadable; rebuilding', error);
			index = undefined;
			return false;
		}
	}

	/**
	 * Brings the index in line with stored content. For a search (`searching`), parts indexed from
	 * their segments need not be saved yet: a first visit's arrivals would otherwise save the
	 * whole index again at every burst of typing.
	 */
	async function sync(searching = false): Promise<SyncReport> {
		const current = await appliedContentVersion(db);
		if (index) {
			return current === contentVersion && (searching || !unsaved)
				? report('unchanged')
				: updateOrRebuild(index);
		}
		if (await loadSaved()) {
			if (contentVersion === current) return report('loaded');
			const updated = await updateOrRebuild(index!);
			return updated.source === 'built' ? updated : { ...updated, source: 'updated' };
		}
		return build();
	}

	/**
	 * The saved index, loaded without bringing it in line with stored content: true when it is of
	 * the stored content, and so answers for the whole library. The start loads it beside the
	 * feed's first paint; what differs is for the content sync to bring, with the segments of the
	 * parts it stores, not for this load to index from their text.
	 */
	async function load(): Promise<boolean> {
		// Asked as the app starts, maybe before the page has opened the database: only one that
		// needs no upgrade is opened here.
		if (!index && (!(await atCurrentSchema(db)) || !(await loadSaved()))) return false;
		return contentVersion === (await appliedContentVersion(db));
	}

	/**
	 * Parts the page has just stored, indexed from the segments the build made for them: their
	 * postings added, no word of their text read. A segment that is refused (another format, a
	 * broken file) is skipped, and the next sync indexes its briefs from their text, as it does
	 * any stored brief the index lacks.
	 */
	async function addSegments(parts: readonly ArrivedPart[]): Promise<number> {
		if (!index && !(await loadSaved())) {
			index = createIndex();
			knownHashes = new Map();
			savedHashes = undefined;
			contentVersion = undefined;
		}
		const current = index!;
		const known = hashes();
		let indexed = 0;
		for (const { segment, briefs } of parts) {
			if (briefs.every((b) => known.get(b.id) === b.contentHash)) continue;
			try {
				addPart(current, readSegment(segment, briefs), briefs);
			} catch (error) {
				console.warn(
					'A search segment was refused; its briefs will be indexed from their text',
					error
				);
				continue;
			}
			for (const brief of briefs) known.set(brief.id, brief.contentHash);
			indexed += briefs.length;
			unsaved = true;
		}
		compactText(current);
		return indexed;
	}

	let checkedAt = -Infinity;

	/**
	 * The index, brought in line with stored content first. The page asks for a sync after every
	 * change it makes; this check is for changes made elsewhere (another tab), and reading the
	 * applied content's record on every keystroke would cost more than the search itself, so a
	 * burst of typing checks once.
	 */
	async function ready(): Promise<BriefIndex> {
		if (!index || now() - checkedAt > RECHECK_MS) {
			await sync(true);
			checkedAt = now();
		}
		return index!;
	}

	async function query(
		text: string,
		section: string | undefined,
		limit: number
	): Promise<QueryAnswer> {
		const outcome = runQuery(await ready(), text, { section, limit });
		const briefs = new Map(
			(
				await getBriefs(
					db,
					outcome.results.map((r) => r.id)
				)
			).map((b) => [b.id, b])
		);
		const found = outcome.results.flatMap((result) => {
			const brief = briefs.get(result.id);
			return brief ? [describeHit(brief, outcome.matcher)] : [];
		});
		const mine = await highlightHits(text, section);
		// A brief found through the reader's highlight is listed once, as that.
		const hits = [...mine, ...found.filter((hit) => !mine.some((h) => h.id === hit.id))];
		return {
			query: text,
			mode: outcome.mode,
			total: outcome.total + hits.length - found.length,
			hits,
			sections: outcome.sections,
			suggestions: outcome.suggestions
		};
	}

	/**
	 * The reader's highlights that match, first: their own words. Read on every query (a table of
	 * a few hundred short records), so a highlight made a moment ago is found at once.
	 */
	async function highlightHits(text: string, section: string | undefined): Promise<SearchHit[]> {
		const matches = matchHighlights(await readHighlights(db), text);
		if (!matches.length) return [];
		const briefs = new Map(
			(await getBriefs(db, [...new Set(matches.map((m) => m.highlight.briefId))])).map((b) => [
				b.id,
				b
			])
		);
		return matches.flatMap(({ highlight, snippet }): SearchHit[] => {
			const brief = briefs.get(highlight.briefId);
			if (!brief || (section && brief.section !== section)) return [];
			return [
				{
					id: brief.id,
					slug: brief.slug,
					section: brief.section,
					headline: [{ text: brief.headline, match: false }],
					part: 'highlight',
					partLabel: 'your highlight',
					snippet,
					highlight: highlight.id
				}
			];
		});
	}

	async function related(briefId: string, limit: number): Promise<RelatedBrief[]> {
		let current = await ready();
		try {
			headlinesOf(current);
		} catch (error) {
			console.warn('Saved headline index unreadable; rebuilding', error);
			await build();
			current = index!;
		}
		const [brief] = await getBriefs(db, [briefId]);
		if (!brief) return [];
		const briefs = await getBriefs(db, relatedIds(current, brief, { limit }));
		return briefs.map(({ id, slug, headline, section }) => ({ id, slug, headline, section }));
	}

	async function process(request: SearchRequest): Promise<SearchResponse> {
		switch (request.type) {
			case 'sync': {
				const report = await sync();
				checkedAt = now();
				return { id: request.id, type: 'sync', report };
			}
			case 'load':
				return { id: request.id, type: 'load', current: await load() };
			case 'query':
				// A newer keystroke is already waiting: this answer would be thrown away.
				if (request.id < latestQuery) return { id: request.id, type: 'superseded' };
				return {
					id: request.id,
					type: 'query',
					answer: await query(String(request.query), request.section, request.limit ?? 20)
				};
			case 'segments':
				return {
					id: request.id,
					type: 'segments',
					indexed: await addSegments(request.parts)
				};
			case 'related':
				return {
					id: request.id,
					type: 'related',
					related: await related(request.briefId, request.limit ?? 5)
				};
			default:
				return { id: (request as { id: number }).id, type: 'error', message: 'unknown request' };
		}
	}

	return {
		handle(request) {
			if (request.type === 'query') latestQuery = Math.max(latestQuery, request.id);
			const answer = queue.then(() =>
				process(request).catch((error: unknown): SearchResponse => ({
					id: request.id,
					type: 'error',
					message: error instanceof Error ? error.message : String(error)
				}))
			);
			queue = answer;
			return answer;
		}
	};
}
