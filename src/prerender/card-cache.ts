import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Brief } from '../content/brief.ts';

type DrawCard = (brief: Brief) => Promise<Uint8Array>;

/**
 * Share cards from earlier builds, kept on disk by what they show: drawing one takes about 50 ms
 * (nine in ten of a build's time at 2,000 briefs), and a library that grows by a few briefs a day
 * changes a few cards per build. `salt` is what else a card depends on (its drawing code, the
 * logo): when that changes, every card is drawn again. A missing or unreadable entry is drawn.
 */
export function cachedCards(draw: DrawCard, dir: string, salt: string): DrawCard {
	return async (brief) => {
		const key = createHash('sha256')
			.update(salt)
			.update(JSON.stringify([brief.section, brief.headline, brief.byline, brief.publisher]))
			.digest('hex');
		const path = join(dir, key.slice(0, 2), `${key}.png`);
		const kept = await readFile(path).catch(() => undefined);
		if (kept) return kept;
		const card = await draw(brief);
		// Written aside and renamed: a build stopped midway never leaves half a card behind.
		await mkdir(dirname(path), { recursive: true });
		const partial = `${path}.${process.pid}.tmp`;
		await writeFile(partial, card);
		await rename(partial, path);
		return card;
	};
}
