import type { Brief } from '../content/brief';

/** Where a spoken line sits in the article, so the page can mark it while it is read. */
export type SpokenPart = 'headline' | 'intro' | 'takeaways' | 'body';

/** One utterance: a sentence, spoken alone so it can be marked, skipped and resumed at. */
export interface ScriptLine {
	text: string;
	part: SpokenPart;
	/** The takeaway or body paragraph (0-based); 0 for the headline and the intro. */
	paragraph: number;
	/** Character range of the sentence in that paragraph's text. */
	start: number;
	end: number;
}

const segmenter =
	typeof Intl !== 'undefined' && 'Segmenter' in Intl
		? new Intl.Segmenter('en', { granularity: 'sentence' })
		: undefined;

/** The sentences of one paragraph with their ranges; the whole paragraph where Segmenter is missing. */
export function sentences(text: string): { start: number; end: number }[] {
	const pieces = segmenter
		? Array.from(segmenter.segment(text), (s) => ({ start: s.index, text: s.segment }))
		: [{ start: 0, text }];
	return pieces.flatMap(({ start, text: piece }) => {
		const lead = piece.length - piece.trimStart().length;
		const trimmed = piece.trim();
		return trimmed ? [{ start: start + lead, end: start + lead + trimmed.length }] : [];
	});
}

function paragraphLines(texts: string[], part: SpokenPart): ScriptLine[] {
	return texts.flatMap((text, paragraph) =>
		sentences(text).map(({ start, end }) => ({
			text: text.slice(start, end),
			part,
			paragraph,
			start,
			end
		}))
	);
}

/** What "Listen" reads for a brief: headline, takeaways and, when asked, the story. */
export function speechScript(
	brief: Pick<Brief, 'headline' | 'takeaways' | 'body'>,
	withStory: boolean
): ScriptLine[] {
	const whole = (text: string, part: SpokenPart): ScriptLine[] =>
		text.trim() ? [{ text, part, paragraph: 0, start: 0, end: text.length }] : [];
	return [
		...whole(brief.headline, 'headline'),
		...(brief.takeaways.length ? whole('Key takeaways.', 'intro') : []),
		...paragraphLines(brief.takeaways, 'takeaways'),
		...(withStory ? paragraphLines(brief.body, 'body') : [])
	];
}
