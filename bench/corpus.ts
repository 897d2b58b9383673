// Deterministic synthetic corpora in the seed's structure, built from made-up syllables so nobody
// can mistake them for news. Same seed, same briefs, on every machine; nothing is fetched or saved.
import type { StoredBrief } from '../src/content/brief';
import { fold } from '../src/content/fold';

/** Mulberry32: a small seeded PRNG, so every run indexes the same corpus. */
export function prng(seed: number) {
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

// Name syllables share no letters pattern with the vocabulary's, so a name query finds its
// brief and not common words. Some carry letters that folding must map (ł đ ß ı) or strip.
const NAME_SYLLABLES =
	'zor vik mar len dus pek tam ros gil bon hes kur fax nid jot wex yul cam deb sav'.split(' ');
const NAME_MARKS = ['ł', 'đ', 'ß', 'ı', 'ö', 'é', 'á', 'ü', 'ñ'];
const FIRST_NAMES = ['Zéva', 'Łoma', 'Đuro', 'Ißa', 'Yıla', 'Öske', 'Ñemo', 'Tüka'];

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

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);

/**
 * A surname no other brief has: brief i's number written in name syllables (20⁴ = 160,000),
 * with a letter folding has to handle in the middle.
 */
function uniqueSurname(i: number): string {
	let plain = '';
	for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / 20)) plain += NAME_SYLLABLES[n % 20];
	const mark = NAME_MARKS[i % NAME_MARKS.length];
	return capital(plain.slice(0, 3) + mark + 'a' + plain.slice(3));
}

export interface SyntheticBriefInfo {
	/** As written, with marks and special letters. */
	surname: string;
	/** First name and a hyphenated second part joined by U+2011, as in "Díaz‑Canel". */
	fullName: string;
	/** Two vocabulary words from the headline, for multi-word queries. */
	headlineWords: [string, string];
}

export interface SyntheticCorpus {
	briefs: StoredBrief[];
	info: SyntheticBriefInfo[];
	words: string[];
}

export function syntheticCorpus(count: number, seed = 42): SyntheticCorpus {
	const random = prng(seed);
	const words = vocabulary(random, 5000);
	const sections = Array.from({ length: 8 }, (_, i) => `Synthetic Section ${i + 1}`);
	const info: SyntheticBriefInfo[] = [];
	const briefs = Array.from({ length: count }, (_, i): StoredBrief => {
		const s = (n: number) => Array.from({ length: n }, () => pick(random, words)).join(' ') + '.';
		const surname = uniqueSurname(i);
		const second = capital(NAME_SYLLABLES[Math.floor(random() * 20)] + 'ka');
		const fullName = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${surname}\u2011${second}`;
		const headWords = Array.from({ length: 8 }, () => pick(random, words));
		info.push({ surname, fullName, headlineWords: [headWords[1], headWords[5]] });
		const paragraphs = 5 + Math.floor(random() * 8);
		const body = Array.from({ length: paragraphs }, (_, p) =>
			p === 2 ? `Synthetic quote from ${fullName}: ${s(50)}` : s(55)
		);
		return {
			id: `synthetic-${i}`,
			slug: `synthetic-${i}`,
			headline: `Synthetic ${headWords.join(' ')} ${surname}`,
			dek: `${s(25)} Synthetic placeholder about ${fullName}.`,
			hero: {},
			takeaways: Array.from({ length: 5 }, () => s(16)),
			editorsDesk: { label: "Editor's Desk", title: `Synthetic ${s(3)}`, text: [s(60)] },
			byline: 'Synthetic Desk',
			section: sections[i % sections.length],
			publisher: 'Synthetic Publisher',
			body,
			contentHash: `${i.toString(16).padStart(8, '0')}${'0'.repeat(56)}`,
			source: `seeds/${String(i).padStart(6, '0')}_synthetic.txt`,
			rank: i
		};
	});
	return { briefs, info, words };
}

export type QueryKind = 'word' | 'prefix' | 'typo' | 'name' | 'multi';

export interface BenchQuery {
	kind: QueryKind;
	query: string;
}

/** A query that must find one brief; `kind` says what the reader got wrong or left out. */
export interface LabelledQuery {
	kind: 'typo' | 'transposition' | 'folded name' | 'special letter' | 'multi-word';
	query: string;
	id: string;
	/** Multi-word: every word must be in a result for it to count as precise. */
	words?: string[];
}

const swapAt = (word: string, at: number) =>
	word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
const substituteAt = (word: string, at: number) =>
	word.slice(0, at) + (word[at] === 'x' ? 'q' : 'x') + word.slice(at + 1);

/** The fixed latency query mix: whole words, prefixes as typed, typos, names, two words. */
export function latencyQueries(corpus: SyntheticCorpus, seed = 7): BenchQuery[] {
	const random = prng(seed);
	const { words, info } = corpus;
	// Half among the 400 most frequent words (in most briefs: the costly case), half any word.
	const word = () => words[Math.floor(random() * (random() < 0.5 ? 400 : words.length))];
	const brief = () => info[Math.floor(random() * info.length)];
	const list: BenchQuery[] = [];
	for (let i = 0; i < 60; i++) list.push({ kind: 'word', query: word() });
	// Every prefix of a word as it is typed, one keystroke at a time.
	for (let i = 0; i < 12; i++) {
		const w = word().padEnd(6, 'ka');
		for (let n = 1; n <= w.length; n++) list.push({ kind: 'prefix', query: w.slice(0, n) });
	}
	for (let i = 0; i < 60; i++) {
		const w = word().padEnd(6, 'ka');
		list.push({ kind: 'typo', query: i % 2 ? swapAt(w, 2) : substituteAt(w, 3) });
	}
	for (let i = 0; i < 60; i++) list.push({ kind: 'name', query: fold(brief().surname) });
	for (let i = 0; i < 60; i++) list.push({ kind: 'multi', query: `${word()} ${word()}` });
	return list;
}

/** Queries labelled with the brief they must find, spread evenly over the corpus. */
export function labelledQueries(corpus: SyntheticCorpus, perKind = 40): LabelledQuery[] {
	const { briefs, info } = corpus;
	const list: LabelledQuery[] = [];
	for (let k = 0; k < perKind; k++) {
		const i = Math.floor(((k + 0.5) * briefs.length) / perKind);
		const id = briefs[i].id;
		const name = fold(info[i].surname);
		list.push({ kind: 'typo', query: substituteAt(name, 4), id });
		list.push({ kind: 'transposition', query: swapAt(name, 3), id });
		list.push({ kind: 'folded name', query: name, id });
		// Briefs whose name has ł, đ, ß or ı: the letters NFKD cannot take apart.
		const j = Math.floor(i / 9) * 9 + (k % 4);
		// Typed as readers spell them in ASCII: "Đoković" as "djokovic", "Strauß" as "strauss".
		const typed = fold(info[j]?.surname.replace(/đ/g, 'dj') ?? '');
		if (j < briefs.length) list.push({ kind: 'special letter', query: typed, id: briefs[j].id });
		const [a, b] = info[i].headlineWords;
		if (a !== b) list.push({ kind: 'multi-word', query: `${a} ${b}`, id, words: [a, b] });
	}
	return list;
}
