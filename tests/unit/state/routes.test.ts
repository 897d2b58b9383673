import { describe, expect, it } from 'vitest';
import {
	articlePath,
	matchRoute,
	resumePath,
	searchPath,
	takeawayPath
} from '../../../src/state/routes';

describe('matchRoute', () => {
	it('maps the feed and article paths', () => {
		expect(matchRoute('/')).toEqual({ name: 'feed' });
		expect(matchRoute('/article/diaz-canel-rejects')).toEqual({
			name: 'article',
			slug: 'diaz-canel-rejects'
		});
		expect(matchRoute(articlePath('a-b'))).toEqual({ name: 'article', slug: 'a-b' });
	});

	it.each([
		'/nope',
		'/article/',
		'/article/UPPER',
		'/article/..%2F..%2Fetc',
		'/article/a%00b',
		'/article/%E0%A4%A',
		'/article/__proto__',
		'/article/constructor%00',
		'/article/%2e%2e',
		'/article/a/../b',
		'/article/%00',
		'/article/a%0Ab',
		'/article/%E2%80%AEevil',
		'/article/%F0%9F%97%9E',
		'/article/%E4%B8%AD%E6%96%87',
		'/article/%3Cscript%3E',
		'/article/javascript:alert(1)',
		`/article/${'a'.repeat(10_000)}`,
		`/${'q'.repeat(10_000)}`
	])('treats %s as not found', (path) => {
		expect(matchRoute(path).name).toBe('not-found');
	});
});

describe('reading views', () => {
	it.each(['saved', 'history', 'settings', 'skim'] as const)('maps /%s', (name) => {
		expect(matchRoute(`/${name}`)).toEqual({ name });
		expect(matchRoute(`/${name}/`)).toEqual({ name });
	});

	it('does not match look-alikes', () => {
		expect(matchRoute('/saved/x').name).toBe('not-found');
		expect(matchRoute('/savedx').name).toBe('not-found');
		expect(matchRoute('/constructor').name).toBe('not-found');
	});

	it('builds resume and takeaway links', () => {
		expect(resumePath('a-b')).toBe('/article/a-b?resume');
		expect(takeawayPath('a-b', 3)).toBe('/article/a-b#takeaway-3');
	});
});

describe('search route', () => {
	it('reads the query and section from the query string', () => {
		expect(matchRoute('/search', '?q=diaz%20canel')).toEqual({
			name: 'search',
			query: 'diaz canel'
		});
		expect(matchRoute('/search', '?q=a+b&section=World')).toEqual({
			name: 'search',
			query: 'a b',
			section: 'World'
		});
		expect(matchRoute('/search')).toEqual({ name: 'search', query: '' });
		expect(matchRoute('/search', '?q=%E0%A4%A')).toEqual({
			name: 'search',
			query: '\ufffd' + '%A'
		});
	});

	it('round-trips through searchPath', () => {
		for (const query of ['díaz\u2011canel', '__proto__', 'a&b=c?#d', '“quotes”', '']) {
			const url = new URL(searchPath(query, 'Sec & tion'), 'https://x.test');
			expect(matchRoute(url.pathname, url.search)).toEqual({
				name: 'search',
				query,
				section: 'Sec & tion'
			});
		}
	});
});
