// `npm run bench`: search in Node (Briefs vs MiniSearch defaults), the app in throttled Chromium,
// and the bundle. TypeScript runs through Vite's module loader: no build step, no extra
// dependency. Prints a table, writes bench/results.json; `--readme` also puts the table in README.
// Budgets print pass/fail but never fail the process: this is a measurement, not a test.
//   npm run bench [-- --full] [-- --browser 2000 | --no-browser] [-- 1000 10000]
//   npm run bench:search [-- 500 2000]   (Node search figures only)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
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
try {
	const { runBench } = await server.ssrLoadModule('/bench/search.ts');
	/** @type {import('./search.ts').SearchFigures[]} */
	const search = runBench(sizes);
	results.search = search;
	if (!searchOnly) {
		if (!flag('--no-build'))
			execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
		const { bundleFigures } = await server.ssrLoadModule('/bench/bundle.ts');
		results.bundle = bundleFigures('dist');
		if (browserSize) {
			const { browserBench } = await server.ssrLoadModule('/bench/browser.ts');
			results.browser = await browserBench(browserSize);
		}
	}
} finally {
	await server.close();
}
results.minutes = Number(((Date.now() - started) / 60_000).toFixed(1));

const table = report(results);
console.log(table);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, '\t'));
if (flag('--readme')) {
	const readme = readFileSync('README.md', 'utf8');
	const start = '<!-- bench:start -->';
	const end = '<!-- bench:end -->';
	const at = readme.indexOf(start);
	const block = `${start}\n\n${table}\n\n${end}`;
	writeFileSync(
		'README.md',
		at < 0 ? readme : readme.slice(0, at) + block + readme.slice(readme.indexOf(end) + end.length)
	);
}

