// Search figures in Node over synthetic corpora: Briefs' configuration (imported from the app, so
// the bench measures what ships) side by side with MiniSearch's defaults over every field.
import MiniSearch from 'minisearch';
import type { StoredBrief } from '../src/content/brief';
import { foldedWords } from '../src/content/fold';
import {
	createIndex,
	loadIndex,
	runQuery,
	serializeIndex,
	upsert,
	type BriefIndex,
	type SavedIndex
} from '../src/search/index';
import {
	labelledQueries,
	latencyQueries,
	syntheticCorpus,
	type LabelledQuery,
	type QueryKind
} from './corpus';

interface Engine<I, S> {
	name: string;
	build(briefs: StoredBrief[]): I;
	/** What the worker saves in IndexedDB and reads back on the next start. */
	serialize(index: I): S;
	savedBytes(saved: S): number;
	load(saved: S): I;
	/** What the reader sees: the first 20. */
	shown(index: I, query: string): string[];
	/** Everything matched, for recall. */
	all(index: I, query: string): string[];
	upsert(index: I, brief: StoredBrief): void;
}

const briefsEngine: Engine<BriefIndex, SavedIndex> = {
	name: 'Briefs',
	build: (briefs) => createIndex(briefs),
	serialize: serializeIndex,
	// The headline JSON is ASCII-folded terms and ids: one byte a character.
	savedBytes: (saved) => saved.text.byteLength + Buffer.byteLength(saved.headlines),
	// As the worker gets them from IndexedDB: fresh copies, so the heap figure counts them.
	load: (saved) =>
		loadIndex({ text: saved.text.slice(), headlines: Buffer.from(saved.headlines).toString() }),
	shown: (index, query) => runQuery(index, query, { limit: 20 }).results.map((r) => r.id),
	all: (index, query) => runQuery(index, query, { limit: Infinity }).results.map((r) => r.id),
	upsert
};

const ALL_FIELDS = ['headline', 'dek', 'takeaways', 'editorsDesk', 'body', 'byline', 'section'];
const plainText = (brief: StoredBrief, field: string): string => {
	if (field === 'editorsDesk')
		return brief.editorsDesk ? [brief.editorsDesk.title, ...brief.editorsDesk.text].join('\n') : '';
	const value = brief[field as keyof StoredBrief];
	return Array.isArray(value) ? value.join('\n') : String(value ?? '');
};
const DEFAULT_OPTIONS = { fields: ALL_FIELDS, extractField: plainText };
// MiniSearch's own suggestion for search as you type; without it the baseline finds no prefixes.
const DEFAULT_SEARCH = { prefix: true, fuzzy: 0.2 };

const defaultEngine: Engine<MiniSearch<StoredBrief>, string> = {
	name: 'MiniSearch default',
	build: (briefs) => {
		const index = new MiniSearch<StoredBrief>(DEFAULT_OPTIONS);
		index.addAll(briefs);
		return index;
	},
	serialize: (index) => JSON.stringify(index),
	savedBytes: (json) => Buffer.byteLength(json),
	load: (json) => MiniSearch.loadJSON<StoredBrief>(json, DEFAULT_OPTIONS),
	shown: (index, query) =>
		index
			.search(query, DEFAULT_SEARCH)
			.slice(0, 20)
			.map((r) => r.id as string),
	all: (index, query) => index.search(query, DEFAULT_SEARCH).map((r) => r.id as string),
	upsert: (index, brief) => (index.has(brief.id) ? index.replace(brief) : index.add(brief))
};

/**
 * Wall time and CPU time (all threads, so GC counts) of one call. On a shared machine the wall
 * time includes waiting for a core; the CPU time is what the work itself costs.
 */
const time = <T>(fn: () => T): [T, number, number] => {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const value = fn();
	const wall = performance.now() - start;
	const used = process.cpuUsage(cpu);
	return [value, wall, (used.user + used.system) / 1000];
};

export const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const heapMB = () => {
	// Without --expose-gc the figure would include garbage; run.mjs passes the flag.
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	gc?.();
	// Typed arrays' bytes live outside the JS heap: counted too, or the text index would look free.
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return (heapUsed + arrayBuffers) / 2 ** 20;
};

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export interface SearchFigures {
	engine: string;
	briefs: number;
	buildMs: number;
	buildCpuMs: number;
	indexMB: number;
	loadMs: number;
	heapMB: number;
	/** All kinds together, wall clock. */
	p50Ms: number;
	p95Ms: number;
	p99Ms: number;
	/** p95 per kind, CPU time (the machine is shared: wall clock includes waiting for a core). */
	p95CpuMs: Record<QueryKind | 'all', number>;
	p95WallMs: Record<QueryKind | 'all', number>;
	/** Share of labelled queries whose brief is among the results, per kind. */
	recall: Record<LabelledQuery['kind'], number>;
	/** Multi-word: share of the first 20 results holding every word. */
	precision: number;
	/** Queries timed of those planned, and labelled queries run: fewer when the cap stopped them. */
	queries: string;
	labelledQueries: string;
	addMs: number;
	replaceMs: number;
}

/**
 * A cap on each phase (latency, recall) of each engine: MiniSearch's defaults spend seconds on a
 * one-letter prefix at 10,000 briefs, and the bench must finish within ten minutes. Kinds are
 * taken in turn, so a cap cuts every kind short alike; the table says how many ran.
 */
