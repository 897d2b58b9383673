import { describe, expect, it } from 'vitest';
import { APP_ONLY_PATHS } from '../../../src/prerender/app-only-paths';
import {
	hrefOf,
	matchRoute,
	NAV,
	ROUTES,
	SHELL_PATHS,
	titleOf,
	type Route,
	type RouteName,
	type RouteOf
} from '../../../src/state/routes';

// One route of each name: a route added to the table fails to type-check here until it has one.
const SAMPLES: { [N in RouteName]: RouteOf<N>[] } = {
	feed: [{ name: 'feed' }],
	saved: [{ name: 'saved' }],
	highlights: [{ name: 'highlights' }],
	skim: [{ name: 'skim' }],
	history: [{ name: 'history' }],
	settings: [{ name: 'settings' }],
	about: [{ name: 'about' }],
	import: [{ name: 'import' }],
	shared: [{ name: 'shared' }],
	continue: [{ name: 'continue' }],
	search: [
		{ name: 'search', query: '' },
		{ name: 'search', query: 'díaz canel', section: 'World & more' }
	],
	article: [{ name: 'article', slug: 'diaz-canel-rejects' }],
	'not-found': [{ name: 'not-found', path: '/no/such/page' }]
};
const samples = Object.values(SAMPLES).flat() as Route[];

const open = (href: string) => {
	const url = new URL(href, 'https://briefs.test');
	return matchRoute(url.pathname, url.search);
};

describe('the route table drives matchRoute', () => {
	it('has a sample for every entry', () => {
		expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(ROUTES).sort());
	});

	it.each(samples.map((route) => [hrefOf(route), route] as const))(
		'%s opens the route it was made from',
		(href, route) => {
			expect(open(href)).toEqual(route);
		}
	);

	it.each(
		Object.entries(ROUTES).flatMap(([name, entry]) => (entry.path ? [[name, entry.path]] : []))
	)('%s answers at its address, with or without a trailing slash', (name, path) => {
		expect(matchRoute(path).name).toBe(name);
		if (path !== '/') expect(matchRoute(`${path}/`).name).toBe(name);
	});

	it('keeps the addresses the app has always answered', () => {
		expect(matchRoute('/index.html')).toEqual({ name: 'feed' });
		expect(matchRoute('/share')).toEqual({ name: 'shared' });
		expect(matchRoute('/continue')).toEqual({ name: 'continue' });
		expect(matchRoute('/article/a-b/')).toEqual({ name: 'article', slug: 'a-b' });
		expect(matchRoute('/shared').name).toBe('not-found');
		expect(matchRoute('/index.html/').name).toBe('not-found');
		expect(matchRoute('/saved//').name).toBe('not-found');
		expect(matchRoute('/search/x').name).toBe('not-found');
	});

	it('refuses an article address past the length limit even with a valid slug', () => {
		const slug = Array.from({ length: 60 }, () => 'abcd').join('-');
		expect(matchRoute(`/article/${slug}`).name).toBe('not-found');
		expect(matchRoute(`/article/${slug.slice(0, 199)}`).name).toBe('article');
	});
});

describe('titles come from the table', () => {
	it.each([
		[{ name: 'feed' }, 'Briefs'],
		[{ name: 'saved' }, 'Saved — Briefs'],
		[{ name: 'highlights' }, 'Highlights — Briefs'],
		[{ name: 'skim' }, 'Skim — Briefs'],
		[{ name: 'history' }, 'History — Briefs'],
		[{ name: 'settings' }, 'Settings — Briefs'],
		[{ name: 'about' }, 'About — Briefs'],
		[{ name: 'import' }, 'Import — Briefs'],
		[{ name: 'shared' }, 'Shared to Briefs'],
		[{ name: 'continue' }, 'Continue reading — Briefs'],
		[{ name: 'search', query: '' }, 'Search — Briefs'],
		[{ name: 'search', query: '   ' }, 'Search — Briefs'],
		[{ name: 'search', query: 'diaz canel' }, '“diaz canel” — Search — Briefs'],
		[{ name: 'search', query: 'x'.repeat(80) }, `“${'x'.repeat(60)}” — Search — Briefs`],
		[{ name: 'not-found', path: '/nope' }, 'Page not found — Briefs']
	] satisfies [Route, string][])('%o is titled %s', (route, title) => {
		expect(titleOf(route)).toBe(title);
	});

	it('titles an article by what it shows, and not before it knows', () => {
		const article = { name: 'article', slug: 'a-b' } as const;
		expect(titleOf(article, { headline: 'Havana talks' })).toBe('Havana talks — Briefs');
		expect(titleOf(article, null)).toBe('Brief not found — Briefs');
		expect(titleOf(article)).toBeUndefined();
	});
});

describe('the nav comes from the table', () => {
	it('lists the labelled routes in table order, each at its own address', () => {
		expect(NAV).toEqual([
			{ name: 'saved', label: 'Saved', href: '/saved' },
			{ name: 'highlights', label: 'Highlights', href: '/highlights' },
			{ name: 'skim', label: 'Skim', href: '/skim' },
			{ name: 'history', label: 'History', href: '/history' },
			{ name: 'settings', label: 'Settings', href: '/settings' }
		]);
		for (const item of NAV) expect(matchRoute(item.href).name).toBe(item.name);
	});
});

describe('the app shell’s addresses come from the table', () => {
	it('are every address of the app alone: none answers 404 on a host with no fallback', () => {
		expect([...SHELL_PATHS].sort()).toEqual(
			[
				'/about',
				'/continue',
				'/highlights',
				'/history',
				'/import',
				'/saved',
				'/search',
				'/settings',
				'/share',
				'/skim'
			].sort()
		);
		expect(APP_ONLY_PATHS).toEqual(SHELL_PATHS.map((path) => path.slice(1)));
		for (const path of SHELL_PATHS) expect(matchRoute(path).name).not.toBe('not-found');
	});
});
