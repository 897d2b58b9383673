import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin } from 'vite';
import { compareRanks, type Brief } from '../content/brief.ts';
import { loadContent } from '../content/vite-plugin.ts';
import type { PrerenderedPage } from '../lib/prerendered-page.ts';
import type { SegmentMaker } from '../content/packs.ts';
import { buildCache, codeKey } from '../build/build-cache.ts';
import type { FileCache } from '../build/file-cache.ts';
import { OutDirWriter } from '../build/out-dir.ts';
import { cachedCards } from './card-cache.ts';
import { shareCard } from './share-card.ts';
import { sitePages } from './site-pages.ts';

export interface PagesOptions {
	seedDirs: string[];
	/** The content's segment maker: a page names its brief's part, whose name its segment shapes. */
	segment?: SegmentMaker;
	siteUrl: string;
	/** The build's `define`, for modules that read build constants. */
	define: Record<string, string>;
}

/**
 * A server-side module runner over the app's source, so that pages come from the same components
 * the app mounts, compiled for the server. Only the Svelte plugin: the PWA's virtual module is
 * not needed to render, so it is stubbed.
 */
async function startRenderer(root: string, define: Record<string, string>) {
	const server = await createServer({
		configFile: false,
		root,
		mode: 'production',
		logLevel: 'warn',
		appType: 'custom',
		define,
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		optimizeDeps: { noDiscovery: true, include: [] },
		plugins: [
			svelte({ compilerOptions: { dev: false } }),
			{
				name: 'briefs-prerender-pwa-stub',
				resolveId: (id) => (id === 'virtual:pwa-register' ? '\0pwa-register-stub' : undefined),
				load: (id) =>
					id === '\0pwa-register-stub'
						? 'export const registerSW = () => () => Promise.resolve();'
						: undefined
			}
		]
	});
	try {
		const module = (await server.ssrLoadModule('/src/prerender/render-page.ts')) as {
			renderPage: (page: PrerenderedPage) => Promise<string>;
		};
		return { renderPage: module.renderPage, close: () => server.close() };
	} catch (error) {
		await server.close();
		throw error;
	}
}

/**
 * Share cards, each drawn unless `cache` has it. One card at a time, as before pages were written
 * as they were made: with many drawn at once, a first build of 50,000 briefs died of a divide
 * error inside libvips after 23,645 cards (and the same cards drew fine the next run).
 */
async function cardMaker(root: string, logo: string, cache: FileCache | undefined) {
	const code = await readFile(join(root, 'src/prerender/share-card.ts'), 'utf8');
	let drawing: Promise<unknown> = Promise.resolve();
	const draw = (brief: Brief) => {
		const card = drawing.then(() => shareCard(brief, logo));
		drawing = card.catch(() => undefined);
		return card;
	};
	return cachedCards(draw, cache, code + logo);
}

/**
 * Makes every published brief a web page (src/prerender/site-pages.ts): its own HTML with link
 * preview tags, the feeds, the sitemap, and the app shell the service worker answers with. The
 * pages are written straight into the build folder, after the bundler's own files, as they are
 * made (src/build/out-dir.ts).
 */
export function briefsPages({ seedDirs, segment, siteUrl, define }: PagesOptions): Plugin {
	let root = process.cwd();
	let template: string | undefined;
	return {
		name: 'briefs-pages',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		generateBundle: {
			// After the HTML plugin: pages are built from the final index.html.
			order: 'post',
			handler(_options, bundle) {
				const index = bundle['index.html'];
				if (index?.type !== 'asset') return this.error('no index.html in the bundle');
				template = String(index.source);
			}
		},
		async writeBundle(options) {
			if (template === undefined) return this.error('no index.html to build pages from');
			const started = Date.now();
			const { bundle: content, partOf } = await loadContent(seedDirs, segment, root);
			const logo = await readFile(join(root, 'public/favicon.svg'), 'utf8');
			const store = buildCache(root, 'pages');
			const cardStore = buildCache(root, 'cards', '.png');
			const cards = await cardMaker(root, logo, cardStore);
			const writer = new OutDirWriter(options.dir ?? join(root, 'dist'));
			const renderer = await startRenderer(root, define);
			try {
				await sitePages(
					{
						template,
						briefs: [...content.briefs].sort((a, b) => compareRanks(a.rank, b.rank)),
						site: siteUrl,
						renderPage: renderer.renderPage,
						card: cards,
						partOf: (id) => partOf.get(id),
						pages: store && { store, code: codeKey(root) }
					},
					(fileName, file) => writer.put(fileName, file)
				);
				await writer.done();
			} finally {
				await renderer.close();
			}
			store?.sweep();
			cardStore?.sweep();
			const kept = [store, cardStore].reduce((n, cache) => n + (cache?.stats.kept ?? 0), 0);
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			this.info(
				`${writer.files} pages, cards and feeds written in ${seconds} s, ${kept} of them from the build cache`
			);
		}
	};
}
