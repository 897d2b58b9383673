import { describe, expect, it } from 'vitest';
import { markSegments } from '../../../src/lib/text-marks';

const view = (segments: ReturnType<typeof markSegments>) =>
	segments.map(
		(s) =>
			`${s.speaking ? '~' : ''}${s.highlight ? `[${s.highlight}${s.first ? '*' : ''}:` : ''}${s.text}${s.highlight ? ']' : ''}`
	);

describe('markSegments', () => {
	it('keeps every character once, in order', () => {
		const text = 'The quick brown fox jumps';
		const segments = markSegments(text, [{ id: 'a', start: 4, end: 15 }], { start: 10, end: 19 });
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(view(segments)).toEqual(['The ', '[a*:quick ]', '~[a:brown]', '~ fox', ' jumps']);
	});

	it('shows the inner one of overlapping highlights and clamps ranges to the text', () => {
		const segments = markSegments('abcdefgh', [
			{ id: 'outer', start: 0, end: 8 },
			{ id: 'inner', start: 2, end: 4 },
			{ id: 'past', start: 6, end: 99 },
			{ id: 'empty', start: 5, end: 5 }
		]);
		expect(view(segments)).toEqual(['[outer*:ab]', '[inner*:cd]', '[outer:ef]', '[past*:gh]']);
	});
});
