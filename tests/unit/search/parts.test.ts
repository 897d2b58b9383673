import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/content/brief';
import { PART_NAMES, partLabel, passagesOf } from '../../../src/search/parts';

// Made-up words only: these are fixtures, not news.
const brief: Brief = {
	id: 'p1',
	slug: 'p1',
	headline: 'Synthetic zorblat headline',
	dek: 'Synthetic summary.',
	hero: {},
	takeaways: ['First takeaway.', 'Second takeaway.'],
	editorsDesk: { label: 'Quillon Corner', title: 'Desk title', text: ['Desk one.', 'Desk two.'] },
	byline: 'Synthetic Writer',
	section: 'Synthetic Section A',
	publisher: 'Synthetic Publisher',
	body: ['Paragraph one.', 'Paragraph two.'],
	contentHash: 'p1'.padEnd(64, '0'),
	source: 'seeds/p1.txt'
};

describe('the indexed parts', () => {
	it('are listed in the order the reader meets them', () => {
		expect(PART_NAMES).toEqual([
			'headline',
			'takeaways',
			'dek',
			'editorsDesk',
			'body',
			'byline',
			'section'
		]);
	});

	it('read their passages from a brief', () => {
		expect(PART_NAMES.map((part) => passagesOf(brief, part))).toEqual([
			['Synthetic zorblat headline'],
			['First takeaway.', 'Second takeaway.'],
			['Synthetic summary.'],
			['Desk title', 'Desk one.', 'Desk two.'],
			['Paragraph one.', 'Paragraph two.'],
			['Synthetic Writer'],
			['Synthetic Section A']
		]);
		expect(passagesOf({ ...brief, editorsDesk: undefined }, 'editorsDesk')).toEqual([]);
	});

	it("label a result by the part, or by the brief's own name for its Editor's Desk", () => {
		expect(PART_NAMES.map((part) => partLabel({ ...brief, editorsDesk: undefined }, part))).toEqual(
			['Headline', 'Key Takeaways', 'Summary', "Editor's Desk", 'Body', 'Byline', 'Section']
		);
		expect(partLabel(brief, 'editorsDesk')).toBe('Quillon Corner');
	});
});
