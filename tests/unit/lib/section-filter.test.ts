import { describe, expect, it } from 'vitest';
import { sectionFilter } from '../../../src/lib/section-filter';

const shown = (choices: Parameters<typeof sectionFilter>[0], sections: string[]) => {
	const shows = sectionFilter(choices);
	return shows ? sections.filter(shows) : sections;
};

describe('sectionFilter', () => {
	const all = ['World', 'Sport', 'Science'];

	it('shows everything, with no filter at all, when nothing is chosen', () => {
		expect(sectionFilter({ followed: ['World'], muted: [], followedOnly: false })).toBeUndefined();
	});

	it('leaves muted sections out', () => {
		expect(shown({ followed: [], muted: ['Sport'], followedOnly: false }, all)).toEqual([
			'World',
			'Science'
		]);
	});

	it('shows followed sections only when asked', () => {
		expect(shown({ followed: ['Science'], muted: ['Sport'], followedOnly: true }, all)).toEqual([
			'Science'
		]);
		expect(shown({ followed: [], muted: [], followedOnly: true }, all)).toEqual([]);
	});
});
