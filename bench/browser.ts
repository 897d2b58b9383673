// Browser figures: the production build in Chromium with the CPU slowed 4× (a mid-range phone),
// a synthetic library served as the deployed content bundle, then a cold start with the
// network gone. Reads the performance marks the app sets (feed-painted, search-ready,
// search-results).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { preview, type Plugin } from 'vite';
import { packContent } from '../src/content/packs';
import { makeSegment } from '../src/search/segment';
import { fold } from '../src/content/fold';
import { syntheticCorpus } from './corpus';
import { percentile } from './search';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/tools/chromium.mjs';

export interface BrowserFigures {
	briefs: number;
	cpuThrottling: number;
	seedingBriefsPerS: number;
	indexBuiltS: number;
	firstFeedPaintedMs: number;
	coldFeedPaintedMs: number;
	coldSearchReadyMs: number;
	/** From the page asking the worker (after the first paint) to its index being ready. */
	coldSearchWorkerMs: number;
	query: string;
	keystrokeP50Ms: number;
	keystrokeP95Ms: number;
	keystrokeMaxMs: number;
	longTasksWhileTyping: number;
	longestTaskMs: number;
	storageMB: number;
}

export const THROTTLING = 4;

/** Reads one record straight from IndexedDB, beside Dexie, to see what the app has stored. */
export const readRecord = (page: Page, store: string, key: string) =>
	page.evaluate(
		([store, key]) =>
			new Promise<unknown>((resolve) => {
				const open = indexedDB.open('briefs');
				open.onerror = () => resolve(undefined);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(store)) return resolve((db.close(), undefined));
					const get = db.transaction(store).objectStore(store).get(key);
					get.onsuccess = () => resolve((db.close(), get.result));
					get.onerror = () => resolve((db.close(), undefined));
				};
			}),
		[store, key]
	);

