import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Who may import whom, by folder of src/: content ← db ← state ← views and components. Each
 * folder lists the others it may import (itself always); `types` lists those it may take only
 * types from. The top of src/ (main.ts, App.svelte, sw.ts) puts the app together: it may import
 * any folder but db.
 */
/** @type {Record<string, { imports: string[]; types: string[] }>} */
export const LAYERS = {
	lib: { imports: [], types: ['content'] },
	// Node only: the build's caches and output folder, for the content and pages plugins.
	build: { imports: [], types: ['content'] },
	content: { imports: ['lib', 'build'], types: [] },
	db: { imports: ['content', 'lib'], types: [] },
	search: { imports: ['content', 'db', 'lib'], types: [] },
	import: { imports: ['content', 'lib'], types: [] },
	state: { imports: ['content', 'db', 'lib', 'search', 'import'], types: [] },
	components: { imports: ['content', 'lib', 'state', 'import'], types: ['search'] },
	views: { imports: ['components', 'content', 'import', 'lib', 'state'], types: ['search'] },
	prerender: { imports: ['build', 'components', 'content', 'lib', 'state', 'views'], types: [] },
	sw: { imports: ['content', 'lib', 'import'], types: [] }
};
const FOLDERS = Object.keys(LAYERS);
/** The one folder each library may be imported from. */
const OWNERS = { dexie: 'db', minisearch: 'search' };

/**
 * no-restricted-imports for the code in one folder of src/ ('.' for its top level).
 * @param {string} folder
 * @returns {['error', { patterns: { group: string[]; allowTypeImports?: boolean; message: string }[] }]}
 */
function layerRule(folder) {
	const layer =
		folder === '.'
			? { imports: FOLDERS.filter((other) => other !== 'db'), types: [] }
			: LAYERS[folder];
	const up = folder === '.' ? './' : '../';
	/** @type {{ group: string[]; allowTypeImports?: boolean; message: string }[]} */
	const patterns = [];
	for (const other of FOLDERS) {
		if (other === folder || layer.imports.includes(other)) continue;
		patterns.push({
			group: [`${up}${other}`, `${up}${other}/**`],
			allowTypeImports: layer.types.includes(other),
			message: `src/${folder === '.' ? '' : `${folder}/`} may not import src/${other}/ (see LAYERS in eslint.config.js)`
		});
	}
	for (const [name, owner] of Object.entries(OWNERS))
		if (owner !== folder)
			patterns.push({
				group: [name, `${name}/**`],
				message: `only src/${owner}/ imports ${name}`
			});
	return ['error', { patterns }];
}

/** One config block per folder of src/, so each folder's restrictions stand alone. */
export const layerConfigs = [
	{ files: ['src/*.ts', 'src/*.svelte'], rules: { 'no-restricted-imports': layerRule('.') } },
	...Object.keys(LAYERS).map((folder) => ({
		files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.svelte`],
		rules: { 'no-restricted-imports': layerRule(folder) }
	}))
];

export default ts.config(
	{
		ignores: [
			'dist/',
			'dist-e2e/',
			'dev-dist/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __BUILD_LABEL__: 'readonly' }
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// An unawaited promise hides its rejection: every one must be awaited, returned or voided.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }]
		}
	},
	...layerConfigs
);
