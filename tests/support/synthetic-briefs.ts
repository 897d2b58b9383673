// Synthetic test briefs: made-up placeholder text in the seed format, never real news. Every
// headline starts with "Synthetic" so no one mistakes them for content.

export interface SyntheticBrief {
	/** Sorts the file after the real seed (000_…). */
	n: number;
	headline: string;
	section: string;
	dek?: string;
	takeaways?: string[];
	desk?: string;
	body?: string[];
}

export function syntheticSeedText(brief: SyntheticBrief): string {
	const takeaways = brief.takeaways ?? [
		`Synthetic takeaway one for fixture ${brief.n}.`,
		`Synthetic takeaway two for fixture ${brief.n}.`
	];
	const blocks = [
		brief.headline,
		brief.dek ?? `Synthetic summary paragraph for fixture ${brief.n}.`,
		'Key Takeaways',
		takeaways.map((t, i) => `  • ${i + 1}${t}`).join('\n'),
		...(brief.desk ? ["Editor's\nDesk", 'Synthetic Analysis', brief.desk] : []),
		['Synthetic Fixture Desk', brief.section, 'Synthetic Test Publisher'].join('\n'),
		...(brief.body ?? [`Synthetic body paragraph for fixture ${brief.n}.`])
	];
	return blocks.join('\n\n') + '\n';
}

export const syntheticFile = (brief: SyntheticBrief) => ({
	name: `seeds/${String(brief.n).padStart(3, '0')}_synthetic.txt`,
	text: syntheticSeedText(brief)
});

/** A small corpus around the seed's vocabulary, to test ranking, filters and related briefs. */
export const SYNTHETIC_CORPUS: SyntheticBrief[] = [
	{
		n: 101,
		headline: 'Synthetic fixture: Havana rally test headline about sovereignty',
		section: 'Synthetic Section A',
		takeaways: [
			'Synthetic takeaway: a rally in Havana is placeholder text.',
			'Synthetic takeaway: sovereignty appears here for ranking tests.'
		]
	},
	{
		n: 102,
		headline: 'Synthetic fixture: lighthouse keeper placeholder',
		section: 'Synthetic Section B',
		takeaways: [
			'Synthetic takeaway about a lighthouse and tides.',
			'Synthetic takeaway mentioning equal terms of a chess match.'
		],
		desk: 'Synthetic desk text about orchestras and violins.',
		body: ['Synthetic body text mentioning marmalade and teapots.']
	},
	{
		n: 103,
		headline: 'Synthetic fixture: Cuban soldiers placeholder in Venezuela test',
		section: 'Synthetic Section A',
		takeaways: [
			'Synthetic takeaway: Cuban soldiers and Venezuela repeated for related briefs.',
			'Synthetic takeaway: Havana mourn placeholder.'
		]
	},
	{
		n: 104,
		headline: 'Synthetic fixture: unrelated gardening placeholder',
		section: 'Synthetic Section B',
		takeaways: ['Synthetic takeaway about tulips.', 'Synthetic takeaway about compost.']
	}
];
