import { describe, expect, it } from 'vitest';
import {
	anchorAt,
	anchorForSelection,
	locateHighlight,
	MAX_QUOTE_LENGTH
} from '../../../src/content/highlight-anchor';

const brief = {
	takeaways: ['The council met on Monday. It voted to open the library.', 'Second takeaway.'],
	body: ['A story paragraph about the library.', 'Another paragraph.'],
	editorsDesk: { label: "Editor's Desk", title: 'Analysis', text: ['An analysis.'] }
};

describe('locateHighlight', () => {
	const anchor = anchorAt(brief, { part: 'takeaways', paragraph: 0, start: 27, end: 56 })!;

	it('is where it was while the text is unchanged', () => {
		expect(anchor.quote).toBe('It voted to open the library.');
		expect(anchor.prefix).toBe('The council met on Monday. ');
		expect(locateHighlight(brief, anchor)).toEqual({
			part: 'takeaways',
			paragraph: 0,
			start: 27,
			end: 56
		});
	});

	it('finds the quote again after the text around it changed, by its context', () => {
		const updated = {
			...brief,
			takeaways: [
				'A new first takeaway.',
				'The council met late on Monday. It voted to open the library.'
			]
		};
		expect(locateHighlight(updated, anchor)).toEqual({
			part: 'takeaways',
			paragraph: 1,
			start: 32,
			end: 61
		});
	});

	it('prefers the occurrence whose context matches', () => {
		const twice = anchorAt(brief, { part: 'body', paragraph: 0, start: 28, end: 35 })!;
		expect(twice.quote).toBe('library');
		const updated = {
			...brief,
			body: ['Open the library now.', 'A story paragraph about the library.']
		};
		expect(locateHighlight(updated, twice)).toEqual({
			part: 'body',
			paragraph: 1,
			start: 28,
			end: 35
		});
	});

	it('is undefined when the quote is gone', () => {
		const updated = { ...brief, takeaways: ['The council met on Monday. It voted to close it.'] };
		expect(locateHighlight(updated, anchor)).toBeUndefined();
	});
});

describe('anchorForSelection', () => {
	it('trims whitespace from a selection within a paragraph, in either direction', () => {
		const result = anchorForSelection(
			brief,
			{ part: 'takeaways', paragraph: 0, offset: 56 },
			{ part: 'takeaways', paragraph: 0, offset: 26 }
		);
		expect(result).toMatchObject({ ok: true, anchor: { quote: 'It voted to open the library.' } });
		expect(result.ok && result.note).toBeFalsy();
	});

	it('clamps a selection across paragraphs or parts to the first paragraph, and says so', () => {
		const result = anchorForSelection(
			brief,
			{ part: 'takeaways', paragraph: 0, offset: 27 },
			{ part: 'body', paragraph: 1, offset: 5 }
		);
		expect(result).toMatchObject({
			ok: true,
			anchor: { quote: 'It voted to open the library.' },
			note: expect.stringMatching(/one paragraph/)
		});
		const endOnly = anchorForSelection(brief, undefined, { part: 'body', paragraph: 0, offset: 7 });
		expect(endOnly).toMatchObject({ ok: true, anchor: { quote: 'A story' } });
	});

	it('refuses an empty selection and one outside every paragraph (the whole page)', () => {
		const same = { part: 'body', paragraph: 0, offset: 3 } as const;
		expect(anchorForSelection(brief, same, same)).toEqual({
			ok: false,
			message: 'Nothing to highlight: select some words.'
		});
		expect(anchorForSelection(brief, undefined, undefined)).toMatchObject({ ok: false });
	});

	it('cuts a very long selection to the longest highlight', () => {
		const long = { ...brief, body: ['word '.repeat(1000)] };
		const result = anchorForSelection(
			long,
			{ part: 'body', paragraph: 0, offset: 0 },
			{ part: 'body', paragraph: 0, offset: 5000 }
		);
		expect(result.ok && result.anchor.quote.length).toBe(MAX_QUOTE_LENGTH);
		expect(result.ok && result.note).toMatch(/at most 2,000 characters/);
	});
});
