// What a first visit must download before anything shows: every script and stylesheet named by
// dist/index.html (the entry chunk and what it pulls in is lazy-loaded on demand), compressed
// as a server would. The search worker is counted apart: it loads after the feed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Sizes {
	files: string[];
	raw: number;
	gzip: number;
	brotli: number;
}

export interface BundleFigures {
	criticalJs: Sizes;
	criticalCss: Sizes;
	worker: Sizes;
}

function sizes(dist: string, files: string[]): Sizes {
	const total = { files, raw: 0, gzip: 0, brotli: 0 };
	for (const file of files) {
		const bytes = readFileSync(join(dist, file));
		total.raw += bytes.length;
		total.gzip += gzipSync(bytes, { level: 9 }).length;
		total.brotli += brotliCompressSync(bytes).length;
	}
	return total;
}

export function bundleFigures(dist: string): BundleFigures {
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1].replace(/^\//, ''));
	const js = [
		...refs(/<script[^>]*\ssrc="([^"]+)"/g),
		...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)
	];
	// noscript.css is only for readers without JavaScript, who download no scripts either.
	const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).filter(
		(file) => file !== 'noscript.css'
	);
	const workers = readdirSync(join(dist, 'assets'))
		.filter((f) => /^worker-.*\.js$/.test(f))
		.map((f) => `assets/${f}`);
	return {
		criticalJs: sizes(dist, js),
		criticalCss: sizes(dist, css),
		worker: sizes(dist, workers)
	};
}
