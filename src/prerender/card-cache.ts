import { createHash } from 'node:crypto';
import type { FileCache } from '../build/file-cache.ts';
import type { OutFile } from '../build/out-dir.ts';
import type { Brief } from '../content/brief.ts';

type DrawCard = (brief: Brief) => Promise<Uint8Array>;

/**
 * Share cards from earlier builds, kept by what they show: drawing one takes about 30 ms (most
 * of a first build's time), and a library that grows by a few briefs a day changes a few cards
 * per build. `salt` is what else a card depends on (its drawing code, the logo): when that
 * changes, every card is drawn again. Without a cache, each is drawn.
 */
export function cachedCards(
	draw: DrawCard,
	cache: FileCache | undefined,
	salt: string
): (brief: Brief) => OutFile {
	return (brief) => {
		const make = () => draw(brief);
		if (!cache) return { make };
		const key = createHash('sha256')
			.update(salt)
			.update(JSON.stringify([brief.section, brief.headline, brief.byline, brief.publisher]))
			.digest('hex');
		return { make, cache: { store: cache, key } };
	};
}
