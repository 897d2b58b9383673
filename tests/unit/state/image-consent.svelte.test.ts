// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.restoreAllMocks();
	vi.resetModules();
	localStorage.clear();
});

const imageConsent = async () =>
	(await import('../../../src/state/image-consent.svelte')).imageConsent;

describe('imageConsent', () => {
	it('allows no host until the reader does, and remembers the choice', async () => {
		const consent = await imageConsent();
		expect(consent.allows('images.example')).toBe(false);
		consent.allow('images.example');
		expect(consent.allows('images.example')).toBe(true);
		expect(consent.allows('other.example')).toBe(false);
		expect(JSON.parse(localStorage.getItem('briefs.imageHosts')!)).toEqual(['images.example']);
		// The next visit reads it back.
		vi.resetModules();
		expect((await imageConsent()).allows('images.example')).toBe(true);
	});

	it('ignores a hand-edited record, and holds a choice for the visit where storage refuses', async () => {
		localStorage.setItem('briefs.imageHosts', JSON.stringify(['ok.example', 42, null]));
		const consent = await imageConsent();
		expect(consent.allows('ok.example')).toBe(true);
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('refused', 'SecurityError');
		});
		consent.allow('new.example');
		expect(consent.allows('new.example')).toBe(true);
	});
});
