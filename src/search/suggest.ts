import type { BriefIndex } from './brief-index';
import { hasTerm } from './text-index';
import { nearestTerms } from './text-query';

/**
 * Queries closest to what was typed that do match something, for "No results": each word the
 * index lacks replaced by its nearest term (fewest edits, then the most common).
 */
export function suggest(index: BriefIndex, terms: string[], max = 3): string[] {
	if (!terms.length) return [];
	const { text } = index;
	const nearest = terms.map((term) =>
		hasTerm(text, term)
			? [term]
			: nearestTerms(text, term, Math.min(3, Math.max(1, Math.round(term.length * 0.4))))
	);
	if (!nearest.every((options) => options.length)) return [];
	// The best spelling of every word, then other spellings of the first word that has some.
	const suggestions = [nearest.map((options) => options[0]).join(' ')];
	const varied = nearest.findIndex((options) => options.length > 1);
	for (const option of varied < 0 ? [] : nearest[varied].slice(1, max))
		suggestions.push(nearest.map((options, i) => (i === varied ? option : options[0])).join(' '));
	return suggestions.slice(0, max);
}
