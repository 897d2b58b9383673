// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../src/import/import-error';
import { readImportFile } from '../../../src/import/read-import-file';

const NOW = Date.UTC(2026, 10, 30);
const read = (text: string, file = 'brief.md') => readImportFile(file, text, NOW, async () => {});

describe('Markdown import', () => {
	it('reads YAML front matter and keeps the Markdown as sanitised HTML', async () => {
		const { briefs, skipped } = await read(
			[
				'---',
				'title: "Update: the parser_v2 ships" # from the wire',
				'takeaways: [One, "Two: with a colon"]',
				'url: https://example.org/release_notes/v2',
				'---',
				'Read the [notes](https://example.org/release_notes/v2) on *snake_case_names*.',
				'',
				'- first point',
				'- second point',
				'',
				'> A quote from the_author.'
			].join('\n')
		);
		expect(skipped).toEqual([]);
		const [brief] = briefs;
		expect(brief.headline).toBe('Update: the parser_v2 ships');
		expect(brief.takeaways).toEqual(['One', 'Two: with a colon']);
		expect(brief.url).toBe('https://example.org/release_notes/v2');
		expect(brief.dek).toBe('Read the notes on snake_case_names.');
		expect(brief.body).toEqual([
			'Read the notes on snake_case_names.',
			'first point',
			'second point',
			'A quote from the_author.'
		]);
		expect(brief.bodyHtml).toContain(
			'<a href="https://example.org/release_notes/v2" rel="noopener noreferrer" target="_blank">notes</a>'
		);
		expect(brief.bodyHtml).toContain('<em>snake_case_names</em>');
		expect(brief.bodyHtml).toContain('<li>first point</li>');
		expect(brief.bodyHtml).toContain(
			'<blockquote>\n<p>A quote from the_author.</p>\n</blockquote>'
		);
	});

	it('stores a file of plain paragraphs as text, raw HTML and all, as typed', async () => {
		const handlers = '<img src=x onerror=window.__xss=1> <svg/onload=window.__xss=1>';
		const { briefs } = await read(
			`---\ntitle: Synthetic handlers\n---\n\nHandlers: ${handlers}\n\nafter the handlers\n`
		);
		expect(briefs[0].bodyHtml).toBeUndefined();
		expect(briefs[0].body).toEqual([`Handlers: ${handlers}`, 'after the handlers']);
	});

	it('refuses a file whose front matter is not YAML, naming the file and the place', async () => {
		const error = await read('---\ntitle: Broken: colon\n---\nBody.', 'broken.md').catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ImportFileError);
		expect((error as Error).message).toBe(
			'broken.md: malformed front matter (line 2 at column 8: Nested mappings are not allowed in compact mappings)'
		);
	});

	it('skips a body longer than any brief may be, by its title, before parsing it', async () => {
		const started = performance.now();
		const { briefs, skipped } = await read(`---\ntitle: Long\n---\n${'*a'.repeat(250_000)}`);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(briefs).toEqual([]);
		expect(skipped).toEqual([
			{ file: 'brief.md', label: 'Long', reason: 'body is longer than 400000 characters' }
		]);
	});
});
