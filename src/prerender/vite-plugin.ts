import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin } from 'vite';
import { compareRanks, type Brief } from '../content/brief.ts';
import { loadContent } from '../content/vite-plugin.ts';
import type { PrerenderedPage } from '../lib/prerendered-page.ts';
import type { SegmentMaker } from '../content/packs.ts';
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
 * Draws share cards, through the card cache unless BRIEFS_CARD_CACHE=off. The cache is kept in
 * node_modules/.cache, where build tools keep theirs (and CI caches usually look).
 */
async function cardDrawer(root: string, logo: string) {
	const draw = (brief: Brief) => shareCard(brief, logo);
	if (process.env.BRIEFS_CARD_CACHE === 'off') return draw;
	const code = await readFile(join(root, 'src/prerender/share-card.ts'), 'utf8');
	const dir = process.env.BRIEFS_CARD_CACHE || join(root, 'node_modules/.cache/briefs-cards');
	return cachedCards(draw, dir, code + logo);
}

/**
 * Makes every published brief a web page (src/prerender/site-pages.ts): its own HTML with link
 * preview tags, the feeds, the sitemap, and the app shell the service worker answers with.
 */
export function briefsPages({ seedDirs, segment, siteUrl, define }: PagesOptions): Plugin {
	let root = process.cwd();
	return {
		name: 'briefs-pages',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		generateBundle: {
			// After the HTML plugin: pages are built from the final index.html.
			order: 'post',
			async handler(_options, bundle) {
				const index = bundle['index.html'];
				if (index?.type !== 'asset') return this.error('no index.html in the bundle');
				const { bundle: content, partOf } = await loadContent(seedDirs, segment);
				const logo = await readFile(join(root, 'public/favicon.svg'), 'utf8');
				const renderer = await startRenderer(root, define);
				let files: Map<string, string | Uint8Array>;
				try {
					files = await sitePages({
						template: String(index.source),
						briefs: [...content.briefs].sort((a, b) => compareRanks(a.rank, b.rank)),
						site: siteUrl,
						renderPage: renderer.renderPage,
						drawCard: await cardDrawer(root, logo),
						partOf: (id) => partOf.get(id)
					});
				} finally {
					await renderer.close();
				}
				for (const [fileName, source] of files) {
					if (fileName === 'index.html') index.source = source;
					else this.emitFile({ type: 'asset', fileName, source });
				}
			}
		}
	};
}
