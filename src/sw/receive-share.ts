import { MAX_SHARED_FILES } from '../import/limits';
import {
	FILE_NAME_HEADER,
	SHARED_FILES_CACHE,
	SHARED_PARAM,
	sharedFileUrl
} from '../lib/shared-files';

/** Names in the manifest's share_target params. */
const LINK_FIELDS = ['title', 'text', 'url'] as const;
export const FILES_FIELD = 'files';

const seeOther = (origin: string, path: string) => Response.redirect(`${origin}${path}`, 303);
const toImport = (origin: string, query: string) =>
	seeOther(origin, `/import?${SHARED_PARAM}=${query}`);

/**
 * A POST share: files wait in a cache for the Import page, which imports them all in one
 * transaction and shows its report. A share of links alone goes to the GET share page as before.
 * Too many files, or none, are refused before anything is kept: nothing is stored halfway.
 */
export async function receiveShare(request: Request, origin: string): Promise<Response> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return toImport(origin, 'none');
	}
	// A form sent with no file picked carries one empty, nameless entry.
	const files = form
		.getAll(FILES_FIELD)
		.filter((f): f is File => typeof f !== 'string' && (f.name !== '' || f.size > 0));
	if (!files.length) {
		const link = new URLSearchParams();
		for (const field of LINK_FIELDS) {
			const value = form.get(field);
			if (typeof value === 'string' && value) link.set(field, value);
		}
		return link.size ? seeOther(origin, `/share?${link}`) : toImport(origin, 'none');
	}
	if (files.length > MAX_SHARED_FILES) return toImport(origin, `too-many&count=${files.length}`);

	const share = crypto.randomUUID();
	const cache = await caches.open(SHARED_FILES_CACHE);
	try {
		await Promise.all(
			files.map((file, i) =>
				cache.put(
					sharedFileUrl(origin, share, i),
					new Response(file, {
						headers: {
							'Content-Type': file.type || 'application/octet-stream',
							[FILE_NAME_HEADER]: encodeURIComponent(file.name)
						}
					})
				)
			)
		);
	} catch (error) {
		// Out of space, most likely: drop what was kept, so no share lingers half-stored.
		console.warn('Keeping shared files failed', error);
		await Promise.all(files.map((_, i) => cache.delete(sharedFileUrl(origin, share, i))));
		return toImport(origin, 'failed');
	}
	return toImport(origin, share);
}
