// @vitest-environment jsdom
// Issue 17, defect 9: a feed's date is the day it names, in its own offset, or no date at all.
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../src/import/import-item';
import { readImportFile } from '../../../src/import/read-import-file';

const NOW = Date.UTC(2026, 10, 30);
const jsonFeed = (date: string) =>
	JSON.stringify({
		version: 'https://jsonfeed.org/version/1.1',
		items: [{ id: '1', title: 'Synthetic dated', content_text: 'Body.', date_published: date }]
	});

describe('defect 9: dates', () => {
	it('imports an item dated before the year 100 without its date, and says so', async () => {
		const { briefs, skipped, notes } = await readImportFile(
			'old.json',
			jsonFeed('0050-06-01'),
			NOW
		);
		expect(skipped).toEqual([]);
		expect(briefs[0].date).toBeUndefined();
		expect(notes).toEqual([
			{
				file: 'old.json',
				label: 'Synthetic dated',
				reason: 'imported without a date: "0050-06-01" is before the year 100'
			}
		]);
	});

	it('refuses 2026-02-30 as a date instead of rolling it into March', async () => {
		const { briefs, notes } = await readImportFile('feb.json', jsonFeed('2026-02-30'), NOW);
		expect(briefs[0].date).toBeUndefined();
		expect(notes[0].reason).toBe(
			'imported without a date: "2026-02-30" is not a real calendar date'
		);
	});

	it('keeps the day written in the feed’s own offset', async () => {
		const { briefs } = await readImportFile('tz.json', jsonFeed('1999-12-31T23:30-05:00'), NOW);
		expect(briefs[0].date).toBe('1999-12-31');
	});

	it.each([
		['2026-01-16T10:00:00Z', '2026-01-16'],
		['2026-01-16', '2026-01-16'],
		['2026-01-16T00:30:00+14:00', '2026-01-16'],
		['Fri, 31 Dec 1999 23:30:00 -0500', '1999-12-31'],
		['Tue, 03 Feb 2026 10:00:00 GMT', '2026-02-03'],
		['3 Feb 26 10:00 +0100', '2026-02-03'],
		['Sat, 01 Jun 1950 00:00 GMT', '1950-06-01'],
		['Mon, 30 Feb 2026 10:00:00 GMT', undefined],
		['Fri, 16 Foo 2026 10:00:00 GMT', undefined],
		['yesterday', undefined],
		['2026-13-01', undefined]
	])('reads %s as %s', (written, day) => {
		expect(isoDay(written)).toBe(day);
	});
});
