// @vitest-environment jsdom
// Issue 17: random and mutated files, for every importer. Whatever the input, the importer either
// refuses the file with an ImportFileError or returns briefs that pass the checks seeds pass; it
// never throws anything else and never takes long. Fixed seed and bounded runs: the same cases on
// every run, so a failure reproduces (fast-check prints the case and its path).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBriefFields } from '../../../src/content/brief-shape';
import { ImportFileError } from '../../../src/import/import-error';
import { readImportFile } from '../../../src/import/read-import-file';
import { readProjectFile, seedText } from '../read-fixture';

const NOW = Date.UTC(2026, 10, 30);
const SEED = 17;
const RUNS = 40;
/** Far above what any of these inputs takes (tens of ms); a hang or a backtracking pattern fails. */
const MAX_MS = 1500;

/** Pieces that have broken importers: markup, entities, brackets, controls, prototype names. */
const HOSTILE = [
	'<!DOCTYPE x [<!ENTITY a "b">]>',
	'<!DOC<style></style>TYPE',
	'<style>',
	'</style>',
	' style="x"',
	' onload="x"',
	'<![CDATA[',
	']]>',
	'<!--',
	'&amp;',
	'&x;',
	'&#0;',
	'[',
	'](',
	'---\n',
	'\n\n',
	'\u0000',
	'\uFEFF',
	'\u202E',
	'"constructor"',
	'"__proto__"',
	'"toString"',
	'javascript:alert(1)',
	`https://example.org/${'a'.repeat(3000)}`,
	'0050-06-01',
	'2026-02-30',
	'1e300',
	'null',
	'{',
	'}',
	'<',
	'>'
];

/** A file mutated: pieces deleted, random or hostile text inserted, at random places. */
const mutated = (text: string) =>
	fc
		.array(
			fc.tuple(
				fc.nat({ max: text.length }),
				fc.nat({ max: 40 }),
				fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }), fc.constant(''))
			),
			{ minLength: 1, maxLength: 8 }
		)
		.map((edits) =>
			edits.reduce(
				(out, [at, cut, insert]) =>
					out.slice(0, Math.min(at, out.length)) +
					insert +
					out.slice(Math.min(at, out.length) + cut),
				text
			)
		);

const anyText = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.array(fc.constantFrom(...HOSTILE), { maxLength: 30 }).map((parts) => parts.join(''))
);

async function checkImport(name: string, text: string) {
	const started = performance.now();
	let result: Awaited<ReturnType<typeof readImportFile>> | undefined;
	try {
		result = await readImportFile(name, text, NOW, async () => {});
	} catch (error) {
		if (!(error instanceof ImportFileError)) throw error;
		expect(error.message.startsWith(`${name}: `)).toBe(true);
	}
	expect(performance.now() - started).toBeLessThan(MAX_MS);
	for (const brief of result?.briefs ?? []) {
		const read = readBriefFields(brief);
		expect('problem' in read ? read.problem : undefined, brief.headline).toBeUndefined();
		expect(brief.id).toMatch(/^imp-[0-9a-f]{20}$/);
		expect(brief.bodyHtml ?? '').not.toMatch(/<(script|style|iframe|img)|\son\w+=/i);
	}
	for (const item of [...(result?.skipped ?? []), ...(result?.notes ?? [])]) {
		expect(item.file).toBe(name);
		expect(typeof item.reason).toBe('string');
	}
}

const fixture = (name: string) => readProjectFile(`tests/fixtures/import/${name}`);

const BACKUP = JSON.stringify({
	format: 'briefs-backup',
	version: 1,
	exportedAt: '2026-11-30T00:00:00.000Z',
	importedBriefs: [
		{
			id: 'imp-0123456789abcdef0123',
			headline: 'Synthetic backed-up brief',
			dek: 'Dek',
			hero: {},
			takeaways: ['One'],
			editorsDesk: { label: "Editor's Desk", title: 'T', text: ['Desk'] },
			byline: 'B',
			section: 'S',
			publisher: 'P',
			body: ['Body'],
			bodyHtml: '<p>Body</p>',
			url: 'https://example.org/a',
			date: '2026-01-16',
			slug: 'synthetic-backed-up-brief',
			contentHash: 'x',
			rank: 3,
			origin: { format: 'rss', file: 'f.xml', importedAt: 1 }
		}
	],
	saved: [{ briefId: 'imp-0123456789abcdef0123', savedAt: 2 }],
	history: [
		{ briefId: 'imp-0123456789abcdef0123', readAt: 3, progress: 0.5, scrollY: 10, layoutWidth: 390 }
	],
	settings: { theme: 'dark', textSize: 2, lineWidth: 'wide' }
});

const IMPORTERS: [string, string, string][] = [
	['brief text', 'fuzz.txt', seedText()],
	['Markdown', 'fuzz.md', fixture('article.md')],
	['JSON Feed', 'fuzz.json', fixture('feed.json')],
	['RSS', 'fuzz.rss', fixture('feed.rss')],
	['Atom', 'fuzz.atom', fixture('feed.atom')],
	['backup', 'fuzz-backup.json', BACKUP]
];

describe('importers under random and mutated input', () => {
	it.each(IMPORTERS)(
		'%s: mutated files',
		async (_, name, valid) => {
			await checkImport(name, valid);
			await fc.assert(
				fc.asyncProperty(mutated(valid), (text) => checkImport(name, text)),
				{ seed: SEED, numRuns: RUNS }
			);
		},
		60_000
	);

	it.each(IMPORTERS)(
		'%s: random files',
		async (_, name) => {
			await fc.assert(
				fc.asyncProperty(anyText, (text) => checkImport(name, text)),
				{ seed: SEED, numRuns: RUNS }
			);
		},
		60_000
	);

	it('backup: records of any shape', async () => {
		const valid = JSON.parse(BACKUP) as Record<string, unknown>;
		const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(1e300, -1, NaN));
		const record = fc.dictionary(
			fc.constantFrom(
				'id',
				'briefId',
				'headline',
				'takeaways',
				'body',
				'hero',
				'editorsDesk',
				'origin',
				'readAt',
				'savedAt',
				'progress',
				'url',
				'date',
				'__proto__',
				'constructor'
			),
			anyValue,
			{ maxKeys: 8 }
		);
		const brief = valid.importedBriefs as Record<string, unknown>[];
		const list = fc.array(
			fc.oneof(
				record,
				record.map((r) => ({ ...brief[0], ...r })),
				anyValue
			),
			{ maxLength: 5 }
		);
		await fc.assert(
			fc.asyncProperty(
				list,
				list,
				list,
				anyValue,
				async (importedBriefs, saved, history, settings) =>
					checkImport(
						'shapes.json',
						JSON.stringify({ ...valid, importedBriefs, saved, history, settings })
					)
			),
			{ seed: SEED, numRuns: RUNS * 2 }
		);
	}, 60_000);
});
