import { APP_ONLY_PATHS } from './app-only-paths.ts';

/** The policy every built page carries in a <meta> tag (vite.config.ts) and hosts send as a header. */
export const CONTENT_SECURITY_POLICY = [
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

/** As a header the policy can also forbid framing, which a <meta> policy cannot. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * dist/_headers, read by Netlify and Cloudflare Pages. Both join the values of a header that more
 * than one rule sets, so Cache-Control is set by exactly one rule per address: hashed files
 * immutable, everything that names them (pages, the worker, the manifests, the feeds) no-cache.
 */
export function headersFile(): string {
	const noCache = [
		'/',
		'/*.html',
		'/article/*',
		...APP_ONLY_PATHS.map((p) => `/${p}`),
		'/sw.js',
		'/manifest.webmanifest',
		'/content/manifest.json',
		'/feed.json',
		'/rss.xml',
		'/sitemap.xml',
		'/robots.txt'
	];
	return [
		'/*',
		`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`,
		'  X-Content-Type-Options: nosniff',
		`  Referrer-Policy: ${REFERRER_POLICY}`,
		'/assets/*',
		`  Cache-Control: ${IMMUTABLE}`,
		'/workbox-*',
		`  Cache-Control: ${IMMUTABLE}`,
		'/content/parts/*',
		`  Cache-Control: ${IMMUTABLE}`,
		'/content/packs/*',
		`  Cache-Control: ${IMMUTABLE}`,
		...noCache.flatMap((path) => [path, '  Cache-Control: no-cache']),
		''
	].join('\n');
}
