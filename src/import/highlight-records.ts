import {
	CONTEXT_LENGTH,
	HIGHLIGHT_PARTS,
	MAX_NOTE_LENGTH,
	MAX_QUOTE_LENGTH,
	type HighlightAnchor,
	type HighlightPart
} from '../content/highlight-anchor';
import type { HighlightRecord } from '../content/highlight-record';
import { MAX_IMPORT_ITEMS } from './limits';
import { isRecord } from '../lib/is-record';

/** Ids as Briefs makes them (src/state/highlights.svelte.ts): they become `#highlight-<id>`. */
const ID = /^h-[0-9a-z]{1,40}$/;
const MAX_BRIEF_ID_LENGTH = 200;
/** No brief has more paragraphs in a part than this; a larger number is not a real place. */
const MAX_PARAGRAPH = 10_000;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isIndex = (v: unknown, max: number): v is number =>
	Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function checkedAnchor(v: unknown): HighlightAnchor | undefined {
	if (!isRecord(v) || !HIGHLIGHT_PARTS.includes(v.part as HighlightPart)) return;
	const { paragraph, start, end, quote, prefix, suffix } = v;
	if (!isIndex(paragraph, MAX_PARAGRAPH) || !isIndex(start, 1e7) || !isIndex(end, 1e7)) return;
	if (!isText(quote, MAX_QUOTE_LENGTH) || !quote.trim() || end <= start) return;
	if (!isText(prefix, CONTEXT_LENGTH) || !isText(suffix, CONTEXT_LENGTH)) return;
	return { part: v.part as HighlightPart, paragraph, start, end, quote, prefix, suffix };
}

/**
 * A backup's highlights, checked like every other record (the file may be edited or forged):
 * ids in Briefs' own form, lengths within what the app makes, text as strings only, and nothing
 * but the known fields. A note longer than the app allows is cut, as it would be when typed.
 */
export function checkHighlights(value: unknown): HighlightRecord[] {
	if (!Array.isArray(value)) return [];
	return value.slice(0, MAX_IMPORT_ITEMS * 10).flatMap((h): HighlightRecord[] => {
		if (!isRecord(h) || typeof h.id !== 'string' || !ID.test(h.id)) return [];
		if (!isText(h.briefId, MAX_BRIEF_ID_LENGTH) || !h.briefId) return [];
		if (!isTime(h.createdAt) || typeof h.note !== 'string') return [];
		const anchor = checkedAnchor(h.anchor);
		if (!anchor) return [];
		return [
			{
				id: h.id,
				briefId: h.briefId,
				createdAt: h.createdAt,
				updatedAt: isTime(h.updatedAt) ? h.updatedAt : h.createdAt,
				note: h.note.slice(0, MAX_NOTE_LENGTH),
				anchor
			}
		];
	});
}
