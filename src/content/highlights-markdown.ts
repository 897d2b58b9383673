import type { HighlightAnchor } from './highlight-anchor';

export interface MarkdownHighlight {
	id: string;
	note: string;
	anchor: HighlightAnchor;
	/** Undefined when the brief is no longer in the library. */
	brief?: { headline: string; slug: string };
	/** The quote is no longer in the brief's text. */
	gone: boolean;
}

/** Each line of a text as a Markdown quote block. */
const quoted = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => `> ${line}`.trimEnd())
		.join('\n');

/**
 * Highlights as one Markdown file: per brief a heading, then for each highlight a quote block,
 * its note and its link. Text is the reader's own: it is written as it is, never as markup of
 * ours (a heading's line breaks are flattened so they cannot start a block).
 */
export function highlightsMarkdown(
	highlights: readonly MarkdownHighlight[],
	origin: string,
	exportedAt: Date
): string {
	const lines = [
		'# Highlights from Briefs',
		'',
		`Exported ${exportedAt.toISOString().slice(0, 10)}.`
	];
	let heading: string | undefined;
	for (const h of highlights) {
		const title = (h.brief?.headline ?? 'A brief no longer in your library').replace(/\s+/g, ' ');
		if (title !== heading) {
			lines.push('', `## ${title}`);
			heading = title;
		}
		lines.push('', quoted(h.anchor.quote));
		if (h.gone) lines.push('', '_No longer in the text._');
		if (h.note.trim()) lines.push('', `Note: ${h.note.trim()}`);
		if (h.brief) lines.push('', `${origin}/article/${h.brief.slug}#highlight-${h.id}`);
	}
	return `${lines.join('\n')}\n`;
}
