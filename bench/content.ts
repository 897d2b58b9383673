// The publisher's and the reader's real path at N briefs: N synthetic seed files (placeholder
// text, never news) in a seeds folder, the real `vite build`, `dist/` served by a static server
// that counts the bytes it sends (with the build's compressed siblings and ETags, as a CDN or
// nginx would), and Chromium at 4× CPU with a fresh profile and its service worker on. Then two
// deploys: one new brief (dated today, so it goes on top), and one edited old brief.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ContentManifest } from '../src/content/packs';
import { buildApp } from '../tests/e2e/support/build-variants';
import { writeLibrarySeeds } from '../tests/e2e/support/library-seeds';
import { SwappableServer } from '../tests/e2e/support/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/tools/chromium.mjs';
import { markTime, readRecord, throttledPage, THROTTLING, until } from './browser';

export interface DeployFigures {
	/** Everything the server sent for the online start after the deploy. */
	transferKB: number;
	/** Of which content (manifest, parts, packs). */
	contentKB: number;
	/** Content files fetched (manifest included). */
	requests: number;
	/**
	 * From the start to the change being on screen (new brief: on the page's clock, from the
	 * navigation) or stored (edited one: from the reload, as the harness sees it).
	 */
	ms: number;
	buildS: number;
}

export interface ContentFigures {
	briefs: number;
	cpuThrottling: number;
	buildS: number;
	distMB: number;
	/** The seed files' text, as written, and gzipped (level 9) as one file. */
	textMB: number;
	textGzipMB: number;
	/** Content files the build wrote (parts and packs, without their siblings). */
	contentFiles: number;
	firstVisit: {
		transferMB: number;
		contentMB: number;
		requests: number;
		feedPaintedMs: number;
		/** A name from the first page typed into search, to its first results on screen. */
		searchAnsweringMs: number;
		/** Every brief stored, and the whole library searchable (the worker's index saved). */
		storedS: number;
		indexedS: number;
		/** Briefs stored per second of storing (the app's own clock, downloads apart). */
		seedingBriefsPerS: number;
		storageMB: number;
		/** Where content is kept: briefs in IndexedDB, content files in the service worker's caches. */
		storedBriefs: number;
		cachedContentFiles: number;
	};
	addOne: DeployFigures;
	editOne: DeployFigures;
}

const MB = 2 ** 20;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
	}
	return total;
}

/**
 * The real build, as `npm run build` runs it, of seeds/ and the synthetic folder, with its build
 * cache (cards, pages, segments, compressed files) in `cache`: empty for the first build (as on a
 * publisher's first build, or CI without a cache), kept for the rebuilds after a deploy's change.
 */
function build(seeds: string, outDir: string, cache: string): number {
	const started = Date.now();
	buildApp(outDir, {
		NODE_ENV: 'production',
		BRIEFS_SEEDS: `seeds:${seeds}`,
		BRIEFS_BUILD_LABEL: 'bench',
		BRIEFS_BUILD_CACHE: cache
	});
	return (Date.now() - started) / 1000;
}

const manifestOf = (dist: string): ContentManifest =>
	JSON.parse(readFileSync(join(dist, 'content/manifest.json'), 'utf8'));

const storedVersion = async (page: Page) =>
	((await readRecord(page, 'meta', 'contentVersion')) as { value?: { version?: string } })?.value
		?.version;

function sentSince(server: SwappableServer, from: number) {
	const sent = server.sent.slice(from);
	const content = sent.filter((s) => s.path.startsWith('/content/'));
	const sum = (list: typeof sent) => list.reduce((n, s) => n + s.bytes, 0);
	return { all: sum(sent), content: sum(content), requests: content.length };
}

