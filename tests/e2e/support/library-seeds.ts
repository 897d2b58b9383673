import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
		writeFileSync(join(dir, librarySeedName(i)), text);
	});
}

/** The headlines writeLibrarySeeds gives its briefs, in file order. */
export const libraryHeadlines = (count: number): string[] =>
	syntheticCorpus(count).briefs.map((brief) => brief.headline);

/** Seed file name of the library's brief number `i`. */
export const librarySeedName = (i: number) => `500_${String(i).padStart(6, '0')}_library.txt`;

/** What the next deploy of the library changes (test data, not news). */
export const LIBRARY_CHANGES = {
	added: 'Synthetic library brief added by the next deploy',
	addedFile: '499_added_library.txt',
	edited: 1000,
	editedText: 'This sentence was added by the next deploy.',
	removed: 500
} as const;

/** The library's next deploy, in `dir`: one brief added (dated, so on top), one edited, one removed. */
export function changeLibrarySeeds(dir: string): void {
	const to = dir;
	const { added, addedFile, edited, editedText, removed } = LIBRARY_CHANGES;
	rmSync(join(to, librarySeedName(removed)));
	const editedPath = join(to, librarySeedName(edited));
	writeFileSync(editedPath, `${readFileSync(editedPath, 'utf8').trimEnd()} ${editedText}\n`);
	const text = syntheticSeedText({ n: 1_000_000, headline: added, section: 'Synthetic Section' });
	writeFileSync(join(to, addedFile), `Date: 2026-12-07\n\n${text}`);
}
