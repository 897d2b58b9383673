/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { briefsContent } from './src/content/vite-plugin.ts';
import { previewPages } from './src/prerender/preview-pages.ts';
import { briefsPages } from './src/prerender/vite-plugin.ts';
import { CONTENT_SECURITY_POLICY } from './src/prerender/security-headers.ts';
import { siteUrl } from './src/prerender/site-url.ts';

/**
 * The strict policy goes into the built page only: the dev server's hot reload injects inline
 * styles and scripts that a strict policy would (rightly) block.
 */
function contentSecurityPolicy(): Plugin {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
	return {
		name: 'briefs-csp',
		apply: 'build',
		// Right after the charset, before any script or stylesheet the policy must cover.
		transformIndexHtml: (html) =>
			html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n\t\t${meta}`)
	};
}

/**
 * Seed folders, in order. BRIEFS_SEEDS (colon-separated) lets tests build a variant of the app with
 * extra synthetic briefs; readers' builds always use seeds/.
 */
const seedDirs = (process.env.BRIEFS_SEEDS ?? 'seeds').split(':').filter(Boolean);

const define = {
	__BUILD_LABEL__: JSON.stringify(process.env.BRIEFS_BUILD_LABEL ?? 'local')
};

const ICON_BACKGROUND = '#1d2b36';

export default defineConfig({
	plugins: [
		svelte(),
		briefsContent(seedDirs),
		contentSecurityPolicy(),
		briefsPages({ seedDirs, siteUrl: siteUrl(process.env.BRIEFS_SITE_URL || undefined), define }),
		previewPages(),
		VitePWA({
			registerType: 'prompt',
			injectRegister: false,
			pwaAssets: {
				image: 'public/favicon.svg',
				overrideManifestIcons: true,
				injectThemeColor: false,
				includeHtmlHeadLinks: true,
				preset: {
					transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
					maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: ICON_BACKGROUND } },
					apple: { sizes: [180], padding: 0.3, resizeOptions: { background: ICON_BACKGROUND } }
				}
			},
			manifest: {
				name: 'Briefs',
				short_name: 'Briefs',
				description: 'News briefs you can read, search and save offline.',
				id: '/',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				lang: 'en',
				categories: ['news'],
				// Links shared to Briefs from other apps; a Briefs article link opens the article.
				share_target: {
					action: '/share',
					method: 'GET',
					params: { title: 'title', text: 'text', url: 'url' }
				},
				theme_color: '#fbfaf7',
				background_color: '#fbfaf7'
			},
			workbox: {
				// The manifest is left out on purpose: a precached copy would hide every later deploy's
				// content. It is fetched network-first instead (below).
				// HTML: the empty app shell only. Every navigation, `/` and the prerendered articles
				// included, is answered with it, and the app renders from IndexedDB. A precached page
				// would be as old as the worker's install, while IndexedDB follows the content manifest
				// (network first) on every start: showing the page first would show older text than
				// the library holds. The prerendered pages are for the first visit, crawlers, link
				// previews and readers without JavaScript; none of them has this worker yet.
				globPatterns: ['**/*.{js,css,svg,png,ico}', 'shell.html', 'content/briefs.*.json'],
				// Share cards are content (one per brief), fetched by link previews, never by the app.
				globIgnores: ['cards/**'],
				navigateFallback: 'shell.html',
				// The first install takes control at once, so a first visit is already offline-ready.
				clientsClaim: true,
				// Files a reader may open by address (a feed, the sitemap, a share card) are files,
				// never the app.
				navigateFallbackDenylist: [
					/^\/content\//,
					/^\/sw\.js$/,
					/^\/cards\//,
					/^\/(feed\.json|rss\.xml|sitemap\.xml|robots\.txt|_headers)$/
				],
				cleanupOutdatedCaches: true,
				runtimeCaching: [
					{
						// The bare URL only: '?reachability' must reach the network (src/lib/reachability.ts).
						urlPattern: ({ url, sameOrigin }) =>
							sameOrigin && url.pathname === '/content/manifest.json' && !url.search,
						handler: 'NetworkFirst',
						options: {
							cacheName: 'content-manifest',
							networkTimeoutSeconds: 3,
							expiration: { maxEntries: 1 }
						}
					},
					{
						// Bundles are named by their content version, so a cached one never goes stale.
						urlPattern: ({ url, sameOrigin }) =>
							sameOrigin && /^\/content\/briefs\.[a-f0-9]+\.json$/.test(url.pathname),
						handler: 'CacheFirst',
						options: { cacheName: 'content-bundles', expiration: { maxEntries: 3 } }
					},
					{
						urlPattern: ({ request }) => request.destination === 'image',
						handler: 'CacheFirst',
						options: {
							cacheName: 'images',
							cacheableResponse: { statuses: [0, 200] },
							expiration: {
								maxEntries: 200,
								maxAgeSeconds: 60 * 60 * 24 * 30,
								purgeOnQuotaError: true
							}
						}
					}
				]
			}
		})
	],
	define,
	build: { target: 'es2022' },
	// Module workers, like the app: the search worker shares chunks (Dexie) with it.
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Some tests re-import modules fresh; on two busy cores that alone can pass the 5 s default.
		testTimeout: 20_000,
		environment: 'node'
	}
});
