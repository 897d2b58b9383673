// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../src/import/import-error';
import { readImportFile } from '../../../src/import/read-import-file';
import { readProjectFile, seedText } from '../read-fixture';

const NOW = Date.UTC(2026, 10, 30);
const read = (name: string) =>
	readImportFile(name, readProjectFile(`tests/fixtures/import/${name}`), NOW);
const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => undefined,
		(e: unknown) => e
	);

describe('JSON Feed', () => {
	it('imports items with text titles, sanitised bodies and only http(s) links', async () => {
		const { format, briefs, skipped } = await read('feed.json');
		expect(format).toBe('json-feed');
		expect(briefs).toHaveLength(2);
		const [one, two] = briefs;
		expect(one.headline).toBe('Synthetic feed item <b>one</b>');
		expect(one.dek).toBe('A synthetic summary used only by tests.');
		expect(one.byline).toBe('Test Author');
		expect(one.section).toBe('Testing');
		expect(one.publisher).toBe('Synthetic Test Feed');
		expect(one.date).toBe('2026-02-03');
		expect(one.url).toBe('https://example.org/synthetic-1');
		expect(one.bodyHtml).toContain('<strong>bold</strong>');
		expect(one.bodyHtml).toContain('<ul><li>Listed point</li></ul>');
		expect(one.bodyHtml).toContain('<blockquote>A quote</blockquote>');
		expect(one.bodyHtml).toContain(
			'<a href="https://example.org/more" rel="noopener noreferrer" target="_blank">link</a>'
		);
		expect(one.bodyHtml).not.toMatch(/script|onerror|<img/i);
		expect(one.body).toEqual(['First bold paragraph with a link.', 'Listed point', 'A quote']);
		expect(one.origin).toEqual({ format: 'json-feed', file: 'feed.json', importedAt: NOW });
		expect(one.id).toMatch(/^imp-[0-9a-f]{20}$/);

		expect(two.url).toBeUndefined();
		expect(two.body).toEqual(['Plain text body.', 'Second paragraph.']);
		expect(skipped).toEqual([{ file: 'feed.json', label: 'item 3', reason: 'no headline' }]);
	});

	it('gives the same id to the same item on a re-import', async () => {
		const a = await read('feed.json');
		const b = await readImportFile(
			'feed.json',
			readProjectFile('tests/fixtures/import/feed.json'),
			NOW + 1
		);
		expect(b.briefs.map((x) => x.id)).toEqual(a.briefs.map((x) => x.id));
	});

	it('drops prototype-polluting keys', async () => {
		const { briefs } = await read('proto.json');
		expect(briefs).toHaveLength(1);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(briefs[0], '__proto__')).toBe(false);
	});

	it('reports malformed JSON with its position', async () => {
		const error = await failure(read('malformed.json'));
		expect(error).toBeInstanceOf(ImportFileError);
		expect((error as Error).message).toMatch(/^malformed\.json: malformed JSON \(.*position \d+/);
	});
});

describe('RSS and Atom', () => {
	it('imports RSS items, with markup only in the sanitised body', async () => {
		const { format, briefs } = await read('feed.rss');
		expect(format).toBe('rss');
		expect(briefs).toHaveLength(1);
		const [item] = briefs;
		expect(item.headline).toBe('Synthetic RSS item');
		expect(item.dek).toBe('Summary with markup.');
		expect(item.byline).toBe('RSS Test Author');
		expect(item.date).toBe('2026-02-03');
		expect(item.bodyHtml).toContain('<p>Body paragraph one.</p>');
		expect(item.bodyHtml).not.toMatch(/iframe|javascript:|srcdoc/i);
	});

	it('imports Atom entries, html titles as text', async () => {
		const { format, briefs } = await read('feed.atom');
		expect(format).toBe('atom');
		expect(briefs.map((b) => b.headline)).toEqual([
			'Synthetic Atom entry one',
			'Synthetic Atom entry two'
		]);
		expect(briefs[0].byline).toBe('Atom Test Author');
		expect(briefs[0].bodyHtml).not.toMatch(/svg|onload/i);
		expect(briefs[1].body).toEqual(['XHTML body.']);
	});

	it('refuses a DOCTYPE or ENTITY declaration before parsing (billion laughs)', async () => {
		const error = await failure(read('billion-laughs.xml'));
		expect((error as Error).message).toBe(
			'billion-laughs.xml: XML with a DOCTYPE or ENTITY declaration is not accepted'
		);
	});

	it('reports malformed XML with where it broke', async () => {
		const error = await failure(read('malformed.xml'));
		expect((error as Error).message).toMatch(/^malformed\.xml: malformed XML \(.+\)/);
	});
});

describe('Markdown and brief text', () => {
	it('reads front matter and paragraphs', async () => {
		const { format, briefs } = await read('article.md');
		expect(format).toBe('markdown');
		const [brief] = briefs;
		expect(brief.headline).toBe('Synthetic Markdown Brief');
		expect(brief.dek).toBe('A synthetic dek for tests.');
		expect(brief.takeaways).toEqual(['First synthetic takeaway', 'Second synthetic takeaway']);
		expect(brief.date).toBe('2026-02-05');
		expect(brief.body).toEqual([
			'A heading',
			'First paragraph of the synthetic brief.',
			'Second paragraph.'
		]);
	});

	it('imports a brief text file through the seed parser', async () => {
		const { format, briefs } = await readImportFile('brief.txt', seedText(), NOW);
		expect(format).toBe('brief');
		expect(briefs[0].takeaways).toHaveLength(5);
		expect(briefs[0].origin?.format).toBe('brief');
	});

	it('reports a bad brief text file with file and line', async () => {
		const { briefs, skipped } = await readImportFile('bad.txt', 'Headline only\n', NOW);
		expect(briefs).toEqual([]);
		expect(skipped[0].reason).toBe('bad.txt:1: no "Key Takeaways" section after the headline');
	});

	it('refuses files of other kinds', async () => {
		const error = await failure(readImportFile('photo.png', 'x', NOW));
		expect((error as Error).message).toBe('photo.png: ".png" files can\'t be imported');
	});
});
