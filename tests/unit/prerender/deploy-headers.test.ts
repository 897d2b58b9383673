import { describe, expect, it } from 'vitest';
import { APP_ONLY_PATHS } from '../../../src/prerender/app-only-paths';
import {
	CONTENT_SECURITY_POLICY_HEADER,
	headersFile,
	IMMUTABLE
} from '../../../src/prerender/security-headers';
import { readmeNginxBlock } from '../../e2e/support/readme-nginx';

/** _headers as rules: path → { header: value }, and how many rules set each header per path. */
function parseHeaders(text: string) {
	const rules: { path: string; headers: Record<string, string> }[] = [];
	for (const line of text.split('\n').filter(Boolean)) {
		if (!line.startsWith(' ')) rules.push({ path: line, headers: {} });
		else {
			const [name, ...value] = line.trim().split(': ');
			rules.at(-1)!.headers[name] = value.join(': ');
		}
	}
	return rules;
}

describe('what a host is told to send', () => {
	it('the README’s nginx block sends the page’s own policy, with frame-ancestors', () => {
		const block = readmeNginxBlock();
		expect(block).toContain(
			`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY_HEADER}" always;`
		);
		expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(block).toContain('try_files $uri $uri/index.html =404;');
		expect(block).toContain('error_page 404 /404.html;');
		expect(block).toContain(IMMUTABLE);
	});

	it('_headers sets the policy everywhere and exactly one Cache-Control per kind of file', () => {
		const rules = parseHeaders(headersFile());
		const all = rules.find((r) => r.path === '/*')!;
		expect(all.headers).toEqual({
			'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin'
		});
		const cache = (path: string) => rules.find((r) => r.path === path)?.headers['Cache-Control'];
		for (const hashed of ['/assets/*', '/workbox-*', '/content/parts/*', '/content/packs/*'])
			expect(cache(hashed)).toBe(IMMUTABLE);
		for (const named of [
			'/',
			'/article/*',
			'/sw.js',
			'/manifest.webmanifest',
			'/content/manifest.json',
			...APP_ONLY_PATHS.map((p) => `/${p}`)
		])
			expect(cache(named), named).toBe('no-cache');
		// Hosts join a header set by two matching rules: the catch-all must not set Cache-Control.
		expect(all.headers['Cache-Control']).toBeUndefined();
	});
});
