import { compareRanks } from '../../../src/content/brief';
import { readdirSync } from 'node:fs';
import { buildContent } from '../../../src/content/bundle';
import type { StoredBrief } from '../../../src/content/brief';
import { readProjectFile, SEED_NAME } from '../read-fixture';

const HOSTILE_DIR = 'tests/fixtures/hostile-seeds';

/** The published seed and the synthetic hostile briefs, parsed as the build parses them. */
export async function seedAndHostileBriefs(): Promise<StoredBrief[]> {
	const names = [
		SEED_NAME,
		...readdirSync(HOSTILE_DIR)
			.filter((n) => n.endsWith('.txt'))
			.sort()
			.map((n) => `${HOSTILE_DIR}/${n}`)
	];
	const { bundle } = await buildContent(
		names.map((name) => ({ name, text: readProjectFile(name) }))
	);
	return [...bundle.briefs].sort((a, b) => compareRanks(a.rank, b.rank));
}
