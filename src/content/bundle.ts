import type { Brief, FeedRank, StoredBrief } from './brief.ts';
import { packContent, stableRanks, type ContentManifest, type SegmentMaker } from './packs.ts';
import { BriefParseError } from './parse-error.ts';
import { parseBrief } from './parse-brief.ts';
import { uniqueSlugs } from './slug.ts';

/** What the device records of each stored published brief, so the next sync can diff. */
export interface ManifestEntry {
	id: string;
	contentHash: string;
	rank: FeedRank;
	slug: string;
	/** The part (src/content/packs.ts) it arrived in; absent before packs. */
	part?: string;
}

export type { ContentManifest } from './packs.ts';

/** A content version and every brief in it: what the build packs, and what tests store whole. */
export interface ContentBundle {
	format: 1;
	version: string;
	briefs: StoredBrief[];
}

export interface SourceFile {
	name: string;
	text: string;
}

/** Thrown when one or more seeds are bad; lists every problem, not just the first. */
export class ContentBuildError extends Error {
	override name = 'ContentBuildError';
	constructor(readonly problems: BriefParseError[]) {
		super(
			`${problems.length} bad seed file(s):\n${problems.map((p) => `  ${p.message}`).join('\n')}`
		);
	}
}

/**
 * Feed order: briefs with an explicit date, newest first; then undated briefs in file-name order.
 * File names sort stably ("000_…", "001_…"), so publishing order is the author's to choose.
 */
function compareForFeed(
	a: { date?: string; source: string },
	b: { date?: string; source: string }
) {
	if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
	if (a.date && !b.date) return -1;
	if (!a.date && b.date) return 1;
	return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/**
 * Parses every seed and assembles the library, packed (src/content/packs.ts), each part with its
 * search segment when `segment` is given. Pure apart from hashing.
 */
export async function buildContent(
	files: SourceFile[],
	segment?: SegmentMaker,
	parse: (text: string, source: string) => Promise<Brief> = parseBrief
): Promise<{
	manifest: ContentManifest;
	bundle: ContentBundle;
	files: Map<string, string>;
	partOf: Map<string, string>;
}> {
	const problems: BriefParseError[] = [];
	const parsed = [];
	for (const file of files) {
		try {
			parsed.push(await parse(file.text, file.name));
		} catch (error) {
			if (error instanceof BriefParseError) problems.push(error);
			else throw error;
		}
	}
	const ids = new Map<string, string>();
	for (const brief of parsed) {
		const other = ids.get(brief.id);
		if (other) problems.push(new BriefParseError(brief.source, 1, `same id as ${other}`));
		ids.set(brief.id, brief.source);
	}
	if (problems.length) throw new ContentBuildError(problems);

	// Collisions are settled in file-name order, so a newly added file never takes an older
	// brief's slug (and breaks links already shared).
	parsed.sort((a, b) => compareForFeed({ source: a.source }, { source: b.source }));
	const slugs = uniqueSlugs(parsed.map((b) => b.slug));
	const withSlugs = parsed.map((brief, i) => ({ ...brief, slug: slugs[i] }));
	withSlugs.sort(compareForFeed);
	const ranks = stableRanks(withSlugs);
	const briefs: StoredBrief[] = withSlugs.map((brief, i) => ({ ...brief, rank: ranks[i] }));
	const packed = await packContent(briefs, segment);
	return {
		manifest: packed.manifest,
		bundle: { format: 1, version: packed.manifest.version, briefs },
		files: packed.files,
		partOf: packed.partOf
	};
}
