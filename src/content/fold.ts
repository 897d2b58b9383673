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

/**
 * The search terms of a text, in order, empty ones dropped: the same terms as `wordSpans`, but
 * folding the whole text at once, which is what makes indexing thousands of briefs quick.
 */
export function foldedWords(text: string): string[] {
	const words: string[] = [];
	for (const match of fold(text).matchAll(WORD)) {
		const word = match[0].includes("'")
			? match[0].replace(POSSESSIVE, '').replace(/'/g, '')
			: match[0];
		if (word) words.push(word);
	}
	return words;
}
