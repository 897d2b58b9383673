import type { Brief } from '../content/brief';
import {
	buildHeadlineIndex,
	isHeadlineIndex,
	parseHeadlineIndex,
	removeHeadline,
	upsertHeadline,
	type HeadlineIndex
} from './headline-index';
import {
	addBrief,
	addSegment,
	briefCount,
	builtPostings,
	recentPostings,
	buildTextIndex,
	decodeTextIndex,
	encodeTextIndex,
	hasBrief,
	removeBrief,
	type TextIndex
} from './text-index';

/**
 * Two indexes over the same briefs. The text index (text-index.ts) finds and ranks matches in
 * every part. The headline index (headline-index.ts) ranks related briefs. Its saved JSON is
 * parsed only when an article first asks for related briefs, so search is ready as soon as the
 * text index is read.
 */
export interface BriefIndex {
	text: TextIndex;
	/** The headline index once parsed; until then its saved JSON, as text or UTF-8 bytes. */
	headlines: HeadlineIndex | string | Uint8Array<ArrayBuffer>;
}

/** What is saved: the text index's bytes and the headline index's JSON. */
export interface SavedIndex {
	text: Uint8Array<ArrayBuffer>;
	headlines: string | Uint8Array<ArrayBuffer>;
}

/** The headline index, parsed on first use; throws when the saved JSON is unreadable. */
export function headlinesOf(index: BriefIndex): HeadlineIndex {
	if (isHeadlineIndex(index.headlines)) return index.headlines;
	const json =
		typeof index.headlines === 'string'
			? index.headlines
			: new TextDecoder().decode(index.headlines);
	index.headlines = parseHeadlineIndex(json);
	return index.headlines;
}

export const createIndex = (briefs: readonly Brief[] = []): BriefIndex => ({
	text: buildTextIndex(briefs),
	headlines: buildHeadlineIndex(briefs)
});

export const serializeIndex = (index: BriefIndex): SavedIndex => ({
	text: encodeTextIndex(index.text),
	headlines: isHeadlineIndex(index.headlines) ? JSON.stringify(index.headlines) : index.headlines
});

/**
 * Carries on from what was just saved: briefs added since the build merged into the compact
 * postings and removed ones gone, so changes never pile up in memory between saves.
 */
export function continueFromSaved(index: BriefIndex, saved: SavedIndex) {
	index.text = decodeTextIndex(saved.text);
}

/** Reads a saved index; throws when it is not one, so the caller rebuilds. */
export const loadIndex = (saved: SavedIndex): BriefIndex => {
	if (
		!(saved.text instanceof Uint8Array) ||
		!(typeof saved.headlines === 'string' || saved.headlines instanceof Uint8Array)
	)
		throw new Error('search index: unexpected shape');
	return { text: decodeTextIndex(saved.text), headlines: saved.headlines };
};

export const indexedCount = (index: BriefIndex) => briefCount(index.text);

export const isIndexed = (index: BriefIndex, id: string) => hasBrief(index.text, id);

/** Adds a brief, or replaces the one with the same id. */
export function upsert(index: BriefIndex, brief: Brief) {
	addBrief(index.text, brief);
	upsertHeadline(headlinesOf(index), brief);
}

/**
 * Adds a content part's briefs from its segment (the text index the build made of them) and
 * their headlines; replaces those with the same ids.
 */
export function addPart(
	index: BriefIndex,
	segment: TextIndex,
	briefs: readonly Pick<Brief, 'id' | 'headline'>[]
) {
	const headlines = headlinesOf(index);
	addSegment(index.text, segment);
	for (const brief of briefs) upsertHeadline(headlines, brief);
}

/** Postings below which briefs added since the last write stay as they are. */
const COMPACT_FROM = 200_000;

/**
 * Writes the text index afresh once the briefs added since it was last written hold about as
 * many postings as it does: lookups stay on the compact arrays, and since the index at least
 * doubles between writes, a first visit's thousand parts cost a few writes, not a thousand.
 */
export function compactText(index: BriefIndex) {
	if (recentPostings(index.text) > Math.max(COMPACT_FROM, builtPostings(index.text)))
		index.text = decodeTextIndex(encodeTextIndex(index.text));
}

export function remove(index: BriefIndex, id: string) {
	removeBrief(index.text, id);
	removeHeadline(headlinesOf(index), id);
}
