import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	normaliseSettings,
	readSettings,
	updateSettings,
	watchSettings
} from '../../../src/db/settings';
import { firstValue, freshDatabase } from './fresh-database';

describe('settings', () => {
	it('starts from the defaults', async () => {
		const db = freshDatabase();
		expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
		expect(await firstValue(watchSettings(db))).toEqual(DEFAULT_SETTINGS);
	});

	it('changes one setting and keeps the others', async () => {
		const db = freshDatabase();
		await updateSettings(db, { theme: 'dark' });
		await updateSettings(db, { textSize: 3 });
		await updateSettings(db, { lineWidth: 'narrow' });
		expect(await readSettings(db)).toEqual({
			...DEFAULT_SETTINGS,
			theme: 'dark',
			textSize: 3,
			lineWidth: 'narrow'
		});
	});

	it('keeps a listening rate and voice, and refuses others', async () => {
		const db = freshDatabase();
		await updateSettings(db, { speechRate: 1.5, voice: 'urn:voice:test-en' });
		expect(await readSettings(db)).toMatchObject({ speechRate: 1.5, voice: 'urn:voice:test-en' });
		expect(normaliseSettings({ speechRate: 3 }).speechRate).toBe(1);
		expect(normaliseSettings({ speechRate: 0.5 }).speechRate).toBe(1);
		expect(normaliseSettings({ voice: 'x'.repeat(5000) }).voice).toBe('');
		expect(normaliseSettings({ voice: 42 as never }).voice).toBe('');
	});

	it('keeps followed and muted sections, each section in one list only', async () => {
		const db = freshDatabase();
		await updateSettings(db, { followed: ['World', 'Science'], followedOnly: true });
		await updateSettings(db, { muted: ['Sport'] });
		expect(await readSettings(db)).toMatchObject({
			followed: ['World', 'Science'],
			muted: ['Sport'],
			followedOnly: true
		});
		const bad = normaliseSettings({
			followed: ['World', 'World', 7, '', 'x'.repeat(201), 'Sport'] as never,
			muted: 'Sport' as never,
			followedOnly: 'yes' as never
		});
		expect(bad).toMatchObject({ followed: ['World', 'Sport'], muted: [], followedOnly: false });
		expect(normaliseSettings({ followed: ['Sport'], muted: ['Sport'] })).toMatchObject({
			followed: [],
			muted: ['Sport']
		});
	});

	it('falls back to defaults for unknown values', () => {
		expect(
			normaliseSettings({
				theme: 'neon' as never,
				textSize: 99,
				lineWidth: 'huge' as never
			})
		).toEqual(DEFAULT_SETTINGS);
		expect(normaliseSettings({ textSize: 1.5 }).textSize).toBe(DEFAULT_SETTINGS.textSize);
	});
});
