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
import { buildCache, codeKey } from '../build/build-cache.ts';
import { cachedParse } from '../build/cached-parse.ts';
import { cachedSegments } from '../build/cached-segments.ts';
import { cacheKey, type FileCache } from '../build/file-cache.ts';
import { mapLimited } from '../build/map-limited.ts';
import { OutDirWriter } from '../build/out-dir.ts';
import { CONTENT_FILE_PATTERN, type SegmentMaker } from './packs.ts';
import { parseBrief } from './parse-brief.ts';

const gzip = promisify(gzipCallback);
const brotliCompress = promisify(brotliCallback);

/** Seeds read at once: the rest wait, since a process may hold only so many files open. */
const READING = 64;

/** Reads every *.txt of each folder, in file-name order. */
async function readSeeds(dirs: string[]) {
	const names = [];
	for (const dir of dirs) {
		for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort())
			names.push(join(dir, name));
	}
	return mapLimited(names, READING, async (path) => ({
		name: relative(process.cwd(), path),
		text: await readFile(path, 'utf8')
	}));
}

let last:
	| {
			key: string;
			segment?: SegmentMaker;
			caches: (FileCache | undefined)[];
			content: ReturnType<typeof buildContent>;
	  }
	| undefined;

/**
 * Parses the seed folders into the content bundle; throws ContentBuildError on a bad seed. The
 * content plugin and the pages plugin both ask for it in one build, and dev asks on every
 * request: the same seeds are parsed, packed and indexed once (at 10,000 briefs, seconds each).
 * Segments come from the build cache when their part and the code are unchanged.
 */
export async function loadContent(
	seedDirs: string[],
	segment?: SegmentMaker,
	root = process.cwd()
) {
	const files = await readSeeds(seedDirs);
	const hash = createHash('sha256');
	for (const { name, text } of files) hash.update(`${name}\0${text}\0`);
	const key = hash.digest('hex');
	if (last?.key !== key || last.segment !== segment) {
		const code = codeKey(root);
		const segments = segment && buildCache(root, 'segments');
		const parsed = buildCache(root, 'parsed');
		const make = segments && segment ? cachedSegments(segment, segments, code) : segment;
		const parse = parsed ? cachedParse(parseBrief, parsed, code) : parseBrief;
		last = { key, segment, caches: [segments, parsed], content: buildContent(files, make, parse) };
	}
	return last.content;
}

const COMPRESSION = 'gzip 9, brotli 5';
const compressors = {
	gz: (input: Buffer) => gzip(input, { level: 9 }),
	// Brotli at quality 5: within a few percent of its best on this text, at a fraction of the time
	// a library of 50,000 briefs would take at 11.
	br: (input: Buffer) =>
		brotliCompress(input, {
			params: {
				[zlibConstants.BROTLI_PARAM_QUALITY]: 5,
				[zlibConstants.BROTLI_PARAM_SIZE_HINT]: input.length
			}
		})
};

/**
 * Writes the content files with compressed siblings (x.json.gz, x.json.br) for hosts that serve
 * them as they are (nginx's gzip_static, a CDN's precompressed assets). Packs are immutable and
 * named by their hash, so each is compressed once and kept in the build cache: a deploy
 * compresses the few files it changed.
 */
async function writeContent(root: string, outDir: string, files: Map<string, string>) {
	const writer = new OutDirWriter(outDir);
	const cache = buildCache(root, 'compressed');
	for (const [fileName, source] of files) {
		await writer.put(fileName, source);
		// A pack's name is its hash; the manifest's is not, so its text is the key.
		const named = CONTENT_FILE_PATTERN.test(fileName);
		for (const [extension, compress] of Object.entries(compressors)) {
			const make = () => compress(Buffer.from(source));
			const key = cacheKey(COMPRESSION, extension, named ? fileName : source);
			await writer.put(`${fileName}.${extension}`, { make, cache: cache && { store: cache, key } });
		}
	}
	await writer.done();
	cache?.sweep();
	for (const kept of last?.caches ?? []) kept?.sweep();
}

/**
 * Turns seeds/ into content/manifest.json and the packs it lists (src/content/packs.ts) at build
 * time, each with compressed siblings, and serves the same files in dev. A bad seed fails the
 * build with file:line.
 */
export function briefsContent(seedDirs: string[], segment?: SegmentMaker): Plugin {
	let root = process.cwd();
	const build = () => loadContent(seedDirs, segment, root);
	return {
		name: 'briefs-content',
		configResolved(config) {
			root = config.root;
		},
		// Written into the build folder, not handed to the bundler, which would hold every file in
		// memory until the end (src/build/out-dir.ts).
		async writeBundle(options) {
			try {
				const { files } = await build();
				await writeContent(root, options.dir ?? join(root, 'dist'), files);
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
