import { fold } from './fold.ts';

export const MAX_SLUG_LENGTH = 80;
/** What a route segment must look like before it is looked up: anything else is "not found". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Díaz‑Canel Rejects U.S. Pressure…" → "diaz-canel-rejects-u-s-pressure…", cut on a word. */
export function slugify(headline: string): string {
	const words = fold(headline)
		.replace(/'/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > MAX_SLUG_LENGTH) break;
		slug = next;
	}
	// A single word longer than the limit still yields a usable slug.
	if (!slug && words.length) slug = words[0].slice(0, MAX_SLUG_LENGTH);
	return slug || 'brief';
}

/** Gives every item a distinct slug, in the order given: the second "x" becomes "x-2". */
export function uniqueSlugs(slugs: readonly string[]): string[] {
	const taken = new Set<string>();
	return slugs.map((base) => {
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		return slug;
	});
}
