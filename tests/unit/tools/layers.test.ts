import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// The very blocks `npm run check` applies, without the type-aware parts (no project needed).
import { layerConfigs } from '../../../eslint.config.js';

const eslint = new ESLint({
	overrideConfigFile: true,
	overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: ts.parser } }, ...layerConfigs]
});

async function problems(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: file });
	return result.messages.map((m) => m.message);
}

describe('layers', () => {
	it.each([
		['src/views/Feed.ts', "import { saveBrief } from '../db/saved';", 'may not import src/db/'],
		['src/components/Card.ts', "import type { X } from '../db/database';", 'src/db/'],
		['src/lib/link.ts', "import { matchRoute } from '../state/routes';", 'src/state/'],
		['src/lib/speech.ts', "import { foldText } from '../content/fold';", 'src/content/'],
		['src/content/brief.ts', "import { x } from '../db/database';", 'src/db/'],
		['src/db/saved.ts', "import { x } from '../state/storage.svelte';", 'src/state/'],
		['src/import/rss.ts', "import { x } from '../db/backup';", 'src/db/'],
		['src/App.ts', "import { appDatabase } from './db/app';", 'src/db/'],
		['src/state/saved.ts', "import Dexie from 'dexie';", 'only src/db/ imports dexie'],
		['src/views/Search.ts', "import MiniSearch from 'minisearch';", 'only src/search/'],
		['src/db/index.ts', "import MiniSearch from 'minisearch';", 'only src/search/']
	])('%s: %s is refused', async (file, code, why) => {
		const found = await problems(file, code);
		expect(found).toHaveLength(1);
		expect(found[0]).toContain(why);
	});

	it.each([
		['src/state/saved.ts', "import { x } from '../db/app';"],
		['src/db/database.ts', "import Dexie from 'dexie';"],
		['src/search/headlines.ts', "import MiniSearch from 'minisearch';"],
		['src/lib/speech.ts', "import type { Brief } from '../content/brief';"],
		['src/views/Search.ts', "import type { SearchHit } from '../search/protocol';"],
		['src/views/Feed.ts', "import { feed } from '../state/briefs.svelte';"],
		['src/main.ts', "import { router } from './state/router.svelte';"]
	])('%s: %s is allowed', async (file, code) => {
		expect(await problems(file, code)).toEqual([]);
	});

	it('a view may take types from search but not its code', async () => {
		const found = await problems(
			'src/views/Search.ts',
			"import { search } from '../search/client';"
		);
		expect(found[0]).toContain('may not import src/search/');
	});
});
