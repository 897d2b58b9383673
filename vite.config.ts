/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { briefsContent } from './src/content/vite-plugin.ts';

/**
 * The strict policy goes into the built page only: the dev server's hot reload injects inline
 * styles and scripts that a strict policy would (rightly) block.
 */
const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' https: data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'"
].join('; ');

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

export default defineConfig({
	plugins: [
		svelte(),
		briefsContent('seeds'),
		contentSecurityPolicy(),
		VitePWA({
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				name: 'Briefs',
				short_name: 'Briefs',
				description: 'News briefs you can read, search and save offline.',
				id: '/',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: '#1d2b36',
				background_color: '#fbfaf7'
			},
			workbox: {
				globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'content/*.json'],
				navigateFallback: 'index.html',
				cleanupOutdatedCaches: true
			}
		})
	],
	build: { target: 'es2022' },
	// Module workers, like the app: the search worker shares chunks (Dexie) with it.
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
