import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

/** The file a static host would answer `pathname` with, relative to the build folder. */
export function staticPageFor(outDir: string, pathname: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const file = normalize(join(outDir, decoded));
	if (!file.startsWith(normalize(outDir))) return undefined;
	const candidates = extname(decoded) ? [file] : [file, join(file, 'index.html')];
	return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * `vite preview` (what `npm start` serves) answers as the Deploy section asks a host to: a
 * prerendered page at its address without the trailing slash, and the app shell, not the
 * prerendered feed, for any other address the app may know (an imported brief, a mistyped link).
 */
export function previewPages(): Plugin {
	let outDir = 'dist';
	return {
		name: 'briefs-preview-pages',
		apply: 'serve',
		configResolved(config) {
			outDir = join(config.root, config.build.outDir);
		},
		configurePreviewServer(server) {
			server.middlewares.use((req, _res, next) => {
				if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
				const [pathname, query = ''] = req.url.split(/\?(.*)/s, 2);
				if (extname(pathname) || pathname === '/') return next();
				const page = staticPageFor(outDir, pathname);
				const search = query ? `?${query}` : '';
				if (page) {
					if (page.endsWith('index.html') && !pathname.endsWith('index.html'))
						req.url = `${pathname.replace(/\/?$/, '/')}index.html${search}`;
				} else req.url = `/shell.html${search}`;
				next();
			});
		}
	};
}
