import { describe, expect, it } from 'vitest';
import { createIndex, loadIndex, runQuery, serializeIndex } from '../../../src/search/index';
import { decodeHashes, packSavedIndex, unpackSavedIndex } from '../../../src/search/saved-index';
import { corpusBundle, SEED_ID } from '../../support/corpus';

describe('the packed saved index', () => {
	it('unpacks to the same index, headlines and hashes', async () => {
		const { briefs } = await corpusBundle();
		const index = createIndex(briefs);
		const hashes = Object.fromEntries(briefs.map((b) => [b.id, b.contentHash]));
		const parts = await unpackSavedIndex(packSavedIndex(serializeIndex(index), hashes));
		expect(decodeHashes(parts.hashes)).toEqual(hashes);
		expect(new TextDecoder().decode(parts.headlines)).toBe(JSON.stringify(index.headlines));
		// The text index starts aligned: read as views, not copied.
		expect(parts.text.byteOffset % 4).toBe(0);
		const loaded = loadIndex(parts);
		expect(runQuery(loaded, 'Venezulea').results.map((r) => r.id)).toContain(SEED_ID);
		expect(runQuery(loaded, 'havana').results).toEqual(runQuery(index, 'havana').results);
	});

	it('refuses anything else', async () => {
		await expect(unpackSavedIndex(new Blob([]))).rejects.toThrow(/not a packed index/);
		await expect(unpackSavedIndex(new Blob([new Uint8Array(64)]))).rejects.toThrow(/wrong shape/);
		const packed = packSavedIndex(serializeIndex(createIndex([])), {});
		await expect(unpackSavedIndex(packed.slice(0, packed.size - 1))).rejects.toThrow(/wrong shape/);
	});
});
