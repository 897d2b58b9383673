import { describe, expect, it } from 'vitest';
import { lazyViews, ROUTE_VIEWS, sameView, viewOf } from '../../src/route-views';
import { ROUTES, type Route } from '../../src/state/routes';
import Feed from '../../src/views/Feed.svelte';

describe('the view of each route', () => {
	it('exists for every entry of the route table', () => {
		expect(Object.keys(ROUTE_VIEWS).sort()).toEqual(Object.keys(ROUTES).sort());
	});

	it('is the feed at once, from the entry chunk; every other view is fetched when opened', () => {
		expect(lazyViews.loaded).toEqual({ feed: Feed });
		for (const [name, view] of Object.entries(ROUTE_VIEWS))
			expect('view' in view, name).toBe(name === 'feed');
	});

	it('loads a component for every lazy route', async () => {
		for (const name of Object.keys(ROUTE_VIEWS) as Route['name'][]) await lazyViews.load(name);
		expect(lazyViews.failed).toEqual({});
		expect(Object.keys(lazyViews.loaded).sort()).toEqual(Object.keys(ROUTES).sort());
	});

	it('gives the article its slug and search its query and section', () => {
		expect(
			viewOf({ name: 'article', slug: 'a-b' }).props?.({ name: 'article', slug: 'a-b' })
		).toEqual({ slug: 'a-b' });
		const search: Route = { name: 'search', query: 'havana', section: 'World' };
		expect(viewOf(search).props?.(search)).toEqual({ query: 'havana', section: 'World' });
		expect(viewOf({ name: 'saved' }).props).toBeUndefined();
	});

	it('is a new view per article, the same one as a search is refined', () => {
		expect(sameView({ name: 'article', slug: 'a' }, { name: 'article', slug: 'a' })).toBe(true);
		expect(sameView({ name: 'article', slug: 'a' }, { name: 'article', slug: 'b' })).toBe(false);
		expect(sameView({ name: 'feed' }, { name: 'saved' })).toBe(false);
		expect(
			sameView({ name: 'search', query: 'a' }, { name: 'search', query: 'ab', section: 'World' })
		).toBe(true);
		expect(
			sameView({ name: 'not-found', path: '/404' }, { name: 'not-found', path: '/no/such/page' })
		).toBe(true);
	});
});
