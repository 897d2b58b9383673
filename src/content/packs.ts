import type { FeedRank, StoredBrief } from './brief.ts';
import { sha256Hex } from './content-hash.ts';

/**
 * Content packs: how the build cuts the library into immutable, content-addressed files so that a
 * deploy costs readers what changed, not the library.
 *
 * Briefs, in feed order, are cut into parts of about PART_MEAN briefs; runs of parts make packs of
 * about PACK_MEAN. A cut falls after a brief whose id hashes to a multiple of the mean (content
 * defined chunking, as rsync and restic cut files): where cuts fall depends on the briefs beside
 * them, not on their position, so a brief added anywhere (a dated one on top, an undated one at
 * the end, a late one in between) changes one part and one pack, and every other file keeps its
 * name. A reader who lacks a whole pack (a first visit) fetches the pack; one who lacks a few of
 * its parts (a deploy) fetches those parts alone.
 */
export const PART_MEAN = 8;
export const PACK_MEAN = 128;
/** Bounds on a run with no cut: sizes stay near the mean whatever the ids hash to. */
const PART_MAX = 32;
const PACK_MAX = 512;

/** A part in the manifest: [hash of its file, briefs in it]. */
export type PartRef = [hash: string, count: number];

export interface PackRef {
	/** Hash of the pack's file (content/packs/<hash>.json), or of its one part's. */
	hash: string;
	/** The pack's file, relative to the site root. */
	file: string;
	parts: PartRef[];
}

/** content/manifest.json: small, fetched on every online start to see whether content moved. */
export interface ContentManifest {
	format: 2;
	/** Changes whenever any brief is added, changed, removed or reordered. */
	version: string;
	/** Published briefs, for progress ("4,200 of 10,000") without reading the packs. */
	count: number;
	/** In feed order: the newest briefs' pack first, so a first visit paints from it. */
	packs: PackRef[];
}

/** A part's file (content/parts/<hash>.json): the briefs of one part, ready to store. */
export interface PartFile {
	format: 2;
	briefs: StoredBrief[];
	/** The briefs' search index, so a phone adds it instead of indexing their text. */
	index?: object;
}

/** A pack's file (content/packs/<hash>.json): its parts' files, in order. */
export interface PackFile {
	format: 2;
	parts: PartFile[];
}

/** Hex digits of SHA-256 that name a file: 48 bits, far from a collision at millions of files. */
const HASH_LENGTH = 12;
export const HASH_PATTERN = new RegExp(`^[a-f0-9]{${HASH_LENGTH}}$`);
export const CONTENT_FILE_PATTERN = new RegExp(
	`^content/(parts|packs)/[a-f0-9]{${HASH_LENGTH}}\\.json$`
);

/** A part of the deployed content as it arrived: its hash and its briefs, ready to store. */
export interface ContentPart {
	hash: string;
	briefs: StoredBrief[];
	/** The search segment its file held: opaque here, read and checked by the search worker. */
	segment?: object;
}

/**
 * Makes a part's search segment (src/search/segment.ts, given by the build's config: content is
 * below search and cannot import it). Deterministic, so a part's file keeps its name.
 */
export type SegmentMaker = (briefs: readonly StoredBrief[]) => object;

export const partFile = (hash: string) => `content/parts/${hash}.json`;
export const packFile = (hash: string) => `content/packs/${hash}.json`;

/** SHA-256 of a file's text or bytes, shortened to the length files are named by. */
export async function fileHash(data: string | ArrayBuffer): Promise<string> {
	return (await sha256Hex(data)).slice(0, HASH_LENGTH);
}

/**
 * FNV-1a, then MurmurHash3's finaliser: a fast, stable 32-bit hash of an id, which is all a cut
 * needs. The finaliser matters: FNV's low bits alone barely differ between ids like "001_x" and
 * "002_x", and a cut reads the low bits.
 */
function idHash(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		h ^= id.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Briefs (in feed order) cut into packs of parts. Pure: the same briefs always cut the same way. */
export function cutIntoPacks<T extends { id: string }>(briefs: readonly T[]): T[][][] {
	const packs: T[][][] = [];
	let pack: T[][] = [];
	let part: T[] = [];
	let inPack = 0;
	for (const brief of briefs) {
		part.push(brief);
		inPack++;
		const h = idHash(brief.id);
		const endsPack = h % PACK_MEAN === 0 || inPack >= PACK_MAX;
		if (endsPack || h % PART_MEAN === 0 || part.length >= PART_MAX) {
			pack.push(part);
			part = [];
		}
		if (endsPack) {
			packs.push(pack);
			pack = [];
			inPack = 0;
		}
	}
	if (part.length) pack.push(part);
	if (pack.length) packs.push(pack);
	return packs;
}

/**
 * Feed ranks that do not move when other briefs come and go: a dated brief's is its date (newest
 * first) and its place among that date's briefs in file order; an undated brief's is its file
 * name, which sorts after every number (see FeedRank). Positions in the feed would renumber the
 * whole library each time a brief went on top or an old one was taken down, and every part with
 * it. Briefs are given in feed order.
 */
export function stableRanks(briefs: readonly { date?: string; source: string }[]): FeedRank[] {
	const seen = new Map<string, number>();
	return briefs.map(({ date, source }) => {
		if (!date) return source;
		const n = seen.get(date) ?? 0;
		seen.set(date, n + 1);
		const days = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
		return -days * SAME_DAY_LIMIT + n;
	});
}
/** Briefs one date can hold before its ranks would reach the next date's. */
const SAME_DAY_LIMIT = 100_000;

export interface PackedContent {
	manifest: ContentManifest;
	/** The part each brief is in, by brief id. */
	partOf: Map<string, string>;
	/** Every file to publish, by path: parts, packs and the manifest. */
	files: Map<string, string>;
}

/** Writes ranked briefs (in feed order) as parts, packs and the manifest that lists them. */
export async function packContent(
	briefs: readonly StoredBrief[],
	segment?: SegmentMaker
): Promise<PackedContent> {
	const files = new Map<string, string>();
	const partOf = new Map<string, string>();
	const packs: PackRef[] = [];
	for (const pack of cutIntoPacks(briefs)) {
		const texts = pack.map((part) =>
			JSON.stringify(
				(segment
					? { format: 2, briefs: part, index: segment(part) }
					: { format: 2, briefs: part }) satisfies PartFile
			)
		);
		const parts: PartRef[] = [];
		for (const [i, text] of texts.entries()) {
			const hash = await fileHash(text);
			files.set(partFile(hash), text);
			parts.push([hash, pack[i].length]);
			for (const brief of pack[i]) partOf.set(brief.id, hash);
		}
		if (parts.length === 1) {
			packs.push({ hash: parts[0][0], file: partFile(parts[0][0]), parts });
			continue;
		}
		// The parts' own texts, so a pack holds byte for byte what its parts do.
		const text = `{"format":2,"parts":[${texts.join(',')}]}`;
		const hash = await fileHash(text);
		files.set(packFile(hash), text);
		packs.push({ hash, file: packFile(hash), parts });
	}
	const version = await fileHash(JSON.stringify(packs.map((p) => p.parts)));
	const manifest: ContentManifest = { format: 2, version, count: briefs.length, packs };
	files.set('content/manifest.json', JSON.stringify(manifest));
	return { manifest, partOf, files };
}
