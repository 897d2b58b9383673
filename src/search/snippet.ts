import type { Brief } from '../content/brief';
import { foldedWords, wordSpans } from '../content/fold';
import { PART_NAMES, partLabel, passagesOf, type PartName } from './parts';
import type { SearchHit, Segment } from './protocol';
import type { TermMatcher } from './term-matcher';

const SNIPPET_CHARS = 180;

/** Splits text into plain and matched runs: highlighting is data, rendered as <mark> by the view. */
export function highlight(text: string, matched: TermMatcher): Segment[] {
	const segments: Segment[] = [];
	let at = 0;
	for (const span of wordSpans(text)) {
		if (!matched.has(span.term)) continue;
		if (span.start > at) segments.push({ text: text.slice(at, span.start), match: false });
		segments.push({ text: text.slice(span.start, span.end), match: true });
		at = span.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), match: false });
	return segments;
}

// Counting runs over every part of every result: the fast scanner, not the spans.
const countMatches = (text: string, matched: TermMatcher) =>
	new Set(foldedWords(text).filter((t) => matched.has(t))).size;

/** A window of about SNIPPET_CHARS around the first match, cut on word boundaries. */
export function snippet(text: string, matched: TermMatcher): Segment[] {
	if (text.length <= SNIPPET_CHARS) return highlight(text, matched);
	const spans = wordSpans(text);
	const first = spans.find((s) => matched.has(s.term));
	let start = first ? Math.max(0, first.start - 40) : 0;
	// Start on a word, not inside one.
	if (start > 0) start = spans.find((s) => s.start >= start)?.start ?? start;
	let end = Math.min(text.length, start + SNIPPET_CHARS);
	if (end < text.length) end = [...spans].reverse().find((s) => s.end <= end)?.end ?? end;
	const segments = highlight(text.slice(start, end), matched);
	if (start > 0) segments.unshift({ text: '…', match: false });
	if (end < text.length) segments.push({ text: '…', match: false });
	return segments;
}

/** Index of the passage with the most distinct matched terms (first on ties). */
function bestPassage(texts: readonly string[], matched: TermMatcher): number {
	let best = 0;
	let bestCount = -1;
	texts.forEach((text, i) => {
		const count = countMatches(text, matched);
		if (count > bestCount) [best, bestCount] = [i, count];
	});
	return best;
}

/**
 * What a result shows: the headline and the part that matched best, with the matched words
 * highlighted. The part is found here, from the brief's own words, rather than carried in the
 * index: a posting holds no more than a brief number and one byte.
 */
export function describeHit(brief: Brief, matched: TermMatcher): SearchHit {
	const perPart = new Map<PartName, number>();
	for (const part of PART_NAMES) {
		const count = countMatches(passagesOf(brief, part).join('\n'), matched);
		if (count) perPart.set(part, count);
	}
	const ranked = [...perPart.keys()].sort(
		(a, b) =>
			(perPart.get(b) ?? 0) - (perPart.get(a) ?? 0) || PART_NAMES.indexOf(a) - PART_NAMES.indexOf(b)
	);
	const part = ranked[0] ?? 'headline';
	// The headline is shown anyway: the snippet comes from the best other part, or the summary.
	const snippetPart = ranked.find((p) => p !== 'headline') ?? 'dek';
	const texts = passagesOf(brief, snippetPart);
	const at = bestPassage(texts, matched);
	const hit: SearchHit = {
		id: brief.id,
		slug: brief.slug,
		section: brief.section,
		headline: highlight(brief.headline, matched),
		part,
		partLabel: partLabel(brief, part),
		snippet: snippet(texts[at] ?? '', matched)
	};
	if (part === 'takeaways') hit.takeaway = bestPassage(brief.takeaways, matched) + 1;
	return hit;
}
