import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCorpus } from '../../../bench/corpus';
import { syntheticSeedText } from '../../support/synthetic-briefs';

/**
 * Writes `count` synthetic seed files of about 6 KB each into `dir`, as a publisher's library
 * grows: placeholder text, never news. The build then takes them through the real path.
 */
export function writeLibrarySeeds(dir: string, count: number): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const { briefs } = syntheticCorpus(count);
	briefs.forEach((brief, i) => {
		const text = syntheticSeedText({
			n: i,
			headline: brief.headline,
			section: brief.section,
			dek: brief.dek,
			takeaways: brief.takeaways,
			desk: brief.editorsDesk?.text[0],
			body: brief.body
		});
		writeFileSync(join(dir, `500_${String(i).padStart(6, '0')}_library.txt`), text);
	});
}

/** The headlines writeLibrarySeeds gives its briefs, in file order. */
export const libraryHeadlines = (count: number): string[] =>
	syntheticCorpus(count).briefs.map((brief) => brief.headline);
