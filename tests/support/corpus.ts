import { buildContent, type ContentBundle } from '../../src/content/bundle';
import { readProjectFile, SEED_NAME } from '../unit/read-fixture';
import { syntheticFile, SYNTHETIC_CORPUS, type SyntheticBrief } from './synthetic-briefs';

export const SEED_ID = '000_312a46f2b9923e86';

export const seedFile = () => ({ name: SEED_NAME, text: readProjectFile(SEED_NAME) });

/** Seed files: the real seed plus synthetic briefs (the small corpus unless others are given). */
export const corpusFiles = (synthetic: SyntheticBrief[] = SYNTHETIC_CORPUS) => [
	seedFile(),
	...synthetic.map(syntheticFile)
];

/** The real seed plus synthetic briefs, built as the build builds them. */
export async function corpusBundle(
	synthetic: SyntheticBrief[] = SYNTHETIC_CORPUS
): Promise<ContentBundle> {
	return (await buildContent(corpusFiles(synthetic))).bundle;
}
