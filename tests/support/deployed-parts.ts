import { buildContent, type SourceFile } from '../../src/content/bundle';
import type { ContentPart, PackFile, PartFile } from '../../src/content/packs';
import { makeSegment } from '../../src/search/segment';

/** A deploy of these seed files, as its parts arrive on a device: briefs and search segments. */
export async function deployedParts(...files: SourceFile[]) {
	const { manifest, files: served } = await buildContent(files, makeSegment);
	const parts = manifest.packs.flatMap((pack): ContentPart[] => {
		const file = JSON.parse(served.get(pack.file)!) as PackFile | PartFile;
		const each = 'parts' in file ? file.parts : [file];
		return each.map((part, i) => ({
			hash: pack.parts[i][0],
			briefs: part.briefs,
			...(part.index ? { segment: part.index } : {})
		}));
	});
	return { manifest, parts, hashes: new Set(parts.map((p) => p.hash)) };
}
