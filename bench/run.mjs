// `npm run bench`: search in Node (Briefs vs MiniSearch defaults), the app in throttled Chromium,
// and the bundle. TypeScript runs through Vite's module loader: no build step, no extra
// dependency. Prints a table, writes bench/results.json and the table into bench/RESULTS.md.
// Budgets print pass/fail but never fail the process: this is a measurement, not a test.
//   npm run bench [-- --full] [-- --browser 10000 | --no-browser] [-- 1000 10000]
//     [-- --content 1000,10000 | --no-content]  (the real path: seeds → build → server → browser)
// The browser part stores 10,000 briefs by default (about three minutes); 50,000 Node figures,
// without the MiniSearch baseline, only with --full.
//   npm run bench:search [-- 500 2000]   (Node search figures only)
//   --out file.json writes the results elsewhere than bench/results.json
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(name);
/** @param {string} name @param {number} fallback */
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 ? Number(args[at + 1]) : fallback;
};
const searchOnly = flag('--search-only');
const positional = args.filter((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--browser'));
const sizes = positional.length
	? positional.map(Number)
	: [1000, 10_000, ...(flag('--full') ? [50_000] : [])];
const browserSize = searchOnly || flag('--no-browser') ? 0 : option('--browser', 10_000);

const cpuModel =
	readFileSync('/proc/cpuinfo', 'utf8')
		.match(/model name\s*:\s*(.*)/)?.[1]
		?.trim() ?? cpus()[0]?.model;
const machine = `${cpus().length} cores (nproc), ${cpuModel}, Node ${process.version}, load average ${cpus().length ? (await import('node:os')).loadavg()[0].toFixed(1) : '?'} at start`;

const server = await createServer({
	configFile: false,
	appType: 'custom',
	logLevel: 'error',
	// Nothing to pre-bundle for the browser: this only runs in Node.
	optimizeDeps: { noDiscovery: true, include: [] },
	server: { middlewareMode: true, hmr: false, ws: false }
});
const started = Date.now();
/** @type {Record<string, unknown>} */
const results = { machine, date: new Date().toISOString() };
/** @type {(r: import('./report.ts').Results) => string} */
let report;
try {
	({ report } = await server.ssrLoadModule('/bench/report.ts'));
	const { runBench } = await server.ssrLoadModule('/bench/search.ts');
	/** @type {import('./search.ts').SearchFigures[]} */
	const search = runBench(sizes);
	results.search = search;
	if (!searchOnly) {
		if (!flag('--no-build'))
			// Vite's dev server above set NODE_ENV=development: the build must not inherit it, or the
			// bench measures Svelte's development build (larger and slower than what ships).
			execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
				stdio: 'inherit',
				env: { ...process.env, NODE_ENV: 'production' }
			});
		const { bundleFigures } = await server.ssrLoadModule('/bench/bundle.ts');
		results.bundle = bundleFigures('dist');
		if (browserSize) {
			// Node figures are out already: a browser that stalls must not take them down with it.
			console.log(report(/** @type {any} */ ({ ...results, minutes: NaN })));
			const { browserBench } = await server.ssrLoadModule('/bench/browser.ts');
			try {
				results.browser = await browserBench(browserSize);
			} catch (error) {
				results.browserError = String(error);
				console.error(error);
			}
		}
		const contentSizes = flag('--no-content')
			? []
			: args.includes('--content')
				? args[args.indexOf('--content') + 1].split(',').map(Number)
				: [1000, 10_000, ...(flag('--full') ? [50_000] : [])];
		if (contentSizes.length) {
			const { contentBench } = await server.ssrLoadModule('/bench/content.ts');
			/** @type {import('./content.ts').ContentFigures[]} */
			const figures = [];
			results.content = figures;
			for (const size of contentSizes) {
				try {
					figures.push(await contentBench(size));
					console.log(report(/** @type {any} */ ({ ...results, minutes: NaN })));
				} catch (error) {
					results.contentError = `${size} briefs: ${error}`;
					console.error(error);
				}
			}
		}
		if (!flag('--no-browser')) {
			const { importBench } = await server.ssrLoadModule('/bench/import.ts');
			try {
				results.imports = await importBench();
			} catch (error) {
				results.importError = String(error);
				console.error(error);
			}
		}
	}
} finally {
	await server.close();
}
results.minutes = Number(((Date.now() - started) / 60_000).toFixed(1));

const table = report(
	/** @type {import('./report.ts').Results} */ (/** @type {unknown} */ (results))
);
console.log(table);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'bench/results.json';
writeFileSync(out, JSON.stringify(results, null, '\t'));
// A trial run with --out leaves the committed figures alone.
if (!args.includes('--out')) {
	const path = 'bench/RESULTS.md';
	const results = readFileSync(path, 'utf8');
	const start = '<!-- bench:start -->';
	const end = '<!-- bench:end -->';
	const at = results.indexOf(start);
	const block = `${start}\n\n${table}\n\n${end}`;
	writeFileSync(
		path,
		at < 0
			? `${results}\n${block}\n`
			: results.slice(0, at) + block + results.slice(results.indexOf(end) + end.length)
	);
}
