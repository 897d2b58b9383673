// `npm run lighthouse`: Lighthouse (mobile settings) on the production build, home and article
// pages, in Debian's chromium. Prints the four category scores and writes lighthouse-results.json.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 4175;
const ORIGIN = `http://localhost:${PORT}`;
const PAGES = {
	home: '/',
	article: '/article/diaz-canel-rejects-u-s-pressure-after-deaths-of-cuban-soldiers-in-venezuela'
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore'
});
const stopServer = () => server.kill();

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(ORIGIN);
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	throw new Error(`vite preview did not start on ${ORIGIN}`);
}

/** @type {Record<string, Record<string, number>>} */
const scores = {};
let chrome;
try {
	await waitForServer();
	chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	for (const [name, path] of Object.entries(PAGES)) {
		const result = await lighthouse(`${ORIGIN}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		scores[name] = Object.fromEntries(
			CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)])
		);
		const failing = Object.values(result.lhr.audits).filter(
			(audit) =>
				audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative'
		);
		for (const audit of failing) console.log(`  ${name}: ${audit.id} — ${audit.title}`);
	}
} finally {
	await chrome?.kill();
	stopServer();
}

console.table(scores);
writeFileSync('lighthouse-results.json', JSON.stringify(scores, null, '\t') + '\n');
