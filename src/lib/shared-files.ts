// The hand-over between the service worker, which receives a POST share with files, and the
// Import page, which imports them: the files wait in a cache of their own, under one share's id.

export const SHARED_FILES_CACHE = 'shared-files';
/** Where the service worker sends the reader: `/import?shared=<id>`, or `=none`, `=too-many`, `=failed`. */
export const SHARED_PARAM = 'shared';

export const sharedFileUrl = (origin: string, shareId: string, index: number) =>
	`${origin}/shared-files/${shareId}/${index}`;

/** The file's name, percent-encoded: a header value must be ASCII. */
export const FILE_NAME_HEADER = 'X-Shared-File-Name';

const SHARE_ID = /^[0-9a-f-]{36}$/;
/** Every share answer, so the Import page never mistakes an unknown one for nothing at all. */
export type SharedFiles = { files: File[] } | { problem: string };

/**
 * The files of the share named in `search`, taken out of the cache (a second look finds none), or
 * the reason there are none. Undefined when the page was not opened by a share.
 */
export async function takeSharedFiles(
	search: string,
	maxFiles: number
): Promise<SharedFiles | undefined> {
	const params = new URLSearchParams(search);
	const share = params.get(SHARED_PARAM);
	if (share === null) return undefined;
	if (share === 'none')
		return {
			problem:
				'Nothing was imported: the share came with no file. Share a file, or choose one below.'
		};
	if (share === 'too-many') {
		const count = Number(params.get('count')) || 'more';
		return {
			problem: `Nothing was imported: ${count} files were shared, and Briefs takes up to ${maxFiles} at a time. Share fewer, or choose them below.`
		};
	}
	if (share === 'failed' || !SHARE_ID.test(share) || !('caches' in globalThis))
		return { problem: "Nothing was imported: the shared files couldn't be kept on this device." };
	const cache = await caches.open(SHARED_FILES_CACHE);
	const prefix = sharedFileUrl(location.origin, share, 0).slice(0, -1);
	const requests = (await cache.keys())
		.filter((r) => r.url.startsWith(prefix))
		.sort((a, b) => Number(a.url.slice(prefix.length)) - Number(b.url.slice(prefix.length)));
	const files: File[] = [];
	for (const request of requests) {
		const response = await cache.match(request);
		if (!response) continue;
		const blob = await response.blob();
		const name = decodeURIComponent(response.headers.get(FILE_NAME_HEADER) ?? 'shared-file');
		files.push(new File([blob], name, { type: blob.type }));
	}
	await Promise.all(requests.map((r) => cache.delete(r)));
	return files.length
		? { files }
		: { problem: 'These shared files were already imported (or are gone): nothing new to import.' };
}
