// Search benchmark over deterministic synthetic corpora (made-up words, not news): index build
// time, load time of the saved index, and query latency. Run with `npm run bench:search`.
import type { StoredBrief } from '../src/content/brief';
import { createIndex, loadIndex, runQuery, serializeIndex } from '../src/search/index';

/** Mulberry32: a small seeded PRNG, so every run indexes the same corpus. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = 'ka lo mi ra ve tu sin dor pa el qua zen bri fo nu tal gor ish an vel'.split(' ');

function vocabulary(random: () => number, size: number): string[] {
	const words = new Set<string>();
	while (words.size < size) {
		const n = 2 + Math.floor(random() * 3);
		let word = '';
		for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
		words.add(word);
	}
	return [...words];
}

/** Zipf-like pick: a few words are common, most are rare, as in real text. */
const pick = (random: () => number, words: string[]) =>
	words[Math.floor(words.length * random() ** 3)];

function sentence(random: () => number, words: string[], length: number) {
	return Array.from({ length }, () => pick(random, words)).join(' ') + '.';
}

export function syntheticCorpus(
	count: number,
	seed = 42
): { briefs: StoredBrief[]; words: string[] } {
	const random = prng(seed);
	const words = vocabulary(random, 5000);
	const sections = Array.from({ length: 8 }, (_, i) => `Synthetic Section ${i + 1}`);
	const briefs = Array.from({ length: count }, (_, i): StoredBrief => {
		const s = (n: number) => sentence(random, words, n);
		return {
			id: `synthetic-${i}`,
			slug: `synthetic-${i}`,
			headline: `Synthetic ${s(10)}`,
			dek: s(40),
			hero: {},
			takeaways: Array.from({ length: 5 }, () => s(18)),
			editorsDesk: { label: "Editor's Desk", title: s(3), text: [s(90)] },
			byline: 'Synthetic Desk',
			section: sections[i % sections.length],
			publisher: 'Synthetic Publisher',
			body: Array.from({ length: 5 }, () => s(110)),
			contentHash: `hash-${i}`,
			source: `synthetic-${i}.txt`,
			rank: i
		};
	});
	return { briefs, words };
}

function queries(words: string[], n: number, seed = 7): string[] {
	const random = prng(seed);
	// Half the words among the 400 most frequent (in most briefs: the costly case), half any word.
	const w = () => words[Math.floor(random() * (random() < 0.5 ? 400 : words.length))];
	const typo = (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4);
	return Array.from({ length: n }, (_, i) => {
		switch (i % 4) {
			case 0:
				return w();
			case 1:
				return `${w()} ${w()}`;
			case 2:
				return w().slice(0, 4);
			default:
				return typo(w().padEnd(6, 'a'));
		}
	});
}

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

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export interface BenchResult {
	briefs: number;
	buildMs: number;
	buildCpuMs: number;
	indexBytes: number;
	loadMs: number;
	loadCpuMs: number;
	queryP50Ms: number;
	queryP95Ms: number;
	queryP95CpuMs: number;
	queries: number;
}

export function benchSize(count: number): BenchResult {
	const { briefs, words } = syntheticCorpus(count);
	const [index, buildMs, buildCpuMs] = time(() => createIndex(briefs));
	// What the worker saves in IndexedDB and reads back on the next start.
	const json = serializeIndex(index);
	const [loaded, loadMs, loadCpuMs] = time(() => loadIndex(json));
	const list = queries(words, 400);
	// Warm-up, so the first compiled run does not count.
	for (const q of list.slice(0, 20)) runQuery(loaded, q);
	const runs = list.map((q) => time(() => runQuery(loaded, q)));
	const ms = (n: number) => Number(n.toFixed(2));
	return {
		briefs: count,
		buildMs: Math.round(buildMs),
		buildCpuMs: Math.round(buildCpuMs),
		indexBytes: json.length,
		loadMs: Math.round(loadMs),
		loadCpuMs: Math.round(loadCpuMs),
		queryP50Ms: ms(
			percentile(
				runs.map((r) => r[1]),
				50
			)
		),
		queryP95Ms: ms(
			percentile(
				runs.map((r) => r[1]),
				95
			)
		),
		queryP95CpuMs: ms(
			percentile(
				runs.map((r) => r[2]),
				95
			)
		),
		queries: list.length
	};
}

export function runBench(sizes = [1000, 10_000]): BenchResult[] {
	return sizes.map(benchSize);
}
