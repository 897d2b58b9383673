import type { WordMatch } from './text-query';

/** Whether a brief's word is one the query matched: for highlights and the matched part. */
export interface TermMatcher {
	has(term: string): boolean;
}

/** Matches the terms the query's words matched, and any word a matched prefix begins. */
export function matcherOf(matches: readonly WordMatch[]): TermMatcher {
	const terms = new Set(matches.flatMap((m) => [...m.terms]));
	const prefixes = matches.flatMap((m) => (m.prefix ? [m.prefix] : []));
	return { has: (term) => terms.has(term) || prefixes.some((p) => term.startsWith(p)) };
}
