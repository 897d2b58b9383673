import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/import/front-matter';
import { ImportFileError } from '../../../src/import/import-error';
import * as parsers from '../../../src/import/markdown-parsers';

const read = (yaml: string, body = 'Body.') =>
	readFrontMatter(`---\n${yaml}\n---\n${body}`, 'a.md', parsers);
const refusal = (yaml: string) => {
	try {
		read(yaml);
	} catch (error) {
		expect(error).toBeInstanceOf(ImportFileError);
		return (error as Error).message;
	}
	throw new Error('front matter was read');
};

describe('front matter', () => {
	it('reads flow lists, comments and quoted colons as YAML does', () => {
		const { meta, body } = read(
			[
				'# Written by hand',
				'title: "Breaking: talks resume" # the wire headline',
				"dek: 'Both sides: tired'",
				'takeaways: [One, "Two: more", three]',
				'section: World'
			].join('\n')
		);
		expect(meta.get('title')).toBe('Breaking: talks resume');
		expect(meta.get('dek')).toBe('Both sides: tired');
		expect(meta.get('takeaways')).toEqual(['One', 'Two: more', 'three']);
		expect(meta.get('section')).toBe('World');
		expect(body).toBe('Body.');
	});

	it('reads block lists and keys in any case', () => {
		const { meta } = read('Title: T\nTakeaways:\n  - First\n  - Second');
		expect(meta.get('title')).toBe('T');
		expect(meta.get('takeaways')).toEqual(['First', 'Second']);
	});

	it('keeps every value as the text typed: dates, numbers and yes/no are not converted', () => {
		const { meta } = read('date: 2026-02-05\ntitle: 1984\nsection: no\nempty:');
		expect(meta.get('date')).toBe('2026-02-05');
		expect(meta.get('title')).toBe('1984');
		expect(meta.get('section')).toBe('no');
		expect(meta.get('empty')).toBe('');
	});

	it('is optional, and a byte order mark does not hide it', () => {
		expect(readFrontMatter('Just text.', 'a.md', parsers)).toEqual({
			meta: new Map(),
			body: 'Just text.'
		});
		expect(readFrontMatter('\uFEFF---\ntitle: T\n---\nB', 'a.md', parsers).meta.get('title')).toBe(
			'T'
		);
		expect(read('').meta.size).toBe(0);
	});

	it('refuses malformed YAML with the file, the line of the file and what is wrong', () => {
		expect(refusal('title: T\ndek: a: b')).toBe(
			'a.md: malformed front matter (line 3 at column 6: Nested mappings are not allowed in compact mappings)'
		);
		expect(refusal('title: "unclosed')).toMatch(
			/^a\.md: malformed front matter \(line 2 at column \d+: Missing closing "quote\)$/
		);
		expect(refusal('takeaways: [one, two')).toMatch(/^a\.md: malformed front matter \(line 2 /);
		expect(refusal('title: A\ntitle: B')).toMatch(/Map keys must be unique\)$/);
	});

	it('refuses front matter that is not keys and values', () => {
		expect(refusal('- one\n- two')).toBe('a.md: front matter is not a list of "key: value" lines');
		expect(refusal('just a sentence')).toBe(
			'a.md: front matter is not a list of "key: value" lines'
		);
	});

	it('refuses an alias bomb instead of expanding it', () => {
		const bomb = [
			'a: &a [x, x, x, x, x, x, x, x, x]',
			...'bcdefgh'.split('').map((k, i) => {
				const prev = 'abcdefgh'[i];
				return `${k}: &${k} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
			})
		].join('\n');
		const started = performance.now();
		expect(refusal(bomb)).toBe(
			'a.md: malformed front matter (Excessive alias count indicates a resource exhaustion attack)'
		);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
