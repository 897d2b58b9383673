// The saved index's format number: a saved index of another format is rebuilt, never loaded.
import { PARTS, type IndexedPart } from './parts.ts';

/**
 * Bump for a change that shapes the saved index but that the parts table cannot show: how words
 * are split or folded, how a part's passages are read from a brief, the scoring constants, the
 * byte layout, MiniSearch's JSON. A change to the table itself changes the format by itself.
 */
export const INDEX_ENCODING = 1;

/** FNV-1a over UTF-16 code units: stable across builds and engines, unlike anything built in. */
function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * The format of an index built from `parts` with `encoding`: what of the table shapes the
 * postings (names, order, weights, lengths, ranks), never the labels, which the index does not
 * hold. At least 3, so it never equals the hand-kept numbers (1, 2) used before.
 */
export function indexFormat(parts: readonly IndexedPart[], encoding: number): number {
	const shape = parts.map(({ name, weight, length, rank }) => [name, weight, length, rank]);
	const hash = hash32(JSON.stringify([encoding, shape]));
	return hash < 3 ? hash + 3 : hash;
}

export const SEARCH_INDEX_FORMAT = indexFormat(PARTS, INDEX_ENCODING);
