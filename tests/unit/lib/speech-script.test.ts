import { describe, expect, it } from 'vitest';
import { sentences, speechScript } from '../../../src/lib/speech-script';

describe('speechScript', () => {
	it('reads the headline, then each takeaway sentence by sentence, the story only when asked', () => {
		const brief = {
			headline: 'A headline',
			takeaways: ['First point. Second point.', 'Third point.'],
			body: ['Body one.']
		};
		expect(speechScript(brief, false).map((l) => [l.part, l.paragraph, l.text])).toEqual([
			['headline', 0, 'A headline'],
			['intro', 0, 'Key takeaways.'],
			['takeaways', 0, 'First point.'],
			['takeaways', 0, 'Second point.'],
			['takeaways', 1, 'Third point.']
		]);
		expect(speechScript(brief, true).at(-1)).toMatchObject({ part: 'body', text: 'Body one.' });
	});

	it('gives each sentence its range in the paragraph', () => {
		const text = '  Leading space. U.S. officials met. End';
		for (const { start, end } of sentences(text))
			expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
		expect(sentences(text).map(({ start, end }) => text.slice(start, end))[0]).toBe(
			'Leading space.'
		);
		expect(sentences('   ')).toEqual([]);
	});
});
