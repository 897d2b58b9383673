import type { Brief } from '../content/brief.ts';
import { cacheKey, type FileCache } from './file-cache.ts';

type ParseBrief = (text: string, source: string) => Promise<Brief>;

/**
 * Seeds parsed in earlier builds, by their name, their text and the code that parses them: a
 * library that grows by a few briefs a day re-reads the rest (at 50,000 briefs, 8 s of parsing
 * and validating) as the JSON it made of them. A seed that fails is parsed every time, so its
 * error is always reported; a kept entry that no longer reads is parsed again.
 */
export function cachedParse(parse: ParseBrief, cache: FileCache, code: string): ParseBrief {
	return async (text, source) => {
		const key = cacheKey(code, source, text);
		const kept = cache.readJson(key) as Brief | undefined;
		if (kept) return kept;
		const brief = await parse(text, source);
		cache.write(key, JSON.stringify(brief));
		return brief;
	};
}
