// The table `npm run bench` prints and puts in bench/RESULTS.md, with every budget from the issue.
import type { BrowserFigures } from './browser';
import type { BundleFigures } from './bundle';
import type { ContentFigures } from './content';
import type { ImportFigure } from './import';
import type { QueryKind, LabelledQuery } from './corpus';
import type { SearchFigures } from './search';

export interface Results {
	machine: string;
	date: string;
	minutes: number;
	search: SearchFigures[];
	bundle?: BundleFigures;
	browser?: BrowserFigures;
	browserError?: string;
	imports?: ImportFigure[];
	importError?: string;
	content?: ContentFigures[];
	contentError?: string;
}

export function report(r: Results): string {
	const lines = [`Machine: ${r.machine}. Run took ${r.minutes} min.`, ''];
	const search = r.search;
	const row = (cells: unknown[]) => `| ${cells.join(' | ')} |`;
	const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');
	const budgets: string[] = [];
	const budget = (name: string, value: unknown, ok: boolean) =>
		budgets.push(`| ${name} | ${value} | ${ok ? 'pass' : '**MISSED**'} |`);
	for (const n of [...new Set(search.map((s) => s.briefs))]) {
		const b = search.find((s) => s.briefs === n && s.engine === 'Briefs')!;
		const d = search.find((s) => s.briefs === n && s.engine !== 'Briefs');
		lines.push(
			`**Search, ${n.toLocaleString('en')} briefs** (Node, ms unless stated; build and p95 by kind are CPU time)`,
			''
		);
		lines.push(
			row(d ? ['', 'Briefs', 'MiniSearch default', 'ratio'] : ['', 'Briefs']),
			row(d ? ['---', '---:', '---:', '---:'] : ['---', '---:'])
		);
		const metric = (label: string, pick: (s: SearchFigures) => number | string) =>
			lines.push(
				row(
					d
						? [
								label,
								pick(b),
								pick(d),
								typeof pick(b) === 'number' ? ratio(+pick(b), +pick(d)) : ''
							]
						: [label, pick(b)]
				)
			);
		metric('build (CPU)', (s) => s.buildCpuMs);
		metric('build (wall)', (s) => s.buildMs);
		metric('saved index MB', (s) => s.indexMB);
		metric('load', (s) => s.loadMs);
		metric('heap after load MB', (s) => s.heapMB);
		metric('query p50 / all (wall)', (s) => s.p50Ms);
		metric('query p95 / all (wall)', (s) => s.p95Ms);
		metric('query p99 / all (wall)', (s) => s.p99Ms);
		for (const kind of ['word', 'prefix', 'typo', 'name', 'multi'])
			metric(`p95 ${kind}`, (s) => s.p95CpuMs[kind as QueryKind]);
		for (const kind of Object.keys(b.recall) as LabelledQuery['kind'][])
			metric(`recall ${kind} %`, (s) => s.recall[kind]);
		metric('precision@20 multi-word %', (s) => s.precision);
		metric('add one brief', (s) => s.addMs);
		metric('replace one brief', (s) => s.replaceMs);
		metric('queries timed / planned', (s) => s.queries);
		metric('labelled queries run / planned', (s) => s.labelledQueries);
		lines.push('');
		if (n === 10_000) {
			budget('p95 words ≤ 5 ms (10k)', b.p95CpuMs.word, b.p95CpuMs.word <= 5);
			budget('p95 prefixes ≤ 5 ms (10k)', b.p95CpuMs.prefix, b.p95CpuMs.prefix <= 5);
			budget('p95 typos ≤ 10 ms (10k)', b.p95CpuMs.typo, b.p95CpuMs.typo <= 10);
			budget('heap ≤ 50 MB (10k)', b.heapMB, b.heapMB <= 50);
			budget('saved index ≤ 15 MB (10k)', b.indexMB, b.indexMB <= 15);
			budget('build ≤ 3 s (10k, CPU)', b.buildCpuMs, b.buildCpuMs <= 3000);
			budget('add one brief ≤ 5 ms (10k)', b.addMs, b.addMs <= 5);
			for (const [kind, value] of Object.entries(b.recall))
				if (kind !== 'multi-word') budget(`recall ${kind} 100% (10k)`, value, value === 100);
			budget('multi-word precision ≥ 95% (10k)', b.precision, b.precision >= 95);
		}
		if (n === 50_000) {
			// Read strictly: every kind of query, not only their mix.
			for (const kind of ['word', 'prefix', 'typo', 'name', 'multi'] as QueryKind[])
				budget(`p95 ${kind} ≤ 30 ms (50k)`, b.p95CpuMs[kind], b.p95CpuMs[kind] <= 30);
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
		for (const [label, key] of <[string, keyof BrowserFigures][]>[
			['seeding, briefs/s', 'seedingBriefsPerS'],
			['first visit: index built and saved, s', 'indexBuiltS'],
			['first visit: feed painted, ms', 'firstFeedPaintedMs'],
			['cold start offline: feed painted, ms', 'coldFeedPaintedMs'],
			['cold start offline: search ready, ms', 'coldSearchReadyMs'],
			['  of which the worker, asked → ready, ms', 'coldSearchWorkerMs'],
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
	if (r.browserError) lines.push(`**Browser part failed**: ${r.browserError}`, '');
	if (r.content?.length) contentReport(r.content, lines, row, budget);
	if (r.contentError) lines.push(`**Content part failed**: ${r.contentError}`, '');
	if (r.imports) {
		lines.push(
			'**Import page while reading a file** (Chromium, not throttled)',
			'',
			row(['file', 'MB', 'until reported, ms', 'longest task, ms', 'long tasks']),
			row(['---', '---:', '---:', '---:', '---:'])
		);
		for (const f of r.imports) {
			lines.push(row([f.file, (f.bytes / 1e6).toFixed(1), f.ms, f.longestTaskMs, f.longTasks]));
			budget(`import: ${f.file}, no task > 200 ms`, f.longestTaskMs, f.longestTaskMs <= 200);
		}
		lines.push('');
	}
	if (r.importError) lines.push(`**Import part failed**: ${r.importError}`, '');
	if (r.bundle) {
		const { criticalJs: js, criticalCss: css, worker } = r.bundle;
		const kb = (n: number) => (n / 1024).toFixed(1);
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

/** The real path (bench/content.ts): one column per library size. */
function contentReport(
	all: ContentFigures[],
	lines: string[],
	row: (cells: unknown[]) => string,
	budget: (name: string, value: unknown, ok: boolean) => void
) {
	lines.push(
		`**Content, the real path** (seed files → \`vite build\` → static server counting bytes → Chromium, CPU ${all[0].cpuThrottling}× slower, service worker on)`,
		'',
		row(['', ...all.map((c) => `${c.briefs.toLocaleString('en')} briefs`)]),
		row(['---', ...all.map(() => '---:')])
	);
	const metric = (label: string, pick: (c: ContentFigures) => unknown) =>
		lines.push(row([label, ...all.map(pick)]));
	metric('build, s (no share cards cached)', (c) => c.buildS);
	metric('dist, MB', (c) => c.distMB);
	metric('seed text, MB (gzip -9)', (c) => `${c.textMB} (${c.textGzipMB})`);
	metric('content files (parts + packs)', (c) => c.contentFiles);
	metric(
		'first visit: transferred, MB (content)',
		(c) => `${c.firstVisit.transferMB} (${c.firstVisit.contentMB})`
	);
	metric('first visit: content requests', (c) => c.firstVisit.requests);
	metric('first visit: feed painted, ms', (c) => c.firstVisit.feedPaintedMs);
	metric('first visit: search answering, ms', (c) => c.firstVisit.searchAnsweringMs);
	metric('first visit: every brief stored, s', (c) => c.firstVisit.storedS);
	metric('first visit: whole library indexed, s', (c) => c.firstVisit.indexedS);
	metric('seeding, briefs/s of storing', (c) => c.firstVisit.seedingBriefsPerS);
	metric('storage used, MB', (c) => c.firstVisit.storageMB);
	metric(
		'copies: briefs in IndexedDB / content files cached',
		(c) => `${c.firstVisit.storedBriefs} / ${c.firstVisit.cachedContentFiles}`
	);
	for (const [name, pick] of [
		['one new brief', (c: ContentFigures) => c.addOne],
		['one edited old brief', (c: ContentFigures) => c.editOne]
	] as const) {
		metric(`${name}: rebuild, s (cards cached)`, (c) => pick(c).buildS);
		metric(
			`${name}: transferred, KB (content)`,
			(c) => `${pick(c).transferKB} (${pick(c).contentKB})`
		);
		metric(`${name}: content requests`, (c) => pick(c).requests);
		metric(
			`${name}: ${name === 'one new brief' ? 'on screen' : 'stored'}, ms after the start`,
			(c) => pick(c).ms
		);
	}
	lines.push('');
	for (const c of all) {
		const at = `${c.briefs / 1000}k`;
		if (c.briefs === 50_000) budget('build ≤ 60 s (50k)', c.buildS, c.buildS <= 60);
		if (c.briefs !== 10_000) continue;
		budget(
			`one new brief ≤ 50 KB transferred (${at})`,
			c.addOne.transferKB,
			c.addOne.transferKB <= 50
		);
		budget(
			`one new brief on screen ≤ 1 s after an online start (${at})`,
			c.addOne.ms,
			c.addOne.ms <= 1000
		);
		budget(
			`first visit: feed painted ≤ 1.5 s (${at})`,
			c.firstVisit.feedPaintedMs,
			c.firstVisit.feedPaintedMs <= 1500
		);
		budget(
			`first visit: search answering ≤ 3 s (${at})`,
			c.firstVisit.searchAnsweringMs,
			c.firstVisit.searchAnsweringMs <= 3000
		);
		const transfer = c.firstVisit.transferMB / c.textGzipMB;
		budget(
			`first visit: transfer ≤ 1.2× the gzipped text (${at})`,
			`${transfer.toFixed(2)}×`,
			transfer <= 1.2
		);
		const storage = c.firstVisit.storageMB / c.textMB;
		budget(`storage ≤ 1.5× the raw text (${at})`, `${storage.toFixed(2)}×`, storage <= 1.5);
		budget(
			`seeding ≥ 5,000 briefs/s (${at})`,
			c.firstVisit.seedingBriefsPerS,
			c.firstVisit.seedingBriefsPerS >= 5000
		);
	}
}
