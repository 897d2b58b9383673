import { describe, expect, it } from 'vitest';
import { httpUrl, isHttp, parseUrl } from '../../../src/lib/http-url';

describe('http(s) URLs', () => {
	it('reads absolute http(s) addresses, in any case', () => {
		expect(httpUrl('https://example.org/a_b?c=d_e')?.href).toBe('https://example.org/a_b?c=d_e');
		expect(httpUrl('HTTP://example.org')?.protocol).toBe('http:');
	});

	it('refuses other schemes, paths and junk', () => {
		for (const value of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'ftp://x.y']) {
			expect(httpUrl(value), value).toBeUndefined();
			expect(isHttp(parseUrl(value)!), value).toBe(false);
		}
		for (const value of ['/article/x', '//example.org', 'example.org', '', 'https://']) {
			expect(parseUrl(value), value).toBeUndefined();
			expect(httpUrl(value), value).toBeUndefined();
		}
	});
});