export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
	const end = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > end) throw new Error(`bench: timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

export const markTime = (page: Page, name: string, timeoutMs: number) =>
	page
		.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, name, {
			timeout: timeoutMs,
			polling: 100
		})
		.then((handle) => handle.jsonValue() as Promise<number>);

export async function throttledPage(context: BrowserContext) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING });
	return page;
}

export async function browserBench(
	count: number,
	// BENCH_PORT lets two people bench on one machine at once.
	port = Number(process.env.BENCH_PORT) || 4215
): Promise<BrowserFigures> {
	const { briefs, info } = syntheticCorpus(count);
	const { manifest, files } = await packContent(briefs, makeSegment);
	const version = manifest.version;
	// Served as the deployed files are, by the preview server itself: fulfilling a 60 MB body
	// through page.route crosses the DevTools protocol base64-encoded, which took longer than the
	// app took to store it, and the clock would have measured the harness.
	const bodies = new Map([...files].map(([path, text]) => [`/${path}`, Buffer.from(text)]));
	let online = true;
	let bundleServedAt = 0;
	const content: Plugin = {
		name: 'bench-content',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = req.url?.split('?')[0] ?? '';
				const body = bodies.get(path);
				if (!body) return next();
				// "No network": the connection drops, as a request does with no route to the host.
				if (!online) return void req.socket.destroy();
				if (path !== '/content/manifest.json') bundleServedAt ||= Date.now();
				res.setHeader('Content-Type', 'application/json');
				res.setHeader('Cache-Control', 'no-cache');
				res.end(body);
			});
		}
	};

	const server = await preview({
		logLevel: 'error',
		preview: { port, strictPort: true },
		plugins: [content]
	});
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	try {
		// Service workers blocked so every content request reaches the server above; "offline"
		// below is the app told so (navigator.onLine) with content requests failing, the shell
		// still served.
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 390, height: 844 }
		});
		await context.addInitScript(() => {
			const w = window as unknown as { __longTasks: PerformanceEntry[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({
				type: 'longtask',
				buffered: true
			});
		});

		// First visit: the bundle is stored, then the worker builds and saves the index.
		const first = await throttledPage(context);
		await first.goto(`http://localhost:${port}/`);
		await until(
			async () => {
				const meta = (await readRecord(first, 'meta', 'contentVersion')) as {
					value?: { version?: string; incomplete?: boolean };
				};
				return meta?.value?.version === version && !meta.value.incomplete;
			},
			600_000,
			'the bundle to be stored'
		);
		const seedingS = (Date.now() - bundleServedAt) / 1000;
		const firstFeedPaintedMs = await markTime(first, 'feed-painted', 120_000);
		await until(
			async () => {
				const saved = (await readRecord(first, 'searchIndex', 'main')) as {
					contentVersion?: string;
				};
				return saved?.contentVersion === version;
			},
			600_000,
			'the search index to be saved'
		);
		const indexBuiltS = (Date.now() - bundleServedAt) / 1000;
		const storageMB =
			((await first.evaluate(() => navigator.storage.estimate())).usage ?? 0) / 2 ** 20;
		await first.close();

		// Cold start offline: a new page, stored briefs and the saved index only.
		online = false;
		await context.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false })
		);
		const cold = await throttledPage(context);
		await cold.goto(`http://localhost:${port}/`);
		const coldFeedPaintedMs = await markTime(cold, 'feed-painted', 120_000);
		const coldSearchReadyMs = await markTime(cold, 'search-ready', 300_000);
		const searchRequestedMs = await markTime(cold, 'search-requested', 1000);

		// Typing a name as readers would, in ASCII, one key at a time; each keystroke's latency
		// is from its keydown to the results for that text being in the DOM.
		const query = fold(info[Math.floor(count / 2)].surname).slice(0, 12);
		await cold.keyboard.press('/');
		const typingStart = await cold.evaluate(() => {
			const w = window as unknown as { __keys: number[] };
			w.__keys = [];
			addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), { capture: true });
			return performance.now();
		});
		for (let n = 1; n <= query.length; n++) {
			await cold.keyboard.type(query[n - 1]);
			await cold.waitForFunction(
				(text) =>
					performance
						.getEntriesByName('search-results')
						.some((e) => (e as PerformanceMark).detail === text),
				query.slice(0, n),
				{ timeout: 60_000, polling: 50 }
			);
		}
		const typing = await cold.evaluate(
			([query, start]) => {
				const w = window as unknown as { __keys: number[]; __longTasks: PerformanceEntry[] };
				const marks = performance.getEntriesByName('search-results') as PerformanceMark[];
				const latencies = w.__keys.map((down, i) => {
					const mark = marks.find((m) => m.detail === query.slice(0, i + 1) && m.startTime >= down);
					return mark ? mark.startTime - down : NaN;
				});
				const tasks = w.__longTasks.filter((t) => t.startTime >= start && t.duration > 50);
				return { latencies, tasks: tasks.map((t) => t.duration) };
			},
			[query, typingStart] as const
		);
		await context.close();
		const ms = (n: number) => Math.round(n);
		return {
			briefs: count,
			cpuThrottling: THROTTLING,
			seedingBriefsPerS: Math.round(count / seedingS),
			indexBuiltS: Number(indexBuiltS.toFixed(1)),
			firstFeedPaintedMs: ms(firstFeedPaintedMs),
			coldFeedPaintedMs: ms(coldFeedPaintedMs),
			coldSearchReadyMs: ms(coldSearchReadyMs),
			coldSearchWorkerMs: ms(coldSearchReadyMs - searchRequestedMs),
			query,
			keystrokeP50Ms: ms(percentile(typing.latencies, 50)),
			keystrokeP95Ms: ms(percentile(typing.latencies, 95)),
			keystrokeMaxMs: ms(Math.max(...typing.latencies)),
			longTasksWhileTyping: typing.tasks.length,
			longestTaskMs: ms(Math.max(0, ...typing.tasks)),
			storageMB: Number(storageMB.toFixed(1))
		};
	} finally {
		await browser.close();
		await new Promise((resolve) => server.httpServer.close(resolve));
	}
}
