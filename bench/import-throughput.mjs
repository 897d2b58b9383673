// Import throughput: a synthetic 5,000-item JSON Feed imported through the real Import view in
// Debian's chromium, against the production build. Prints briefs per second.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/tools/chromium.mjs';
import { startPreview } from '../tests/tools/preview-server.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4177);
const ITEMS = Number(process.env.BENCH_IMPORT_ITEMS ?? 5000);
const ORIGIN = `http://localhost:${PORT}`;

/** Deterministic synthetic items (not news): ~1.5 KB of HTML each. */
/** @param {number} count */
function syntheticFeed(count) {
	const items = Array.from({ length: count }, (_, i) => ({
		id: `bench-${i}`,
		url: `https://example.org/bench/${i}`,
		title: `Synthetic benchmark item ${i}`,
		summary: `Summary of synthetic benchmark item ${i}.`,
		content_html: Array.from(
			{ length: 6 },
			(_, p) =>
				`<p>Paragraph ${p} of synthetic item ${i}: <em>filler</em> text for timing an import.</p>`
		).join(''),
		date_published: new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString(),
		authors: [{ name: 'Benchmark Author' }],
		tags: ['Benchmark']
	}));
	return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Bench', items });
}

const server = await startPreview(PORT);
try {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	const page = await browser.newPage();
	await page.goto(`${ORIGIN}/import`);
	const buffer = Buffer.from(syntheticFeed(ITEMS));
	await page
		.getByLabel('Choose files')
		.setInputFiles([{ name: 'bench.json', mimeType: 'application/feed+json', buffer }]);
	await page.getByText(`${ITEMS} imported`).waitFor({ timeout: 300_000 });
	// Measured in the page from the file's arrival to the report: read, checked, sanitised, stored.
	const ms = await page.evaluate(
		() => performance.getEntriesByName('import').at(-1)?.duration ?? NaN
	);
	const seconds = ms / 1000;
	console.log(
		`import: ${ITEMS} items (${(buffer.length / 1024 / 1024).toFixed(1)} MB JSON Feed) in ${seconds.toFixed(2)} s = ${Math.round(ITEMS / seconds)} briefs/s`
	);
	await browser.close();
} finally {
	server.stop();
}
