// Screenshots of the reading views at phone and desktop sizes, light and dark, for a person to look
// at: `npm run build && npx vite preview --port 4196 & node tests/tools/screenshots.mjs`.
// With `--manifest`, the web app manifest's screenshots instead (the richer install sheet): a first
// visit's feed and article at 390×844 and its feed at 1280×800, written to public/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const BASE = process.env.SHOTS_BASE ?? 'http://localhost:4196';
const OUT = process.env.SHOTS_DIR ?? '/tmp/shots-reading';
const SIZES = [
	{ name: 'mobile', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];
const SCHEMES = /** @type {const} */ (['light', 'dark']);

const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
if (process.argv.includes('--manifest')) {
	try {
		await manifestScreenshots();
	} finally {
		await browser.close();
	}
	process.exit(0);
}
mkdirSync(OUT, { recursive: true });
try {
	for (const size of SIZES) {
		for (const scheme of SCHEMES) {
			const context = await browser.newContext({
				viewport: { width: size.width, height: size.height },
				colorScheme: scheme
			});
			const page = await context.newPage();
			// What the reader sees first, not the whole page: a sticky header smears full-page shots.
			const shot = async (/** @type {string} */ view) =>
				page.screenshot({ path: `${OUT}/${view}-${size.name}-${scheme}.png` });

			await page.goto(`${BASE}/`);
			const link = page.locator('.brief-card h2 a').first();
			await link.waitFor();
			await link.click();
			await page.getByRole('button', { name: 'Save', exact: true }).click();
			await page.locator('button[aria-pressed="true"]').waitFor();
			await page.mouse.wheel(0, 600);
			await page.waitForTimeout(800);
			await page.goto(`${BASE}/`);
			await page.locator('.continue-reading').waitFor();
			await shot('feed');
			const articleUrl = `${BASE}${(await link.getAttribute('href')) ?? '/'}`;
			await page.goto(articleUrl);
			await page.locator('main h1').waitFor();
			await shot('article');
			await page.goto(`${articleUrl}#takeaway-3`);
			await page.locator('#takeaway-3.highlight').waitFor();
			await shot('article-takeaway');
			for (const view of ['saved', 'skim', 'history', 'settings']) {
				await page.goto(`${BASE}/${view}`);
				await page.locator('main h1').waitFor();
				await page.waitForTimeout(300);
				await shot(view);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
}
console.log(`Screenshots in ${OUT}`);

/** The sizes here are the ones vite.config.ts declares for each file. */
async function manifestScreenshots() {
	const out = 'public/screenshots';
	mkdirSync(out, { recursive: true });
	const shots = [
		{ file: 'feed-narrow.png', width: 390, height: 844, path: '/' },
		{ file: 'article-narrow.png', width: 390, height: 844, path: 'article' },
		{ file: 'feed-wide.png', width: 1280, height: 800, path: '/' }
	];
	for (const shot of shots) {
		const context = await browser.newContext({
			viewport: { width: shot.width, height: shot.height },
			deviceScaleFactor: 1,
			colorScheme: 'light'
		});
		const page = await context.newPage();
		await page.goto(`${BASE}/`);
		const link = page.locator('.brief-card h2 a').first();
		await link.waitFor();
		if (shot.path === 'article') {
			await link.click();
			await page.locator('main h1').waitFor();
		}
		// Images and fonts settle; no focus ring or hover state in the picture.
		await page.waitForTimeout(800);
		await page.mouse.move(0, shot.height - 1);
		await page.screenshot({ path: `${out}/${shot.file}` });
		await context.close();
	}
	console.log(`Manifest screenshots in ${out}`);
}
