import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../temp-dirs';
import { cacheKey, FileCache } from '../../../src/build/file-cache';
import { OutDirWriter } from '../../../src/build/out-dir';

const tempDir = tempDirs('briefs-out');

describe('OutDirWriter', () => {
	it('writes text, bytes and made files into their folders', async () => {
		const out = tempDir();
		const writer = new OutDirWriter(out);
		await writer.put('a/b/page.html', '<p>page</p>');
		await writer.put('a/b/card.png', new Uint8Array([1, 2]));
		await writer.put('a/c/made.json', { make: async () => '{}' });
		await writer.done();
		expect(readFileSync(join(out, 'a/b/page.html'), 'utf8')).toBe('<p>page</p>');
		expect([...readFileSync(join(out, 'a/b/card.png'))]).toEqual([1, 2]);
		expect(readFileSync(join(out, 'a/c/made.json'), 'utf8')).toBe('{}');
		expect(writer.files).toBe(3);
	});

	it('makes a cached file once and copies it in later builds', async () => {
		const cacheDir = tempDir();
		const make = vi.fn(async () => 'made once');
		const key = cacheKey('input');
		for (const out of [tempDir(), tempDir()]) {
			const writer = new OutDirWriter(out);
			await writer.put('x.txt', { make, cache: { store: new FileCache(cacheDir), key } });
			await writer.done();
			expect(readFileSync(join(out, 'x.txt'), 'utf8')).toBe('made once');
		}
		expect(make).toHaveBeenCalledTimes(1);
	});

	it('keeps no more than 16 files in the making, however many are put', async () => {
		const writer = new OutDirWriter(tempDir());
		let making = 0;
		let most = 0;
		const make = async () => {
			most = Math.max(most, ++making);
			await new Promise((resolve) => setTimeout(resolve, 1));
			making--;
			return 'x';
		};
		for (let i = 0; i < 100; i++) await writer.put(`f${i}.txt`, { make });
		await writer.done();
		expect(most).toBe(16);
	});

	it('fails the build with the first write that failed', async () => {
		const writer = new OutDirWriter(tempDir());
		await writer.put('bad.txt', {
			make: async () => {
				throw new Error('card could not be drawn');
			}
		});
		await writer.put('good.txt', 'fine');
		await expect(writer.done()).rejects.toThrow('card could not be drawn');
	});
});
