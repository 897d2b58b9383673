import type { Brief } from '../content/brief';
import { foldedWords } from '../content/fold';
import { headlinesOf, type BriefIndex } from './brief-index';
import { headlinesWithAny } from './headline-index';
import { STOPWORDS } from './stopwords';

/** Briefs whose headlines share the most terms with this one's headline and takeaways. */
export function relatedIds(
	index: BriefIndex,
	brief: Brief,
	{ limit = 5, minShared = 2 }: { limit?: number; minShared?: number } = {}
): string[] {
	const terms = [
		...new Set(
			foldedWords([brief.headline, ...brief.takeaways].join('\n')).filter((t) => !STOPWORDS.has(t))
		)
	];
	if (!terms.length) return [];
	return headlinesWithAny(headlinesOf(index), terms, brief.id)
		.filter((r) => r.shared >= minShared)
		.sort((a, b) => b.shared - a.shared || b.score - a.score)
		.slice(0, limit)
		.map((r) => r.id);
}