/** @param {Record<string, any>} r */
function report(r) {
	const lines = [`Machine: ${r.machine}. Run took ${r.minutes} min.`, ''];
	/** @type {import('./search.ts').SearchFigures[]} */
	const search = r.search;
	const row = (cells) => `| ${cells.join(' | ')} |`;
	const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
	const budgets = [];
	const budget = (name, value, ok) =>
		budgets.push(`| ${name} | ${value} | ${ok ? 'pass' : '**MISSED**'} |`);
	for (const n of [...new Set(search.map((s) => s.briefs))]) {
		const [b, d] = [
			search.find((s) => s.briefs === n && s.engine === 'Briefs'),
			search.find((s) => s.briefs === n && s.engine !== 'Briefs')
		];
		lines.push(
			`**Search, ${n.toLocaleString('en')} briefs** (Node, ms unless stated; p95 by kind is CPU time)`,
			''
		);
		lines.push(
			row(['', 'Briefs', 'MiniSearch default', 'ratio']),
			row(['---', '---:', '---:', '---:'])
		);
		const metric = (label, pick) =>
			lines.push(row([label, pick(b), pick(d), ratio(pick(b), pick(d))]));
		metric('build', (s) => s.buildMs);
		metric('saved index MB', (s) => s.indexMB);
		metric('load', (s) => s.loadMs);
		metric('heap after load MB', (s) => s.heapMB);
		metric('query p50 / all (wall)', (s) => s.p50Ms);
		metric('query p95 / all (wall)', (s) => s.p95Ms);
		metric('query p99 / all (wall)', (s) => s.p99Ms);
		for (const kind of ['word', 'prefix', 'typo', 'name', 'multi'])
			metric(`p95 ${kind}`, (s) => s.p95CpuMs[kind]);
		for (const kind of Object.keys(b.recall)) metric(`recall ${kind} %`, (s) => s.recall[kind]);
		metric('precision@20 multi-word %', (s) => s.precision);
		metric('add one brief', (s) => s.addMs);
		metric('replace one brief', (s) => s.replaceMs);
		lines.push('');
		if (n === 10_000) {
			budget('p95 words ≤ 5 ms (10k)', b.p95CpuMs.word, b.p95CpuMs.word <= 5);
			budget('p95 prefixes ≤ 5 ms (10k)', b.p95CpuMs.prefix, b.p95CpuMs.prefix <= 5);
			budget('p95 typos ≤ 10 ms (10k)', b.p95CpuMs.typo, b.p95CpuMs.typo <= 10);
			budget('heap ≤ 50 MB (10k)', b.heapMB, b.heapMB <= 50);
			budget('saved index ≤ 15 MB (10k)', b.indexMB, b.indexMB <= 15);
			budget('build ≤ 3 s (10k)', b.buildMs, b.buildMs <= 3000);
			budget('add one brief ≤ 5 ms (10k)', b.addMs, b.addMs <= 5);
			for (const [kind, value] of Object.entries(b.recall))
				if (kind !== 'multi-word') budget(`recall ${kind} 100% (10k)`, value, value === 100);
			budget('multi-word precision ≥ 95% (10k)', b.precision, b.precision >= 95);
		}
		if (n === 50_000) {
			budget('p95 all ≤ 30 ms (50k)', b.p95CpuMs.all, b.p95CpuMs.all <= 30);
			budget('heap ≤ 150 MB (50k)', b.heapMB, b.heapMB <= 150);
		}
	}
	if (r.browser) {
		const x = r.browser;
		lines.push(
			`**Browser, ${x.briefs.toLocaleString('en')} briefs stored** (Chromium, CPU ${x.cpuThrottling}× slower over CDP)`,
			''
		);
		lines.push(row(['', 'value']), row(['---', '---:']));
		for (const [label, key] of [
			['seeding, briefs/s', 'seedingBriefsPerS'],
			['first visit: index built and saved, s', 'indexBuiltS'],
			['first visit: feed painted, ms', 'firstFeedPaintedMs'],
			['cold start offline: feed painted, ms', 'coldFeedPaintedMs'],
			['cold start offline: search ready, ms', 'coldSearchReadyMs'],
			[`keystroke → results p50, ms ("${x.query}")`, 'keystrokeP50Ms'],
			['keystroke → results p95, ms', 'keystrokeP95Ms'],
			['long tasks > 50 ms while typing', 'longTasksWhileTyping'],
			['longest task while typing, ms', 'longestTaskMs'],
			['storage used (IndexedDB), MB', 'storageMB']
		])
			lines.push(row([label, x[key]]));
		lines.push('');
		const at = x.briefs === 10_000 ? '10k' : `${x.briefs} briefs, budget is for 10k`;
		budget(
			`feed painted offline ≤ 1.0 s (${at})`,
			x.coldFeedPaintedMs,
			x.coldFeedPaintedMs <= 1000
		);
		budget(`search ready ≤ 0.5 s (${at})`, x.coldSearchReadyMs, x.coldSearchReadyMs <= 500);
		budget('0 long tasks while typing', x.longTasksWhileTyping, x.longTasksWhileTyping === 0);
		budget('seeding ≥ 5,000 briefs/s', x.seedingBriefsPerS, x.seedingBriefsPerS >= 5000);
	}
	if (r.bundle) {
		const { criticalJs: js, criticalCss: css, worker } = r.bundle;
		const kb = (n) => (n / 1024).toFixed(1);
		lines.push(
			'**Bundle** (KB)',
			'',
			row(['', 'raw', 'gzip', 'brotli']),
			row(['---', '---:', '---:', '---:'])
		);
		lines.push(row(['critical JS', kb(js.raw), kb(js.gzip), kb(js.brotli)]));
		lines.push(row(['critical CSS', kb(css.raw), kb(css.gzip), kb(css.brotli)]));
		lines.push(row(['search worker', kb(worker.raw), kb(worker.gzip), kb(worker.brotli)]), '');
		budget('critical JS ≤ 45 KB brotli', kb(js.brotli), js.brotli <= 45 * 1024);
	}
	lines.push(
		'**Budgets**',
		'',
		row(['budget', 'measured', '']),
		row(['---', '---:', '---']),
		...budgets
	);
	return lines.join('\n');
}
