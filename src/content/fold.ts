// Letters that NFKD leaves whole because they are not "letter + accent" in Unicode.
const SPECIAL_LETTERS: Record<string, string> = {
	ß: 'ss',
	ẞ: 'ss',
	ł: 'l',
	Ł: 'l',
	đ: 'd',
	Đ: 'd',
	ð: 'd',
	Ð: 'd',
	ı: 'i',
	ø: 'o',
	Ø: 'o',
	æ: 'ae',
	Æ: 'ae',
	œ: 'oe',
	Œ: 'oe',
	þ: 'th',
	Þ: 'th',
	ħ: 'h',
	Ħ: 'h'
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}+/gu;
// U+2010–U+2015 (hyphens and dashes), U+2212 (minus), U+00AD (soft hyphen, dropped).
const DASHES = /[\u2010-\u2015\u2212]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/**
 * Folds text for matching: lower case, no accents, ASCII dashes and quotes.
 * "Díaz‑Canel’s" → "diaz-canel's". Used by slugs and by search, so both agree.
 */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
		.replace(DASHES, '-')
		.replace(/\u00ad/g, '')
		.replace(SINGLE_QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.toLowerCase();
}

// A word: letters, digits and combining marks, with inner apostrophes ("Havana’s", "don't").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02bc][\p{L}\p{N}\p{M}]+)*/gu;
const POSSESSIVE = /'s$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** A word located in the original text, with the term it folds to ('' when it folds to nothing). */
export interface WordSpan {
	start: number;
	end: number;
	term: string;
}

/**
 * The term a single word is indexed and searched under: folded, possessive "'s" dropped, inner
 * apostrophes removed, so "Havana’s" and "havanas" do not both need typing to find "Havana".
 */
export function foldWord(word: string): string {
	// Most words are plain ASCII: folding them is lower-casing, and indexing runs this per word.
	if (ASCII_WORD.test(word)) return word.toLowerCase();
	return fold(word)
		.replace(POSSESSIVE, '')
		.replace(/'/g, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Splits text into words at every space, dash and punctuation mark, keeping where each word stood
 * so matches can be highlighted in the original (fold may change the length of a word).
 */
export function wordSpans(text: string): WordSpan[] {
	const spans: WordSpan[] = [];
	for (const match of text.matchAll(WORD)) {
		const start = match.index;
		spans.push({ start, end: start + match[0].length, term: foldWord(match[0]) });
	}
	return spans;
}

// Anything outside tab … '~' (ASCII but DEL and NUL–BS): such text is folded before it is scanned.
const NON_ASCII = /[^\t-~]/;
const APOSTROPHE = 39;

// a–z, A–Z and 0–9, the only characters of a word in ASCII text, as lower case; 0 for the rest.
// (Upper case remains only in text that was ASCII already, which is lowered word by word.)
const LOWER = Uint8Array.from({ length: 128 }, (_, code) =>
	(code >= 97 && code <= 122) || (code >= 48 && code <= 57)
		? code
		: code >= 65 && code <= 90
			? code + 32
			: 0
);

/** A character code as lower case, for A–Z; what the range a visit hands over means. */
export const lowerCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a term's characters: what `forEachFoldedWord` hands over with each word. */
export function termHash(term: string): number {
	let hash = FNV_OFFSET;
	for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
	return hash >>> 0;
}

/**
 * Visits the search terms of a text in order: the same terms as `wordSpans`, but folding the
 * whole text at once. Indexing runs this over every word of every brief, so text that is ASCII
 * (nearly all of it) is scanned by character code rather than by the Unicode word pattern, which
 * costs several times more, and a plain word is handed over as a range of `source` whose term is
 * that range in lower case (`lowerCode`), with the term's `termHash`: the caller can look it up
 * without making a string. A word that had to be rewritten (apostrophes, non-ASCII) comes as
 * `word`, with `start` = `end` = -1. `foldedWordsByPattern` is the reference this must agree
 * with (a unit test holds them together).
 */
export function forEachFoldedWord(
	text: string,
	visit: (
		source: string,
		start: number,
		end: number,
		word: string | undefined,
		hash: number
	) => void
) {
	const source = NON_ASCII.test(text) ? fold(text) : text;
	if (NON_ASCII.test(source)) {
		for (const word of foldedWordsByPattern(source)) visit(source, -1, -1, word, termHash(word));
		return;
	}
	const length = source.length;
	let start = -1;
	let hash = FNV_OFFSET;
	let apostrophe = false;
	for (let i = 0; i <= length; i++) {
		const lower = i < length ? LOWER[source.charCodeAt(i)] : 0;
		if (lower) {
			if (start < 0) {
				start = i;
				hash = FNV_OFFSET;
			}
			hash = Math.imul(hash ^ lower, FNV_PRIME);
			continue;
		}
		// An apostrophe inside a word ("don't", "havana's") belongs to it, as in WORD.
		if (
			start >= 0 &&
			i + 1 < length &&
			source.charCodeAt(i) === APOSTROPHE &&
			LOWER[source.charCodeAt(i + 1)]
		) {
			apostrophe = true;
			continue;
		}
		if (start < 0) continue;
		if (apostrophe) {
			const word = source.slice(start, i).toLowerCase().replace(POSSESSIVE, '').replace(/'/g, '');
			visit(source, -1, -1, word, termHash(word));
		} else visit(source, start, i, undefined, hash >>> 0);
		start = -1;
		apostrophe = false;
	}
}

/** The search terms of a text, in order, empty ones dropped (see `forEachFoldedWord`). */
export function foldedWords(text: string): string[] {
	const words: string[] = [];
	forEachFoldedWord(text, (source, start, end, word) =>
		words.push(word ?? source.slice(start, end).toLowerCase())
	);
	return words;
}

/** `foldedWords` by the Unicode word pattern: for text that is not ASCII even once folded. */
export function foldedWordsByPattern(text: string): string[] {
	const words: string[] = [];
	for (const match of fold(text).matchAll(WORD)) {
		const word = match[0].includes("'")
			? match[0].replace(POSSESSIVE, '').replace(/'/g, '')
			: match[0];
		if (word) words.push(word);
	}
	return words;
}
