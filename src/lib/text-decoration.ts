import type { HighlightPart } from '../content/highlight-anchor';
import type { MarkRange } from './text-marks';

export type { HighlightPart };

/** What is drawn over one paragraph: the reader's highlights and the sentence being read. */
export interface ParagraphMarks {
	highlights: readonly MarkRange[];
	speaking?: { start: number; end: number };
	target?: string;
}

/** Asked by each paragraph of a highlightable part, so parts need not know about either. */
export type TextDecoration = (part: HighlightPart, paragraph: number) => ParagraphMarks;
