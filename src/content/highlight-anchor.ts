import type { Brief } from './brief';

/** The parts of a brief a reader can highlight in. */
export type HighlightPart = 'takeaways' | 'editorsDesk' | 'body';
export const HIGHLIGHT_PARTS: readonly HighlightPart[] = ['takeaways', 'editorsDesk', 'body'];

/**
 * Where a highlight sits, said three ways (the W3C annotation model's position and quote
 * selectors): part, paragraph and character range, which are exact while the text is unchanged;
 * and the quote with a little context either side, to find it again once a content update has
 * moved or changed the text around it.
 */
export interface HighlightAnchor {
	part: HighlightPart;
	paragraph: number;
	start: number;
	end: number;
	quote: string;
	prefix: string;
	suffix: string;
}

/** A highlight's place in today's text. */
export interface HighlightPlace {
	part: HighlightPart;
	paragraph: number;
	start: number;
	end: number;
}

export const CONTEXT_LENGTH = 32;
/** Longer notes are cut, with a message: a note is a thought, not a document. */
export const MAX_NOTE_LENGTH = 2000;
/** Longer selections are cut to this: a highlight is a passage, not a copy of the article. */
export const MAX_QUOTE_LENGTH = 2000;

type HighlightText = Pick<Brief, 'takeaways' | 'body' | 'editorsDesk'>;

/** A part's paragraphs, as shown and as highlights count their offsets. */
export function partTexts(brief: HighlightText, part: HighlightPart): string[] {
	if (part === 'takeaways') return brief.takeaways;
	if (part === 'body') return brief.body;
	return brief.editorsDesk?.text ?? [];
}

/** The anchor for a range of a paragraph, with its context. */
export function anchorAt(brief: HighlightText, place: HighlightPlace): HighlightAnchor | undefined {
	const text = partTexts(brief, place.part)[place.paragraph];
	if (text === undefined) return;
	const { start, end } = place;
	return {
		...place,
		quote: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
		suffix: text.slice(end, end + CONTEXT_LENGTH)
	};
}

function sharedTail(a: string, b: string) {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
	return n;
}

function sharedHead(a: string, b: string) {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

/**
 * Finds a highlight in the brief as it is now: where it was, if the quote is still there;
 * otherwise the occurrence of the quote whose context matches best, preferring its own part and
 * paragraph; undefined when the quote is no longer in the text.
 */
export function locateHighlight(
	brief: HighlightText,
	anchor: HighlightAnchor
): HighlightPlace | undefined {
	const { part, paragraph, start, end, quote } = anchor;
	if (!quote) return;
	if (partTexts(brief, part)[paragraph]?.slice(start, end) === quote) {
		return { part, paragraph, start, end };
	}
	let best: { place: HighlightPlace; score: number } | undefined;
	for (const candidatePart of HIGHLIGHT_PARTS) {
		partTexts(brief, candidatePart).forEach((text, p) => {
			for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
				const score =
					sharedTail(anchor.prefix, text.slice(0, at)) +
					sharedHead(anchor.suffix, text.slice(at + quote.length)) +
					(candidatePart === part ? 2 * CONTEXT_LENGTH : 0) -
					(candidatePart === part ? Math.min(Math.abs(p - paragraph), CONTEXT_LENGTH) : 0);
				if (!best || score > best.score) {
					best = {
						place: { part: candidatePart, paragraph: p, start: at, end: at + quote.length },
						score
					};
				}
			}
		});
	}
	return best?.place;
}

/** One end of a selection, inside a highlightable paragraph. */
export interface SelectionEnd {
	part: HighlightPart;
	paragraph: number;
	offset: number;
}

export type SelectionResult =
	{ ok: true; anchor: HighlightAnchor; note?: string } | { ok: false; message: string };

const ONE_PARAGRAPH =
	'A highlight stays within one paragraph: this one keeps the part in the first.';

/**
 * Turns a selection into a highlight's anchor, clamped to one paragraph and to
 * MAX_QUOTE_LENGTH, with the surrounding whitespace left out. `note` says what was clamped.
 */
export function anchorForSelection(
	brief: HighlightText,
	from: SelectionEnd | undefined,
	to: SelectionEnd | undefined
): SelectionResult {
	if (!from && !to) {
		return {
			ok: false,
			message: "Select words in a takeaway, the Editor's Desk or the story to highlight them."
		};
	}
	let note: string | undefined;
	let place: HighlightPlace;
	const length = (end: SelectionEnd) => partTexts(brief, end.part)[end.paragraph]?.length ?? 0;
	if (from && to && from.part === to.part && from.paragraph === to.paragraph) {
		place = {
			...from,
			start: Math.min(from.offset, to.offset),
			end: Math.max(from.offset, to.offset)
		};
	} else if (from) {
		place = { ...from, start: from.offset, end: length(from) };
		note = ONE_PARAGRAPH;
	} else {
		place = { ...to!, start: 0, end: to!.offset };
		note = ONE_PARAGRAPH;
	}
	const text = partTexts(brief, place.part)[place.paragraph] ?? '';
	let { start, end } = place;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end <= start) return { ok: false, message: 'Nothing to highlight: select some words.' };
	if (end - start > MAX_QUOTE_LENGTH) {
		end = start + MAX_QUOTE_LENGTH;
		note = `A highlight is at most ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters: this one keeps the first ${MAX_QUOTE_LENGTH.toLocaleString('en')}.`;
	}
	const anchor = anchorAt(brief, { part: place.part, paragraph: place.paragraph, start, end });
	if (!anchor) return { ok: false, message: 'Nothing to highlight: select some words.' };
	return note ? { ok: true, anchor, note } : { ok: true, anchor };
}
