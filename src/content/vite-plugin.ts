import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { buildContent, ContentBuildError } from './bundle.ts';

/** Reads every *.txt of each folder, in file-name order. */
async function readSeeds(dirs: string[]) {
	const perDir = await Promise.all(
		dirs.map(async (dir) => {
			const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
			return Promise.all(
				names.map(async (name) => ({
					name: relative(process.cwd(), join(dir, name)),
					text: await readFile(join(dir, name), 'utf8')
				}))
			);
		})
	);
	return perDir.flat();
}

/** Parses the seed folders into the content bundle; throws ContentBuildError on a bad seed. */
export async function loadContent(seedDirs: string[]) {
	return buildContent(await readSeeds(seedDirs));
}

/**
 * Turns seeds/ into content/manifest.json + content/briefs.<version>.json at build time, and
 * serves the same files in dev. A bad seed fails the build with file:line.
 */
export function briefsContent(seedDirs: string[]): Plugin {
	const build = () => loadContent(seedDirs);
	return {
		name: 'briefs-content',
		async generateBundle() {
			try {
				const { manifest, bundle, bundleFileName } = await build();
				this.emitFile({ type: 'asset', fileName: bundleFileName, source: JSON.stringify(bundle) });
				this.emitFile({
					type: 'asset',
					fileName: 'content/manifest.json',
					source: JSON.stringify(manifest, null, '\t')
				});
			} catch (error) {
				if (error instanceof ContentBuildError) this.error(error.message);
				throw error;
			}
		},
		configureServer(server) {
			server.watcher.add(seedDirs);
			server.middlewares.use(async (req, res, next) => {
				const path = req.url?.split('?')[0] ?? '';
				if (!path.startsWith('/content/')) return next();
				try {
					const { manifest, bundle, bundleFileName } = await build();
					const body =
						path === '/content/manifest.json'
							? manifest
							: path === `/${bundleFileName}`
								? bundle
								: null;
					if (!body) return next();
					res.setHeader('Content-Type', 'application/json');
					res.end(JSON.stringify(body));
				} catch (error) {
					res.statusCode = 500;
					res.end(String(error instanceof Error ? error.message : error));
				}
			});
		}
	};
}
