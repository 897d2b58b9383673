import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySettings, SETTINGS_STORAGE_KEY } from '../../../src/lib/apply-settings';
import { DEFAULT_SETTINGS } from '../../../src/content/reader-settings';
import { readProjectFile } from '../read-fixture';

afterEach(() => vi.unstubAllGlobals());

function fakeStorage() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	};
}

describe('applySettings', () => {
	it('puts settings on the root element and keeps the boot copy', () => {
		const storage = fakeStorage();
		vi.stubGlobal('localStorage', storage);
		const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
		applySettings({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 3, lineWidth: 'wide' }, root);
		expect(root.dataset).toEqual({ theme: 'dark', textSize: '3', lineWidth: 'wide' });
		expect(JSON.parse(storage.items.get(SETTINGS_STORAGE_KEY)!)).toEqual({
			...DEFAULT_SETTINGS,
			theme: 'dark',
			textSize: 3,
			lineWidth: 'wide'
		});
	});

	it('still applies when storage refuses', () => {
		vi.stubGlobal('localStorage', {
			setItem: () => {
				throw new Error('quota');
			}
		});
		const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
		applySettings({ ...DEFAULT_SETTINGS, theme: 'light', textSize: 0, lineWidth: 'narrow' }, root);
		expect(root.dataset.theme).toBe('light');
	});

	it('uses the key the boot script reads', () => {
		expect(readProjectFile('public/settings-boot.js')).toContain(`'${SETTINGS_STORAGE_KEY}'`);
	});
});
