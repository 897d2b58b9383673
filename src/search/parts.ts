// The indexed parts of a brief, in one table: what the index holds, how each part counts, and what
// the reader is shown. Everything else about parts (the names, labels, snippets, the saved index's
// format number) is derived from here, so a part is added or reweighted in one place.
import type { Brief } from '../content/brief.ts';

/** One part of a brief as search sees it. */
export interface IndexedPart {
	name: string;
	/** What the reader sees beside a result found in this part: "Key Takeaways", "Body"… */
	label: string;
	/** The brief's own name for the part, when it has one (an Editor's Desk names itself). */
	labelIn?: (brief: Brief) => string | undefined;
	/** Scales a word's frequency in this part. */
	weight: number;
	/**
	 * The part's usual length in characters (characters, not words: known before the words are
	 * counted, which saves a pass), against which a longer or shorter part is normalised. Fixed,
	 * not averaged over the corpus, so a brief's score never changes because other briefs came or
	 * went.
	 */
	length: number;
	/**
	 * The best part a word was found in is stored beside its frequency, so a headline match
	 * outranks any body match: 3 is best.
	 */
	rank: 0 | 1 | 2 | 3;
	/** The part's text, passage by passage (a takeaway, a paragraph). */
	passages: (brief: Brief) => readonly string[];
}

/**
 * In the order the reader meets them, which is also how ties between matched parts break (a
 * takeaway before the summary, the body before the byline).
 */
export const PARTS = [
	{
		name: 'headline',
		label: 'Headline',
		weight: 5,
		length: 80,
		rank: 3,
		passages: (brief) => [brief.headline ?? '']
	},
	{
		name: 'takeaways',
		label: 'Key Takeaways',
		weight: 3,
		length: 600,
		rank: 2,
		passages: (brief) => brief.takeaways
	},
	{
		name: 'dek',
		label: 'Summary',
		weight: 2,
		length: 250,
		rank: 2,
		passages: (brief) => [brief.dek ?? '']
	},
	{
		name: 'editorsDesk',
		label: "Editor's Desk",
		labelIn: (brief) => brief.editorsDesk?.label,
		weight: 1.5,
		length: 400,
		rank: 1,
		passages: (brief) =>
			brief.editorsDesk ? [brief.editorsDesk.title, ...brief.editorsDesk.text] : []
	},
	{
		name: 'body',
		label: 'Body',
		weight: 1,
		length: 4000,
		rank: 0,
		passages: (brief) => brief.body
	},
	{
		name: 'byline',
		label: 'Byline',
		weight: 1,
		length: 20,
		rank: 1,
		passages: (brief) => [brief.byline ?? '']
	},
	{
		name: 'section',
		label: 'Section',
		weight: 1,
		length: 15,
		rank: 1,
		passages: (brief) => [brief.section ?? '']
	}
] as const satisfies readonly IndexedPart[];

/** Which part of a brief a hit was found in. */
export type PartName = (typeof PARTS)[number]['name'];

export const PART_NAMES: readonly PartName[] = PARTS.map((part) => part.name);

const PART_BY_NAME = new Map<PartName, IndexedPart>(PARTS.map((part) => [part.name, part]));

export const partNamed = (name: PartName): IndexedPart => PART_BY_NAME.get(name)!;

export const passagesOf = (brief: Brief, part: PartName): readonly string[] =>
	partNamed(part).passages(brief);

/** The label a result found in this part shows. */
export function partLabel(brief: Brief, part: PartName): string {
	const { label, labelIn } = partNamed(part);
	return labelIn?.(brief) ?? label;
}
