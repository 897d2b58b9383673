import { isRank, type StoredBrief } from './brief.ts';
import { downloadFile } from './download-plan.ts';
import {
	CONTENT_FILE_PATTERN,
	fileHash,
	HASH_PATTERN,
	type ContentManifest,
	type ContentPart,
	type PackRef,
	type PartRef
} from './packs.ts';
import { readBriefFields } from './brief-shape.ts';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';
import { isRecord } from '../lib/is-record.ts';

export const MANIFEST_URL = '/content/manifest.json';

/** A response that is not what the build emits is refused whole, never half-applied. */
export class ContentFormatError extends Error {
	override name = 'ContentFormatError';
}

/** The bytes of a content file, read in one piece (see fetchJson). */
async function fetchBytes(
	url: string,
	signal?: AbortSignal,
	cache: RequestCache = 'default'
): Promise<ArrayBuffer> {
	const response = await fetch(url, { cache, signal });
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	// Not response.json(): that streams the body through the page's thread a chunk at a time,
	// which for a 60 MB bundle on a slow phone took three times as long as the rest of reading it.
	// A blob gathers the body outside the page, then comes across in one piece.
	return (await response.blob()).arrayBuffer();
}

// no-cache: revalidate with the server, so a deploy is seen on the next online start. Packs are
// named by their hash and never change: any cached copy is right.
const fetchManifestJson = async (url: string, signal?: AbortSignal): Promise<unknown> =>
	JSON.parse(new TextDecoder().decode(await fetchBytes(url, signal, 'no-cache')));

const isPartRef = (ref: unknown): ref is PartRef =>
	Array.isArray(ref) &&
	ref.length === 2 &&
	typeof ref[0] === 'string' &&
	HASH_PATTERN.test(ref[0]) &&
	Number.isInteger(ref[1]) &&
	(ref[1] as number) > 0;

const isPackRef = (pack: unknown): pack is PackRef =>
	isRecord(pack) &&
	typeof pack.hash === 'string' &&
	HASH_PATTERN.test(pack.hash) &&
	typeof pack.file === 'string' &&
	CONTENT_FILE_PATTERN.test(pack.file) &&
	pack.file.includes(pack.hash) &&
	Array.isArray(pack.parts) &&
	pack.parts.length > 0 &&
	pack.parts.every(isPartRef);

export async function fetchManifest(signal?: AbortSignal): Promise<ContentManifest> {
	const data = await fetchManifestJson(MANIFEST_URL, signal);
	if (
		!isRecord(data) ||
		data.format !== 2 ||
		typeof data.version !== 'string' ||
		typeof data.count !== 'number' ||
		!Array.isArray(data.packs) ||
		!data.packs.every(isPackRef)
	) {
		throw new ContentFormatError(`${MANIFEST_URL} is not a Briefs content manifest`);
	}
	return data as unknown as ContentManifest;
}

/**
 * Why a deployed brief can't be stored, or undefined. Every field is checked for its type and then
 * as a seed is (readBriefFields): the search index and the views trust the types, and one `null`
 * takeaway made the search worker fail every query until the next deploy.
 */
function bundleBriefProblem(brief: unknown): string | undefined {
	if (!isRecord(brief)) return 'not an object';
	for (const key of ['id', 'slug', 'contentHash', 'source']) {
		if (typeof brief[key] !== 'string') return `"${key}" is not text`;
	}
	if (!isRank(brief.rank)) return '"rank" is neither a number nor a file name';
	// Slugs become addresses and image URLs are fetched: the build only emits safe ones.
	// Room for the "-2" a clash adds, no more.
	const slug = brief.slug as string;
	if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH + 10) return 'its slug is unsafe';
	const read = readBriefFields(brief);
	return 'problem' in read ? read.problem : undefined;
}

function checkBriefs(url: string, briefs: unknown): StoredBrief[] {
	if (!Array.isArray(briefs)) throw new ContentFormatError(`${url} has no briefs list`);
	briefs.forEach((brief: unknown, i) => {
		const problem = bundleBriefProblem(brief);
		if (problem) {
			const id =
				isRecord(brief) && typeof brief.id === 'string' ? ` (${brief.id.slice(0, 40)})` : '';
			throw new ContentFormatError(`${url}: brief #${i + 1}${id} is malformed: ${problem}`);
		}
	});
	return briefs as StoredBrief[];
}

/**
 * Fetches one content file: a pack (all its parts) or one part of it, `only` naming which. The
 * bytes must hash to the name the manifest gave, or nothing of the file is used: a truncated
 * download, a host's error page or a file from another deploy is refused, never stored. `keep`
 * is given the bytes once they are checked.
 */
export async function fetchContentFile(
	pack: PackRef,
	only?: PartRef,
	signal?: AbortSignal,
	keep?: (url: string, bytes: ArrayBuffer) => Promise<void>
): Promise<ContentPart[]> {
	const expected = only ? only[0] : pack.hash;
	const url = `/${downloadFile({ pack, only })}`;
	const bytes = await fetchBytes(url, signal);
	const hash = await fileHash(bytes);
	if (hash !== expected) {
		throw new ContentFormatError(`${url} does not match its hash (got ${hash})`);
	}
	await keep?.(url, bytes);
	const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
	if (!isRecord(data) || data.format !== 2) {
		throw new ContentFormatError(`${url} is not a Briefs content file`);
	}
	if (only || pack.parts.length === 1) return [readPart(url, expected, data)];
	const parts = data.parts;
	if (!Array.isArray(parts) || parts.length !== pack.parts.length) {
		throw new ContentFormatError(`${url} does not hold the parts its manifest lists`);
	}
	return parts.map((part: unknown, i) => readPart(url, pack.parts[i][0], part));
}

/**
 * A part's briefs, checked, and its search segment when it has one of the right shape: without
 * one (an older build, a broken one) the worker indexes the briefs from their text.
 */
function readPart(url: string, hash: string, part: unknown): ContentPart {
	const briefs = checkBriefs(url, isRecord(part) ? part.briefs : undefined);
	const segment = isRecord(part) && isRecord(part.index) ? part.index : undefined;
	return segment ? { hash, briefs, segment } : { hash, briefs };
}