export async function contentBench(count: number): Promise<ContentFigures> {
	const work = mkdtempSync(join(tmpdir(), `briefs-bench-${count}-`));
	const seeds = join(work, 'seeds');
	const dists = [1, 2, 3].map((n) => join(work, `dist${n}`));
	const cache = join(work, 'cache');
	try {
		writeLibrarySeeds(seeds, count);
		const text = Buffer.concat(
			readdirSync(seeds)
				.sort()
				.map((name) => readFileSync(join(seeds, name)))
		);
		const buildS = build(seeds, dists[0], cache);
		const manifest = manifestOf(dists[0]);
		const contentFiles = manifest.packs.reduce(
			(n, pack) => n + pack.parts.length + (pack.parts.length > 1 ? 1 : 0),
			0
		);

		const server = new SwappableServer(dists[0]);
		await server.start();
		const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		try {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await throttledPage(context);

			// First visit.
			await page.goto(`${server.url}/`);
			const feedPaintedMs = await markTime(page, 'feed-painted', 120_000);
			const first = page.locator('ol.feed-list a').first();
			const name = ((await first.textContent()) ?? '').trim().split(/\s+/).at(-1) ?? '';
			const search = page.getByRole('searchbox', { name: 'Search briefs' });
			await search.fill(name);
			await page.waitForFunction(
				(name) =>
					performance.getEntriesByName('search-results').some((m) => {
						const shown = (m as PerformanceMark).detail === name;
						return shown && document.querySelector('section.search a[href^="/article/"]') !== null;
					}),
				name,
				{ timeout: 300_000, polling: 50 }
			);
			const searchAnsweringMs = await page.evaluate(() => performance.now());
			await until(async () => (await storedVersion(page)) === manifest.version, 900_000, 'storing');
			const storedS = (await page.evaluate(() => performance.now())) / 1000;
			await until(
				async () =>
					((await readRecord(page, 'searchIndex', 'main')) as { contentVersion?: string })
						?.contentVersion === manifest.version,
				900_000,
				'the search index'
			);
			const indexedS = (await page.evaluate(() => performance.now())) / 1000;
			const stored = await page.evaluate(() => {
				const mark = performance.getEntriesByName('content-stored')[0] as PerformanceMark;
				return mark.detail as { briefs: number; storeMs: number };
			});
			const where = await page.evaluate(async () => {
				let cached = 0;
				for (const name of await caches.keys()) {
					for (const request of await (await caches.open(name)).keys()) {
						if (/^\/content\/pa(rt|ck)s\//.test(new URL(request.url).pathname)) cached++;
					}
				}
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const open = indexedDB.open('briefs');
					open.onsuccess = () => resolve(open.result);
					open.onerror = () => reject(open.error);
				});
				const briefs = await new Promise<number>((resolve) => {
					const request = db.transaction('briefs').objectStore('briefs').count();
					request.onsuccess = () => resolve(request.result);
				});
				db.close();
				return { cached, briefs, usage: (await navigator.storage.estimate()).usage ?? 0 };
			});
			const visit = sentSince(server, 0);

			// A deploy of one new brief, dated today: on top of the feed.
			const headline = 'Synthetic bench brief added today';
			writeFileSync(
				join(seeds, '999_bench_added.txt'),
				`Date: ${new Date().toISOString().slice(0, 10)}\n\n` +
					readFileSync(join(seeds, readdirSync(seeds).sort()[0]), 'utf8').replace(/^.*$/m, headline)
			);
			const addBuildS = build(seeds, dists[1], cache);
			const added = manifestOf(dists[1]);
			server.root = dists[1];
			let from = server.sent.length;
			// When the page itself put the brief in the feed, on its own clock from the start: the
			// harness finding it later, at 4x CPU, added 0.3 s or more.
			// As text: a function here would be shipped as the bench's own transformed code.
			await page.addInitScript({
				content: `new MutationObserver((_, observer) => {
					const links = document.querySelectorAll('ol.feed-list a');
					if (![...links].some((a) => a.textContent.includes(${JSON.stringify(headline)}))) return;
					performance.mark('bench-brief-shown');
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });`
			});
			// The feed, not a reload of the search the first visit ended on: a reload showed the
			// brief first among search results, once the worker had indexed it.
			await page.goto(`${server.url}/`);
			const addMs = await markTime(page, 'bench-brief-shown', 120_000);
			await until(async () => (await storedVersion(page)) === added.version, 120_000, 'the add');
			const addSent = sentSince(server, from);

			// A deploy that edits one old brief: its part and pack, nothing else.
			const old = readdirSync(seeds).sort()[Math.floor(count / 2)];
			const oldText = readFileSync(join(seeds, old), 'utf8');
			writeFileSync(
				join(seeds, old),
				oldText.replace(/\n([^\n]+)\n$/, '\n$1 Edited for the bench.\n')
			);
			const editBuildS = build(seeds, dists[2], cache);
			const edited = manifestOf(dists[2]);
			server.root = dists[2];
			from = server.sent.length;
			const started = Date.now();
			await page.reload();
			await until(async () => (await storedVersion(page)) === edited.version, 120_000, 'the edit');
			const editMs = Date.now() - started;
			const editSent = sentSince(server, from);
			await context.close();

			const deploy = (sent: ReturnType<typeof sentSince>, ms: number, s: number) => ({
				transferKB: round(sent.all / 1024),
				contentKB: round(sent.content / 1024),
				requests: sent.requests,
				ms,
				buildS: round(s)
			});
			return {
				briefs: count,
				cpuThrottling: THROTTLING,
				buildS: round(buildS),
				distMB: round(folderBytes(dists[0]) / MB),
				textMB: round(text.length / MB, 2),
				textGzipMB: round(gzipSync(text, { level: 9 }).length / MB, 2),
				contentFiles,
				firstVisit: {
					transferMB: round(visit.all / MB, 2),
					contentMB: round(visit.content / MB, 2),
					requests: visit.requests,
					feedPaintedMs: Math.round(feedPaintedMs),
					searchAnsweringMs: Math.round(searchAnsweringMs),
					storedS: round(storedS),
					indexedS: round(indexedS),
					seedingBriefsPerS: Math.round(stored.briefs / (stored.storeMs / 1000)),
					storageMB: round(where.usage / MB),
					storedBriefs: where.briefs,
					cachedContentFiles: where.cached
				},
				addOne: deploy(addSent, Math.round(addMs), addBuildS),
				editOne: deploy(editSent, editMs, editBuildS)
			};
		} finally {
			await browser.close();
			await server.stop();
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
