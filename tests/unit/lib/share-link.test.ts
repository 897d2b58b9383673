import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareLink } from '../../../src/lib/share-link';

const data = { title: 'T', text: 'D', url: 'https://briefs.test/article/x' };
afterEach(() => vi.unstubAllGlobals());

describe('shareLink', () => {
	it('copies the link where there is no share sheet', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		expect(await shareLink(data)).toBe('copied');
		expect(writeText).toHaveBeenCalledWith(data.url);
	});

	it('treats a closed share sheet as cancelled, not as an error', async () => {
		const share = vi.fn(async () => {
			throw new DOMException('closed', 'AbortError');
		});
		vi.stubGlobal('navigator', { share, clipboard: { writeText: vi.fn() } });
		expect(await shareLink(data)).toBe('cancelled');
	});

	it('reports unavailable when neither sharing nor the clipboard works', async () => {
		vi.stubGlobal('navigator', {
			clipboard: {
				writeText: async () => {
					throw new DOMException('denied', 'NotAllowedError');
				}
			}
		});
		expect(await shareLink(data)).toBe('unavailable');
	});
});
