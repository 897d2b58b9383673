/** A reader's highlight over part of a paragraph's text. */
export interface MarkRange {
	id: string;
	start: number;
	end: number;
}

/** A run of a paragraph's text, with what covers it. */
export interface TextSegment {
	text: string;
	/** The highlight shown over this run (the innermost, where highlights overlap). */
	highlight?: string;
	/** The first run of its highlight: it carries the highlight's id, the target of its link. */
	first: boolean;
	/** Part of the sentence being read aloud. */
	speaking: boolean;
}

/** Splits a paragraph into runs at every highlight and spoken-sentence boundary. */
export function markSegments(
	text: string,
	highlights: readonly MarkRange[],
	speaking?: { start: number; end: number }
): TextSegment[] {
	const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
	const ranges = highlights
		.map((h) => ({ id: h.id, start: clamp(h.start), end: clamp(h.end) }))
		.filter((h) => h.end > h.start);
	const cuts = new Set([0, text.length]);
	for (const r of ranges) cuts.add(r.start).add(r.end);
	if (speaking) cuts.add(clamp(speaking.start)).add(clamp(speaking.end));
	const points = [...cuts].sort((a, b) => a - b);
	const seen = new Set<string>();
	const segments: TextSegment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const [a, b] = [points[i], points[i + 1]];
		// Innermost: the covering highlight that starts last (then the shorter one).
		const cover = ranges
			.filter((r) => r.start <= a && r.end >= b)
			.sort((x, y) => y.start - x.start || x.end - y.end)[0];
		const isSpeaking = !!speaking && speaking.start <= a && speaking.end >= b;
		const first = !!cover && !seen.has(cover.id);
		if (cover) seen.add(cover.id);
		const last = segments[segments.length - 1];
		if (last && !first && last.highlight === cover?.id && last.speaking === isSpeaking) {
			last.text += text.slice(a, b);
		} else {
			segments.push({ text: text.slice(a, b), highlight: cover?.id, first, speaking: isSpeaking });
		}
	}
	return segments;
}
