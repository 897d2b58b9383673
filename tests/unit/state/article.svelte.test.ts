// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { ArticleState } from '../../../src/state/article.svelte';
import {
	databaseLibrary,
	failingQuery,
	freshDatabase,
	libraryFor,
	memoryLibrary,
	seeded,
	synthetic,
	useLibrary
} from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library, and says how content sync went.
const use = vi.hoisted(() => ({
	content: { status: 'idle' } as { status: 'idle' | 'syncing' | 'ready' | 'failed' }
}));
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);
vi.mock('../../../src/state/content.svelte', () => ({
	get content() {
		return use.content;
	}
}));

afterEach(() => {
	vi.restoreAllMocks();
	use.content = { status: 'idle' };
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('ArticleState', () => {
	it('finds the brief by slug, and follows it as content sync changes it', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		const [first] = bundle.briefs;
		const article = new ArticleState(() => first.slug);
		const reader = watch(() => [article.brief, article.status]);
		expect(article.status).toBe('loading');
		await vi.waitFor(() => expect(article.status).toBe('found'));
		expect(article.brief?.id).toBe(first.id);

		await db.briefs.update(first.id, { headline: 'A new headline' });
		await vi.waitFor(() => expect(article.brief?.headline).toBe('A new headline'));
		await reader.stop();
	});

	it('is missing when storage has no such brief', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		await seeded(db, synthetic(1));
		const article = new ArticleState(() => 'no-such-brief');
		const reader = watch(() => article.status);
		await vi.waitFor(() => expect(article.status).toBe('missing'));
		expect(article.brief).toBeUndefined();
		await reader.stop();
	});

	it('keeps the built copy while sync is storing it, drops it once sync is done without it', async () => {
		const content = $state<typeof use.content>({ status: 'syncing' });
		use.content = content;
		const db = freshDatabase();
		const library = await libraryFor(db);
		useLibrary(library);
		await library.open();
		const { bundle } = await buildContent([synthetic(1)]);
		const built = bundle.briefs[0];

		const article = new ArticleState(() => built.slug, built);
		const reader = watch(() => article.brief);
		expect(article.brief?.id).toBe(built.id);
		await vi.waitFor(() => expect(article.status).toBe('missing'));
		// Missing while the sync runs: the library is on its way, the built page stands.
		expect(article.brief?.id).toBe(built.id);
		// The sync says it is done a moment before storage's next answer: still standing.
		content.status = 'ready';
		await settle();
		expect(article.brief?.id).toBe(built.id);
		await seeded(db, synthetic(1));
		await vi.waitFor(() => expect(article.status).toBe('found'));
		await reader.stop();

		// A brief a newer deploy removed: storage says missing after the sync, and it goes.
		const removed = new ArticleState(() => 'removed-brief', { ...built, slug: 'removed-brief' });
		const second = watch(() => removed.brief);
		expect(removed.brief).toBeDefined();
		await vi.waitFor(() => expect(removed.status).toBe('missing'));
		expect(removed.brief).toBeUndefined();
		await second.stop();
	});

	it('says why when the brief cannot be read', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const library = await libraryFor(freshDatabase(), {
			watchBriefBySlug: () => failingQuery('unreadable')
		});
		useLibrary(library);
		await library.open();
		const article = new ArticleState(() => 'any');
		const reader = watch(() => article.status);
		await vi.waitFor(() => expect(article.status).toBe('failed'));
		expect(article.failure).toBe("Couldn't read this brief: unreadable");
		await reader.stop();
	});

	it('in memory: loading until the bundle is held, then found or missing', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const { bundle } = await buildContent([synthetic(1)]);
		const article = new ArticleState(() => bundle.briefs[0].slug);
		const missing = new ArticleState(() => 'no-such-brief');
		const reader = watch(() => [article.status, missing.status]);
		expect(article.status).toBe('loading');
		library.holdInMemory(bundle.briefs);
		expect(article.status).toBe('found');
		expect(missing.status).toBe('missing');
		await reader.stop();
	});
});