const PHASE_CAP_MS = 60_000;

function inTurn<T extends { kind: string }>(list: T[]): T[] {
	const byKind = new Map<string, T[]>();
	for (const item of list) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
	const lists = [...byKind.values()];
	const longest = Math.max(0, ...lists.map((l) => l.length));
	return Array.from({ length: longest }, (_, i) =>
		lists.flatMap((l) => (i < l.length ? [l[i]] : []))
	).flat();
}

function measure<I, S>(
	engine: Engine<I, S>,
	corpus: ReturnType<typeof syntheticCorpus>,
	extra: StoredBrief[]
): SearchFigures {
	const { briefs } = corpus;
	const [built, buildMs, buildCpuMs] = time(() => engine.build(briefs));
	const saved = engine.serialize(built);
	const before = heapMB();
	const [index, loadMs] = time(() => engine.load(saved));
	const heap = heapMB() - before;

	const queries = inTurn(latencyQueries(corpus));
	for (const q of queries.slice(0, 30)) engine.shown(index, q.query);
	const deadline = performance.now() + PHASE_CAP_MS;
	const runs: { kind: QueryKind; t: [unknown, number, number] }[] = [];
	for (const q of queries) {
		if (performance.now() > deadline) break;
		runs.push({ kind: q.kind, t: time(() => engine.shown(index, q.query)) });
	}
	const kinds: (QueryKind | 'all')[] = ['all', 'word', 'prefix', 'typo', 'name', 'multi'];
	const p95 = (at: 1 | 2) =>
		Object.fromEntries(
			kinds.map((kind) => [
				kind,
				round(
					percentile(
						runs.filter((r) => kind === 'all' || r.kind === kind).map((r) => r.t[at]),
						95
					)
				)
			])
		) as Record<QueryKind | 'all', number>;
	const walls = runs.map((r) => r.t[1]);

	const labelled = inTurn(labelledQueries(corpus));
	const recallDeadline = performance.now() + PHASE_CAP_MS;
	let labelledRun = 0;
	const found = new Map<string, [number, number]>();
	let precise = 0;
	let shownCount = 0;
	const termsOf = new Map<string, Set<string>>();
	const byId = new Map(briefs.map((b) => [b.id, b]));
	for (const q of labelled) {
		if (performance.now() > recallDeadline) break;
		labelledRun++;
		const hits = engine.all(index, q.query);
		const [n, total] = found.get(q.kind) ?? [0, 0];
		found.set(q.kind, [n + (hits.includes(q.id) ? 1 : 0), total + 1]);
		if (!q.words) continue;
		for (const id of hits.slice(0, 20)) {
			let terms = termsOf.get(id);
			if (!terms) {
				const b = byId.get(id)!;
				terms = new Set(foldedWords(ALL_FIELDS.map((f) => plainText(b, f)).join('\n')));
				termsOf.set(id, terms);
			}
			shownCount++;
			if (q.words.every((w) => terms.has(w))) precise++;
		}
	}
	const recall = Object.fromEntries(
		[...found].map(([kind, [n, total]]) => [kind, round((100 * n) / total, 1)])
	) as SearchFigures['recall'];

	const adds = extra.map((b) => time(() => engine.upsert(index, b))[1]);
	const replaces = extra.map(
		(b) => time(() => engine.upsert(index, { ...b, headline: `${b.headline} revised` }))[1]
	);

	return {
		engine: engine.name,
		briefs: briefs.length,
		buildMs: Math.round(buildMs),
		buildCpuMs: Math.round(buildCpuMs),
		indexMB: round(engine.savedBytes(saved) / 2 ** 20, 1),
		loadMs: Math.round(loadMs),
		heapMB: round(heap, 1),
		p50Ms: round(percentile(walls, 50)),
		p95Ms: round(percentile(walls, 95)),
		p99Ms: round(percentile(walls, 99)),
		p95CpuMs: p95(2),
		p95WallMs: p95(1),
		recall,
		precision: round((100 * precise) / Math.max(1, shownCount), 1),
		queries: `${runs.length}/${queries.length}`,
		labelledQueries: `${labelledRun}/${labelled.length}`,
		addMs: round(percentile(adds, 50)),
		replaceMs: round(percentile(replaces, 50))
	};
}

/** Both engines over the same corpus and the same queries. */
/** The baseline runs up to 10,000 briefs: at 50,000 it alone would take most of the time allowed. */
export const BASELINE_MAX_BRIEFS = 10_000;

export function benchSize(count: number, baseline = count <= BASELINE_MAX_BRIEFS): SearchFigures[] {
	const corpus = syntheticCorpus(count);
	// Briefs from a larger corpus under other ids: new to the index, in the same style.
	const extra = syntheticCorpus(count + 20)
		.briefs.slice(count)
		.map((b) => ({ ...b, id: `extra-${b.id}` }));
	const briefs = measure(briefsEngine, corpus, extra);
	return baseline ? [briefs, measure(defaultEngine, corpus, extra)] : [briefs];
}

export function runBench(sizes = [1000, 10_000]): SearchFigures[] {
	return sizes.flatMap((size) => benchSize(size));
}
