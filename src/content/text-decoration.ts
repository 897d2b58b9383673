import { locateHighlight, type HighlightAnchor, type HighlightPart } from './highlight-anchor';
import type { MarkRange } from '../lib/text-marks';

export type { HighlightPart };

/** What is drawn over one paragraph: the reader's highlights and the sentence being read. */
export interface ParagraphMarks {
	highlights: readonly MarkRange[];
	speaking?: { start: number; end: number };
	target?: string;
}

/** Asked by each paragraph of a highlightable part, so parts need not know about either. */
export type TextDecoration = (part: HighlightPart, paragraph: number) => ParagraphMarks;

/** Highlights laid out over today's text: by paragraph, and those whose quote is gone. */
export interface PlacedHighlights<H> {
	byParagraph: Map<string, MarkRange[]>;
	gone: H[];
}

export const paragraphKey = (part: HighlightPart, paragraph: number) => `${part}:${paragraph}`;

export function placeHighlights<H extends { id: string; anchor: HighlightAnchor }>(
	brief: Parameters<typeof locateHighlight>[0],
	highlights: readonly H[]
): PlacedHighlights<H> {
	const byParagraph = new Map<string, MarkRange[]>();
	const gone: H[] = [];
	for (const h of highlights) {
		const place = locateHighlight(brief, h.anchor);
		if (!place) {
			gone.push(h);
			continue;
		}
		const key = paragraphKey(place.part, place.paragraph);
		byParagraph.set(key, [...(byParagraph.get(key) ?? []), { id: h.id, ...place }]);
	}
	return { byParagraph, gone };
}
