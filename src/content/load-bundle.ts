import type { ContentBundle, ContentManifest } from './bundle.ts';
import { readBriefFields } from './brief-shape.ts';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';
import { isRecord } from '../lib/is-record.ts';

export const MANIFEST_URL = '/content/manifest.json';

/** A response that is not what the build emits is refused whole, never half-applied. */
export class ContentFormatError extends Error {
	override name = 'ContentFormatError';
}

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
	// no-cache: revalidate with the server, so a deploy is seen on the next online start.
	const response = await fetch(url, { cache: 'no-cache', signal });
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	// Not response.json(): that streams the body through the page's thread a chunk at a time,
	// which for a 60 MB bundle on a slow phone took three times as long as the rest of reading it.
	// A blob gathers the body outside the page, then comes across in one piece.
	return JSON.parse(await (await response.blob()).text());
}

export async function fetchManifest(signal?: AbortSignal): Promise<ContentManifest> {
	const data = await fetchJson(MANIFEST_URL, signal);
	if (
		!isRecord(data) ||
		data.format !== 1 ||
		typeof data.version !== 'string' ||
		typeof data.bundle !== 'string' ||
		!/^content\/briefs\.[a-f0-9]+\.json$/.test(data.bundle) ||
		!Array.isArray(data.briefs)
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
	if (typeof brief.rank !== 'number' || !Number.isFinite(brief.rank))
		return '"rank" is not a number';
	// Slugs become addresses and image URLs are fetched: the build only emits safe ones.
	// Room for the "-2" a clash adds, no more.
	const slug = brief.slug as string;
	if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH + 10) return 'its slug is unsafe';
	const read = readBriefFields(brief);
	return 'problem' in read ? read.problem : undefined;
}

export async function fetchBundle(
	manifest: ContentManifest,
	signal?: AbortSignal
): Promise<ContentBundle> {
	const url = `/${manifest.bundle}`;
	const data = await fetchJson(url, signal);
	if (!isRecord(data) || data.format !== 1 || data.version !== manifest.version) {
		throw new ContentFormatError(`${url} does not match content version ${manifest.version}`);
	}
	const briefs = data.briefs;
	if (!Array.isArray(briefs)) throw new ContentFormatError(`${url} has no briefs list`);
	briefs.forEach((brief: unknown, i) => {
		const problem = bundleBriefProblem(brief);
		if (problem) {
			const id =
				isRecord(brief) && typeof brief.id === 'string' ? ` (${brief.id.slice(0, 40)})` : '';
			throw new ContentFormatError(`${url}: brief #${i + 1}${id} is malformed: ${problem}`);
		}
	});
	return data as unknown as ContentBundle;
}
