// Import responsiveness: the hostile and large files of tests/e2e/import-responsive.spec.ts fed to
// the production build's /import page in Chromium, with the page's longest task while it reads
// each. The budget (issue 17) is no task over 200 ms.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { importMade, type Maker } from '../tests/e2e/support/import-responsiveness';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/tools/chromium.mjs';

export interface ImportFigure {
	file: string;
	bytes: number;
	ms: number;
	longestTaskMs: number;
	longTasks: number;
}

const FILES: [string, Maker, number][] = [
	['DOCTYPE split by <style>, 450 KB entity bomb', 'bomb', 0],
	['a megabyte of [ in Markdown', 'brackets', 0],
	['10,000-item JSON Feed', 'json', 10_000],
	['10,000-item RSS', 'rss', 10_000]
];

export async function importBench(
	port = Number(process.env.BENCH_PORT ?? 4215) + 1
): Promise<ImportFigure[]> {
	const server = await preview({ logLevel: 'error', preview: { port, strictPort: true } });
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const figures: ImportFigure[] = [];
		for (const [file, maker, count] of FILES) {
			// A fresh profile each: one file's stored briefs must not slow the next.
			const context = await browser.newContext({
				baseURL: `http://localhost:${port}`,
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			const m = await importMade(page, maker, count);
			figures.push({
				file,
				bytes: m.size,
				ms: m.ms,
				longestTaskMs: m.longest,
				longTasks: m.longTasks
			});
			await context.close();
		}
		return figures;
	} finally {
		await browser.close();
		await new Promise((resolve) => server.httpServer.close(resolve));
	}
}
