import { partFile, type ContentManifest, type PackRef, type PartRef } from './packs.ts';

/** One request of a sync: a whole pack, or `only` one of its parts. */
export interface Download {
	pack: PackRef;
	only?: PartRef;
	/** Briefs in what this device lacks of it. */
	count: number;
}

/**
 * What to fetch for a device that holds `have` (briefs held of each part, by hash), in the
 * manifest's order. A part is held when all its briefs are. A pack missing more than half its
 * briefs comes whole, in one request (a first visit: one file per pack); otherwise only its
 * missing parts do (a deploy: the part a new brief went into).
 */
export function planDownloads(
	manifest: ContentManifest,
	have: ReadonlyMap<string, number>
): Download[] {
	return manifest.packs.flatMap((pack) => {
		const missing = pack.parts.filter(([hash, count]) => have.get(hash) !== count);
		if (!missing.length) return [];
		const lacking = missing.reduce((sum, [, count]) => sum + count, 0);
		const size = pack.parts.reduce((sum, [, count]) => sum + count, 0);
		if (pack.parts.length === 1 || lacking * 2 > size) return [{ pack, count: lacking }];
		return missing.map((only) => ({ pack, only, count: only[1] }));
	});
}

/** The file a download asks for: the pack's, or the part's (a pack of one part is that part). */
export const downloadFile = ({ pack, only }: Pick<Download, 'pack' | 'only'>): string =>
	only && pack.parts.length > 1 ? partFile(only[0]) : pack.file;

/** Every part a manifest lists, with its briefs: what a device holds once that content is stored. */
export const manifestParts = (manifest: ContentManifest | undefined): Map<string, number> =>
	new Map(manifest?.packs.flatMap((pack) => pack.parts));
