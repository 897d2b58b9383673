import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import {
	brotliCompress as brotliCallback,
	constants as zlibConstants,
	gzip as gzipCallback
} from 'node:zlib';
import type { Plugin } from 'vite';
import { buildContent, ContentBuildError } from './bundle.ts';
import type { SegmentMaker } from './packs.ts';

const gzip = promisify(gzipCallback);
const brotliCompress = promisify(brotliCallback);

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

let last:
	{ key: string; segment?: SegmentMaker; content: ReturnType<typeof buildContent> } | undefined;

/**
 * Parses the seed folders into the content bundle; throws ContentBuildError on a bad seed. The
 * content plugin and the pages plugin both ask for it in one build, and dev asks on every
 * request: the same seeds are parsed, packed and indexed once (at 10,000 briefs, seconds each).
 */
export async function loadContent(seedDirs: string[], segment?: SegmentMaker) {
	const files = await readSeeds(seedDirs);
	const hash = createHash('sha256');
	for (const { name, text } of files) hash.update(`${name}\0${text}\0`);
	const key = hash.digest('hex');
	if (last?.key !== key || last.segment !== segment) {
		last = { key, segment, content: buildContent(files, segment) };
	}
	return last.content;
}

/**
 * Compressed siblings (x.json.gz, x.json.br) for hosts that serve them as they are (nginx's
 * gzip_static, a CDN's precompressed assets): packs are immutable, so they are compressed once
 * here instead of on every request. Brotli at quality 5: within a few percent of its best on
 * this text, at a fraction of the time a library of 50,000 briefs would take at 11.
 */
async function compressed(source: string): Promise<[gzip: Uint8Array, brotli: Uint8Array]> {
	const input = Buffer.from(source);
	return Promise.all([
		gzip(input, { level: 9 }),
		brotliCompress(input, {
			params: {
				[zlibConstants.BROTLI_PARAM_QUALITY]: 5,
				[zlibConstants.BROTLI_PARAM_SIZE_HINT]: input.length
			}
		})
	]);
}

/**
 * Turns seeds/ into content/manifest.json and the packs it lists (src/content/packs.ts) at build
 * time, each with compressed siblings, and serves the same files in dev. A bad seed fails the
 * build with file:line.
 */
export function briefsContent(seedDirs: string[], segment?: SegmentMaker): Plugin {
	const build = () => loadContent(seedDirs, segment);
	return {
		name: 'briefs-content',
		async generateBundle() {
			try {
				const { files } = await build();
				for (const [fileName, source] of files) {
					this.emitFile({ type: 'asset', fileName, source });
					const [gz, br] = await compressed(source);
					this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gz });
					this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: br });
				}
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
					const body = (await build()).files.get(path.slice(1));
					if (body === undefined) return next();
					res.setHeader('Content-Type', 'application/json');
					res.end(body);
				} catch (error) {
					res.statusCode = 500;
					res.end(String(error instanceof Error ? error.message : error));
				}
			});
		}
	};
}
