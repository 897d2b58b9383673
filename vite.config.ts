/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { emptyOutDirAside } from './src/build/empty-out-dir-aside.ts';
import { briefsContent } from './src/content/vite-plugin.ts';
import { makeSegment } from './src/search/segment.ts';
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

/** What the import pipeline reads, by extension and by MIME type (share sheets filter by either). */
const SHAREABLE_FILES = [
	'.txt',
	'text/plain',
	'.md',
	'text/markdown',
	'.json',
	'application/json',
	'application/feed+json',
	'.xml',
	'application/xml',
	'text/xml',
	'application/rss+xml',
	'application/atom+xml'
];

/** Specs of the state classes (src/state/*.svelte.ts), which run in the browser. */
const STATE_SPECS = 'tests/unit/state/*.svelte.test.ts';

export default defineConfig({
	plugins: [
		emptyOutDirAside(),
		svelte(),
		briefsContent(seedDirs, makeSegment),
		contentSecurityPolicy(),
		briefsPages({
			seedDirs,
			segment: makeSegment,
			siteUrl: siteUrl(process.env.BRIEFS_SITE_URL || undefined),
			define
		}),
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
				description:
					'Short news briefs — a headline, a summary, five key takeaways and the story — that you can read, search, save and listen to with no network. New briefs arrive in the background, and the sections you follow come first.',
				id: '/',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				lang: 'en',
				categories: ['news'],
				// Links and files shared to Briefs from other apps. The service worker (src/sw.ts) hands
				// files to the Import page and sends links on to GET /share, which opens a Briefs article.
				share_target: {
					action: '/share',
					method: 'POST',
					enctype: 'multipart/form-data',
					params: {
						title: 'title',
						text: 'text',
						url: 'url',
						files: [{ name: 'files', accept: SHAREABLE_FILES }]
					}
				},
				// Real screenshots of the built app for the richer install sheet, made by
				// `node tests/tools/screenshots.mjs --manifest` (README); never drawn.
				screenshots: [
					{
						src: '/screenshots/feed-narrow.png',
						sizes: '390x844',
						type: 'image/png',
						form_factor: 'narrow',
						label: 'The feed of briefs on a phone'
					},
					{
						src: '/screenshots/article-narrow.png',
						sizes: '390x844',
						type: 'image/png',
						form_factor: 'narrow',
						label: 'A brief with its key takeaways'
					},
					{
						src: '/screenshots/feed-wide.png',
						sizes: '1280x800',
						type: 'image/png',
						form_factor: 'wide',
						label: 'The feed of briefs on a wide screen'
					}
				],
				shortcuts: [
					{
						name: 'Continue reading',
						short_name: 'Continue',
						description: 'Back to where you stopped in the last brief you read',
						url: '/continue',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					},
					{
						name: 'Saved',
						description: 'The briefs you saved',
						url: '/saved',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					},
					{
						name: 'Skim',
						description: 'Every headline with its takeaways',
						url: '/skim',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					},
					{
						name: 'Search',
						description: 'Search every brief',
						url: '/search',
						icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
					}
				],
				theme_color: '#fbfaf7',
				background_color: '#fbfaf7'
			},
			// src/sw.ts: the precache, navigation fallback and runtime routes that generateSW made
			// from configuration, plus the POST share target and the periodic content check.
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'sw.ts',
			injectManifest: {
				// The app shell only. Content is never precached: the bundle grows with the library and
				// past Workbox's 2 MiB limit failed the build (about 340 briefs), a precached copy was
				// downloaded a second time on every deploy, and content belongs in IndexedDB. The
				// content manifest is fetched network-first (src/sw.ts).
				// HTML: the empty app shell only (shell.html), see the navigation route in src/sw.ts.
				globPatterns: ['**/*.{js,css,svg,png,ico}', 'shell.html'],
				// Share cards are content (one per brief), fetched by link previews, never by the app;
				// only the install sheet shows the screenshots: no reader needs either offline.
				globIgnores: ['cards/**', 'screenshots/**']
			}
		})
	],
	define,
	build: { target: 'es2022' },
	// Module workers, like the app: the search worker shares chunks (Dexie) with it.
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	test: {
		// Some tests re-import modules fresh; on two busy cores that alone can pass the 5 s default.
		testTimeout: 20_000,
		environment: 'node',
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [STATE_SPECS] }
			},
			{
				// The state classes' effects and createSubscriber run only in Svelte's client runtime;
				// node would resolve its server one, where they never run.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'state', include: [STATE_SPECS] }
			}
		]
	}
});
