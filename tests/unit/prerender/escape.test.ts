import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../../src/prerender/escape';
import { siteUrl } from '../../../src/prerender/site-url';

describe('escaping for pages and feeds', () => {
	it('escapes every character that could end text or an attribute', () => {
		expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
		);
		expect(escapeHtml('emoji 🧪 and U+2028\u2028 stay')).toBe('emoji 🧪 and U+2028\u2028 stay');
	});

	it('writes JSON a script data block cannot be closed by, and that parses back unchanged', () => {
		const value = { text: '</script><script>alert(1)</script><!-- & \u2028\u2029 🧪 "q"' };
		const json = jsonForScript(value);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('BRIEFS_SITE_URL', () => {
	it('defaults to the address npm start serves', () => {
		expect(siteUrl()).toBe('http://localhost:4173');
	});

	it('takes an origin, with or without a trailing slash', () => {
		expect(siteUrl('https://briefs.example/')).toBe('https://briefs.example');
		expect(siteUrl('https://Briefs.Example:8443')).toBe('https://briefs.example:8443');
	});

	it('refuses what would make wrong links: no URL, another scheme, a path, a query', () => {
		for (const bad of [
			'briefs.example',
			'javascript:alert(1)',
			'ftp://x.example',
			'https://x.example/briefs',
			'https://x.example/?a=1'
		])
			expect(() => siteUrl(bad), bad).toThrow(/BRIEFS_SITE_URL/);
	});
});
